#!/usr/bin/env python3
"""Drives headless Chromium through `parley preview`'s page as a user would, over the DevTools
protocol on a pipe (--remote-debugging-pipe: the standard library is enough, no websocket
package): loads the page, scrolls, edits the model, and checks that the page updated in place
(same document, same scroll, new SVG nodes for the charts it changed), then saves a bad model and checks the banner, then
fixes it. Screenshots go to OUT/{before,after,error,fixed}.png; a JSON report goes to stdout.

usage: preview-browser.py URL MODEL OLD NEW SHOWN OUT
  OLD/NEW: the text the edit replaces in MODEL; SHOWN: a text the updated charts then show.
"""
import json
import os
import re
import subprocess
import sys
import time
import base64


class Browser:
    def __init__(self):
        to_chrome_r, self.to_chrome = os.pipe()
        self.from_chrome, from_chrome_w = os.pipe()

        # The child reads commands on fd 3 and writes replies on fd 4 (kept open past close_fds).
        def wire():
            os.dup2(to_chrome_r, 3)
            os.dup2(from_chrome_w, 4)

        self.process = subprocess.Popen(
            ["chromium", "--headless", "--no-sandbox", "--disable-gpu", "--hide-scrollbars", "--remote-debugging-pipe",
             "--force-device-scale-factor=1", "--window-size=1200,1000", "about:blank"],
            pass_fds=(3, 4), preexec_fn=wire, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
        os.close(to_chrome_r)
        os.close(from_chrome_w)
        self.buffer = b""
        self.next_id = 0
        self.session = None

    def call(self, method, params=None, session=True):
        self.next_id += 1
        message = {"id": self.next_id, "method": method, "params": params or {}}
        if session and self.session:
            message["sessionId"] = self.session
        os.write(self.to_chrome, json.dumps(message).encode() + b"\0")
        while True:
            while b"\0" not in self.buffer:
                chunk = os.read(self.from_chrome, 1 << 16)
                if not chunk:
                    raise RuntimeError("chromium closed the pipe")
                self.buffer += chunk
            raw, self.buffer = self.buffer.split(b"\0", 1)
            reply = json.loads(raw)
            if reply.get("id") == self.next_id:
                if "error" in reply:
                    raise RuntimeError(f"{method}: {reply['error']}")
                return reply.get("result", {})

    def open(self, url):
        targets = self.call("Target.getTargets", session=False)["targetInfos"]
        page = next(t for t in targets if t["type"] == "page")
        self.session = self.call("Target.attachToTarget", {"targetId": page["targetId"], "flatten": True},
                                 session=False)["sessionId"]
        self.call("Page.enable")
        self.call("Page.navigate", {"url": url})

    def evaluate(self, expression):
        result = self.call("Runtime.evaluate", {"expression": expression, "returnByValue": True})
        return result.get("result", {}).get("value")

    def wait_for(self, expression, timeout=10.0):
        deadline = time.time() + timeout
        while time.time() < deadline:
            value = self.evaluate(expression)
            if value:
                return value
            time.sleep(0.01)
        raise RuntimeError(f"timed out waiting for {expression}")

    def screenshot(self, path):
        data = self.call("Page.captureScreenshot", {"format": "png"})["data"]
        with open(path, "wb") as file:
            file.write(base64.b64decode(data))

    def close(self):
        try:
            self.call("Browser.close", session=False)
        except RuntimeError:
            pass
        self.process.wait(timeout=10)


def save(path, text):
    """Saves as vim does: a new file renamed over the old one."""
    temporary = path + ".swp-parley"
    with open(temporary, "w", encoding="utf-8") as file:
        file.write(text)
    os.replace(temporary, path)


def main():
    url, model, old, new, shown, out = sys.argv[1:7]
    original = open(model, encoding="utf-8").read()
    if old not in original:
        sys.exit(f"{old!r} is not in {model}")
    report = {}
    browser = Browser()
    try:
        browser.open(url)
        drawn = "document.body.dataset.generation && document.querySelectorAll('section').length > 0 && " \
                "[...document.querySelectorAll('section')].every(s => s.querySelector('.picture svg'))"
        browser.wait_for(drawn)
        report["sections"] = browser.evaluate("document.querySelectorAll('section').length")
        report["svgs"] = browser.evaluate("document.querySelectorAll('.picture svg').length")
        browser.screenshot(os.path.join(out, "before.png"))

        # Marks that a reload would lose: a variable, the scroll, and the very SVG nodes.
        browser.evaluate("window.scrollTo(0, 700); window.parleyMarker = 42;"
                         "document.querySelectorAll('.picture svg').forEach(svg => svg.parleyOld = true); 0")
        time.sleep(0.1)
        report["scrollBefore"] = browser.evaluate("window.scrollY")
        generation = int(browser.evaluate("document.body.dataset.generation"))
        written = time.time()
        save(model, original.replace(old, new, 1))
        browser.wait_for(f"Number(document.body.dataset.generation) > {generation}")
        report["browserLatencyMs"] = round(float(browser.evaluate("document.body.dataset.updated")) - written * 1000, 1)
        # Where the time went: the page's marks (event received, pictures fetched and parsed,
        # laid out off screen, fonts loaded), in ms after the save.
        marks = json.loads(browser.evaluate(
            "JSON.stringify(performance.getEntriesByType('mark').slice(-4).map(m => [m.name, performance.timeOrigin + m.startTime]))"))
        report["marksMs"] = {name: round(at - written * 1000, 1) for name, at in marks}
        report["reloaded"] = browser.evaluate("window.parleyMarker !== 42")
        report["scrollAfter"] = browser.evaluate("window.scrollY")
        # Only the charts the save changed are fetched and swapped; the others keep their nodes.
        report["swapped"] = browser.evaluate(
            "[...document.querySelectorAll('section')].filter(s => !s.querySelector('svg').parleyOld).map(s => s.dataset.key)")
        report["kept"] = browser.evaluate(
            "[...document.querySelectorAll('section')].filter(s => s.querySelector('svg').parleyOld).map(s => s.dataset.key)")
        report["newTextShown"] = browser.evaluate(
            f"[...document.querySelectorAll('.picture svg')].some(svg => svg.textContent.includes({json.dumps(shown)}))")
        browser.screenshot(os.path.join(out, "after.png"))

        generation = int(browser.evaluate("document.body.dataset.generation"))
        save(model, original.replace(old, "[unclosed", 1))
        browser.wait_for(f"Number(document.body.dataset.generation) > {generation} && !problems.hidden")
        report["banner"] = browser.evaluate("document.getElementById('problem-lines').textContent")
        report["staleSections"] = browser.evaluate("document.querySelectorAll('section.stale').length")
        report["svgsWhileBroken"] = browser.evaluate("document.querySelectorAll('.picture svg').length")
        browser.evaluate("window.scrollTo(0, 0); 0")
        browser.screenshot(os.path.join(out, "error.png"))

        generation = int(browser.evaluate("document.body.dataset.generation"))
        save(model, original)
        browser.wait_for(f"Number(document.body.dataset.generation) > {generation} && problems.hidden")
        report["staleAfterFix"] = browser.evaluate("document.querySelectorAll('section.stale').length")
        browser.screenshot(os.path.join(out, "fixed.png"))
        report["bannerHasPosition"] = bool(re.search(r":\d+:\d+: error:", report["banner"] or ""))
    finally:
        browser.close()
    print(json.dumps(report))


if __name__ == "__main__":
    main()

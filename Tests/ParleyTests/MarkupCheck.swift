import Foundation
import ParleyTestSupport

/// Reads HTML (with Python's html.parser) or SVG (with xml.etree, which refuses what is not
/// well-formed XML) and reports every element, attribute or markup declaration that model
/// text could have made, and every expected text that does not appear as text.
struct MarkupCheck: Encodable {
    enum Language: String, Encodable { case html, svg }

    var language: Language
    /// Element names the writer itself uses; any other element is a problem.
    var elements: Set<String>
    /// Attribute names the writer uses (nil: any but event handlers).
    var attributes: Set<String>?
    /// Attributes that legitimately hold model text as their value (`alt`).
    var textAttributes: Set<String> = []
    /// `href` values the writer may make from model text (encoded web links); `#…` is always
    /// fine, and so are an SVG `<image>`'s embedded `data:image/` pictures.
    var links: Set<String> = []
    /// What every `src` must start with.
    var sourcePrefix: String?
    /// How many of each element there must be (the charts).
    var counts: [String: Int] = [:]
    /// Texts that must each appear in the document's text.
    var texts: [String] = []

    /// The problems found in `file`; empty when it is clean.
    func problems(in file: URL) throws -> [String] {
        let folder = try TemporaryDirectory()
        let spec = try folder.write(Array(JSONEncoder().encode(self)), to: "spec.json")
        let script = try folder.write(Array(Self.script.utf8), to: "check.py")
        let output = try ExternalTool.run("python3", [script.path, file.path, spec.path])
        return String(decoding: output, as: UTF8.self).split(separator: "\n").map(String.init)
    }

    private static let script = #"""
        import html.parser, json, sys, unicodedata
        import xml.etree.ElementTree as ET

        path, spec_path = sys.argv[1], sys.argv[2]
        spec = json.load(open(spec_path, encoding="utf-8"))
        problems, texts, counts = [], [], {}
        MARK = "\u27e6"

        def element(tag, attrs):
            counts[tag] = counts.get(tag, 0) + 1
            if tag not in spec["elements"]:
                problems.append("element <%s> %r" % (tag, attrs[:3]))
            for name, value in attrs:
                value = value or ""
                if name.lower().startswith("on") or MARK in name:
                    problems.append("attribute %s on <%s>" % (name, tag))
                elif spec.get("attributes") is not None and name not in spec["attributes"]:
                    problems.append("attribute %s=%r on <%s>" % (name, value[:60], tag))
                if MARK in value and name not in spec["textAttributes"]:
                    problems.append("model text in %s=%r on <%s>" % (name, value[:60], tag))
                if name in ("href", "xlink:href") and not (value.startswith("#") or value in spec["links"]
                        or (tag == "image" and value.startswith("data:image/"))):
                    problems.append("link %r on <%s>" % (value[:80], tag))
                if name == "src" and not value.startswith(spec.get("sourcePrefix") or "\0"):
                    problems.append("src %r on <%s>" % (value[:80], tag))

        if spec["language"] == "html":
            class Reader(html.parser.HTMLParser):
                def handle_starttag(self, tag, attrs): element(tag, attrs)
                def handle_startendtag(self, tag, attrs): element(tag, attrs)
                def handle_data(self, data): texts.append(data)
                def handle_comment(self, data): problems.append("comment %r" % data[:60])
                def handle_pi(self, data): problems.append("processing instruction %r" % data[:60])
                def unknown_decl(self, data): problems.append("declaration %r" % data[:60])
                def handle_decl(self, decl):
                    if decl.lower() != "doctype html": problems.append("declaration %r" % decl[:60])
            reader = Reader(convert_charrefs=True)
            reader.feed(open(path, encoding="utf-8").read())
            reader.close()
        else:
            try:
                root = ET.parse(path).getroot()
            except ET.ParseError as error:
                print("not well-formed XML: %s" % error)
                sys.exit(0)
            for node in root.iter():
                tag = node.tag.split("}")[-1]
                attrs = [(("xlink:" if "xlink" in k else "") + k.split("}")[-1], v) for k, v in node.attrib.items()]
                element(tag, attrs)
                texts.append(node.text or "")
                texts.append(node.tail or "")

        for tag, expected in spec["counts"].items():
            if counts.get(tag, 0) != expected:
                problems.append("%d <%s>, expected %d" % (counts.get(tag, 0), tag, expected))
        # Compared in NFC: pandoc's CommonMark reader composes "<" and U+0338 into "≮".
        document = unicodedata.normalize("NFC", "".join(texts))
        for text in spec["texts"]:
            if unicodedata.normalize("NFC", text) not in document:
                problems.append("text missing: %r" % text[:80])
        for problem in problems[:20]:
            print(problem.replace("\n", "\\n"))
        """#
}

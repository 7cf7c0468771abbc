import ParleyLayout
import ParleyScene

/// The preview's one page: a section per chart, grouped by round, each chart an inline SVG.
/// It listens to `/events` (Server-Sent Events) and, on each state, fetches the new pictures
/// and swaps the SVG nodes in place — no reload, so no flicker and the scroll stays — or, on
/// a save that does not draw, shows the problems in a banner over the last good pictures,
/// dimmed and marked stale.
enum PreviewPage {
    /// The page for the model `file`, with its theme and language switches.
    static func html(file: String) -> String {
        let themes = Theme.all.map { "<option value=\"\(escape($0.name))\">\(escape($0.name))</option>" }.joined()
        let languages = (Strings.availableLanguages + ["native"]).map { "<option value=\"\(escape($0))\">\($0)</option>" }.joined()
        return """
            <!doctype html>
            <html lang="en">
            <head>
            <meta charset="utf-8">
            <meta name="viewport" content="width=device-width, initial-scale=1">
            <title>parley preview: \(escape(file))</title>
            <style>\(style)</style>
            </head>
            <body>
            <header>
            <strong>parley preview</strong> <code id="file">\(escape(file))</code>
            <span id="status" class="connecting">connecting…</span>
            <label>theme <select id="theme"><option value="">as started</option>\(themes)</select></label>
            <label>language <select id="lang"><option value="">as started</option>\(languages)</select></label>
            <nav id="toc"></nav>
            </header>
            <div id="problems" role="alert" hidden><strong>The last save does not draw</strong> — the charts marked \
            stale show the last good picture, dimmed.<pre id="problem-lines"></pre></div>
            <p id="legend">Every chart <code>parley export</code> makes of the model, as inline SVG with real text. \
            The page follows each save of the model and of the flag pictures it uses.</p>
            <pre id="warnings" hidden></pre>
            <main id="charts"></main>
            <div id="staging" aria-hidden="true"></div>
            <script>\(script)</script>
            </body>
            </html>

            """
    }

    static func escape(_ text: String) -> String {
        var out = ""
        for character in text {
            switch character {
            case "&": out += "&amp;"
            case "<": out += "&lt;"
            case ">": out += "&gt;"
            case "\"": out += "&quot;"
            default: out.append(character)
            }
        }
        return out
    }

    static let style = """
        body { font: 14px/1.45 system-ui, sans-serif; margin: 0; background: #f3f4f6; color: #111827; }
        header { position: sticky; top: 0; z-index: 2; display: flex; flex-wrap: wrap; gap: .4rem 1rem; align-items: center;
          padding: .5rem 1rem; background: #fff; border-bottom: 1px solid #d1d5db; }
        #status::before { content: "● "; } #status.live::before { color: #16a34a; }
        #status.connecting::before, #status.lost::before { color: #d97706; }
        nav a { margin-right: .7rem; color: #1d4ed8; }
        #problems { position: sticky; top: 2.6rem; z-index: 1; margin: 0; padding: .6rem 1rem; background: #fee2e2;
          color: #7f1d1d; border-bottom: 2px solid #b91c1c; }
        #problems pre, #warnings { margin: .3rem 0 0; white-space: pre-wrap; font: 13px ui-monospace, monospace; }
        #warnings { margin: .5rem 1rem; color: #92400e; }
        #legend { margin: .6rem 1rem; color: #4b5563; }
        h1 { font-size: 1.1rem; margin: 1.2rem 1rem .3rem; }
        section { margin: .6rem 1rem 1rem; padding: .5rem 1rem 1rem; background: #fff; border-radius: 6px;
          box-shadow: 0 1px 2px #0002; }
        section h2 { font-size: .95rem; margin: .2rem 0 .5rem; font-weight: 600; }
        section h2 small { font-weight: normal; color: #6b7280; }
        #staging { position: absolute; left: -100000px; top: 0; visibility: hidden; }
        .picture svg { display: block; max-width: 100%; height: auto; }
        section.stale .picture { opacity: .35; filter: grayscale(1); }
        section.stale h2::after { content: "stale: the last save does not draw this chart"; margin-left: .6rem;
          padding: 0 .4rem; border-radius: 3px; background: #b91c1c; color: #fff; font-size: .8rem; font-weight: normal; }
        """

    static let script = """
        'use strict';
        const main = document.getElementById('charts'), toc = document.getElementById('toc');
        const problems = document.getElementById('problems'), problemLines = document.getElementById('problem-lines');
        const warnings = document.getElementById('warnings'), status = document.getElementById('status');
        const theme = document.getElementById('theme'), lang = document.getElementById('lang');
        const staging = document.getElementById('staging');
        let latest = null, layoutKeys = null, applying = 0;

        function sectionOf(key) { return main.querySelector(`section[data-key="${CSS.escape(key)}"]`); }

        // Rebuilds the sections only when the charts themselves change (a round added, a table
        // removed); a section that stays keeps its node, and so its picture, until replaced.
        function layout(charts) {
          const keys = charts.map(c => c.key).join('\\n');
          if (keys === layoutKeys) return;
          layoutKeys = keys;
          const old = new Map([...main.querySelectorAll('section')].map(s => [s.dataset.key, s]));
          const groups = [], nodes = [];
          for (const chart of charts) {
            const group = chart.roundTitle ?? 'The meeting';
            if (groups[groups.length - 1] !== group) {
              groups.push(group);
              const h1 = document.createElement('h1');
              h1.id = 'group-' + groups.length; h1.textContent = group;
              nodes.push(h1);
            }
            let section = old.get(chart.key);
            if (!section) {
              section = document.createElement('section');
              section.dataset.key = chart.key;
              section.innerHTML = '<h2></h2><div class="picture"></div>';
            }
            const h2 = section.querySelector('h2');
            h2.textContent = chart.chart + ' ';
            const small = document.createElement('small'); small.textContent = '— ' + chart.summary;
            h2.append(small);
            nodes.push(section);
          }
          main.replaceChildren(...nodes);
          toc.replaceChildren(...groups.map((group, i) => {
            const a = document.createElement('a'); a.href = '#group-' + (i + 1); a.textContent = group; return a;
          }));
        }

        function pictureURL(chart, generation) {
          const query = new URLSearchParams({key: chart.key, generation});
          if (theme.value) query.set('theme', theme.value);
          if (lang.value) query.set('lang', lang.value);
          return '/svg?' + query;
        }

        async function fetchPicture(chart, generation) {
          const response = await fetch(pictureURL(chart, generation), {cache: 'no-store'});
          const text = await response.text();
          if (!response.ok) throw new Error(text);
          const svg = new DOMParser().parseFromString(text, 'image/svg+xml').documentElement;
          if (svg.nodeName !== 'svg') throw new Error('not an SVG: ' + chart.key);
          return document.importNode(svg, true);
        }

        // Fetches every picture first and swaps them all in one go, so a page never shows half a save.
        async function apply(state, refetchAll) {
          const mine = ++applying;
          layout(state.charts);
          // Only the pictures the save changed (the server's version says), in these switches.
          const switches = (theme.value || null) === state.theme && (lang.value || null) === state.lang;
          const variant = theme.value + '|' + lang.value;
          const wanted = state.charts.filter(c => {
            const section = sectionOf(c.key);
            if (refetchAll || !section.querySelector('svg') || section.dataset.variant !== variant) return true;
            return !(switches && c.version && section.dataset.version === c.version) && !c.stale;
          });
          const fetched = await Promise.allSettled(wanted.map(c => fetchPicture(c, state.generation)));
          performance.mark('parley-parsed');
          if (mine !== applying) return;
          // Each SVG embeds the subset of the fonts its text uses, under a name of its own: laid
          // out off screen first, so that its fonts are loaded when it replaces the old one and
          // its text never blinks.
          const staged = wanted.map((chart, i) => fetched[i].status === 'fulfilled' ? fetched[i].value : null);
          staging.replaceChildren(...staged.filter(svg => svg));
          void staging.offsetHeight;
          performance.mark('parley-laid-out');
          await document.fonts.ready;
          performance.mark('parley-fonts-loaded');
          if (mine !== applying) return;
          const failed = [];
          wanted.forEach((chart, i) => {
            const section = sectionOf(chart.key);
            if (staged[i]) {
              section.querySelector('.picture').replaceChildren(staged[i]);
              section.dataset.variant = variant;
              section.dataset.version = switches && chart.version ? chart.version : '';
            }
            else failed.push(String(fetched[i].reason.message || fetched[i].reason).trim());
          });
          for (const chart of state.charts) sectionOf(chart.key).classList.toggle('stale', chart.stale);
          const lines = state.problems.concat(state.ok ? failed : []);
          problems.hidden = lines.length === 0;
          problemLines.textContent = lines.join('\\n');
          warnings.hidden = state.warnings.length === 0;
          warnings.textContent = state.warnings.join('\\n');
          document.body.dataset.updated = Date.now();
          document.body.dataset.generation = state.generation;
          document.body.classList.toggle('failing', lines.length > 0);
        }

        const events = new EventSource('/events');
        events.addEventListener('state', event => { performance.mark('parley-event'); latest = JSON.parse(event.data); apply(latest, false); });
        events.onopen = () => { status.className = 'live'; status.textContent = 'live'; };
        events.onerror = () => { status.className = 'lost'; status.textContent = 'reconnecting… (is parley preview still running?)'; };
        for (const select of [theme, lang]) select.addEventListener('change', () => latest && apply(latest, true));
        """
}

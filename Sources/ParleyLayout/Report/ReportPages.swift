import ParleyColor
import ParleyScene

/// Lays a report out on A4 pages: the title page, a page (or more) per section with its
/// facts, charts scaled to the text width, lists and note, and the sources at the end.
public struct ReportPages {
    /// A4 portrait in points (210 × 297 mm).
    public static let a4 = Size(width: 595.28, height: 841.89)
    private let margin = ReportPages.margin
    /// The page margin on every side, in points.
    static let margin = 50.0
    /// The width of the text column charts are laid out for, in points: the page less its margins.
    public static let columnWidth = a4.width - 2 * margin

    let typesetter: Typesetter

    /// Makes a page layout that measures with `measurer` and sets text in `fontFamily`.
    public init(measurer: any TextMeasuring, fontFamily: String = Font.defaultFamily) {
        typesetter = Typesetter(measurer: measurer, family: fontFamily, theme: .light)
    }

    /// The most pages a PDF report runs to: each costs a few milliseconds of shaping and drawing,
    /// and a report past this (a hundred thousand sources make 1,700 pages) would take many seconds.
    public static let maximumPages = 500

    /// `chartScenes` are the document's charts laid out, by slug (a chart without one is left
    /// out). Throws once the report runs past `maximumPages`, before the rest is set.
    public func pages(for document: ReportDocument, chartScenes: [String: Scene]) throws(LayoutError) -> [Scene] {
        let strings = document.strings
        var builder = Builder(size: ReportPages.a4, margin: margin, title: document.title, summary: document.summary)
        try builder.add(
            typesetter.run(document.title, .title, at: .zero, maxWidth: builder.width, overflow: .wrap), gap: 10,
            mark: Mark(role: .section, title: document.title))
        try builder.add(typesetter.run(document.summary, .body, at: .zero, maxWidth: builder.width, overflow: .wrap), gap: 6)
        try add(document.notes, strings: strings, to: &builder)
        for section in document.sections {
            try builder.newPage()
            try builder.add(
                typesetter.run(section.heading, .title, at: .zero, maxWidth: builder.width, overflow: .wrap), gap: 8,
                mark: Mark(role: .section, title: section.heading))
            for fact in section.facts {
                try builder.add(
                    typesetter.run(
                        strings.text(.reportFactLine, [.text: fact.label, .value: fact.value]), .body, at: .zero, maxWidth: builder.width,
                        overflow: .wrap), gap: 2)
            }
            for chart in section.charts {
                guard let scene = chartScenes[chart.slug] else { continue }
                try builder.add(
                    chart: scene, caption: typesetter.run(chart.caption, .small, at: .zero, maxWidth: builder.width, overflow: .wrap),
                    outlineTitle: chart.caption)
            }
            for list in section.lists {
                try builder.add(typesetter.run(list.title, .heading, at: .zero, maxWidth: builder.width), gap: 4, keepWithNext: true)
                for item in list.items {
                    let parties = item.parties.isEmpty ? "" : " — " + item.parties.joined(separator: ", ")
                    let remark = item.remark.map { " — " + strings.text(.reportItemNote, [.text: $0]) } ?? ""
                    try builder.add(
                        typesetter.run(
                            "• " + item.text + parties + remark + Self.cites(item.notes), .body, at: .zero, maxWidth: builder.width,
                            overflow: .wrap),
                        gap: 3)
                }
            }
            try add(section.notes, strings: strings, to: &builder)
        }
        if !document.footnotes.isEmpty {
            try builder.newPage()
            try builder.add(
                typesetter.run(strings.text(.reportSourcesTitle), .title, at: .zero, maxWidth: builder.width), gap: 8,
                mark: Mark(role: .section, title: strings.text(.reportSourcesTitle)))
            for (index, source) in document.footnotes.enumerated() {
                // A web address is a live link; anything else (prose, a `javascript:` URL) stays text.
                try builder.add(
                    typesetter.run("[\(index + 1)] " + source, .small, at: .zero, maxWidth: builder.width, overflow: .wrap), gap: 3,
                    mark: WebLink(source).map { Mark(link: $0.href) })
            }
        }
        return try builder.finish()
    }

    private static func cites(_ numbers: [Int]) -> String {
        numbers.isEmpty ? "" : " [" + numbers.map(String.init).joined(separator: ", ") + "]"
    }

    /// "Notes and sources" and a line per note, each with its footnotes; nothing when there are none.
    private func add(_ notes: [ReportDocument.Note], strings: Strings, to builder: inout Builder) throws(LayoutError) {
        guard !notes.isEmpty else { return }
        try builder.add(
            typesetter.run(strings.text(.reportNotesTitle), .heading, at: .zero, maxWidth: builder.width), gap: 4, keepWithNext: true)
        for note in notes {
            let body = note.text.isEmpty ? strings.text(.reportNoteOnlySources) : note.text
            let text = strings.text(.reportFactLine, [.text: note.subject, .value: body]) + Self.cites(note.sources)
            try builder.add(typesetter.run(text, .small, at: .zero, maxWidth: builder.width, overflow: .wrap), gap: 3)
        }
    }

    /// What a block of text stands for beyond its words: a PDF outline entry (`role` and
    /// `title`) or a link (a source's web address).
    private struct Mark {
        var role: MarkRole? = nil
        var title: String? = nil
        var link: String? = nil
    }

    /// Fills pages from the top, starting a new one when the next block does not fit.
    private struct Builder {
        let size: Size
        let margin: Double
        let title: String
        let summary: String
        var pages: [Scene] = []
        var nodes: [SceneNode] = []
        var y: Double
        var width: Double { size.width - 2 * margin }

        init(size: Size, margin: Double, title: String, summary: String) {
            self.size = size; self.margin = margin; self.title = title; self.summary = summary
            y = margin
        }

        mutating func newPage() throws(LayoutError) {
            guard !nodes.isEmpty else { return }
            guard pages.count < ReportPages.maximumPages else {
                throw .tooManyReportPages(limit: ReportPages.maximumPages)
            }
            pages.append(Scene(size: size, background: .white, title: title, description: summary, nodes: nodes))
            nodes = []
            y = margin
        }

        mutating func add(_ run: TextRun, gap: Double, keepWithNext: Bool = false, mark: Mark? = nil) throws(LayoutError) {
            let needed = run.metrics.height + (keepWithNext ? 40 : 0)
            if y + needed > size.height - margin { try newPage() }
            let text = SceneNode.text(run.offsetBy(dx: margin - run.box.minX, dy: y - run.box.minY))
            if let mark {
                nodes.append(.group(Group(id: nil, title: mark.title, children: [text], role: mark.role, link: mark.link)))
            } else {
                nodes.append(text)
            }
            y += run.metrics.height + gap
        }

        /// A chart at its own size (charts are laid out for the column), never shrunk to a page's
        /// height: a chart taller than a page continues on the next pages, cut into slices.
        mutating func add(chart: Scene, caption: TextRun, outlineTitle: String) throws(LayoutError) {
            y += 8
            let scale = min(1, width / chart.size.width)
            let height = chart.size.height * scale
            let pageRoom = size.height - 2 * margin
            if y + height > size.height - margin - caption.metrics.height - 6, height <= pageRoom - caption.metrics.height - 6 {
                try newPage()
            } else if y + 40 > size.height - margin {
                try newPage()
            }
            var shown = 0.0
            while shown < height {
                if shown > 0 { try newPage() }
                let slice = min(height - shown, size.height - margin - y)
                let frame = Rect(x: margin, y: y, width: chart.size.width * scale, height: slice)
                var children: [SceneNode] = []
                if let background = chart.background {
                    children.append(.rect(RectShape(frame: Rect(origin: .zero, size: chart.size), style: .filled(background))))
                }
                children += chart.nodes
                nodes.append(
                    .group(
                        Group(
                            id: nil, title: shown == 0 ? outlineTitle : chart.title, description: shown == 0 ? chart.description : nil,
                            transform: Transform.scale(x: scale, y: scale).concatenating(.translation(x: frame.x, y: frame.y - shown)),
                            clip: Rect(x: 0, y: shown / scale, width: chart.size.width, height: slice / scale), children: children,
                            role: shown == 0 ? .figure : nil)))
                nodes.append(.rect(RectShape(frame: frame, style: ShapeStyle(stroke: Stroke(color: Color(rgb: 0xD0D7DE), width: 0.5)))))
                shown += slice
                y = frame.maxY + 4
            }
            try add(caption, gap: 10)
        }

        mutating func finish() throws(LayoutError) -> [Scene] {
            try newPage()
            return pages
        }
    }
}

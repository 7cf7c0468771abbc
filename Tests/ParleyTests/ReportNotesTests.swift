import Foundation
import ParleyModel
import ParleyTestSupport
import Testing

/// Every note and source a model gives reaches each report format once, and the Markdown
/// report has no orphan footnote: pandoc reads it without a warning.
@Suite struct ReportNotesTests {
    private static let fixture = RepositoryPaths.root + "/Tests/Fixtures/notes/geneva-notes.yaml"
    static let models = RepositoryPaths.sampleNames.map(RepositoryPaths.sample) + [fixture]

    /// Every note and every source of the meeting, its parties and people, its rounds, segments,
    /// events, outcomes, tables and seats.
    private func notesAndSources(_ path: String) throws -> [String] {
        let meeting = try MeetingLoader.load(path: path).meeting
        var provenances = [meeting.provenance] + meeting.parties.map(\.provenance) + meeting.people.map(\.provenance)
        for round in meeting.rounds {
            provenances += [round.provenance] + round.segments.map(\.provenance) + round.events.map(\.provenance)
            provenances += round.outcomes.map(\.provenance) + [round.table?.provenance].compactMap { $0 }
            let seats = round.table.map { table in Table.sides(of: table.shape).flatMap(table.seats) } ?? []
            provenances += seats.compactMap(\.note).map { Provenance(note: $0) }
        }
        var seen = Set<String>()
        return provenances.flatMap { [$0.note].compactMap { $0 } + $0.sources }.filter { seen.insert($0).inserted }
    }

    /// Text without white space or hyphens, so a line wrapped anywhere still matches (pdftotext drops the hyphen it broke at).
    private func squeezed(_ text: String) -> String {
        String(text.unicodeScalars.filter { !CharacterSet.whitespacesAndNewlines.contains($0) && $0 != "-" })
    }

    private func report(_ model: String, _ name: String, in folder: TemporaryDirectory) throws -> String {
        let path = folder.file(name).path
        let run = CommandRunner.parley(["report", model, "-o", path])
        #expect(run.status == 0, "\(run.stderr)")
        return path
    }

    @Test(arguments: models) func everyNoteAndSourceIsInEachFormat(_ model: String) throws {
        let folder = try TemporaryDirectory()
        let expected = try notesAndSources(model)
        #expect(!expected.isEmpty)
        let html = try String(contentsOfFile: try report(model, "report.html", in: folder), encoding: .utf8)
            .replacingOccurrences(of: "&quot;", with: "\"").replacingOccurrences(of: "&apos;", with: "'")
            .replacingOccurrences(of: "&#39;", with: "'").replacingOccurrences(of: "&amp;", with: "&")
        // Markdown escapes punctuation with backslashes; the text is what remains without them.
        let markdown = try String(contentsOfFile: try report(model, "report.md", in: folder), encoding: .utf8)
        let markdownText = markdown.replacingOccurrences(of: "\\", with: "")
        let pdfPath = try report(model, "report.pdf", in: folder)
        let pdf = squeezed(String(decoding: try ExternalTool.run("pdftotext", [pdfPath, "-"]), as: UTF8.self))
        for text in expected {
            #expect(html.contains(text), "HTML report of \(model) lacks '\(text)'")
            #expect(markdownText.contains(text), "Markdown report of \(model) lacks '\(text)'")
            #expect(pdf.contains(squeezed(text)), "PDF report of \(model) lacks '\(text)'")
        }
        // Each source is one footnote, defined once and cited at least once.
        var provenances = [Provenance]()
        let meeting = try MeetingLoader.load(path: model).meeting
        provenances += [meeting.provenance] + meeting.parties.map(\.provenance) + meeting.people.map(\.provenance)
        for round in meeting.rounds {
            provenances += [round.provenance, round.table?.provenance ?? Provenance()]
            provenances += round.segments.map(\.provenance) + round.events.map(\.provenance)
            provenances += round.outcomes.map(\.provenance)
        }
        // Contested times cite the sources of their claims too.
        let times = meeting.rounds.flatMap { round in
            [round.start, round.end] + round.segments.flatMap { [$0.start, $0.end] } + round.events.compactMap(\.at)
        }
        let sources = Set(provenances.flatMap(\.sources) + times.flatMap { $0.claims.flatMap(\.sources) })
        let definitions = markdown.split(separator: "\n").filter { $0.hasPrefix("[^") && $0.contains("]: Source: ") }
        #expect(definitions.count == sources.count)
        for number in 1...max(definitions.count, 1) where !definitions.isEmpty {
            #expect(markdown.components(separatedBy: "[^\(number)]").count >= 3, "footnote \(number) of \(model) is never cited")
        }
        let pandoc = try #require(ExternalTool.locate("pandoc"))
        let converted = ExternalTool.capture(pandoc, ["-f", "markdown", "-t", "html", folder.file("report.md").path])
        #expect(converted.status == 0)
        #expect(converted.stderr.isEmpty, "pandoc warns on the Markdown report of \(model): \(converted.stderr)")
    }

    @Test(arguments: models) func everyNoteAndSourceIsInTheSVGsDescriptions(_ model: String) throws {
        let folder = try TemporaryDirectory()
        let meeting = try MeetingLoader.load(path: model).meeting
        // The SVGs of the meeting's charts and of each round's timeline and seating, together.
        var svgs = ""
        var charts: [[String]] = [["--chart", "overview"], ["--chart", "timeline"]]
        for round in meeting.rounds {
            charts.append(["--round", round.id])
            if round.table != nil { charts.append(["--chart", "seating", "--round", round.id]) }
        }
        for (index, arguments) in charts.enumerated() {
            let path = folder.file("\(index).svg").path
            let run = CommandRunner.parley(["render", model] + arguments + ["-o", path])
            #expect(run.status == 0, "\(run.stderr)")
            svgs += try String(contentsOfFile: path, encoding: .utf8)
        }
        let text = svgs.replacingOccurrences(of: "&quot;", with: "\"").replacingOccurrences(of: "&apos;", with: "'")
            .replacingOccurrences(of: "&#39;", with: "'").replacingOccurrences(of: "&amp;", with: "&")
        for note in try notesAndSources(model) { #expect(text.contains(note), "no SVG of \(model) says '\(note)'") }
    }

    @Test func statusesAndTheMeetingsNotesReadInTheReport() throws {
        let folder = try TemporaryDirectory()
        let markdown = try String(contentsOfFile: try report(Self.fixture, "report.md", in: folder), encoding: .utf8)
            .replacingOccurrences(of: "\\", with: "")
        #expect(
            markdown.contains(
                "- **Meeting:** Both rounds were closed to the press; times come from the mediator's briefings. Not confirmed.[^1][^2]"))
        #expect(
            markdown.contains(
                "Inspection scheme for ships at Istanbul extended (sources disagree) — Russia, Ukraine, United Nations — Note: Russia says for 60 days, Ukraine for 120."
            ))
        #expect(markdown.contains("- **Segment “Heads only”:** Not confirmed."))
        #expect(markdown.contains("- No agreement on the inspection scheme (not confirmed)\n"), "the status is said once")
        #expect(
            markdown.contains(
                "- **Seating:** Which arm each delegation sat on is not stated; the order is assumed from round 1. Not stated in the sources.[^2]"
            ))
        #expect(markdown.contains("Round 2 mirrors Round 1 (placement unconfirmed)"))
    }

    @Test func notesIsAnOptionOfChartsNotOfReports() throws {
        let folder = try TemporaryDirectory()
        let refused = CommandRunner.parley(["report", Self.fixture, "--notes", "full", "-o", folder.file("r.html").path])
        #expect(refused.status != 0)
        // A report lists every note itself: it has no such option.
        #expect(refused.stderr.contains("Unknown option '--notes'"), "\(refused.stderr)")
        #expect(!FileManager.default.fileExists(atPath: folder.file("r.html").path))
        for mode in ["full", "markers", "none"] {
            let svg = folder.file("\(mode).svg").path
            #expect(CommandRunner.parley(["render", Self.fixture, "--round", "round-1", "--notes", mode, "-o", svg]).status == 0)
            #expect(FileManager.default.fileExists(atPath: svg))
        }
        let bad = CommandRunner.parley(["render", Self.fixture, "--notes", "some", "-o", folder.file("x.svg").path])
        #expect(bad.status != 0)
        #expect(bad.stderr.contains("full") && bad.stderr.contains("markers") && bad.stderr.contains("none"))
        let json = folder.file("scene.json").path
        #expect(CommandRunner.parley(["render", Self.fixture, "--round", "round-1", "--notes", "none", "-o", json]).status == 0)
        let scene = try String(contentsOfFile: json, encoding: .utf8)
        #expect(!scene.contains("\"notes\""))
        #expect(scene.contains("Read out by his deputy according to one report."), "the description keeps the notes")
    }
}

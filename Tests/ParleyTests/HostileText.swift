import Foundation
import Parley
import ParleyModel
import ParleyTestSupport

/// Seeded hostile strings and a small model that carries one in every text field, for the
/// injection tests. Each string starts with a marker `⟦n⟧`, so a check can tell model text
/// from the writer's own wherever it turns up.
struct HostileText {
    /// Markup, Markdown, template and terminal syntax, quotes, line breaks, bidi controls,
    /// emoji, right-to-left text, and code points that XML or Cairo refuse.
    static let pieces = [
        "<script>alert(1)</script>", "<img src=x onerror=alert(1)>", "<iframe src=//evil>", "\"><svg onload=alert(1)>",
        "' onmouseover='alert(1)", "]]>", "<![CDATA[x]]>", "<!-- c -->", "&", "&amp;", "&#x3C;b&#x3E;", "&lt;i&gt;", "<\u{338}b>",
        "# [x](javascript:alert(1))", "![](http://evil.example/x.png)", "[^1]", "[a]: http://evil.example", "<http://evil.example>",
        "www.evil.example", "`code`", "*em* _u_ **b**", "~~s~~ ^sup^ ~sub~", "$x^2$", "@cite", "{=html}", "::: div", "| a | b |",
        "1. ", "- ", "> ", "+ ", "--- ", "...", "\\", "\\\\", "\\n", "{{", "}}", "{{7*7}}", "${x}", "%", "\n", "\n\n# Heading\n",
        "\t", "  ", "\u{202E}", "\u{2066}", "\u{2069}", "\u{200F}", "👩🏽‍💻", "🇺🇦", "مرحبا بالعالم", "שלום", "Çırağan", "\u{2028}",
        "\u{FFFE}", "\u{FFFF}", scalar(0xFDD0), scalar(0x1FFFE), "\u{1B}]0;pwned\u{7}", "\u{1B}[2J", "\u{9B}31m", "\u{7F}", "\u{85}",
        "\u{0}", "\r", "\r\n", "\u{C}", "plain words",
    ]

    /// Swift's literals refuse some noncharacters that strings may still hold.
    private static func scalar(_ value: UInt32) -> String { Unicode.Scalar(value).map { String(Character($0)) } ?? "" }

    /// What the model accepts in a file: no control but tab and newline, no noncharacter.
    static func isAllowedInModel(_ text: String) -> Bool {
        !text.unicodeScalars.contains { ($0.isControlCode && $0 != "\n" && $0 != "\t") || $0.isNoncharacter }
    }

    private var random: SeededGenerator
    private let modelSafe: Bool
    private var count = 0

    init(seed: UInt64, modelSafe: Bool) {
        random = SeededGenerator(seed: seed)
        self.modelSafe = modelSafe
    }

    /// The next string: its marker and two to six pieces.
    mutating func next() -> String {
        count += 1
        let usable = modelSafe ? Self.pieces.filter(Self.isAllowedInModel) : Self.pieces
        var text = "⟦\(count)⟧"
        for _ in 0..<Int.random(in: 2...6, using: &random) { text += usable.randomElement(using: &random) ?? "" }
        return text
    }
}

/// A model with every kind of text field: title, parties, people and roles, rounds with
/// titles, venues, languages, segments, events, outcomes, notes, sources and named seats.
enum HostileModel {
    /// The model as JSON, each text from `text` (called in a fixed order).
    static func json(_ text: () -> String) -> [UInt8] {
        func round(_ id: String, _ date: String, left: String, right: String) -> [String: Any] {
            [
                "id": id, "title": text(), "date": date, "venue": text(), "language": text(), "start": "10:00", "end": "12:00",
                "segments": [["start": "10:00", "end": "11:00", "label": text()]],
                "events": [["at": "10:30", "label": text(), "parties": ["a", "b"], "sources": [text()]], ["label": text()]],
                "outcomes": [["text": text(), "parties": ["b"], "note": text()]],
                "note": text(), "sources": [text(), "https://news.example/\(id)?q=\(text())", "javascript:alert(1)"],
                "table": [
                    "shape": "u", "head": ["chair"], "left": [left, ["party": "a", "name": text(), "role": "interpreter"]],
                    "right": [right, "b"], "flags": ["a", "m", "b"], "note": text(),
                ],
            ]
        }
        let model: [String: Any] = [
            "parley": 1, "id": "hostile", "title": text(), "timezone": "UTC", "timezoneLabel": "UTC",
            "parties": [
                ["id": "a", "name": text(), "color": "#D52B1E"], ["id": "b", "name": text(), "color": "#0057B7"],
                ["id": "m", "name": text(), "role": "mediator"],
            ],
            "people": [
                ["id": "pa", "name": text(), "party": "a", "role": text()], ["id": "pb", "name": text(), "party": "b", "role": text()],
                ["id": "chair", "name": text(), "party": "m", "role": text()],
            ],
            "rounds": [round("r1", "2025-05-16", left: "pa", right: "pb"), round("2nd", "2025-06-02", left: "pb", right: "pa")],
        ]
        return serialized(model)
    }

    /// JSON with DEL, the C1 controls and the line separators as `\\u` escapes: JSONSerialization
    /// writes them raw, and the YAML reader that reads JSON refuses the first two in a file and
    /// breaks lines at the third (a raw U+2028 before `...` ends the document); escaped, they
    /// reach the model as values.
    static func serialized(_ object: Any) -> [UInt8] {
        guard let data = try? JSONSerialization.data(withJSONObject: object, options: [.sortedKeys]) else { return [] }
        var out = ""
        for scalar in String(decoding: data, as: UTF8.self).unicodeScalars {
            guard (0x7F...0x9F).contains(scalar.value) || scalar.isLineSeparator else {
                out.unicodeScalars.append(scalar)
                continue
            }
            for unit in String(scalar).utf16 {
                let hex = String(unit, radix: 16)
                out += "\\u" + String(repeating: "0", count: 4 - hex.count) + hex
            }
        }
        return Array(out.utf8)
    }

    /// Puts a string from `text` in every text field of `meeting`, past the loader's checks: what
    /// the library's writers must survive whatever a caller builds.
    static func fill(_ meeting: inout Meeting, _ text: () -> String) {
        meeting.title = text()
        for index in meeting.parties.indices { meeting.parties[index].name = text() }
        for index in meeting.people.indices {
            meeting.people[index].name = text()
            meeting.people[index].role = text()
        }
        for r in meeting.rounds.indices {
            meeting.rounds[r].title = text()
            meeting.rounds[r].venue = text()
            meeting.rounds[r].language = text()
            meeting.rounds[r].provenance = Provenance(sources: [text(), "http://evil.example/\(text())"], note: text())
            for index in meeting.rounds[r].segments.indices { meeting.rounds[r].segments[index].label = text() }
            for index in meeting.rounds[r].events.indices {
                meeting.rounds[r].events[index].label = text()
                meeting.rounds[r].events[index].provenance = Provenance(sources: [text()], note: text())
            }
            for index in meeting.rounds[r].outcomes.indices { meeting.rounds[r].outcomes[index].text = text() }
            guard var table = meeting.rounds[r].table else { continue }
            table.provenance = Provenance(sources: [text()], note: text())
            for side in table.sides.keys.sorted(by: { $0.rawValue < $1.rawValue }) {
                table.sides[side] = table.sides[side]?.map { seat in
                    var seat = seat
                    if seat.name != nil { seat.name = text() }
                    return seat
                }
            }
            meeting.rounds[r].table = table
        }
    }
}

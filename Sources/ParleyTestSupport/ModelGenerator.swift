/// Writes random but valid meeting models as YAML, for layout invariants over many shapes:
/// 1…N rounds, 0…M timed and untimed events, long, Cyrillic and Turkish labels, rounds that
/// cross midnight and rounds in another zone.
public struct ModelGenerator {
    public var rounds: Int
    public var maxEvents: Int
    public var generator: SeededGenerator
    /// Gives the meeting, every round, segment, event, outcome and table a note and a source,
    /// some long, for layouts with a full notes block; off, the models are as they always were.
    public var notes = false

    public init(rounds: Int, maxEvents: Int, seed: UInt64) {
        self.rounds = rounds; self.maxEvents = maxEvents; generator = SeededGenerator(seed: seed)
    }

    static let labels = [
        "Memoranda exchanged", "Обмен меморандумами между делегациями", "Çırağan Sarayı'nda açılış konuşması",
        "A very long label describing an event that goes on and on for well over sixty characters in all",
        "Break", "Ceasefire proposal", "Умєров і Мединський зустрілися віч-на-віч",
    ]

    public mutating func yaml() -> String {
        var lines = [
            "parley: 1", "id: generated", "title: Generated meeting", "timezone: Europe/Moscow", "timezoneLabel: MSK", "parties:",
            "  - {id: ru, name: Russia, color: '#D52B1E'}", "  - {id: ua, name: Ukraine, color: '#0057B7'}",
            "  - {id: tr, name: Turkey, role: mediator}",
        ]
        if notes {
            lines += [
                "note: \"\(ModelGenerator.labels.randomElement(using: &generator) ?? "Note")\"", "sources: [https://example.org/meeting]",
            ]
        }
        lines.append("rounds:")
        for index in 0..<rounds {
            let day = 1 + (index * 3) % 28, month = 1 + (index * 3 / 28) % 12
            let date = "2025-\(pad(month))-\(pad(day))"
            let startMinute = Int.random(in: 6 * 60...23 * 60, using: &generator)
            let duration = Int.random(in: 5...(6 * 60), using: &generator)
            let endMinute = startMinute + duration
            lines.append("  - id: r\(index)")
            lines.append("    title: \(index.isMultiple(of: 5) ? "Round \(index + 1) — the longer plenary session" : "Round \(index + 1)")")
            lines.append("    date: \(date)")
            if index % 7 == 3 { lines.append("    timezone: Europe/Kyiv") }
            lines.append("    start: \"\(Bool.random(using: &generator) ? "~" : "")\(clock(startMinute))\"")
            lines.append("    end: \"\(endMinute >= 1440 ? nextDay(date) + "T" : "")\(clock(endMinute % 1440))\"")
            if notes {
                lines.append("    note: \"\(ModelGenerator.labels.randomElement(using: &generator) ?? "Note")\"")
                lines.append("    sources: [https://example.org/rounds/r\(index)/a-long-path-to-a-report, \"Interview, day \(index)\"]")
                lines.append(
                    "    status: \(["confirmed", "uncertain", "conflicting", "unknown"].randomElement(using: &generator) ?? "unknown")")
                lines.append("    segments:")
                lines.append(
                    "      - {start: \"\(clock(startMinute))\", end: \"\(clock(min(startMinute + duration / 2, 1439)))\", label: Plenary, note: Opened late}"
                )
            }
            let events = Int.random(in: 0...maxEvents, using: &generator)
            if events > 0 { lines.append("    events:") }
            for _ in 0..<events {
                let label = ModelGenerator.labels.randomElement(using: &generator) ?? "Event"
                let party = ["ru", "ua", "tr"].randomElement(using: &generator) ?? "ru"
                let remark = notes ? ", note: \"\(label)\", sources: [https://example.org/e/\(index)], status: uncertain" : ""
                if Int.random(in: 0..<5, using: &generator) == 0 {
                    lines.append("      - {label: \"\(label)\", parties: [\(party)]\(remark)}")
                } else {
                    let at = startMinute + Int.random(in: 0...duration, using: &generator)
                    let time = at >= 1440 ? nextDay(date) + "T" + clock(at % 1440) : clock(at)
                    lines.append("      - {at: \"\(time)\", label: \"\(label)\", parties: [\(party)]\(remark)}")
                }
            }
            lines.append("    outcomes:")
            let outcomeNote =
                notes ? ", note: \"\(ModelGenerator.labels.randomElement(using: &generator) ?? "Note")\", status: conflicting" : ""
            lines.append(
                "      - {text: \"\(ModelGenerator.labels.randomElement(using: &generator) ?? "Outcome")\", parties: [ru, ua]\(outcomeNote)}"
            )
            if notes {
                lines += [
                    "    table:", "      shape: u", "      head: [tr]", "      left: [\(index.isMultiple(of: 2) ? "ru" : "ua")]",
                    "      right: [\(index.isMultiple(of: 2) ? "ua" : "ru")]", "      note: Placement assumed", "      status: unknown",
                    "      sources: [https://example.org/tables/\(index)]",
                ]
            }
        }
        return lines.joined(separator: "\n") + "\n"
    }

    private func pad(_ value: Int) -> String { value < 10 ? "0\(value)" : "\(value)" }
    private func clock(_ minutes: Int) -> String { "\(pad(minutes / 60)):\(pad(minutes % 60))" }
    private func nextDay(_ date: String) -> String {
        let parts = date.split(separator: "-").compactMap { Int($0) }
        // Generated days stop at 28, so the next day is always in the same month.
        return "\(parts[0])-\(pad(parts[1]))-\(pad(parts[2] + 1))"
    }
}

/// Writes random but valid meeting models whose times are hard: rounds that span a change of
/// offset (daylight saving starting or ending, a 30- or 60-minute shift, Moscow's 2014 change
/// of standard time), cross midnight, last seconds or ten hours, are held in another zone than
/// the meeting's, and give contested, ranged and approximate times; with notes and sources on
/// every kind of thing a model can annotate.
///
/// Every time is written in ISO 8601 with the offset in force, taken from a table of real
/// transitions (checked against Python's zoneinfo), so a model never depends on the code under
/// test to resolve a local time, and a test can compute every instant without it.
public struct TimeModelGenerator {
    /// A change of offset in a zone: the instant (seconds since 1970 UTC) and the offsets around it.
    public struct Transition: Sendable {
        public var zone: String
        public var instant: Int
        public var offsetBefore: Int, offsetAfter: Int

        /// The offset in force at `instant`.
        public func offset(at moment: Int) -> Int { moment < instant ? offsetBefore : offsetAfter }
    }

    /// Real transitions: tzdata 2025b, as Python's zoneinfo reads it.
    public static let transitions: [Transition] = [
        Transition(zone: "Europe/Zurich", instant: 1_711_846_800, offsetBefore: 3600, offsetAfter: 7200),  // 2024-03-31T01:00Z
        Transition(zone: "Europe/Zurich", instant: 1_729_990_800, offsetBefore: 7200, offsetAfter: 3600),  // 2024-10-27T01:00Z
        Transition(zone: "America/New_York", instant: 1_741_503_600, offsetBefore: -18000, offsetAfter: -14400),  // 2025-03-09T07:00Z
        Transition(zone: "America/New_York", instant: 1_762_063_200, offsetBefore: -14400, offsetAfter: -18000),  // 2025-11-02T06:00Z
        Transition(zone: "Australia/Lord_Howe", instant: 1_728_142_200, offsetBefore: 37800, offsetAfter: 39600),  // 2024-10-05T15:30Z
        Transition(zone: "Australia/Lord_Howe", instant: 1_743_865_200, offsetBefore: 39600, offsetAfter: 37800),  // 2025-04-05T15:00Z
        Transition(zone: "Europe/Kyiv", instant: 1_729_990_800, offsetBefore: 10800, offsetAfter: 7200),  // 2024-10-27T01:00Z
        Transition(zone: "Pacific/Chatham", instant: 1_743_861_600, offsetBefore: 49500, offsetAfter: 45900),  // 2025-04-05T14:00Z
        Transition(zone: "America/Sao_Paulo", instant: 1_541_300_400, offsetBefore: -10800, offsetAfter: -7200),  // 2018-11-04T03:00Z
        Transition(zone: "Asia/Tehran", instant: 1_616_358_600, offsetBefore: 12600, offsetAfter: 16200),  // 2021-03-21T20:30Z
        Transition(zone: "Europe/Moscow", instant: 1_414_274_400, offsetBefore: 14400, offsetAfter: 10800),  // 2014-10-25T22:00Z
    ]

    /// One round as generated: its zone and the instants it gives, for a test's own arithmetic.
    public struct GeneratedRound: Sendable {
        public var id: String
        public var transition: Transition
        public var start: Int, end: Int
    }

    public var rounds: Int
    public var generator: SeededGenerator
    /// The rounds of the last model written, in order.
    public private(set) var written: [GeneratedRound] = []
    /// Every note the last model gives, and every source, so a test can look for each in the outputs.
    public private(set) var notes: [String] = [], sources: [String] = []

    public init(rounds: Int, seed: UInt64) {
        self.rounds = rounds; generator = SeededGenerator(seed: seed)
    }

    public mutating func yaml() -> String {
        written = []; notes = []; sources = []
        let meetingZone = TimeModelGenerator.transitions.randomElement(using: &generator)?.zone ?? "UTC"
        var lines = [
            "parley: 1", "id: hard-times", "title: A meeting whose times are hard", "timezone: \(meetingZone)",
        ]
        lines += annotation(indent: "", what: "meeting")
        lines += [
            "parties:", "  - {id: n, name: Northland, color: '#1f77b4'}", "  - {id: s, name: Southland, color: '#d62728'}",
            "  - {id: m, name: Mediatoria, role: mediator}", "rounds:",
        ]
        for index in 0..<rounds {
            let transition = TimeModelGenerator.transitions.randomElement(using: &generator) ?? TimeModelGenerator.transitions[0]
            // Most rounds span their transition; some end just before or start just after it.
            let start = transition.instant - Int.random(in: -3600...(6 * 3600), using: &generator)
            let length = [40, 95, 20 * 60, 74 * 60, 3 * 3600 + 17, 10 * 3600].randomElement(using: &generator) ?? 3600
            let end = start + length
            written.append(GeneratedRound(id: "r\(index)", transition: transition, start: start, end: end))
            let zone = transition.zone
            lines.append("  - id: r\(index)")
            lines.append("    title: Session \(index + 1) in \(zone)")
            lines.append("    date: \(Self.localDate(start, transition))")
            lines.append("    timezone: \(zone)")
            // Contested ends differ by at most a quarter of the session, so the sources agree it took place.
            let spread = min(600, length / 4)
            lines.append("    start: \(time(start, transition, spread: spread))")
            lines.append("    end: \(time(end, transition, spread: spread))")
            lines += annotation(indent: "    ", what: "round \(index + 1)")
            if length >= 1200 {
                let middle = start + length / 2
                lines.append("    segments:")
                lines.append("      - start: \"\(Self.iso(start, transition))\"")
                lines.append("        end: \"\(Self.iso(middle, transition))\"")
                lines.append("        label: Plenary")
                lines += annotation(indent: "        ", what: "segment of round \(index + 1)")
            }
            lines.append("    events:")
            for event in 0..<Int.random(in: 1...5, using: &generator) {
                let eventSpread = Int.random(in: 0...min(300, length / 4), using: &generator)
                let at = start + Int.random(in: 0...(length - eventSpread), using: &generator)
                let party = ["n", "s", "m"].randomElement(using: &generator) ?? "n"
                lines.append("      - at: \(time(at, transition, spread: eventSpread))")
                lines.append("        label: Event \(event + 1) of round \(index + 1)")
                lines.append("        parties: [\(party)]")
                lines += annotation(indent: "        ", what: "event \(event + 1) of round \(index + 1)")
            }
            lines.append("      - {label: An untimed event, parties: [n, s]}")
            lines.append("    outcomes:")
            lines.append("      - text: An outcome of round \(index + 1)")
            lines += annotation(indent: "        ", what: "outcome of round \(index + 1)")
            lines.append("    table:")
            lines.append("      shape: u")
            lines.append("      head: [m]")
            lines.append("      left: [n, n]")
            lines.append("      right: [s]")
            lines += annotation(indent: "      ", what: "table of round \(index + 1)")
        }
        return lines.joined(separator: "\n") + "\n"
    }

    /// A note and a source, most of the time, each unique so a test can find it.
    private mutating func annotation(indent: String, what: String) -> [String] {
        var lines: [String] = []
        if Int.random(in: 0..<4, using: &generator) != 0 {
            let note = "Note on the \(what): reported by one agency only."
            notes.append(note)
            lines.append("\(indent)note: \"\(note)\"")
        }
        if Int.random(in: 0..<3, using: &generator) != 0 {
            let source = "https://example.org/\(what.replacingOccurrences(of: " ", with: "-"))/\(sources.count + 1)"
            sources.append(source)
            lines.append("\(indent)sources: [\"\(source)\"]")
        }
        return lines
    }

    /// A time as a model writes it: exact, approximate, with seconds, a range or two claims
    /// `spread` seconds apart (the later one never earlier than `instant`).
    private mutating func time(_ instant: Int, _ transition: Transition, spread: Int) -> String {
        let first = Self.iso(instant, transition), second = Self.iso(instant + spread, transition)
        switch Int.random(in: 0..<6, using: &generator) {
        case 0: return "\"~\(first)\""
        case 1 where spread > 0: return "{from: \"\(first)\", to: \"\(second)\"}"
        case 2 where spread > 0:
            let source = "https://example.org/claim/\(sources.count + 1)"
            sources.append(source)
            return "{claims: [{at: \"\(first)\", by: Agency A, source: \"\(source)\"}, {at: \"\(second)\", by: Agency B}]}"
        default: return "\"\(first)\""
        }
    }

    /// ISO 8601 with the offset in force, seconds when there are any.
    public static func iso(_ instant: Int, _ transition: Transition) -> String {
        let moment = instant
        let offset = transition.offset(at: moment)
        let local = moment + offset
        let days = Int((Double(local) / 86400).rounded(.down))
        let seconds = local - days * 86400
        let sign = offset < 0 ? "-" : "+"
        let clock = "\(pad(seconds / 3600)):\(pad(seconds / 60 % 60))" + (seconds % 60 == 0 ? "" : ":\(pad(seconds % 60))")
        return "\(date(days))T\(clock)\(sign)\(pad(abs(offset) / 3600)):\(pad(abs(offset) / 60 % 60))"
    }

    /// The local calendar date of an instant, `YYYY-MM-DD`.
    public static func localDate(_ instant: Int, _ transition: Transition) -> String {
        date(Int((Double(instant + transition.offset(at: instant)) / 86400).rounded(.down)))
    }

    private static func date(_ days: Int) -> String {
        // Days since 1970 to a civil date (Howard Hinnant's algorithm), here rather than
        // ParleyModel's LocalDate: the generator's dates and instants owe nothing to the code under test.
        let z = days + 719468
        let era = (z >= 0 ? z : z - 146096) / 146097
        let dayOfEra = z - era * 146097
        let yearOfEra = (dayOfEra - dayOfEra / 1460 + dayOfEra / 36524 - dayOfEra / 146096) / 365
        let dayOfYear = dayOfEra - (365 * yearOfEra + yearOfEra / 4 - yearOfEra / 100)
        let mp = (5 * dayOfYear + 2) / 153
        let day = dayOfYear - (153 * mp + 2) / 5 + 1
        let month = mp < 10 ? mp + 3 : mp - 9
        return "\(yearOfEra + era * 400 + (month <= 2 ? 1 : 0))-\(pad(month))-\(pad(day))"
    }

    private static func pad(_ value: Int) -> String { value < 10 ? "0\(value)" : "\(value)" }
}

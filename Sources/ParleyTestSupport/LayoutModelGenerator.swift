import Foundation

/// Writes hostile-but-valid meeting models for layout invariants: long official titles in many
/// scripts, 8–12 parties with explicit and automatic colours, 40 events in 30 minutes, events
/// at the same minute and of several parties, segments of every kind, 1–6 days with several
/// sessions a day and a night session, tables of 1–60 seats a side, and a canvas width from
/// 320 to 2,400 points. Each seed takes one of the profiles in turn, so a run of consecutive
/// seeds covers every class of model; within a profile everything else is drawn at random.
public struct LayoutModelGenerator {
    /// The kind of model a seed writes; `allCases` in the order seeds take them.
    public enum Profile: String, CaseIterable, Sendable {
        /// One working day: 30–40 events, clusters in a few minutes, same-minute events, segments.
        case crowdedDay
        /// A round table of 8–12 parties with long titles, flags and a reordering between rounds.
        case manyParties
        /// A rectangle of 12–60 seats a side: two delegations, mediators, unnamed seats.
        case longTable
        /// 1–6 consecutive days with 1–4 sessions each, overlaps and a session past midnight.
        case severalDays
        /// One party, one round, nothing else.
        case minimal
        /// A bit of everything.
        case mixed
    }

    /// One generated model: its YAML, what it was made to test, and the width to draw it at.
    public struct Model: Sendable {
        public var yaml: String
        public var profile: Profile
        public var seed: UInt64
        /// The canvas width the invariants use for this model, 320…2,400 points.
        public var width: Double
        /// How many parties the model has.
        public var parties: Int
        /// Which parties have a colour of their own.
        public var explicitColors: Int
    }

    private var random: SeededGenerator
    private let seed: UInt64
    private let profile: Profile

    public init(seed: UInt64) {
        self.seed = seed
        random = SeededGenerator(seed: seed &* 0x2545_F491_4F6C_DD1D &+ 17)
        profile = Profile.allCases[Int(seed % UInt64(Profile.allCases.count))]
    }

    /// Official titles as they are written, in several scripts, short and very long.
    static let titles = [
        "Head of delegation",
        "Permanent Representative of the Republic to the United Nations Office and other international organizations at Geneva",
        "State Secretary, Federal Department of Foreign Affairs",
        "Staatssekretär im Bundesministerium für wirtschaftliche Zusammenarbeit und Entwicklung",
        "Ministre de l'Europe et des Affaires étrangères",
        "Заместитель министра иностранных дел Российской Федерации",
        "Заступник керівника Офісу Президента України",
        "Dışişleri Bakan Yardımcısı ve AB Başmüzakerecisi",
        "مستشار الأمن الوطني",
        "国务委员兼外交部长",
        "Υφυπουργός Εξωτερικών",
        "National Security Adviser",
        "Interpreter",
        "Special Envoy for the Middle East and North Africa, Ministry of Foreign Affairs, chair",
    ]

    static let names = [
        "Maria Huber", "Jean-Baptiste Lefèvre-Dumont", "Владимир Мединский", "Рустем Умєров", "Hakan Fidan",
        "Faisal bin Farhan Al Saud", "Wang Yi", "Κυριάκος Παπαδόπουλος", "Aleksandra Wiśniewska-Kowalczyk",
        "Nguyễn Thị Thanh Hương", "Oluwaseun Adebayo-Okonkwo", "José María Fernández de la Vega", "Ingrid Søndergaard",
    ]

    static let partyNames = [
        "Ukraine", "Russian Federation", "Türkiye", "Kingdom of Saudi Arabia", "United States of America",
        "Bundesrepublik Deutschland", "République française", "Organization for Security and Co-operation in Europe",
        "Swiss Confederation", "Україна", "Российская Федерация", "European Union", "Qatar", "People's Republic of China",
        "Ελληνική Δημοκρατία", "United Nations", "Vatican City State (Holy See)",
    ]

    static let eventLabels = [
        "Memoranda exchanged", "Opening statements by both heads of delegation", "Обмен меморандумами",
        "Çırağan Sarayı'nda açılış konuşması", "Press statement", "Delegations leave the hall for consultations with their capitals",
        "Break", "Ceasefire proposal tabled", "Умєров і Мединський зустрілися віч-на-віч", "Photo", "Vote",
        "Agreement on a prisoner exchange of 1,000 for 1,000 announced to the press",
    ]

    static let segmentLabels = [
        "Plenary", "Opening plenary session", "Coffee break", "Restricted format", "Break", "Lunch",
        "Working groups on humanitarian issues", "Tête-à-tête", "Пленарное заседание",
    ]

    /// Zones with and without daylight saving, far from and near UTC.
    static let zones = [
        "Europe/Zurich", "Europe/Istanbul", "America/New_York", "Asia/Riyadh", "Europe/Kyiv", "Asia/Tokyo",
        "Australia/Lord_Howe", "UTC", "Asia/Kolkata",
    ]

    static let colors = [
        "#D52B1E", "#0057B7", "#E30A17", "#009C3B", "#3CA951", "#006C35", "#FFD700", "#002395", "#ED2939", "#DA291C",
        "#C8102E", "#000000", "#FFFFFF", "#4269D0",
    ]

    /// Writes the model.
    public mutating func make() -> Model {
        let partyCount: Int
        switch profile {
        case .manyParties: partyCount = Int.random(in: 8...12, using: &random)
        case .minimal: partyCount = 1
        case .longTable: partyCount = Int.random(in: 2...4, using: &random)
        default: partyCount = Int.random(in: 2...6, using: &random)
        }
        var lines = [
            "parley: 1", "id: generated-\(seed)", "title: \(quoted(meetingTitle()))",
            "timezone: \(Self.zones.randomElement(using: &random) ?? "UTC")",
        ]
        let parties = (0..<partyCount).map { "p\($0)" }
        var explicit = 0
        lines.append("parties:")
        for (index, id) in parties.enumerated() {
            var fields = ["id: \(id)", "name: \(quoted(pick(Self.partyNames, index)))"]
            if index == partyCount - 1, partyCount > 2 { fields.append("role: mediator") }
            if index == partyCount - 2, partyCount > 6 { fields.append("role: observer") }
            if Int.random(in: 0..<3, using: &random) == 0 {
                fields.append("color: \(quoted(Self.colors.randomElement(using: &random) ?? "#000000"))")
                explicit += 1
            }
            let stripes = (0..<Int.random(in: 1...3, using: &random)).map { _ in quoted(Self.colors.randomElement(using: &random) ?? "#000")
            }
            fields.append("flag: [\(stripes.joined(separator: ", "))]")
            lines.append("  - {\(fields.joined(separator: ", "))}")
        }
        // Two or three people a party, with titles in several scripts.
        var people: [(id: String, party: String)] = []
        lines.append("people:")
        for party in parties {
            for number in 0..<Int.random(in: 1...3, using: &random) {
                let id = "\(party)-person\(number)"
                people.append((id, party))
                let name = Self.names.randomElement(using: &random) ?? "Name"
                let title = Self.titles.randomElement(using: &random) ?? "Member"
                lines.append("  - {id: \(id), name: \(quoted(name)), party: \(party), role: \(quoted(title))}")
            }
        }
        lines.append("rounds:")
        lines += rounds(parties: parties, people: people)
        let widths: [Double] = [320, 360, 480, 600, 700, 900, 1200, 1600, 2400]
        let width = widths.randomElement(using: &random) ?? 900
        return Model(
            yaml: lines.joined(separator: "\n") + "\n", profile: profile, seed: seed, width: width, parties: partyCount,
            explicitColors: explicit)
    }

    private mutating func meetingTitle() -> String {
        [
            "Talks", "Geneva consultations on the humanitarian situation, the exchange of prisoners and the return of children",
            "Переговоры в Стамбуле", "İstanbul'da doğrudan müzakereler", "محادثات الرياض بين الوفود",
        ].randomElement(using: &random) ?? "Talks"
    }

    // MARK: Rounds

    private mutating func rounds(parties: [String], people: [(id: String, party: String)]) -> [String] {
        var lines: [String] = []
        let days: Int, perDay: ClosedRange<Int>
        switch profile {
        case .severalDays: (days, perDay) = (Int.random(in: 1...6, using: &random), 1...4)
        case .manyParties, .longTable: (days, perDay) = (Int.random(in: 2...3, using: &random), 1...1)
        case .mixed: (days, perDay) = (Int.random(in: 1...3, using: &random), 1...2)
        case .crowdedDay, .minimal: (days, perDay) = (1, 1...1)
        }
        var index = 0
        for day in 0..<days {
            let sessions = Int.random(in: perDay, using: &random)
            var startMinute = Int.random(in: 7 * 60...11 * 60, using: &random)
            for session in 0..<sessions {
                let duration: Int
                switch profile {
                case .crowdedDay: duration = Int.random(in: 30...(10 * 60 + 30), using: &random)
                case .minimal: duration = 60
                default: duration = Int.random(in: 5...(5 * 60), using: &random)
                }
                // The last session of a several-day meeting may run past midnight.
                let lastOfDay = session == sessions - 1
                let night = profile == .severalDays && lastOfDay && Int.random(in: 0..<3, using: &random) == 0
                let start = night ? 21 * 60 + Int.random(in: 0...90, using: &random) : min(startMinute, 22 * 60)
                // A night session ends by 01:59, before any spring-forward gap (02:00–04:00 in Europe), so
                // every time the generator writes exists; the day engineer's fixtures cross the change itself.
                let end = night ? min(start + Int.random(in: 180...360, using: &random), 1440 + 119) : start + duration
                lines += round(
                    id: "r\(index)", day: day, start: start, end: end, parties: parties, people: people, roundIndex: index)
                index += 1
                // Sessions of one day sometimes overlap, mostly follow each other.
                startMinute =
                    Int.random(in: 0..<4, using: &random) == 0 ? start + duration / 2 : end + Int.random(in: 15...90, using: &random)
                if startMinute >= 22 * 60 { break }
            }
        }
        return lines
    }

    private mutating func round(
        id: String, day: Int, start: Int, end: Int, parties: [String], people: [(id: String, party: String)], roundIndex: Int
    ) -> [String] {
        let date = Self.date(daysAfterBase: day)
        var lines = [
            "  - id: \(id)",
            "    title: \(quoted(roundIndex % 3 == 1 ? "Round \(roundIndex + 1): the restricted session of the heads of delegation" : "Round \(roundIndex + 1)"))",
            "    date: \(date)",
            "    venue: \(quoted(["Palais des Nations, Geneva", "Çırağan Sarayı", "Diriyah Palace"].randomElement(using: &random) ?? ""))",
            "    start: \(quoted(clock(start, date: date)))", "    end: \(quoted(clock(end, date: date)))",
        ]
        guard profile != .minimal else { return lines }
        lines += segments(start: start, end: end, date: date)
        lines += events(start: start, end: end, date: date, parties: parties)
        if profile != .severalDays || Bool.random(using: &random) {
            lines += table(parties: parties, people: people, roundIndex: roundIndex)
        }
        return lines
    }

    private mutating func segments(start: Int, end: Int, date: String) -> [String] {
        let duration = end - start
        guard duration >= 20, Int.random(in: 0..<3, using: &random) > 0 else { return [] }
        var lines = ["    segments:"]
        var cursor = start
        let count = Int.random(in: 1...5, using: &random)
        for _ in 0..<count {
            let length = max(2, Int.random(in: 2...max(2, duration / count), using: &random))
            guard cursor + length <= end else { break }
            let label = Self.segmentLabels.randomElement(using: &random) ?? "Plenary"
            lines.append(
                "      - {start: \(quoted(clock(cursor, date: date))), end: \(quoted(clock(cursor + length, date: date))), label: \(quoted(label))}"
            )
            cursor += length + Int.random(in: 0...10, using: &random)
        }
        return lines.count > 1 ? lines : []
    }

    private mutating func events(start: Int, end: Int, date: String, parties: [String]) -> [String] {
        let count: Int
        switch profile {
        case .crowdedDay: count = Int.random(in: 30...40, using: &random)
        case .mixed: count = Int.random(in: 0...12, using: &random)
        default: count = Int.random(in: 0...4, using: &random)
        }
        guard count > 0 else { return [] }
        var lines = ["    events:"]
        // A burst: many events within 30 minutes (or the whole session when shorter), several at one minute.
        let burstStart = start + Int.random(in: 0...max(0, end - start - 30), using: &random)
        for number in 0..<count {
            let minute: Int
            switch number % 4 {
            case 0, 1: minute = min(end, burstStart + Int.random(in: 0...min(30, end - start), using: &random))
            case 2: minute = burstStart
            default: minute = Int.random(in: start...end, using: &random)
            }
            let involved = parties.shuffled(using: &random).prefix(Int.random(in: 1...min(3, parties.count), using: &random))
            let label = Self.eventLabels.randomElement(using: &random) ?? "Event"
            let at = Int.random(in: 0..<8, using: &random) == 0 ? "" : "at: \(quoted(clock(minute, date: date))), "
            lines.append("      - {\(at)label: \(quoted(label)), parties: [\(involved.joined(separator: ", "))]}")
        }
        if Bool.random(using: &random) {
            lines.append("    outcomes:")
            lines.append("      - {text: \(quoted(Self.eventLabels.randomElement(using: &random) ?? "Outcome")), parties: [\(parties[0])]}")
        }
        return lines
    }

    // MARK: Tables

    private mutating func table(parties: [String], people: [(id: String, party: String)], roundIndex: Int) -> [String] {
        let shape: String
        switch profile {
        case .manyParties: shape = "round"
        case .longTable: shape = "rectangle"
        default: shape = ["u", "rectangle", "round"].randomElement(using: &random) ?? "u"
        }
        // Each party's seats: its people, then unnamed seats; the order turns between rounds.
        let turn = roundIndex % max(parties.count, 1)
        let order = Array(parties[turn...] + parties[..<turn])
        let perSide = profile == .longTable ? Int.random(in: 12...60, using: &random) : Int.random(in: 1...8, using: &random)
        func seats(of party: String, count: Int) -> [String] {
            let named = people.filter { $0.party == party }.map(\.id).prefix(count)
            var seats = Array(named)
            let rest = count - named.count
            if rest == 1 { seats.append(party) }
            if rest > 1 { seats.append("{party: \(party), count: \(rest)}") }
            if Int.random(in: 0..<4, using: &random) == 0 {
                seats.append("{party: \(party), name: \(quoted("Interpreter")), role: interpreter}")
            }
            return seats
        }
        let flags = "      flags: [\(order.prefix(6).joined(separator: ", "))]"
        switch shape {
        case "round":
            let each = max(1, min(4, 24 / max(parties.count, 1)))
            let all = order.flatMap { seats(of: $0, count: Int.random(in: 1...each, using: &random)) }
            return ["    table:", "      shape: round", "      seats: [\(all.joined(separator: ", "))]", flags]
        case "rectangle":
            let sides = split(order)
            var lines = ["    table:", "      shape: rectangle"]
            lines.append(
                "      far: [\(sides.left.flatMap { seats(of: $0, count: perSide / max(sides.left.count, 1)) }.joined(separator: ", "))]")
            lines.append(
                "      near: [\(sides.right.flatMap { seats(of: $0, count: perSide / max(sides.right.count, 1)) }.joined(separator: ", "))]"
            )
            if let mediator = sides.middle {
                lines.append("      left: [\(seats(of: mediator, count: 1).joined(separator: ", "))]")
            }
            lines.append(flags)
            return lines
        default:
            let sides = split(order)
            var lines = ["    table:", "      shape: u"]
            if let mediator = sides.middle { lines.append("      head: [\(seats(of: mediator, count: 2).joined(separator: ", "))]") }
            lines.append("      left: [\(sides.left.flatMap { seats(of: $0, count: perSide) }.joined(separator: ", "))]")
            lines.append("      right: [\(sides.right.flatMap { seats(of: $0, count: perSide) }.joined(separator: ", "))]")
            lines.append(flags)
            return lines
        }
    }

    /// The parties in two halves, and the last (the mediator) between them when there are three or more.
    private func split(_ parties: [String]) -> (left: [String], right: [String], middle: String?) {
        guard parties.count > 2 else { return (Array(parties.prefix(1)), Array(parties.dropFirst()), nil) }
        let others = Array(parties.dropLast())
        let half = others.count / 2
        return (Array(others[..<half]), Array(others[half...]), parties.last)
    }

    // MARK: Text

    private mutating func pick(_ list: [String], _ index: Int) -> String {
        Bool.random(using: &random) ? list[index % list.count] : list.randomElement(using: &random) ?? list[0]
    }

    /// A YAML double-quoted string, escaped as JSON escapes it (YAML reads JSON strings).
    private func quoted(_ text: String) -> String {
        var result = "\""
        for scalar in text.unicodeScalars {
            switch scalar {
            case "\"": result += "\\\""
            case "\\": result += "\\\\"
            case "\n": result += "\\n"
            default: result.unicodeScalars.append(scalar)
            }
        }
        return result + "\""
    }

    /// `HH:MM` on the round's date, or the full date and time once past midnight.
    private func clock(_ minutes: Int, date: String) -> String {
        let time = "\(pad(minutes % 1440 / 60)):\(pad(minutes % 60))"
        guard minutes >= 1440 else { return time }
        return Self.date(daysAfter: date, minutes / 1440) + "T" + time
    }

    private func pad(_ value: Int) -> String { value < 10 ? "0\(value)" : "\(value)" }

    /// The first day: the last Friday of March 2025, so a several-day meeting in Europe crosses the spring change.
    static func date(daysAfterBase days: Int) -> String { date(daysAfter: "2025-03-28", days) }

    static func date(daysAfter date: String, _ days: Int) -> String {
        var calendar = Calendar(identifier: .gregorian)
        calendar.timeZone = TimeZone(identifier: "UTC") ?? .current
        let parts = date.split(separator: "-").compactMap { Int($0) }
        let components = DateComponents(year: parts[0], month: parts[1], day: parts[2])
        guard let start = calendar.date(from: components), let moved = calendar.date(byAdding: .day, value: days, to: start) else {
            return date
        }
        let result = calendar.dateComponents([.year, .month, .day], from: moved)
        let pad = { (value: Int?) in (value ?? 1) < 10 ? "0\(value ?? 1)" : "\(value ?? 1)" }
        return "\(result.year ?? 2025)-\(pad(result.month))-\(pad(result.day))"
    }
}

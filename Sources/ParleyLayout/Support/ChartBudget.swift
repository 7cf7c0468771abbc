import ParleyModel

/// How much one chart may draw, checked from the model before anything is laid out, so a chart
/// past it ends at once with an error that says where and what to do, rather than after
/// minutes of layout or gigabytes of drawing.
///
/// The budget counts the items a chart draws: a row or stem per round, a marker, leader line,
/// label and list line per event (segments and outcomes alike), a disc and its labels per
/// seat. Every item costs a few text runs at most, because each label is measured once and
/// cut to what its box shows (`TextMeasurementCache`), and the canvas is at most
/// `LayoutOptions.maximumSide` a side; so a chart within the budget lays out and renders in a
/// few seconds and well under the resource contract's memory.
enum ChartBudget {
    /// The most items one chart may draw.
    static let maximumItems = 20_000

    /// The most characters of long texts (over 512 characters) one chart sets whole: wrapped in
    /// lists, notes and headings, where the full text is the point. Counted as they are measured.
    static let maximumWholeLongCharacters = 100_000

    /// Throws once the chart has set more long text whole than `maximumWholeLongCharacters`;
    /// `location` is the item just set, when the caller knows it.
    static func checkText(_ typesetter: Typesetter, at location: SourceLocation? = nil) throws(LayoutError) {
        let characters = typesetter.measurer.wholeLongCharacters
        guard characters > maximumWholeLongCharacters else { return }
        throw .textBudgetExceeded(characters: characters, location: location)
    }

    /// What a chart draws of each round it covers.
    struct Drawn: OptionSet {
        let rawValue: Int
        /// A row, stem or panel per round.
        static let rounds = Drawn(rawValue: 1)
        /// Every event, segment and outcome of the round.
        static let events = Drawn(rawValue: 2)
        /// Every seat at the round's table.
        static let seats = Drawn(rawValue: 4)
    }

    /// Throws when `rounds` drawn as `drawn` come to more than `maximumItems`, at the round where
    /// the count passes the limit. `chart` names the chart in the message.
    static func check(_ chart: String, rounds: [Round], drawn: Drawn) throws(LayoutError) {
        var total = 0, events = 0, seats = 0
        var passed: Round?
        for round in rounds {
            if drawn.contains(.rounds) { total += 1 }
            if drawn.contains(.events) {
                let count = round.events.count + round.segments.count + round.outcomes.count
                events += count
                total += count
            }
            if drawn.contains(.seats), let table = round.table {
                let count = Table.sides(of: table.shape).reduce(0) { $0 + table.seats($1).count }
                seats += count
                total += count
            }
            if passed == nil, total > maximumItems { passed = round }
        }
        guard let passed else { return }
        let items = LayoutError.ItemCount(
            chart: chart, total: total, rounds: rounds.count, countsRounds: drawn.contains(.rounds),
            events: drawn.contains(.events) ? events : nil, seats: drawn.contains(.seats) ? seats : nil)
        throw .itemBudgetExceeded(items, location: passed.location)
    }

    /// `12,345`: counts in messages read at a glance.
    static func count(_ value: Int) -> String {
        let digits = String(value.magnitude)
        var grouped = ""
        for (index, digit) in digits.enumerated() {
            if index > 0, (digits.count - index) % 3 == 0 { grouped.append(",") }
            grouped.append(digit)
        }
        return value < 0 ? "-" + grouped : grouped
    }

    /// A length in whole points for a message; "unbounded" when it is not finite.
    static func count(points: Double) -> String {
        guard points.isFinite else { return "unbounded" }
        return count(Int(min(points.rounded(.up), 1e15)))
    }
}

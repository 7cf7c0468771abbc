import ParleyModel

/// Why a chart could not be laid out: the model lacks what it needs, or the options are off.
/// One case per failure with its facts; `description` says it in words, and `location` where in
/// the model one place is to blame (the round, table or event that ran past a limit).
public enum LayoutError: Error, Sendable, Hashable, CustomStringConvertible {
    /// A round asked for by id that the model does not have.
    case unknownRound(id: String, known: [String])
    /// A chart asked for by name that the registry does not have.
    case unknownChart(name: String, known: [String])
    /// The chart draws rounds and the model has none.
    case noRounds(chart: String)
    /// The round asked for has no table; `seated` are the rounds that have one.
    case roundHasNoTable(id: String, seated: [String])
    /// A seating chart of a model in which no round has a table.
    case noRoundWithTable
    /// The comparison needs two rounds with a table; `chosen` of them were given, and
    /// `wereChosen` says whether the user chose the rounds (so the remedy is `--rounds`).
    case tooFewTablesToCompare(chosen: Int, seated: [String], wereChosen: Bool)
    /// A canvas `width` or `height` outside 1…`LayoutOptions.maximumSide`.
    case canvasSideOutOfRange(side: CanvasSide, value: Double)
    /// The width asked for is less than the narrowest the chart can be drawn at for this model
    /// without text below `Font.minimumSize`; `chart` is its `--chart` name once known.
    case widthTooNarrow(asked: Double, minimum: Double, chart: String?)
    /// The chart, laid out as narrow as it can be, is wider than the largest side.
    case chartTooWide(needed: Double)
    /// The height asked for is less than the chart needs.
    case heightTooSmall(needed: Double, asked: Double)
    /// The chart, laid out, is taller than the largest side.
    case chartTooTall(needed: Double)
    /// The chart's content has already grown past the largest side.
    case chartGrowsTooTall(remedy: TooTallRemedy, location: SourceLocation?)
    /// More items than `ChartBudget.maximumItems` in one chart.
    case itemBudgetExceeded(ItemCount, location: SourceLocation)
    /// More long text set whole than `ChartBudget.maximumWholeLongCharacters`.
    case textBudgetExceeded(characters: Int, location: SourceLocation?)
    /// A PDF report past `ReportPages.maximumPages`.
    case tooManyReportPages(limit: Int)

    /// Which side of the canvas.
    public enum CanvasSide: String, Sendable, Hashable { case width, height }

    /// What to do about a chart too tall for the canvas.
    public enum TooTallRemedy: Sendable, Hashable {
        /// Choose fewer rounds with `--rounds` (many rounds), or split the round in the model (one round with too many items).
        case fewerRounds, splitRound
        /// Shorten the model's longest texts: the chart is too tall only for the key that lists them in full.
        case shorterTexts
    }

    /// What a chart past its item budget would draw.
    public struct ItemCount: Sendable, Hashable {
        /// The chart's `--chart` name.
        public var chart: String
        /// Every item the chart would draw, rounds, events and seats together.
        public var total: Int
        /// The rounds the chart covers; `countsRounds` says whether each one is an item.
        public var rounds: Int
        /// Whether each round counts as an item of its own (a row or a panel).
        public var countsRounds: Bool
        /// Events, segments and outcomes, when the chart draws them.
        public var events: Int?
        /// Seats, when the chart draws them.
        public var seats: Int?

        /// Makes a count for `chart`; `events` and `seats` are `nil` for charts that do not draw them.
        public init(chart: String, total: Int, rounds: Int, countsRounds: Bool, events: Int?, seats: Int?) {
            self.chart = chart
            self.total = total
            self.rounds = rounds
            self.countsRounds = countsRounds
            self.events = events
            self.seats = seats
        }
    }

    /// The place in the model to blame, for errors that have one; `nil` for option errors.
    public var location: SourceLocation? {
        switch self {
        case .chartGrowsTooTall(_, let location), .textBudgetExceeded(_, let location): location
        case .itemBudgetExceeded(_, let location): location
        case .unknownRound, .unknownChart, .noRounds, .roundHasNoTable, .noRoundWithTable, .tooFewTablesToCompare,
            .canvasSideOutOfRange, .widthTooNarrow, .chartTooWide, .heightTooSmall, .chartTooTall, .tooManyReportPages:
            nil
        }
    }

    /// The message, one line, naming what is wrong and what would be right.
    public var message: String { description }

    /// One line naming what is wrong and what would be right, with the limit where there is one.
    public var description: String {
        let limit = ChartBudget.count(Int(LayoutOptions.maximumSide))
        switch self {
        case .unknownRound(let id, let known):
            return "unknown round '\(id)'; the rounds are \(known.joined(separator: ", "))"
        case .unknownChart(let name, let known):
            return "unknown chart '\(name)'; charts are \(known.joined(separator: ", "))"
        case .noRounds(let chart):
            return "the \(chart) needs at least one round; add one under 'rounds'"
        case .roundHasNoTable(let id, let seated):
            return
                "round '\(id)' has no table; add 'table:' to it, or pick one of the rounds with a table: \(seated.joined(separator: ", "))"
        case .noRoundWithTable:
            return "no round has a table; the seating chart needs 'table:' in a round"
        case .tooFewTablesToCompare(let chosen, let seated, let wereChosen):
            let list = seated.isEmpty ? "none" : seated.joined(separator: ", ")
            guard wereChosen, seated.count >= 2 else {
                return "the seating comparison needs at least two rounds with a table; rounds with a table: \(list)"
            }
            return
                "the seating comparison needs at least two rounds with a table, and the rounds chosen have \(chosen); rounds with a table: \(list) (choose them with --rounds \(seated.prefix(2).joined(separator: ",")), or choose none for all)"
        case .canvasSideOutOfRange(let side, let value):
            return "the canvas \(side.rawValue) must be between 1 and \(Int(LayoutOptions.maximumSide)) points, not \(value)"
        case .widthTooNarrow(let asked, let minimum, let chart):
            let points = Int(min(minimum.rounded(.up), 1e15))
            return
                "the \(chart.map { "\($0) chart" } ?? "chart") needs at least \(points) points of width for this model; --width \(asked.rounded() == asked ? String(Int(asked)) : String(asked)) is too narrow (ask for \(points) or more, or leave the width out)"
        case .chartTooWide(let needed):
            return
                "this chart needs \(ChartBudget.count(points: needed)) points of width even with numbered seats; the limit is \(limit) points a side; put fewer seats on one side of the table"
        case .heightTooSmall(let needed, let asked):
            let points = needed.isFinite ? String(Int(min(needed.rounded(.up), 1e15))) : "unbounded"
            return
                "this chart needs \(points) points of height, more than the \(Int(asked)) asked for; ask for more or leave the height out"
        case .chartTooTall(let needed):
            return
                "this chart needs \(ChartBudget.count(points: needed)) points of height; the limit is \(limit) points a side; draw fewer rounds, events or seats in one chart (--round ID, --rounds a,b)"
        case .chartGrowsTooTall(let remedy, _):
            let advice: String
            switch remedy {
            case .fewerRounds: advice = "choose fewer rounds with --rounds a,b"
            case .splitRound:
                advice = "list fewer events and outcomes under one round: split it into several rounds, or shorten the longest texts"
            case .shorterTexts:
                advice =
                    "the labels the chart had to shorten are listed in full under it, and they are too long for that: shorten them in the model"
            }
            return "this chart needs more than \(limit) points of height, the limit for a side; \(advice)"
        case .itemBudgetExceeded(let items, _):
            var parts: [String] = []
            if items.countsRounds { parts.append("\(ChartBudget.count(items.rounds)) \(items.rounds == 1 ? "round" : "rounds")") }
            if let events = items.events { parts.append("\(ChartBudget.count(events)) events, segments and outcomes") }
            if let seats = items.seats { parts.append("\(ChartBudget.count(seats)) seats") }
            let remedy =
                items.rounds > 1
                ? "choose fewer rounds with --rounds a,b or draw one with --round ID"
                : "split the round into several rounds, or draw its seating and its timeline apart"
            return
                "this \(items.chart) chart would draw \(ChartBudget.count(items.total)) items (\(parts.joined(separator: ", "))); the limit is \(ChartBudget.count(ChartBudget.maximumItems)) items in one chart; \(remedy)"
        case .textBudgetExceeded(let characters, _):
            let most = ChartBudget.count(ChartBudget.maximumWholeLongCharacters)
            return
                "this chart sets more than \(most) characters of long text in full (\(ChartBudget.count(characters)) so far, in texts over \(TextMeasurementCache.probeLength) characters); the limit is \(most); shorten the longest labels, outcomes and notes, or spread them over several rounds"
        case .tooManyReportPages(let limit):
            return
                "this report runs past \(ChartBudget.count(limit)) pages, the limit for a PDF report; write HTML or Markdown (they have no pages), or report on fewer rounds and sources"
        }
    }
}

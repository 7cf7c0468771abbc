import ParleyModel
import ParleyScene

/// What every chart needs besides the model: the measurer, the canvas and the look.
public struct LayoutOptions: Sendable, Hashable {
    /// Canvas width in points; `nil` for the chart's natural width.
    public var width: Double?
    /// Canvas height in points; `nil` grows the canvas to fit.
    public var height: Double?
    public var theme: Theme
    public var fontFamily: String
    public var showsTitle: Bool
    /// Language for party and person names (`en`, `ru`, `native`…); `nil` for the model's `name`.
    public var language: String?
    /// The round to draw, for charts of one round.
    public var roundID: String?
    /// The rounds to compare, in this order; `nil` for all.
    public var roundIDs: [String]?
    /// How rounds share a time axis.
    public var alignment: TimelineAlignment
    public var clock: ClockStyle
    /// Pictures for flags given as `{image: …}`, by party id, loaded by the caller.
    public var flagImages: [String: FlagImage] = [:]

    public init(
        width: Double? = nil, height: Double? = nil, theme: Theme = .light, fontFamily: String = Font.defaultFamily,
        showsTitle: Bool = true, language: String? = nil, roundID: String? = nil, roundIDs: [String]? = nil,
        alignment: TimelineAlignment = .clock, clock: ClockStyle = .twentyFour
    ) {
        self.width = width; self.height = height; self.theme = theme; self.fontFamily = fontFamily
        self.showsTitle = showsTitle; self.language = language; self.roundID = roundID; self.roundIDs = roundIDs
        self.alignment = alignment; self.clock = clock
    }

    /// The largest canvas side a layout makes, in points (Cairo's image limit at scale 1 is 32,767 pixels).
    public static let maximumSide = 20_000.0

    /// The canvas width: the one asked for (never below the chart's `minimum`), else `natural`.
    public func canvasWidth(natural: Double, minimum: Double) throws(LayoutError) -> Double {
        guard let width else { return min(max(natural, minimum), Self.maximumSide) }
        try Self.checkSide(width, "width")
        return max(width, minimum)
    }

    /// The canvas height: the one asked for, else `needed`. A height too small for the chart is
    /// an error: a clipped chart would silently drop what it does not show. So is a chart taller
    /// than the largest side, for the same reason.
    public func canvasHeight(needed: Double) throws(LayoutError) -> Double {
        guard let height else {
            guard needed.rounded(.up) <= Self.maximumSide else {
                throw LayoutError(
                    "this chart needs \(ChartBudget.count(points: needed)) points of height; the limit is \(ChartBudget.count(Int(Self.maximumSide))) points a side; draw fewer rounds, events or seats in one chart (--round ID, --rounds a,b)"
                )
            }
            return needed.rounded(.up)
        }
        try Self.checkSide(height, "height")
        guard height >= needed.rounded(.down) else {
            throw LayoutError(
                "this chart needs \(needed.isFinite ? String(Int(min(needed.rounded(.up), 1e15))) : "unbounded") points of height, more than the \(Int(height)) asked for; ask for more or leave the height out"
            )
        }
        return height
    }

    /// Throws the error `canvasHeight` would end with, as soon as a chart's content reaches
    /// below `y` past the largest side: content only grows downwards, so the chart is known to
    /// be too tall before the rest of it is measured.
    /// `location` is what was just added (the row, item or label), so the error says where, and
    /// `remedy` what the user can do about it.
    static func checkGrowingHeight(_ y: Double, at location: SourceLocation? = nil, remedy: Remedy) throws(LayoutError) {
        guard !(y <= maximumSide) else { return }
        throw LayoutError(
            "this chart needs more than \(ChartBudget.count(Int(maximumSide))) points of height, the limit for a side; \(remedy.rawValue)",
            at: location)
    }

    /// What to do about a chart too tall for the canvas.
    enum Remedy: String {
        case fewerRounds = "choose fewer rounds with --rounds a,b"
        case splitRound = "list fewer events and outcomes under one round: split it into several rounds, or shorten the longest texts"
    }

    private static func checkSide(_ value: Double, _ name: String) throws(LayoutError) {
        guard value.isFinite, value >= 1, value <= maximumSide else {
            throw LayoutError("the canvas \(name) must be between 1 and \(Int(maximumSide)) points, not \(value)")
        }
    }

    /// The rounds a chart covers: the one asked for, the ones listed, or all; unknown ids are errors.
    public func selectedRounds(of meeting: Meeting) throws(LayoutError) -> [Round] {
        let ids = roundID.map { [$0] } ?? roundIDs
        guard let ids else { return meeting.rounds }
        // By id, the first of a repeated one as `Meeting.round` finds it; a hash, not a search per id.
        let byID = Dictionary(meeting.rounds.map { ($0.id, $0) }, uniquingKeysWith: { first, _ in first })
        return try ids.map { id throws(LayoutError) in
            guard let round = byID[id] else {
                throw LayoutError("unknown round '\(id)'; the rounds are \(meeting.rounds.map(\.id).joined(separator: ", "))")
            }
            return round
        }
    }
}

/// How several rounds share one time axis.
public enum TimelineAlignment: String, Sendable, Hashable, CaseIterable {
    /// Time of day: a round held later in the day stands further right.
    case clock
    /// Time from each round's start: durations compare directly.
    case elapsed
    /// One axis across dates, a mark per round.
    case calendar
}

/// Why a chart could not be laid out: the model lacks what it needs, or the options are off.
public struct LayoutError: Error, Sendable, Equatable, CustomStringConvertible {
    public var message: String
    /// Where in the model the chart ran past a limit (the round, table or event), when one place is to blame.
    public var location: SourceLocation?
    public init(_ message: String, at location: SourceLocation? = nil) {
        self.message = message
        self.location = location
    }
    public var description: String { message }
}

/// A kind of chart: a pure function from a model to a scene.
public protocol ChartLayout: Sendable {
    /// The name users pass as `--chart`, and the file name an export gives the chart.
    static var name: String { get }
    /// What the chart shows, in one line: `parley render --help` lists it beside the name.
    static var summary: String { get }
    /// Which rounds it draws: `--round` with a chart of the whole meeting is an error, not ignored.
    static var scope: ChartScope { get }
    /// The options it takes beyond those every chart takes; any other is refused as ignored.
    static var options: Set<ChartOption> { get }
    /// The files an export makes of it.
    static var exported: [ChartPlacement] { get }
    /// Where a report shows it; none for a chart reports leave out.
    static var reported: [ChartPlacement] { get }
    /// True for charts that draw flags: only they need flag pictures read, and an SVG flag is
    /// drawn in a worker process (see `FlagSandbox`), which a timeline should not pay for.
    static var drawsFlags: Bool { get }
    init()
    func layout(_ meeting: Meeting, options: LayoutOptions, measurer: any TextMeasuring) throws(LayoutError) -> Scene
}

extension ChartLayout {
    public static var drawsFlags: Bool { false }
}

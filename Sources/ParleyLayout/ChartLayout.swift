import ParleyModel
import ParleyScene

/// What every chart needs besides the model: the measurer, the canvas and the look.
public struct LayoutOptions: Sendable, Hashable {
    /// Canvas width in points; `nil` for the chart's natural width.
    public var width: Double?
    /// Canvas height in points; `nil` grows the canvas to fit.
    public var height: Double?
    /// Colours of background, text, rules and panels.
    public var theme: Theme
    /// Font family for every text in the chart, as fontconfig names it.
    public var fontFamily: String
    /// Whether the chart draws its title at the top; off when the title is shown elsewhere (a report).
    public var showsTitle: Bool
    /// The chart's language (`ru`): its words, and the parties' and people's names; `native`
    /// for each name in its own script. `nil` for the meeting's `lang`, else English and the
    /// model's `name`s. A language Parley has no words for (the model's `names: {de: …}`)
    /// picks the names and leaves the words English.
    public var language: String?
    /// The round to draw, for charts of one round.
    public var roundID: String?
    /// The rounds to compare, in this order; `nil` for all.
    public var roundIDs: [String]?
    /// How rounds share a time axis.
    public var alignment: TimelineAlignment
    /// 12- or 24-hour time labels.
    public var clock: ClockStyle
    /// Pictures for flags given as `{image: …}`, by party id, loaded by the caller.
    public var flagImages: [String: FlagImage] = [:]
    /// How much of the model's notes and sources the chart draws (the description keeps them all).
    public var notes: NotesMode = .full
    /// A table of words to use instead of `language`'s file, for the tests' pseudo-languages
    /// (a table built in code); `nil` in every real chart.
    var words: WordsOverride? = nil

    /// Makes options for the chart's natural size in the light theme, titled, with every round and 24-hour times.
    public init(
        width: Double? = nil, height: Double? = nil, theme: Theme = .light, fontFamily: String = Font.defaultFamily,
        showsTitle: Bool = true, language: String? = nil, roundID: String? = nil, roundIDs: [String]? = nil,
        alignment: TimelineAlignment = .automatic, clock: ClockStyle = .twentyFour
    ) {
        self.width = width; self.height = height; self.theme = theme; self.fontFamily = fontFamily
        self.showsTitle = showsTitle; self.language = language; self.roundID = roundID; self.roundIDs = roundIDs
        self.alignment = alignment; self.clock = clock
    }

    /// The language the names are in: `language`, else the meeting's; `nil` for the model's `name`.
    public func namesLanguage(of meeting: Meeting) -> String? { language ?? meeting.defaultLanguage }

    /// The words the chart writes: those of `language`, else of the meeting's `lang` (also
    /// for `native`, which picks only the names); English for a language Parley has no file
    /// for, and for the keys a language lacks.
    public func strings(for meeting: Meeting) -> Strings {
        if let words { return words.strings }
        let code = language == nil || language == "native" ? meeting.defaultLanguage : language
        return code.flatMap(Strings.language) ?? .english
    }

    /// The largest canvas side a layout makes, in points (Cairo's image limit at scale 1 is 32,767 pixels).
    public static let maximumSide = 20_000.0

    /// The narrowest canvas every chart aims to work at, in points: a phone, or a narrow
    /// report column. Charts reflow down to it rather than shrink text below `Font.minimumSize`.
    public static let narrowestWidth = 320.0

    /// The canvas width: exactly the one asked for, else `natural` (never below `minimum`).
    /// A width below the chart's `minimum` is refused, not silently widened: the caller would
    /// get a picture of another size than it asked for.
    public func canvasWidth(natural: Double, minimum: Double) throws(LayoutError) -> Double {
        guard let width else { return min(max(natural, minimum), Self.maximumSide) }
        try Self.checkSide(width, .width)
        guard width >= minimum else { throw .widthTooNarrow(asked: width, minimum: minimum, chart: nil) }
        return width
    }

    /// The width asked for, checked to lie in 1…`maximumSide`; `nil` when none was asked for.
    /// For charts that fit their content to the width before they know their minimum.
    public func askedWidth() throws(LayoutError) -> Double? {
        guard let width else { return nil }
        try Self.checkSide(width, .width)
        return width
    }

    /// The canvas height: the one asked for, else `needed`. A height too small for the chart is
    /// an error: a clipped chart would silently drop what it does not show. So is a chart taller
    /// than the largest side, for the same reason.
    public func canvasHeight(needed: Double) throws(LayoutError) -> Double {
        guard let height else {
            guard needed.rounded(.up) <= Self.maximumSide else {
                throw .chartTooTall(needed: needed)
            }
            return needed.rounded(.up)
        }
        try Self.checkSide(height, .height)
        guard height >= needed.rounded(.down) else {
            throw .heightTooSmall(needed: needed, asked: height)
        }
        return height
    }

    /// Throws the error `canvasHeight` would end with, as soon as a chart's content reaches
    /// below `y` past the largest side: content only grows downwards, so the chart is known to
    /// be too tall before the rest of it is measured.
    /// `location` is what was just added (the row, item or label), so the error says where, and
    /// `remedy` what the user can do about it.
    static func checkGrowingHeight(_ y: Double, at location: SourceLocation? = nil, remedy: LayoutError.TooTallRemedy) throws(LayoutError) {
        guard !(y <= maximumSide) else { return }
        throw .chartGrowsTooTall(remedy: remedy, location: location)
    }

    private static func checkSide(_ value: Double, _ name: LayoutError.CanvasSide) throws(LayoutError) {
        guard value.isFinite, value >= 1, value <= maximumSide else {
            throw .canvasSideOutOfRange(side: name, value: value)
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
                throw .unknownRound(id: id, known: meeting.rounds.map(\.id))
            }
            return round
        }
    }
}

/// A strings table given in code, compared by its language code only (the tables of one run
/// with one code are the same), so that `LayoutOptions` stays `Hashable`.
struct WordsOverride: Sendable, Hashable {
    let strings: Strings
    static func == (lhs: Self, rhs: Self) -> Bool { lhs.strings.language == rhs.strings.language }
    func hash(into hasher: inout Hasher) { hasher.combine(strings.language) }
}

/// How several rounds share one time axis.
public enum TimelineAlignment: String, Sendable, Hashable, CaseIterable {
    /// Time of day: a round held later in the day stands further right.
    case clock
    /// Time from each round's start: durations compare directly.
    case elapsed
    /// One axis across dates, a mark per round.
    case calendar
    // Issue 14, the multi-day view (days part).
    /// Days as rows and hours across, a week planner: same-day rounds side by side.
    case days
    /// Chosen from the rounds' facts (`TimelineAlignment.chosen(for:in:)`): `days` for a
    /// multi-day meeting, else `clock`.
    case automatic = "auto"
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
    /// What a report says of the chart where it stands, for the meeting (`round` nil) or one
    /// round; `language` is the names' language. By default, the chart's summary.
    static func reportText(of meeting: Meeting, round: Round?, language: String?) -> ChartText
    /// Makes the chart; charts have no settings of their own, everything comes in `LayoutOptions`.
    init()
    /// The chart of `meeting` as a scene, with text measured by `measurer`; throws when the model or options cannot make one.
    func layout(_ meeting: Meeting, options: LayoutOptions, measurer: any TextMeasuring) throws(LayoutError) -> Scene
}

extension ChartLayout {
    /// No flags unless a chart says it draws them.
    public static var drawsFlags: Bool { false }
}

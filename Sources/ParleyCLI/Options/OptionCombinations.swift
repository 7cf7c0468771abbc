import Parley
import ParleyLayout

/// Options that would be ignored, refused instead: what a chart takes is its own declaration
/// (`ChartLayout.scope`, `options`), so nothing here names a chart.
enum OptionCombinations {
    /// Why `chart` cannot take what was given, or nil when it can. `options` are the
    /// chart-specific options given; `oneRound` whether `--round` was; `selectsOne` whether
    /// `--rounds` names a single round.
    static func problem(chart: any ChartLayout.Type, oneRound: Bool, selectsOne: Bool = false, options: [ChartOption]) -> String? {
        problem(
            name: chart.name, scope: chart.scope, takes: chart.options, oneRound: oneRound, selectsOne: selectsOne, given: options)
    }

    private static func problem(
        name chartName: String, scope: ChartScope, takes: Set<ChartOption>, oneRound: Bool, selectsOne: Bool, given: [ChartOption]
    ) -> String? {
        let name = "the \(chartName) chart"
        if oneRound, given.contains(.roundSelection) {
            return
                "--round and --rounds were both given, and one would be ignored; give --round ID for one round, or --rounds a,b for several"
        }
        if oneRound, !scope.takesOneRound {
            let others = charts { scope, _ in scope.takesOneRound }
            let selection = takes.contains(.roundSelection) ? " (or the rounds --rounds a,b picks)" : ""
            return
                "--round does not apply to \(name), which draws the whole meeting\(selection); leave --round out, or use it with a chart of one round: \(others)"
        }
        if let option = given.first(where: { !takes.contains($0) }) {
            let takers = charts { _, options in options.contains(option) }
            let oneRoundChart = option == .roundSelection && !scope.takesSeveralRounds
            return
                "\(option.flag) does not apply to \(name)\(oneRoundChart ? ", which draws one round: use --round ID" : ""); \(option.flag) applies to \(takers), so leave it out or choose one of those with --chart"
        }
        if oneRound || selectsOne || !scope.takesSeveralRounds, let option = given.first(where: { !$0.appliesToOneRound }) {
            return
                "\(option.flag) was ignored: one round is drawn, and \(option.oneRoundReason); leave \(option.flag) out, or compare rounds (leave --round out, or give --rounds a,b)"
        }
        return nil
    }

    /// The names of the registry's charts whose declarations pass `test`, comma-separated.
    private static func charts(where test: (ChartScope, Set<ChartOption>) -> Bool) -> String {
        var names: [String] = []
        for chart in ChartRegistry.charts where test(chart.scope, chart.options) { names.append(chart.name) }
        return names.joined(separator: ", ")
    }

    /// Why `--scale` cannot apply to `formats`, or nil when one of them is raster (the table's
    /// `isRaster`). `given` is how the command line named them: `json`, `--formats svg,pdf`.
    static func scaleProblem(formats: [OutputFormat], given: String) -> String? {
        guard !formats.contains(where: \.row.isRaster) else { return nil }
        let raster = OutputFormat.allCases.filter(\.row.isRaster).map(\.rawValue).joined(separator: ", ")
        let none = formats.count == 1 ? "\(given) has no pixels" : "\(given) names none, and they have no pixels"
        return "--scale applies only to raster formats (\(raster)); \(none); leave --scale out, or write \(raster)"
    }
}

extension ChartOption {
    /// How the command line spells the option.
    var flag: String {
        switch self {
        case .alignment: "--align"
        case .clock: "--clock"
        case .roundSelection: "--rounds"
        }
    }

    /// Why the option means nothing for one round (for those that do not `appliesToOneRound`).
    var oneRoundReason: String {
        switch self {
        case .alignment: "there is nothing to align"
        case .clock, .roundSelection: "\(flag) compares several rounds"
        }
    }
}

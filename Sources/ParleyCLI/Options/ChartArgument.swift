import ArgumentParser
import ParleyLayout

/// A chart named on the command line: any chart of the registry, so `--help`, completions and
/// the error for an unknown name list what `ChartRegistry` lists, with each chart's summary.
struct ChartArgument: ExpressibleByArgument, Sendable {
    let chart: any ChartLayout.Type

    init(_ chart: any ChartLayout.Type) { self.chart = chart }

    init?(argument: String) {
        guard let chart = ChartRegistry.chart(named: argument) else { return nil }
        self.chart = chart
    }

    var defaultValueDescription: String { chart.name }

    static var allValueStrings: [String] { ChartRegistry.names }

    static var allValueDescriptions: [String: String] {
        Dictionary(ChartRegistry.charts.map { ($0.name, $0.summary) }, uniquingKeysWith: { first, _ in first })
    }

    static var defaultCompletionKind: CompletionKind { .list(allValueStrings) }
}

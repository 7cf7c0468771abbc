import ParleyModel
import ParleyScene

/// Every chart Parley draws, by the name users give it. Adding a chart adds one line here.
public enum ChartRegistry {
    public static let charts: [any ChartLayout.Type] = [
        TimelineLayout.self,
        SeatingLayout.self,
        SeatingCompareLayout.self,
        OverviewLayout.self,
    ]

    public static var names: [String] { charts.map { $0.name } }

    public static func chart(named name: String) -> (any ChartLayout.Type)? {
        charts.first { $0.name == name }
    }
}

import Parley
import ParleyLayout
import ParleyModel

/// How the time per diagram grows with the model: rounds on one axis, events in one round,
/// seats along each side. Per-element time that stays flat or falls means linear or better.
struct ScalingBench {
    let runs: Int

    func run() throws {
        let renderer = try ChartRenderer()
        print("## Growth with the model (layout + SVG render, µs median)\n")
        var rows: [[String]] = []
        for rounds in [1, 5, 20, 50] {
            rows.append(
                try row(
                    "rounds on one axis", rounds, model: Self.meeting(rounds: rounds, events: 2), chart: "timeline", round: nil, renderer))
        }
        for events in [0, 5, 20, 40] {
            rows.append(
                try row(
                    "events in one round", events, model: Self.meeting(rounds: 1, events: events), chart: "timeline", round: "r0", renderer)
            )
        }
        for seats in [2, 10, 30, 60] {
            rows.append(
                try row(
                    "seats per side", seats, model: Self.meeting(rounds: 1, events: 0, seatsPerSide: seats), chart: "seating", round: "r0",
                    renderer))
        }
        table(["grows with", "n", "layout µs", "render µs", "total µs", "µs per element"], rows)
    }

    private func row(_ what: String, _ n: Int, model: Meeting, chart: String, round: String?, _ renderer: ChartRenderer) throws -> [String]
    {
        let request = ChartRequest(chart: chart, layout: LayoutOptions(roundID: round))
        let layout = try measure(runs) { _ = try renderer.scene(of: model, request: request) }
        let scene = try renderer.scene(of: model, request: request)
        let render = try measure(runs) { _ = try renderer.render(scene, request: request, format: .svg) }
        let total = layout.median + render.median
        return [
            what, "\(n)", Format.micro(layout.median), Format.micro(render.median), Format.micro(total),
            Format.micro(total / Double(max(n, 1))),
        ]
    }

    /// A meeting of `rounds` rounds a week apart, each with `events` timed events and a U table.
    static func meeting(rounds: Int, events: Int, seatsPerSide: Int = 4) throws -> Meeting {
        var yaml = """
            parley: 1
            id: scaling
            title: Scaling
            timezone: Europe/Moscow
            parties:
              - {id: ru, name: Russia, color: "#D52B1E"}
              - {id: ua, name: Ukraine, color: "#0057B7"}
              - {id: tr, name: Turkey, role: mediator}
            rounds:

            """
        for index in 0..<rounds {
            let day = 1 + index % 28, month = 1 + (index / 28) % 12
            yaml += "  - id: r\(index)\n    date: 2025-\(month < 10 ? "0" : "")\(month)-\(day < 10 ? "0" : "")\(day)\n"
            yaml += "    start: \"10:00\"\n    end: \"\(11 + index % 6):30\"\n"
            if events > 0 { yaml += "    events:\n" }
            for event in 0..<events {
                let minute = 10 * 60 + (event * 90 / max(events, 1))
                yaml +=
                    "      - {at: \"\(minute / 60):\(minute % 60 < 10 ? "0" : "")\(minute % 60)\", label: \"Event \(event + 1): statement by the delegation\", parties: [\(event % 2 == 0 ? "ru" : "ua")]}\n"
            }
            let side = { (party: String) in "[" + Array(repeating: party, count: seatsPerSide).joined(separator: ", ") + "]" }
            yaml += "    table: {shape: u, head: [tr, tr], left: \(side("ru")), right: \(side("ua")), flags: [ru, tr, ua]}\n"
        }
        return try MeetingLoader.parse(Array(yaml.utf8), file: "scaling.yaml").meeting
    }
}

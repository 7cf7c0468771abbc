import Foundation
import ParleyLayout
import ParleyModel
import ParleyScene
import ParleyTestSupport
import Testing

/// Python's zoneinfo as an independent oracle for the round timeline's axis: it makes rounds
/// from (zone, date, local time) around daylight-saving and other offset changes in ten zones,
/// computes their instants and elapsed times, and says what the wall clock reads at each tick
/// the chart drew. The chart must agree: every tick label is the wall time at the tick's
/// instant, the bar is as long as the elapsed time, and each change stands at its instant.
@Suite struct RealTimeAxisOracleTests {
    /// One generated round as the oracle made it.
    struct Case: Decodable {
        var zone: String
        var date: String
        var start: String, end: String, middle: String
        var startInstant: Int, endInstant: Int, middleInstant: Int
        var elapsed: Int
        /// Offset changes inside the round's day, as instants.
        var changes: [Int]
    }

    static let zones: [(name: String, year: Int)] = [
        ("Europe/Kyiv", 2024), ("Europe/Moscow", 2011), ("Europe/Moscow", 2014), ("Europe/Zurich", 2024),
        ("America/New_York", 2025), ("America/Sao_Paulo", 2018), ("Australia/Lord_Howe", 2024), ("Asia/Tehran", 2021),
        ("Pacific/Chatham", 2024), ("UTC", 2024), ("+05:30", 2024), ("-03:00", 2024),
    ]

    /// What every script starts with: the modules, and a zone from an IANA name or a fixed "+05:30".
    static let prelude = #"""
        import json, sys
        from datetime import datetime, timedelta, timezone
        from zoneinfo import ZoneInfo
        def zone_of(name):
            if name[0] in "+-":
                sign = 1 if name[0] == "+" else -1
                return timezone(sign * timedelta(hours=int(name[1:3]), minutes=int(name[4:6])))
            return ZoneInfo(name)
        """# + "\n"

    /// Generates the cases: local starts before and after each change of the year, several durations.
    static let generator =
        prelude + #"""
            def offset(z, t):
                return int(datetime.fromtimestamp(t, z).utcoffset().total_seconds())
            def changes(z, lo, hi):
                found, t = [], lo
                while t < hi:
                    n = t + 3600
                    if offset(z, n) != offset(z, t):
                        a, b = t, n
                        while b - a > 1:
                            m = (a + b) // 2
                            if offset(z, m) == offset(z, t): a = m
                            else: b = m
                        found.append(b)
                    t = n
                return found
            def iso(t, z):
                return datetime.fromtimestamp(t, z).isoformat()
            cases = []
            for name, year in json.load(sys.stdin):
                z, year = zone_of(name), int(year)
                lo = int(datetime(year, 1, 1, tzinfo=timezone.utc).timestamp())
                hi = int(datetime(year + 1, 1, 1, tzinfo=timezone.utc).timestamp())
                anchors = changes(z, lo, hi) or [int(datetime(year, 6, 15, 12, tzinfo=timezone.utc).timestamp())]
                for anchor in anchors:
                    before = datetime.fromtimestamp(anchor - 1, z).replace(tzinfo=None) + timedelta(seconds=1)
                    for hours, minutes in [(-7, 10), (-5, 0), (-3, 25), (-2, 0), (-1, 15), (0, -30), (1, 5)]:
                        local = before + timedelta(hours=hours, minutes=minutes)
                        aware = local.replace(tzinfo=z)
                        # A local time that does not exist (in a gap) does not come back the same: skip it.
                        if aware.astimezone(timezone.utc).astimezone(z).replace(tzinfo=None) != local: continue
                        start = int(aware.timestamp())
                        for duration in [40 * 60, 95 * 60, 190 * 60, 410 * 60]:
                            end = start + duration
                            middle = start + duration // 2 + 7 * 60
                            cases.append({
                                "zone": name, "date": aware.date().isoformat(),
                                "start": iso(start, z), "end": iso(end, z), "middle": iso(middle, z),
                                "startInstant": start, "endInstant": end, "middleInstant": middle,
                                # Aware datetimes of one zone subtract as wall clocks in Python: go through UTC.
                                "elapsed": int((datetime.fromisoformat(iso(end, z)).astimezone(timezone.utc)
                                    - datetime.fromisoformat(iso(start, z)).astimezone(timezone.utc)).total_seconds()),
                                "changes": [c for c in changes(z, start - 86400, end + 86400)]})
            print(json.dumps(cases))
            """#

    /// For each [zone, instant]: the wall clock there on 24 h and 12 h clocks, and the local date.
    static let wallClock =
        prelude + #"""
            out = []
            for name, t in json.load(sys.stdin):
                w = datetime.fromtimestamp(int(t), zone_of(name))
                hour12 = w.hour % 12 or 12
                out.append([w.strftime("%H:%M"), "%d:%02d %s" % (hour12, w.minute, "a.m." if w.hour < 12 else "p.m."), w.date().isoformat()])
            print(json.dumps(out))
            """#

    /// For each [zone, from, through, step]: every whole minute in the span whose wall clock reads a multiple of step.
    static let tickOracle =
        prelude + #"""
            out = []
            for name, lo, hi, step in json.load(sys.stdin):
                z, ticks = zone_of(name), []
                for t in range(lo - lo % 60, hi + 1, 60):
                    if t < lo: continue
                    w = datetime.fromtimestamp(t, z)
                    local = int((w.replace(tzinfo=timezone.utc)).timestamp())
                    if local % step == 0: ticks.append(t)
                out.append(ticks)
            print(json.dumps(out))
            """#

    static func python<Input: Encodable, Output: Decodable>(_ script: String, _ input: Input, as: Output.Type) throws -> Output {
        let bytes = try ExternalTool.run("/usr/bin/python3", ["-c", script], input: Array(try JSONEncoder().encode(input)))
        return try JSONDecoder().decode(Output.self, from: Data(bytes))
    }

    /// The cases, and the meeting of each zone and year they stand in (a round each).
    static func models() throws -> [(cases: [Case], meeting: Meeting)] {
        let cases = try python(generator, zones.map { [$0.name, String($0.year)] }, as: [Case].self)
        var byModel: [String: [Case]] = [:]
        var order: [String] = []
        for item in cases {
            let key = item.zone + "/" + item.date.prefix(4)
            if byModel[key] == nil { order.append(key) }
            byModel[key, default: []].append(item)
        }
        return try order.map { key in
            let group = byModel[key] ?? []
            var yaml = ["parley: 1", "id: oracle", "timezone: \"\(group[0].zone)\"", "parties: [{id: a, name: A}]", "rounds:"]
            for (index, item) in group.enumerated() {
                yaml.append(
                    "  - {id: r\(index), date: \(item.date), start: \"\(item.start)\", end: \"\(item.end)\", "
                        + "events: [{at: \"\(item.middle)\", label: Middle, parties: [a]}]}")
            }
            let meeting = try MeetingLoader.parse(Array(yaml.joined(separator: "\n").utf8), file: "oracle.yaml").meeting
            return (group, meeting)
        }
    }

    /// What the scene of one round shows of its times: the bar's ends, the event's marker, the
    /// major ticks with their labels, and the clock changes' lines.
    struct Drawn {
        var barStart = 0.0, barEnd = 0.0, marker = 0.0
        var ticks: [Double] = []
        var labels: [(text: String, frame: Rect)] = []
        var changes: [Double] = []
        var changeTexts: [String] = []
    }

    static func drawn(_ scene: Scene) throws -> Drawn {
        var drawn = Drawn()
        var bar: Rect?
        var axisY: Double?
        for placed in scene.flattened() {
            switch (placed.groupPath.last, placed.node) {
            case ("session", .rect(let rect)) where bar == nil: bar = rect.frame
            case ("events", .circle(let circle)): drawn.marker = circle.center.x
            case ("axis", .line(let line)) where line.from.y == line.to.y: axisY = line.from.y
            case ("axis", .line(let line)) where line.from.x == line.to.x && abs(line.to.y - line.from.y - 6) < 0.01:
                drawn.ticks.append(line.from.x)
            case ("axis", .text(let run)): drawn.labels.append((run.text, placed.transform.apply(run.frame)))
            // A change's line is broken around the texts it would cross: one x for all its pieces.
            case ("clock-changes", .line(let line)) where !drawn.changes.contains(line.from.x): drawn.changes.append(line.from.x)
            case ("clock-change-names", .text(let run)): drawn.changeTexts.append(run.text)
            default: break
            }
        }
        let frame = try #require(bar)
        drawn.barStart = frame.minX
        drawn.barEnd = frame.maxX
        // Tick labels stand in the first row under the axis; the dates of new days below them.
        let firstRow = (axisY ?? 0) + 8
        drawn.labels = drawn.labels.filter { abs($0.frame.minY - firstRow) < 0.5 }.sorted { $0.frame.minX < $1.frame.minX }
        return drawn
    }

    @Test(arguments: [ClockStyle.twentyFour, .twelve])
    func everyTickReadsTheWallClockAtItsInstantAndTheBarIsTheElapsedTime(_ clock: ClockStyle) throws {
        let models = try Self.models()
        let total = models.map(\.cases.count).reduce(0, +)
        #expect(total >= 300, "only \(total) cases")
        var questions: [[String]] = []
        var checks: [(label: String, caseIndex: String)] = []
        var changeCount = 0
        for (cases, meeting) in models {
            for (index, item) in cases.enumerated() {
                let scene = try TimelineLayout().layout(
                    meeting, options: LayoutOptions(roundID: "r\(index)", clock: clock), measurer: FixedMetricsMeasurer())
                let drawn = try Self.drawn(scene)
                let context = "\(item.zone) \(item.start)–\(item.end)"
                // Two instants of the model calibrate the scale: the start (the bar's left end) and the event.
                let scale = (drawn.marker - drawn.barStart) / Double(item.middleInstant - item.startInstant)
                let instant = { (x: Double) in item.startInstant + Int(((x - drawn.barStart) / scale / 60).rounded()) * 60 }
                // The bar is as long as the real elapsed time.
                #expect(abs((drawn.barEnd - drawn.barStart) - scale * Double(item.elapsed)) < 0.01, "bar length, \(context)")
                #expect(drawn.ticks.count >= 3 && drawn.labels.count >= 2, "ticks, \(context)")
                // Labels stand centred on their ticks, except at the ends, where they are pushed inwards.
                for (position, label) in drawn.labels.enumerated() {
                    let tick =
                        drawn.ticks.first { abs($0 - label.frame.midX) < 0.5 }
                        ?? (position == 0 ? drawn.ticks.min() : position == drawn.labels.count - 1 ? drawn.ticks.max() : nil)
                    let x = try #require(tick, "no tick under '\(label.text)', \(context)")
                    questions.append([item.zone, String(instant(x))])
                    checks.append((label.text, context))
                }
                // Each change inside the axis stands at its instant, and says which way the clocks went.
                var drawnChanges: [Int] = []
                for x in drawn.changes {
                    let at = item.startInstant + Int(((x - drawn.barStart) / scale).rounded())
                    #expect(item.changes.contains { abs($0 - at) < 60 }, "clock change at \(at), \(context)")
                    drawnChanges.append(at)
                    changeCount += 1
                }
                // …and every change between the axis' ends is drawn.
                let axisEnds = instant(drawn.ticks.min() ?? 0)...instant(drawn.ticks.max() ?? 0)
                for change in item.changes where axisEnds.contains(change) && change > axisEnds.lowerBound {
                    #expect(drawnChanges.contains { abs($0 - change) < 60 }, "clock change \(change) not drawn, \(context)")
                }
                #expect(drawn.changeTexts.count == drawn.changes.count)
                #expect(drawn.changeTexts.allSatisfy { $0.hasPrefix("clocks back ") || $0.hasPrefix("clocks forward ") })
            }
        }
        #expect(changeCount >= 50, "only \(changeCount) clock changes drawn")
        let walls = try Self.python(Self.wallClock, questions, as: [[String]].self)
        try #require(walls.count == checks.count)
        for (check, wall) in zip(checks, walls) {
            // Parley keeps a 12-hour time and its "p.m." together with a no-break space.
            let expected = clock == .twelve ? wall[1].replacingOccurrences(of: " ", with: "\u{00A0}") : wall[0]
            #expect(check.label == expected, "tick label, \(check.caseIndex)")
        }
    }

    @Test func theAxisTicksAreEveryWallClockStepAndNoOther() throws {
        var questions: [[String]] = []
        var axes: [(ZonedTimeAxis, String)] = []
        for (cases, meeting) in try Self.models() {
            for (index, item) in cases.enumerated() where index % 3 == 0 {
                let zone = meeting.rounds[index].timeZone
                for width in [300.0, 852.0, 2400.0] {
                    let axis = ZonedTimeAxis(
                        covering: item.startInstant - 600, item.endInstant + 600, zone: zone, width: width, minimumSpacing: 60)
                    #expect(axis.start <= item.startInstant - 600 && axis.end >= item.endInstant + 600)
                    // Positions are instants: linear in elapsed time.
                    let mid = axis.position((axis.start + axis.end) / 2, left: 0, right: 100)
                    #expect(abs(mid - 50) < 0.01)
                    questions.append([item.zone, String(axis.start), String(axis.end), String(axis.step)])
                    axes.append((axis, "\(item.zone) \(item.start) width \(width)"))
                }
            }
        }
        let input = questions.map { RawTickQuestion(zone: $0[0], from: Int($0[1]) ?? 0, through: Int($0[2]) ?? 0, step: Int($0[3]) ?? 0) }
        let expected = try Self.python(Self.tickOracle, input, as: [[Int]].self)
        try #require(expected.count == axes.count)
        for ((axis, context), ticks) in zip(axes, expected) {
            #expect(axis.majorTicks == ticks, "major ticks, \(context)")
        }
    }

    /// `[zone, from, through, step]` as the oracle reads it.
    struct RawTickQuestion: Encodable {
        var zone: String, from: Int, through: Int, step: Int
        func encode(to encoder: any Encoder) throws {
            var container = encoder.unkeyedContainer()
            try container.encode(zone)
            try container.encode(from)
            try container.encode(through)
            try container.encode(step)
        }
    }
}

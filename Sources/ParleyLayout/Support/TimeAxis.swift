import ParleyModel

/// A linear time scale with "nice" ticks: the smallest step from a fixed ladder whose labels
/// fit the width without colliding.
public struct TimeAxis: Sendable, Equatable {
    /// Seconds at the left and right ends of the axis (any origin: time of day, elapsed…).
    public var start: Int
    /// Seconds at the right end, a whole number of steps after `start`.
    public var end: Int
    /// Seconds between labelled ticks, and between minor ticks.
    public var step: Int
    /// Seconds between unlabelled ticks; 0 for none.
    public var minorStep: Int

    /// Steps tried in order, with the minor step drawn between them.
    public static let ladder: [(step: Int, minor: Int)] = [
        (60, 0), (120, 60), (300, 60), (600, 120), (900, 300), (1800, 600),
        (3600, 900), (7200, 1800), (10800, 3600), (21600, 3600), (43200, 10800), (86400, 21600),
        (172_800, 86400), (604_800, 86400), (1_209_600, 604_800), (2_592_000, 604_800),
    ]

    /// Chooses the step so that no more than `width / minimumSpacing` labels stand on the axis,
    /// and widens `[lower, upper]` outwards to whole steps; `tight`, the axis spans exactly
    /// `[lower, upper]` and its ticks stand at the whole steps inside (a 09:00–19:30 session
    /// is not stretched to 08:00–22:00 by a two-hour step).
    public init(covering lower: Int, _ upper: Int, width: Double, minimumSpacing: Double, tight: Bool = false) {
        let span = max(upper - lower, 60)
        let capacity = max(1, Int(width / max(minimumSpacing, 1)))
        var chosen = (step: 2_592_000, minor: 604_800)
        for rung in TimeAxis.ladder where span / rung.step <= capacity {
            chosen = rung
            break
        }
        // Past the ladder, a multiple of the longest rung.
        if span / chosen.step > capacity {
            let multiple = (span / chosen.step) / capacity + 1
            chosen = (chosen.step * multiple, chosen.step)
        }
        step = chosen.step
        minorStep = chosen.minor
        start = tight ? lower : TimeAxis.floor(lower, to: step)
        end = tight ? max(upper, lower + 60) : TimeAxis.ceil(max(upper, lower + 60), to: step)
    }

    static func floor(_ value: Int, to step: Int) -> Int {
        let remainder = ((value % step) + step) % step
        return value - remainder
    }

    static func ceil(_ value: Int, to step: Int) -> Int {
        let floored = floor(value, to: step)
        return floored == value ? value : floored + step
    }

    /// Seconds of each labelled tick: the whole steps from `start` to `end` inclusive.
    public var majorTicks: [Int] { Array(stride(from: TimeAxis.ceil(start, to: step), through: end, by: step)) }

    /// Seconds of each unlabelled tick between the labelled ones; empty when `minorStep` is 0.
    public var minorTicks: [Int] {
        guard minorStep > 0 else { return [] }
        return stride(from: TimeAxis.ceil(start, to: minorStep), through: end, by: minorStep).filter {
            TimeAxis.floor($0, to: step) != $0
        }
    }

    /// Where `seconds` falls between `left` and `right`.
    public func position(_ seconds: Int, left: Double, right: Double) -> Double {
        left + (right - left) * Double(seconds - start) / Double(max(end - start, 1))
    }
}

/// How clock times read: 24-hour (14:43) or 12-hour (2:43 p.m.).
public enum ClockStyle: String, Sendable, Hashable, CaseIterable {
    /// `14:43`.
    case twentyFour = "24"
    /// `2:43 p.m.`, with the language's words for a.m. and p.m.
    case twelve = "12"

    /// A time of day from seconds after some midnight (wraps past 24 h); with `seconds`, the
    /// seconds too ("14:43:20", "2:43:20 p.m.").
    public func text(secondsOfDay: Int, seconds: Bool = false, approximate: Bool = false, strings: Strings) -> String {
        let value = ClockStyle.secondsOfDay(secondsOfDay)
        let hours = value / 3600
        let minutesAndSeconds = ClockStyle.twoDigits(value / 60 % 60) + (seconds ? ":" + ClockStyle.twoDigits(value % 60) : "")
        let body: String
        switch self {
        case .twentyFour:
            body = "\(ClockStyle.twoDigits(hours)):\(minutesAndSeconds)"
        case .twelve:
            let hour12 = hours % 12 == 0 ? 12 : hours % 12
            // A no-break space: a wrapped line never splits "3:57" from its "p.m.".
            body = "\(hour12):\(minutesAndSeconds)\u{00A0}\(strings.text(hours < 12 ? .clockAM : .clockPM))"
        }
        return approximate ? strings.text(.approximate, [.value: body]) : body
    }

    /// The wall-clock time as the model wrote it, with seconds when it has them and "≈" when it is approximate.
    public func text(_ time: MeetingTime, strings: Strings) -> String {
        text(secondsOfDay: time.secondsOfDay, seconds: time.secondsOfDay % 60 != 0, approximate: time.isApproximate, strings: strings)
    }

    /// `seconds` brought into one day, 0 up to 86399.
    static func secondsOfDay(_ seconds: Int) -> Int { ((seconds % 86400) + 86400) % 86400 }

    private static func twoDigits(_ value: Int) -> String { value < 10 ? "0\(value)" : "\(value)" }
}

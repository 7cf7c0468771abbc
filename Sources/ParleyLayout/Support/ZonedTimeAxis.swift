import ParleyModel

/// A time axis in real time for one zone: positions are instants, so elapsed time is linear
/// on it, and its ticks stand where the zone's wall clock reads a whole step (on the hour, the
/// half hour…). Across a daylight-saving change the labels read what the clocks read there:
/// 01:00 02:00 02:00 03:00 when they go back, 01:00 03:00 when they go forward.
public struct ZonedTimeAxis: Sendable, Equatable {
    /// The zone whose wall clock places and labels the ticks.
    public var zone: ZoneSpec
    /// Instants (seconds since 1970 UTC) at the left and right ends: the ticks at or around the range covered.
    public var start: Int, end: Int
    /// Wall-clock seconds between labelled ticks, and between unlabelled ones (0 for none).
    public var step: Int, minorStep: Int

    /// Chooses the step as `TimeAxis` does for the elapsed span, and widens `[lower, upper]`
    /// (instants) outwards to the nearest ticks; `tight`, the axis spans exactly `[lower, upper]`
    /// with the ticks that fall inside.
    public init(covering lower: Int, _ upper: Int, zone: ZoneSpec, width: Double, minimumSpacing: Double, tight: Bool = false) {
        let upper = max(upper, lower + 60)
        let scale = TimeAxis(covering: lower, upper, width: width, minimumSpacing: minimumSpacing)
        self.zone = zone
        step = scale.step
        minorStep = scale.minorStep
        guard !tight else {
            start = lower
            end = upper
            return
        }
        // A tick stands at most a step and a clock change (under a day) beyond each end.
        let reach = step + 86400
        let around = ZonedTimeAxis.ticks(every: step, from: lower - reach, through: upper + reach, zone: zone)
        start = around.last { $0 <= lower } ?? lower
        end = around.first { $0 >= upper } ?? upper
    }

    /// Instants of the labelled ticks, `start` to `end`.
    public var majorTicks: [Int] { ZonedTimeAxis.ticks(every: step, from: start, through: end, zone: zone) }

    /// Instants of the unlabelled ticks between the labelled ones; empty when `minorStep` is 0.
    public var minorTicks: [Int] {
        guard minorStep > 0 else { return [] }
        let major = Set(majorTicks)
        return ZonedTimeAxis.ticks(every: minorStep, from: start, through: end, zone: zone).filter { !major.contains($0) }
    }

    /// Where `instant` falls between `left` and `right`.
    public func position(_ instant: Int, left: Double, right: Double) -> Double {
        left + (right - left) * Double(instant - start) / Double(max(end - start, 1))
    }

    /// Every instant in `[from, through]` at which the zone's wall clock reads a multiple of `step`
    /// (counted from 1970-01-01 00:00 local), in order: a run of constant offset at a time.
    static func ticks(every step: Int, from lower: Int, through upper: Int, zone: ZoneSpec) -> [Int] {
        guard step > 0, lower <= upper else { return [] }
        var ticks: [Int] = []
        let bounds = [lower] + offsetChanges(in: lower...upper, zone: zone) + [upper + 1]
        for (runStart, runEnd) in zip(bounds, bounds.dropFirst()) where runStart < runEnd {
            let offset = zone.offset(at: runStart)
            let local = runStart + offset
            var tick = local + (step - ((local % step) + step) % step) % step - offset
            while tick < runEnd {
                ticks.append(tick)
                tick += step
            }
        }
        return ticks
    }

    /// The instants in `range` from which a new offset is in force: the zone's own transitions
    /// (tzdata's, so a change of standard time counts as much as daylight saving), less those
    /// that change only a name or the daylight flag, which move no clock.
    static func offsetChanges(in range: ClosedRange<Int>, zone: ZoneSpec) -> [Int] {
        zone.transitions(in: range).filter { $0.offsetBefore != $0.offsetAfter }.map(\.instant)
    }
}

import Foundation

/// A wall-clock time that a zone's clocks showed twice or never, and what the model's author
/// can write instead.
struct LocalTimeProblem {
    let local: Int
    let zone: ZoneSpec
    let resolution: LocalTimeResolution

    /// A warning for a time shown twice (Parley takes the first), an error for one never shown.
    func report(at location: SourceLocation, context: DecodingContext) {
        let date = LocalDate(daysSinceEpoch: LocalTimeProblem.floorDays(local))
        let written = LocalTimeProblem.clock(local)
        switch resolution {
        case .unique: return
        case .ambiguous(let first, let firstType, _, let secondType):
            let change = zone.rules.transitions(in: first...(first + 2 * 86400)).first
            let jump = change.map { " (clocks went back from \(clockChange($0.instant, $0.before, $0.after)))" } ?? ""
            context.warning(at: location) {
                (
                    "\(written) on \(date) occurs twice in \(zone.name)\(jump); Parley takes the first, \(written) \(name(firstType)) (\(ZoneSpec.offsetLabel(firstType.offset)))",
                    [
                        .fix(
                            "for the second, \(written) \(name(secondType)), write the offset: \(date)T\(written)\(LocalTimeProblem.isoOffset(secondType.offset)); write \(date)T\(written)\(LocalTimeProblem.isoOffset(firstType.offset)) to keep the first without this warning"
                        )
                    ]
                )
            }
        case .nonexistent(let transition, let before, let after):
            let jumpedTo = LocalTimeProblem.clock(transition + after.offset)
            context.error(at: location) {
                (
                    "\(written) on \(date) does not exist in \(zone.name): the clocks jumped from \(clockChange(transition, before, after))",
                    [
                        .fix(
                            "write a time before \(LocalTimeProblem.clock(transition + before.offset)) or from \(jumpedTo) on, or the time with the offset the source used, e.g. \(date)T\(written)\(LocalTimeProblem.isoOffset(before.offset)) (which is \(LocalTimeProblem.clock(local - before.offset + after.offset)) \(name(after)))"
                        )
                    ]
                )
            }
        }
    }

    private func name(_ type: LocalTimeType) -> String { ZoneSpec.displayName(of: type, in: zone.rules) }

    /// "03:00 CEST to 02:00 CET".
    private func clockChange(_ instant: Int, _ before: LocalTimeType, _ after: LocalTimeType) -> String {
        "\(LocalTimeProblem.clock(instant + before.offset)) \(name(before)) to \(LocalTimeProblem.clock(instant + after.offset)) \(name(after))"
    }

    static func floorDays(_ seconds: Int) -> Int { seconds >= 0 ? seconds / 86400 : -((-seconds + 86399) / 86400) }

    /// "02:30", or "02:30:15" with seconds, of a local time in seconds since 1970.
    static func clock(_ local: Int) -> String {
        let seconds = local - floorDays(local) * 86400
        let (h, m, s) = (seconds / 3600, seconds / 60 % 60, seconds % 60)
        return s == 0 ? String(format: "%02d:%02d", h, m) : String(format: "%02d:%02d:%02d", h, m, s)
    }

    /// "+01:00", "-05:00": ISO 8601, as the model writes offsets.
    static func isoOffset(_ seconds: Int) -> String {
        let minutes = abs(seconds) / 60
        return String(format: "%@%02d:%02d", seconds < 0 ? "-" : "+", minutes / 60, minutes % 60)
    }
}

import Foundation
import ParleyTestSupport
import Testing

@testable import ParleyModel

/// Python's `zoneinfo`, an implementation of its own over the same tzdata, is the oracle: it
/// finds every change of offset in the years below by scanning, and for wall-clock times and
/// instants around each change says which instant a local time is (fold=0), whether it occurs
/// twice or never, and the offset, abbreviation and wall clock at each instant. Parley's
/// `ZoneSpec` and `TimeParsing` must agree on every case. 2040 and 2100 lie past the
/// transition table, where the TZif footer's POSIX rule decides.
@Suite struct ZoneOracleTests {
    static let zones = [
        "Europe/Kyiv", "Europe/Moscow", "Europe/Zurich", "America/New_York", "America/Sao_Paulo", "Australia/Lord_Howe",
        "Asia/Tehran", "Pacific/Chatham", "UTC", "Europe/London", "America/Santiago", "America/Nuuk", "Asia/Jerusalem",
        "Africa/Casablanca", "Europe/Kiev", "US/Eastern", "EST5EDT", "CET", "Etc/GMT+3", "Asia/Kolkata",
    ]
    static let years = [2010, 2011, 2014, 2018, 2019, 2021, 2022, 2024, 2025, 2037, 2040, 2100]
    static let fixedOffsets = ["+03:00", "-03:30", "+05:45", "+00:00", "-08:00", "+14:00"]

    /// Prints `T zone instant before after`, `L zone local status instant offset name` and
    /// `I zone instant offset name wallclock` lines, tab-separated; offsets in seconds east.
    static let script = #"""
        import sys, zoneinfo
        from datetime import datetime, timedelta, timezone
        zones, years, fixed = sys.argv[1].split(","), [int(y) for y in sys.argv[2].split(",")], sys.argv[3].split(",")
        EPOCH = datetime(1970, 1, 1)
        def offset(tz, t):
            return int(datetime.fromtimestamp(t, tz).utcoffset().total_seconds())
        def local_case(name, tz, local):
            naive = EPOCH + timedelta(seconds=local)
            first, second = naive.replace(tzinfo=tz, fold=0), naive.replace(tzinfo=tz, fold=1)
            instant = int(first.timestamp())
            back = datetime.fromtimestamp(instant, tz).replace(tzinfo=None)
            if back != naive:
                status = "nonexistent"
            elif first.utcoffset() != second.utcoffset():
                status = "ambiguous"
            else:
                status = "unique"
            print("L", name, local, status, instant, int(first.utcoffset().total_seconds()), first.tzname(), sep="\t")
        def instant_case(name, tz, t):
            aware = datetime.fromtimestamp(t, tz)
            wall = int((aware.replace(tzinfo=None) - EPOCH).total_seconds())
            print("I", name, t, int(aware.utcoffset().total_seconds()), aware.tzname(), wall, sep="\t")
        for name in zones:
            tz = zoneinfo.ZoneInfo(name)
            for year in years:
                start = int(datetime(year, 1, 1, tzinfo=timezone.utc).timestamp())
                end = int(datetime(year + 1, 1, 1, tzinfo=timezone.utc).timestamp())
                instant_case(name, tz, start + 180 * 86400 + 12345)
                t = start
                while t < end:
                    step = min(6 * 3600, end - t)
                    if offset(tz, t) != offset(tz, t + step):
                        low, high = t, t + step
                        while high - low > 1:
                            middle = (low + high) // 2
                            if offset(tz, middle) == offset(tz, t): low = middle
                            else: high = middle
                        before, after = offset(tz, high - 1), offset(tz, high)
                        print("T", name, high, before, after, sep="\t")
                        for probe in (high - 1, high, high + 1, high + 43200):
                            instant_case(name, tz, probe)
                        lower, upper = high + min(before, after), high + max(before, after)
                        for local in (lower - 3600, lower - 60, lower, (lower + upper) // 2, upper - 1, upper, upper + 60, upper + 3600):
                            local_case(name, tz, local)
                    t += step
        for text in fixed:
            sign = -1 if text[0] == "-" else 1
            hours, minutes = int(text[1:3]), int(text[4:6])
            tz = timezone(sign * timedelta(hours=hours, minutes=minutes))
            for year in years:
                t = int(datetime(year, 3, 31, 1, 30, tzinfo=timezone.utc).timestamp())
                instant_case(text, tz, t)
                local_case(text, tz, t + 7200)
        """#

    struct Case {
        var kind: String
        var zone: String
        var fields: [String]
    }

    static func oracle() throws -> [Case] {
        let output = try ExternalTool.run(
            "/usr/bin/python3",
            [
                "-c", script, zones.joined(separator: ","), years.map(String.init).joined(separator: ","),
                fixedOffsets.joined(separator: ","),
            ])
        return String(decoding: output, as: UTF8.self).split(separator: "\n").map { line in
            let fields = line.split(separator: "\t", omittingEmptySubsequences: false).map(String.init)
            return Case(kind: fields[0], zone: fields[1], fields: Array(fields.dropFirst(2)))
        }
    }

    /// tzdata's letters as they are, its numeric names ("+0330") as the offset: the rule under test.
    static func expectedName(_ tzname: String, offset: Int) -> String {
        if !tzname.isEmpty, tzname.unicodeScalars.allSatisfy({ ("A"..."Z").contains($0) || ("a"..."z").contains($0) }) { return tzname }
        return ZoneSpec.offsetLabel(offset)
    }

    static func spec(_ name: String) throws -> ZoneSpec { try #require(TimeParsing.zone(name), "Parley refuses \(name)") }

    @Test func parleyAgreesWithPythonsZoneinfoOnEveryCase() throws {
        let cases = try Self.oracle()
        let transitions = cases.filter { $0.kind == "T" }, locals = cases.filter { $0.kind == "L" },
            instants = cases.filter { $0.kind == "I" }
        // A few hundred of each, in every zone: the scan found the changes it should.
        #expect(transitions.count >= 150)
        #expect(locals.count >= 1000)
        #expect(
            Set(transitions.map(\.zone)).isSuperset(of: [
                "Europe/Kyiv", "America/Sao_Paulo", "Asia/Tehran", "Pacific/Chatham", "Australia/Lord_Howe", "Europe/Moscow",
            ]))
        var mismatches: [String] = []
        for item in instants {
            let zone = try Self.spec(item.zone)
            guard let instant = Int(item.fields[0]), let offset = Int(item.fields[1]), let wall = Int(item.fields[3]) else { continue }
            let clock = zone.wallClock(at: instant)
            let got = (zone.offset(at: instant), zone.abbreviation(at: instant), clock.date.daysSinceEpoch * 86400 + clock.secondsOfDay)
            let want = (offset, Self.expectedName(item.fields[2], offset: offset), wall)
            if got != want { mismatches.append("\(item.zone) at \(instant): Parley \(got), zoneinfo \(want)") }
        }
        for item in locals {
            let zone = try Self.spec(item.zone)
            guard let local = Int(item.fields[0]), let instant = Int(item.fields[2]) else { continue }
            let resolution = zone.rules.resolve(local: local)
            let status: String
            switch resolution {
            case .unique: status = "unique"
            case .ambiguous: status = "ambiguous"
            case .nonexistent: status = "nonexistent"
            }
            if status != item.fields[1] || resolution.instant(local: local) != instant {
                mismatches.append(
                    "\(item.zone) local \(local): Parley \(status) \(resolution.instant(local: local)), zoneinfo \(item.fields[1]) \(instant)"
                )
            }
            // The decoder reads the same time, and says so as the oracle's status says it should.
            let date = LocalDate(daysSinceEpoch: LocalTimeProblem.floorDays(local))
            let context = DecodingContext(file: "oracle.yaml")
            let text = "\(date)T\(LocalTimeProblem.clock(local))"
            let time = TimeParsing.time(text, approximate: false, on: date, in: zone, context: context)
            let severities = context.diagnostics.map(\.severity)
            let expected: [Diagnostic.Severity] = ["unique": [], "ambiguous": [.warning], "nonexistent": [.error]][item.fields[1]] ?? []
            if time?.instant != instant || severities != expected {
                mismatches.append(
                    "\(item.zone) \(text): TimeParsing \(time?.instant ?? -1) \(severities), zoneinfo \(item.fields[1]) \(instant)")
            }
        }
        for zoneName in Self.zones {
            let zone = try Self.spec(zoneName)
            for year in Self.years {
                let start = LocalDate(year: year, month: 1, day: 1).daysSinceEpoch * 86400
                let end = LocalDate(year: year + 1, month: 1, day: 1).daysSinceEpoch * 86400
                let got = zone.transitions(in: start...end).map { "\($0.instant) \($0.offsetBefore) \($0.offsetAfter)" }
                let want = transitions.filter { $0.zone == zoneName && (Int($0.fields[0]) ?? 0) > start && (Int($0.fields[0]) ?? 0) <= end }
                    .map { $0.fields.joined(separator: " ") }
                if got != want { mismatches.append("\(zoneName) \(year) transitions: Parley \(got), zoneinfo \(want)") }
            }
        }
        #expect(mismatches.isEmpty, "\(mismatches.count) of \(cases.count) cases differ:\n\(mismatches.prefix(40).joined(separator: "\n"))")
    }
}

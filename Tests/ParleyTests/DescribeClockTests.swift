import ParleyTestSupport
import Testing

/// `parley describe --clock 12` prints every time on the 12-hour clock, with the next-day mark
/// and, for a round held in another zone, the meeting's times too.
struct DescribeClockTests {
    private let fixture = RepositoryPaths.root + "/Tests/Fixtures/time/after-midnight.yaml"

    private func describe(_ arguments: [String]) -> String {
        let result = CommandRunner.parley(["describe", fixture] + arguments)
        #expect(result.status == 0, "\(result.stderr)")
        return String(decoding: result.stdout, as: UTF8.self)
    }

    @Test func twelveHourClockEverywhere() {
        let text = describe(["--clock", "12"])
        #expect(text.contains("10:10\u{00A0}p.m.–1:45\u{00A0}a.m."), "\(text)")
        #expect(text.contains("(+1 day)"))
        #expect(text.contains("8:00\u{00A0}a.m.–9:15\u{00A0}a.m.") && text.contains("(2:00\u{00A0}p.m.–3:15\u{00A0}p.m. "), "\(text)")
        // No time of day past noon or in the first hour is left in 24-hour form (offsets are no times).
        #expect(text.matches(of: /(^|[^+−\-\d:])(1[3-9]|2[0-3]|00):[0-5]\d/).isEmpty, "\(text)")
        let round = describe(["--round", "abroad", "--clock", "12"])
        #expect(round.contains("8:00\u{00A0}a.m.–9:15\u{00A0}a.m.") && round.contains("(2:00\u{00A0}p.m.–3:15\u{00A0}p.m. "), "\(round)")
    }

    /// `parley rounds` lists the same complete spans, on the clock asked for.
    @Test func roundsListsCompleteSpansOnEitherClock() {
        let twelve = CommandRunner.parley(["rounds", fixture, "--clock", "12"])
        #expect(twelve.status == 0, "\(twelve.stderr)")
        let text = String(decoding: twelve.stdout, as: UTF8.self)
        #expect(text.contains("10:10\u{00A0}p.m.–1:45\u{00A0}a.m.") && text.contains("(+1 day)"), "\(text)")
        #expect(text.contains("(2:00\u{00A0}p.m.–3:15\u{00A0}p.m. "), "the meeting's times for the round abroad: \(text)")
        let plain = String(decoding: CommandRunner.parley(["rounds", fixture]).stdout, as: UTF8.self)
        #expect(plain.contains("22:10–01:45 ") && plain.contains("(14:00–15:15 "), "\(plain)")
    }

    @Test func twentyFourHourClockByDefault() {
        let text = describe([])
        #expect(text.contains("22:10–01:45 ") && text.contains("(+1 day)"), "\(text)")
        #expect(text.contains("08:00–09:15 ") && text.contains("(14:00–15:15 "), "\(text)")
    }

    @Test func anUnknownClockIsRefused() {
        let result = CommandRunner.parley(["describe", fixture, "--clock", "13"])
        #expect(result.status != 0)
        #expect(result.stderr.contains("--clock"), "\(result.stderr)")
    }
}

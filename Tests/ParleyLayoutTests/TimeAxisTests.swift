import ParleyLayout
import Testing

@Suite struct TimeAxisTests {
    @Test(arguments: [
        (3600, 600.0, 50.0, 300),  // an hour on 600 pt: every 5 min
        (4440, 850.0, 44.0, 300),  // round 2 (1 h 14 min) on the default width
        (8 * 3600, 600.0, 50.0, 3600),
        (20 * 60, 600.0, 50.0, 120),
        (36 * 3600, 800.0, 50.0, 10800),
        (90 * 86400, 800.0, 60.0, 604_800),
    ])
    func choosesTheSmallestStepWhoseLabelsFit(_ span: Int, _ width: Double, _ spacing: Double, _ expected: Int) {
        let axis = TimeAxis(covering: 50_000, 50_000 + span, width: width, minimumSpacing: spacing)
        #expect(axis.step == expected)
        #expect(axis.majorTicks.count <= Int(width / spacing) + 2)
    }

    @Test func ticksCoverTheRangeOnWholeSteps() {
        let axis = TimeAxis(covering: 14 * 3600 + 43 * 60, 15 * 3600 + 57 * 60, width: 850, minimumSpacing: 44)
        #expect(axis.start <= 14 * 3600 + 43 * 60 && axis.end >= 15 * 3600 + 57 * 60)
        #expect(axis.start % axis.step == 0 && axis.end % axis.step == 0)
        #expect(axis.minorTicks.allSatisfy { ($0 - axis.start) % axis.step != 0 })
        #expect(axis.position(axis.start, left: 10, right: 110) == 10)
        #expect(axis.position(axis.end, left: 10, right: 110) == 110)
    }

    @Test func clockLabels() {
        #expect(ClockStyle.twentyFour.text(secondsOfDay: 14 * 3600 + 43 * 60, strings: .english) == "14:43")
        #expect(ClockStyle.twentyFour.text(secondsOfDay: 25 * 3600 + 10 * 60, strings: .english) == "01:10")
        #expect(ClockStyle.twelve.text(secondsOfDay: 14 * 3600 + 43 * 60, strings: .english) == "2:43\u{00A0}p.m.")
        #expect(ClockStyle.twelve.text(secondsOfDay: 0, strings: .english) == "12:00\u{00A0}a.m.")
        #expect(ClockStyle.twelve.text(secondsOfDay: 12 * 3600, strings: .english) == "12:00\u{00A0}p.m.")
        #expect(Formatting.duration(seconds: 74 * 60, strings: .english) == "1 h 14 min")
        #expect(Formatting.duration(seconds: 39 * 60, approximate: true, strings: .english) == "≈39 min")
        #expect(Formatting.duration(seconds: 7200, strings: .english) == "2 h")
    }
}

import ParleyModel
import ParleyScene
import ParleyTestSupport
import Testing

@testable import ParleyLayout

/// The day planner (`--align days`) on the two multi-day models of Tests/Fixtures/layouts: a
/// Geneva meeting over the night the clocks go back, and a week of talks in New York.
@Suite struct DayPlannerTests {
    let geneva: Meeting, newYork: Meeting
    init() throws {
        geneva = try MeetingLoader.load(path: RepositoryPaths.root + "/Tests/Fixtures/layouts/geneva-three-days.yaml").meeting
        newYork = try MeetingLoader.load(path: RepositoryPaths.root + "/Tests/Fixtures/layouts/new-york-week.yaml").meeting
    }

    private func scene(_ meeting: Meeting, _ options: LayoutOptions = LayoutOptions(alignment: .days)) throws -> Scene {
        try TimelineLayout().layout(meeting, options: options, measurer: FixedMetricsMeasurer())
    }

    /// The first rectangle of a group: a session bar's solid part.
    private func bar(_ scene: Scene, _ id: String) throws -> Rect {
        let rects = scene.flattened().filter { $0.groupPath.last == id }.compactMap { placed -> Rect? in
            if case .rect = placed.node { return placed.canvasBounds }
            return nil
        }
        return try #require(rects.first, "no bar in \(id)")
    }

    @Test func everyWidthAndThemeKeepsTextApartAndInside() throws {
        for meeting in [geneva, newYork] {
            for width in [320.0, 600, 900, 1600] {
                for theme in [Theme.light, .dark, .print] {
                    let scene = try scene(meeting, LayoutOptions(width: width, theme: theme, alignment: .days))
                    #expect(scene.size.width == width)
                    SceneInvariants.check(scene, "\(meeting.id) days \(width) \(theme.name)")
                }
            }
        }
    }

    @Test func eachDayHasOneRowWithItsWeekdayAndDateOnce() throws {
        let texts = try scene(geneva).textFrames.map(\.text)
        for date in ["Fri 25 Oct", "Sat 26 Oct", "Sun 27 Oct"] {
            #expect(texts.filter { $0 == date }.count == 1, "\(date)")
        }
        #expect(texts.contains("Time (CEST, then CET)"))
    }

    @Test func aRoundPastMidnightGoesOnInTheNextRowWithItsDurationOnce() throws {
        let scene = try scene(geneva)
        let first = try bar(scene, "round-night"), second = try bar(scene, "round-night-2024-10-27")
        // The second piece is on a lower row, at the left end of the hours.
        #expect(second.minY > first.maxY && second.minX < first.minX)
        let duration = "6\u{00A0}h\u{00A0}50\u{00A0}min"
        #expect(scene.textFrames.filter { $0.text.contains(duration) }.count == 1)
        #expect(scene.textFrames.contains { $0.text == "Night session on the final text, continued to 03:20" })
        // Arrows on both sides of midnight.
        let arrows = scene.flattened().filter {
            if case .polyline = $0.node { return $0.groupPath.last?.hasPrefix("round-night") ?? false }
            return false
        }
        #expect(arrows.count == 2)
    }

    @Test func theDayTheClocksGoBackIsTwentyFiveHoursLong() throws {
        let rows = DayRows(rounds: geneva.rounds, zone: geneva.timeZone)
        #expect(rows.days.map(\.hours) == [24, 24, 25])
        #expect(rows.days.map { $0.clockChanges.count } == [0, 0, 1])
        let scene = try scene(geneva)
        #expect(scene.textFrames.contains { $0.text == "25-hour day, CEST → CET" })
        // An hour is as wide on every row: 15:15 CET on the long day stands 1 h 15 min of real
        // time right of where 15:00 CEST stands on a day of 24 hours.
        let nine = try bar(scene, "round-opening").minX, three = try bar(scene, "round-wg-access-2").minX
        let press = try bar(scene, "round-press").minX
        let hour = (three - nine) / 6
        #expect(abs((press - three) - 1.25 * hour) < 0.01)
    }

    @Test func overlappingRoundsOfOneDayStandInSubLanes() throws {
        let scene = try scene(geneva)
        let access = try bar(scene, "round-wg-access"), detainees = try bar(scene, "round-wg-detainees")
        #expect(access.maxX > detainees.minX, "the model's rounds overlap in time")
        #expect(!access.intersects(detainees))
        // Rounds that follow each other share a lane.
        let opening = try bar(scene, "round-opening")
        #expect(opening.minY == access.minY)
    }

    @Test func daysWithoutSessionsAreOneCountedRow() throws {
        let rows = DayRows(rounds: newYork.rounds, zone: newYork.timeZone)
        let gaps = rows.rows.compactMap { row -> Int? in
            if case .gap(let days) = row { return days }
            return nil
        }
        #expect(gaps == [1, 2])
        let texts = try scene(newYork).textFrames.map(\.text)
        #expect(texts.contains("1 day without sessions") && texts.contains("2 days without sessions"))
        #expect(texts.contains("Time (EDT, then EST)"))
    }

    @Test func aRoundInAnotherZoneStandsAtTheMeetingsClockAndSaysSo() throws {
        let scene = try scene(geneva)
        // 05:00 EDT is 10:00 CET: on the long day, where 10:00 stands after the change.
        let briefing = try bar(scene, "round-new-york-briefing").minX, press = try bar(scene, "round-press").minX
        let nine = try bar(scene, "round-opening").minX, three = try bar(scene, "round-wg-access-2").minX
        let hour = (three - nine) / 6
        #expect(abs((press - briefing) - 5.25 * hour) < 0.01)
        #expect(scene.textFrames.contains { $0.text.contains("stand at the meeting's clock") })
        #expect(scene.textFrames.contains { $0.text.contains("(10:00–11:00\u{00A0}CET)") || $0.text.contains("(10:00–11:00 CET)") })
    }

    @Test func aNarrowCanvasPutsEachDateOverItsRow() throws {
        let narrow = try scene(geneva, LayoutOptions(width: 320, alignment: .days))
        func labelTops(_ scene: Scene) -> [Double] {
            scene.flattened().filter { $0.groupPath.last?.hasPrefix("round-") ?? false }.compactMap {
                if case .text = $0.node { return $0.canvasBounds?.minY }
                return nil
            }
        }
        let date = try #require(narrow.textFrames.first { $0.text == "Fri 25 Oct" }).frame
        // The row's labels start under the date, and the hours take the width the date column had.
        let firstRowTop = try #require(labelTops(narrow).min())
        #expect(firstRowTop >= date.maxY)
        #expect(try bar(narrow, "round-night-2024-10-27").minX < date.maxX)
        let wide = try scene(geneva, LayoutOptions(width: 900, alignment: .days))
        let wideDate = try #require(wide.textFrames.first { $0.text == "Fri 25 Oct" }).frame
        #expect(try #require(labelTops(wide).min()) < wideDate.maxY)
        #expect(try bar(wide, "round-night-2024-10-27").minX > wideDate.maxX)
    }

    @Test func sameInputSameScene() throws {
        #expect(try scene(geneva) == scene(geneva))
    }
}

/// The lead's layout invariants (`LayoutInvariants`) on the two multi-day views when asked for
/// explicitly (the invariant suite draws only the default): the generator's several-day and
/// mixed models and the written multi-day fixtures, every theme, widths 320 to 1,600.
@Suite struct MultiDayViewInvariantTests {
    static let seeds: [UInt64] = Array(0..<36).filter { [3, 5].contains($0 % 6) }

    private func check(_ meeting: Meeting, name: String, widths: [Double?]) {
        let measurer = FixedMetricsMeasurer()
        for alignment in [TimelineAlignment.days, .calendar] where meeting.rounds.count >= 2 {
            for width in widths {
                for theme in Theme.all {
                    let context =
                        "\(name) --align \(alignment.rawValue) --theme \(theme.name) --width \(width.map { "\(Int($0))" } ?? "natural")"
                    do {
                        let scene = try TimelineLayout().layout(
                            meeting, options: LayoutOptions(width: width, theme: theme, alignment: alignment), measurer: measurer)
                        SceneInvariants.check(scene, context)
                        let failures = LayoutInvariants.failures(scene, width: width, measurer: measurer)
                        #expect(failures.isEmpty, "\(context): \(failures.prefix(10).joined(separator: "\n  "))")
                    } catch {
                        Issue.record("\(context): \(error.message)")
                    }
                }
            }
        }
    }

    @Test(arguments: seeds) func generatedModels(seed: UInt64) throws {
        var generator = LayoutModelGenerator(seed: seed)
        let model = generator.make()
        let meeting = try MeetingLoader.parse(Array(model.yaml.utf8), file: "generated-\(seed).yaml").meeting
        check(meeting, name: "generated-\(seed)-\(model.profile.rawValue)", widths: [model.width, 320])
    }

    @Test(arguments: ["geneva-three-days", "new-york-week"]) func writtenModels(name: String) throws {
        let meeting = try MeetingLoader.load(path: RepositoryPaths.root + "/Tests/Fixtures/layouts/\(name).yaml").meeting
        check(meeting, name: name, widths: [nil, 320, 600, 900, 1600])
    }
}

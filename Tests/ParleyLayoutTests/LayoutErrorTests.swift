import ParleyLayout
import ParleyModel
import Testing

@Suite struct LayoutErrorTests {
    private let here = SourceLocation(file: "m.yaml", line: 3, column: 5)

    @Test func everyCaseSaysWhatIsWrongAndWhatWouldBeRight() {
        let cases: [(LayoutError, String)] = [
            (.unknownRound(id: "r9", known: ["r1", "r2"]), "unknown round 'r9'; the rounds are r1, r2"),
            (.unknownChart(name: "pie", known: ["timeline", "seating"]), "unknown chart 'pie'; charts are timeline, seating"),
            (.noRounds(chart: "overview"), "the overview needs at least one round; add one under 'rounds'"),
            (
                .roundHasNoTable(id: "r3", seated: ["r1", "r2"]),
                "round 'r3' has no table; add 'table:' to it, or pick one of the rounds with a table: r1, r2"
            ),
            (.noRoundWithTable, "no round has a table; the seating chart needs 'table:' in a round"),
            (
                .tooFewTablesToCompare(chosen: 1, seated: ["r1", "r2", "r4"], wereChosen: true),
                "the seating comparison needs at least two rounds with a table, and the rounds chosen have 1; rounds with a table: r1, r2, r4 (choose them with --rounds r1,r2, or choose none for all)"
            ),
            (
                .tooFewTablesToCompare(chosen: 0, seated: [], wereChosen: false),
                "the seating comparison needs at least two rounds with a table; rounds with a table: none"
            ),
            (.canvasSideOutOfRange(side: .width, value: 0), "the canvas width must be between 1 and 20000 points, not 0.0"),
            (
                .heightTooSmall(needed: 412.2, asked: 300),
                "this chart needs 413 points of height, more than the 300 asked for; ask for more or leave the height out"
            ),
            (
                .chartTooTall(needed: 25_000.5),
                "this chart needs 25,001 points of height; the limit is 20,000 points a side; draw fewer rounds, events or seats in one chart (--round ID, --rounds a,b)"
            ),
            (
                .chartGrowsTooTall(remedy: .fewerRounds, location: nil),
                "this chart needs more than 20,000 points of height, the limit for a side; choose fewer rounds with --rounds a,b"
            ),
            (
                .itemBudgetExceeded(
                    LayoutError.ItemCount(chart: "seating", total: 20_001, rounds: 1, countsRounds: false, events: nil, seats: 20_001),
                    location: here),
                "this seating chart would draw 20,001 items (20,001 seats); the limit is 20,000 items in one chart; split the round into several rounds, or draw its seating and its timeline apart"
            ),
            (
                .tooManyReportPages(limit: 500),
                "this report runs past 500 pages, the limit for a PDF report; write HTML or Markdown (they have no pages), or report on fewer rounds and sources"
            ),
        ]
        for (error, message) in cases {
            #expect(error.description == message)
            #expect(error.message == message)
        }
    }

    @Test func onlyFailuresWithAPlaceCarryOne() {
        #expect(LayoutError.chartGrowsTooTall(remedy: .splitRound, location: here).location == here)
        #expect(LayoutError.textBudgetExceeded(characters: 100_001, location: here).location == here)
        #expect(LayoutError.unknownRound(id: "x", known: []).location == nil)
    }
}

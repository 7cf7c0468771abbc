import ParleyColor
import ParleyScene
import Testing

@Suite struct ColorTests {
    @Test(arguments: [
        ("#D52B1E", "#d52b1e"), ("#fff", "#ffffff"), ("#0008", "#00000088"), ("#0057B7CC", "#0057b7cc"),
        ("navy", "#000080"), ("RebeccaPurple", "#663399"), (" white ", "#ffffff"), ("transparent", "#00000000"),
    ])
    func parsesHexAndCSSNames(_ input: String, _ expected: String) {
        #expect(Color(parsing: input)?.hexString == expected)
    }

    @Test(arguments: ["", "#12", "#12345", "#GGGGGG", "blu", "rgb(1,2,3)", "#1234567890"])
    func rejectsWhatIsNotAColour(_ input: String) {
        #expect(Color(parsing: input) == nil)
    }

    @Test func contrastFollowsWCAG() {
        #expect(abs(Color.black.contrastRatio(with: .white) - 21) < 0.01)
        #expect(Color(rgb: 0x777777).contrastRatio(with: .white) > 4.4)
    }

    @Test func partyColoursTooCloseToTheBackgroundAreLiftedAndOthersKept() {
        let navy = Color(rgb: 0x3C3B6E), dark = Color(rgb: 0x0D1117), light = Color(rgb: 0xE6EDF3)
        #expect(navy.contrastRatio(with: dark) < 3)
        let lifted = navy.legible(on: dark, towards: light)
        #expect(lifted.contrastRatio(with: dark) >= 3)
        #expect(lifted.blue > lifted.red, "keeps its hue")
        let red = Color(rgb: 0xD52B1E)
        #expect(red.legible(on: .white, towards: .black) == red)
        #expect(Color.white.legible(on: .white, towards: .black).contrastRatio(with: .white) >= 3)
    }
}

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
}

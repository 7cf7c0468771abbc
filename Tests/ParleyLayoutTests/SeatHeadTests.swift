import Testing

@testable import ParleyLayout

/// Who is set in bold as a head: a seat's role says it, or a part of the person's role does.
struct SeatHeadTests {
    @Test(arguments: [
        ("Head of delegation", true), ("Foreign Minister, chair", true), ("Chairman; host", true),
        ("Secretary to the chair", false), ("Head of the GRU", false), ("Deputy Head of the SBU", false),
        ("chairs the working group", false),
    ])
    func aRoleNamesAHeadOnlyByAWholePart(_ role: String, _ isHead: Bool) {
        #expect(SeatLabel.namesAHead(role) == isHead, "\(role)")
    }
}

import ParleyTestSupport
import Testing

/// `parley describe` names the model in its errors, like every other command; an error with no
/// line and column names it in the sentence, not as a `file:` prefix that reads as a place.
struct DescribeCommandTests {
    private let sample = RepositoryPaths.samples + "/istanbul-2025.yaml"

    @Test func anUnknownRoundIsReportedAgainstTheModelFile() {
        let result = CommandRunner.parley(["describe", sample, "--round", "nope"])
        #expect(result.status == 1)
        #expect(result.stderr.hasPrefix("error: unknown round 'nope' in \(sample); the rounds are round-1, "), "\(result.stderr)")
        #expect(result.stdout.isEmpty)
    }

    @Test func aRoundIsDescribed() {
        let result = CommandRunner.parley(["describe", sample, "--round", "round-2"])
        #expect(result.status == 0)
        #expect(String(decoding: result.stdout, as: UTF8.self).contains("Round 2"))
    }
}

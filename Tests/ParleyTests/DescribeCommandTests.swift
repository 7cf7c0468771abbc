import ParleyTestSupport
import Testing

/// `parley describe` names the model in its errors, like every other command.
struct DescribeCommandTests {
    private let sample = RepositoryPaths.samples + "/istanbul-2025.yaml"

    @Test func anUnknownRoundIsReportedAgainstTheModelFile() {
        let result = CommandRunner.parley(["describe", sample, "--round", "nope"])
        #expect(result.status == 1)
        #expect(result.stderr.hasPrefix("\(sample): error: unknown round 'nope'; the rounds are "), "\(result.stderr)")
        #expect(result.stdout.isEmpty)
    }

    @Test func aRoundIsDescribed() {
        let result = CommandRunner.parley(["describe", sample, "--round", "round-2"])
        #expect(result.status == 0)
        #expect(String(decoding: result.stdout, as: UTF8.self).contains("Round 2"))
    }
}

import ParleyFuzz

#if PARLEY_LIBFUZZER
    @_cdecl("LLVMFuzzerTestOneInput")
    public func testOneInput(_ data: UnsafePointer<UInt8>?, _ size: Int) -> CInt {
        FuzzHarness.testOneInput(data, size, ChartsFuzzer.check)
    }
#endif

/// `parley-fuzz-charts`: libFuzzer over layout and the writers when built for fuzzing, else a
/// replayer of inputs through the same checks (see docs/fuzzing.md).
@main enum ChartsFuzzMain {
    static func main() {
        #if PARLEY_LIBFUZZER
            FuzzHarness.runLibFuzzer(testOneInput)
        #else
            FuzzHarness.replay(Array(CommandLine.arguments.dropFirst()), with: ChartsFuzzer.check)
        #endif
    }
}

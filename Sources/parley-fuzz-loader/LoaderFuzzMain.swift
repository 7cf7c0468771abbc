import ParleyFuzz

#if PARLEY_LIBFUZZER
    @_cdecl("LLVMFuzzerTestOneInput")
    public func testOneInput(_ data: UnsafePointer<UInt8>?, _ size: Int) -> CInt {
        FuzzHarness.testOneInput(data, size, LoaderFuzzer.check)
    }
#endif

/// `parley-fuzz-loader`: libFuzzer over `MeetingLoader.parse` when built for fuzzing, else a
/// replayer of inputs through the same checks (see docs/fuzzing.md).
@main enum LoaderFuzzMain {
    static func main() {
        #if PARLEY_LIBFUZZER
            FuzzHarness.runLibFuzzer(testOneInput)
        #else
            FuzzHarness.replay(Array(CommandLine.arguments.dropFirst()), with: LoaderFuzzer.check)
        #endif
    }
}

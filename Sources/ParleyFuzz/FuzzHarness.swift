import Foundation

#if PARLEY_LIBFUZZER
    import CLibFuzzer
#endif

/// The two ways a fuzz executable runs. Built with `-sanitize=fuzzer -D PARLEY_LIBFUZZER`
/// (`make fuzz-coverage`), it hands its arguments to libFuzzer; in the normal build it replays
/// the files and folders it is given, so a reproducer can be run and debugged without sanitizers.
public enum FuzzHarness {
    /// Checks one input for libFuzzer: a broken invariant prints what broke and aborts, which
    /// libFuzzer reports as a crash and saves the input for. Skipped inputs return -1, which
    /// tells libFuzzer not to add them to the corpus.
    public static func testOneInput(_ data: UnsafePointer<UInt8>?, _ size: Int, _ check: ([UInt8]) -> FuzzOutcome) -> CInt {
        let bytes = data.map { Array(UnsafeBufferPointer(start: $0, count: size)) } ?? []
        let outcome = check(bytes)
        if !outcome.violations.isEmpty {
            let report = (["parley-fuzz: \(outcome.violations.count) invariant(s) broken:"] + outcome.violations.map { "  - \($0)" })
                .joined(separator: "\n")
            FileHandle.standardError.write(Data((report + "\n").utf8))
            abort()
        }
        return outcome.skipped ? -1 : 0
    }

    #if PARLEY_LIBFUZZER
        /// Runs libFuzzer's driver over the process's own arguments (`-max_len=…`, corpus folders…).
        public static func runLibFuzzer(_ callback: @convention(c) (UnsafePointer<UInt8>?, Int) -> CInt) -> Never {
            var argc = CommandLine.argc
            var argv: UnsafeMutablePointer<UnsafeMutablePointer<CChar>?>? = CommandLine.unsafeArgv
            exit(LLVMFuzzerRunDriver(&argc, &argv, callback))
        }
    #endif

    /// Checks every file named, and every file in every folder named (sorted), printing one line
    /// each and every broken invariant; exits 1 when any broke, 2 when nothing could be read.
    public static func replay(_ paths: [String], with check: ([UInt8]) -> FuzzOutcome) -> Never {
        let name = (CommandLine.arguments.first as NSString?)?.lastPathComponent ?? "parley-fuzz"
        guard !paths.isEmpty else {
            FileHandle.standardError.write(Data("usage: \(name) FILE-OR-FOLDER...  (replays inputs through the fuzz checks)\n".utf8))
            exit(2)
        }
        var broken = 0, unreadable = 0
        for path in inputFiles(paths) {
            guard let data = FileManager.default.contents(atPath: path) else {
                print("\(path): cannot read")
                unreadable += 1
                continue
            }
            let outcome = check(Array(data))
            print("\(path): \(outcome.summary)")
            for violation in outcome.violations { print("  - \(violation)") }
            if !outcome.violations.isEmpty { broken += 1 }
        }
        exit(broken > 0 ? 1 : unreadable > 0 ? 2 : 0)
    }

    /// The files themselves, and the regular files directly inside the folders, each folder sorted.
    public static func inputFiles(_ paths: [String]) -> [String] {
        paths.flatMap { path -> [String] in
            var isFolder: ObjCBool = false
            guard FileManager.default.fileExists(atPath: path, isDirectory: &isFolder), isFolder.boolValue else { return [path] }
            let names = (try? FileManager.default.contentsOfDirectory(atPath: path)) ?? []
            let folder = path.hasSuffix("/") ? String(path.dropLast()) : path
            return names.sorted().map { folder + "/" + $0 }.filter { file in
                var isSubfolder: ObjCBool = false
                return FileManager.default.fileExists(atPath: file, isDirectory: &isSubfolder) && !isSubfolder.boolValue
            }
        }
    }
}

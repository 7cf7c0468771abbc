import Foundation
import ParleyFuzz
import ParleyTestSupport

/// The seed corpus `make fuzz-coverage` starts from, read where it lives: the samples, the
/// invalid samples, the hand-written seeds and the reproducers of past findings.
enum FuzzCorpus {
    static let fuzzFolder = RepositoryPaths.root + "/Tests/Fuzz"
    static let folders = [
        RepositoryPaths.samples, RepositoryPaths.invalidSamples, fuzzFolder + "/seeds", fuzzFolder + "/regressions",
    ]

    /// Every seed file, with its bytes; models only (the samples' folder also holds `flags/`).
    static let seeds: [(path: String, bytes: [UInt8])] = FuzzHarness.inputFiles(
        folders.filter { folder in
            FileManager.default.fileExists(atPath: folder)
        }
    ).compactMap { path in
        FileManager.default.contents(atPath: path).map { (path, Array($0)) }
    }

    static func isValidSample(_ path: String) -> Bool {
        (path.hasPrefix(RepositoryPaths.samples + "/") && !path.hasPrefix(RepositoryPaths.invalidSamples + "/"))
            || path.hasPrefix(fuzzFolder + "/seeds/")
    }

    static func isInvalidSample(_ path: String) -> Bool { path.hasPrefix(RepositoryPaths.invalidSamples + "/") }

    static func name(_ path: String) -> String {
        path.hasPrefix(RepositoryPaths.root + "/") ? String(path.dropFirst(RepositoryPaths.root.count + 1)) : path
    }
}

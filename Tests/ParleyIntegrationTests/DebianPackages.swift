import Foundation
import ParleyTestSupport

/// What dpkg on this machine (Debian 12, the Dockerfile's base) knows: which package owns a
/// file, what installed packages depend on, and which packages every Debian image has.
enum DebianPackages {
    /// The package that installed `path`, trying the merged-/usr twin (`/lib/…` and
    /// `/usr/lib/…`) and the link's target, since dpkg records the path its package shipped.
    static func owner(of path: String) -> String? {
        let resolved = URL(fileURLWithPath: path).resolvingSymlinksInPath().path
        var candidates = [path, resolved]
        for candidate in [path, resolved] {
            if candidate.hasPrefix("/usr/lib/") { candidates.append(String(candidate.dropFirst(4))) }
            if candidate.hasPrefix("/lib/") { candidates.append("/usr" + candidate) }
        }
        for candidate in candidates {
            let output = ExternalTool.capture("/usr/bin/dpkg-query", ["-S", candidate])
            guard output.status == 0 else { continue }
            let line = String(decoding: output.stdout, as: UTF8.self).split(separator: "\n").first ?? ""
            guard let colon = line.range(of: ": ") else { continue }
            return packageName(String(line[..<colon.lowerBound]).split(separator: ",").first.map(String.init) ?? "")
        }
        return nil
    }

    /// Installed packages with their Depends and Pre-Depends (every alternative) and whether an
    /// image starts with them (Essential, or priority required: debian:bookworm-slim's set).
    static func installed() throws -> (dependencies: [String: Set<String>], base: Set<String>) {
        let output = try ExternalTool.run(
            "/usr/bin/dpkg-query", ["-W", "-f", "${db:Status-Abbrev}\t${Package}\t${Priority}\t${Essential}\t${Pre-Depends}, ${Depends}\n"])
        var dependencies: [String: Set<String>] = [:], base: Set<String> = []
        for line in String(decoding: output, as: UTF8.self).split(separator: "\n") {
            let fields = line.split(separator: "\t", omittingEmptySubsequences: false).map(String.init)
            guard fields.count == 5, fields[0].hasPrefix("ii") else { continue }
            let name = fields[1]
            if fields[2] == "required" || fields[3] == "yes" { base.insert(name) }
            let names = fields[4].split { $0 == "," || $0 == "|" }.compactMap { alternative -> String? in
                let word = alternative.trimmingCharacters(in: .whitespaces).split(separator: " ").first.map(String.init) ?? ""
                return word.isEmpty ? nil : packageName(word)
            }
            dependencies[name, default: []].formUnion(names)
        }
        return (dependencies, base)
    }

    /// `roots` and every installed package they depend on, however indirectly.
    static func closure(of roots: Set<String>, dependencies: [String: Set<String>]) -> Set<String> {
        var reached: Set<String> = [], pending = Array(roots)
        while let package = pending.popLast() {
            guard reached.insert(package).inserted else { continue }
            pending += dependencies[package, default: []].filter { !reached.contains($0) }
        }
        return reached
    }

    /// The shared libraries `ldd` says `binary` loads, by path.
    static func linkedLibraries(_ binary: String) throws -> [String] {
        let output = String(decoding: try ExternalTool.run("/usr/bin/ldd", [binary]), as: UTF8.self)
        return output.split(separator: "\n").compactMap { line in
            // "\tlibcairo.so.2 => /lib/x86_64-linux-gnu/libcairo.so.2 (0x…)", or the loader itself.
            let words = line.split(whereSeparator: \.isWhitespace)
            if let arrow = words.firstIndex(of: "=>"), arrow + 1 < words.count, words[arrow + 1].hasPrefix("/") {
                return String(words[arrow + 1])
            }
            return words.first.flatMap { $0.hasPrefix("/") ? String($0) : nil }
        }
    }

    /// The file the dynamic loader finds for `soname` (a library opened with dlopen).
    static func loaderPath(of soname: String) throws -> String? {
        let output = String(decoding: try ExternalTool.run("/sbin/ldconfig", ["-p"]), as: UTF8.self)
        for line in output.split(separator: "\n") where line.trimmingCharacters(in: .whitespaces).hasPrefix(soname + " ") {
            if let arrow = line.range(of: "=> ") { return String(line[arrow.upperBound...]) }
        }
        return nil
    }

    /// A package name without its architecture qualifier (`libc6:amd64`, `python3:any`).
    private static func packageName(_ word: String) -> String {
        String(word.split(separator: ":").first ?? "")
    }
}

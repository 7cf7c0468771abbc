import Foundation
import ParleyTestSupport
import Testing

/// deploy/Dockerfile against the binaries it packs, checked on this machine (Debian 12, the
/// image's base) since no container runtime is here: every shared library the built `parley`
/// and `parley-server` load, and librsvg, which they open on first use, comes from a package
/// the runtime stage installs (or from one those depend on, or from the base image); the
/// Swift runtime, which `--static-swift-stdlib` links in, is the only thing no package gives.
/// The build stage installs the headers Package.swift asks for, the fonts are set-up's, and
/// the CMD is a `serve` command line that parses.
@Suite struct DeployDockerfileTests {
    static let path = Toolchain.root + "/deploy/Dockerfile"
    static let binaries = [Toolchain.parley, Toolchain.server]

    @Test func theRuntimeStageInstallsEveryLibraryTheBinariesLoad() throws {
        let file = try Dockerfile(path: Self.path)
        let runtime = try #require(file.runtime)
        try #require(file.stages.count == 2, "a build stage and a runtime stage")
        let packages = try DebianPackages.installed()
        let provided = DebianPackages.closure(of: runtime.installs, dependencies: packages.dependencies)
            .union(DebianPackages.closure(of: packages.base, dependencies: packages.dependencies))

        var libraries = Set(try Self.binaries.flatMap(DebianPackages.linkedLibraries))
        libraries.insert(try #require(try DebianPackages.loaderPath(of: "librsvg-2.so.2"), "librsvg2-2 from set-up"))
        var owners: Set<String> = [], swiftRuntime: [String] = []
        for library in libraries.sorted() {
            guard let owner = DebianPackages.owner(of: library) else {
                // The Swift toolchain's own libraries: linked into the image's binaries statically.
                #expect(library.contains("/lib/swift/"), "\(library) belongs to no Debian package and is not the Swift runtime")
                swiftRuntime.append(library)
                continue
            }
            owners.insert(owner)
            let installed = provided.contains(owner)
            #expect(installed, "\(library) comes from \(owner), which the runtime stage does not install")
        }
        #expect(owners.contains("libcairo2") && owners.contains("libyaml-0-2") && owners.contains("librsvg2-2"), "\(owners.sorted())")
        #expect(!swiftRuntime.isEmpty, "the debug build links the Swift runtime as shared libraries")

        // Nothing installed for a library no binary loads (a leftover would only grow the image):
        // each library package the stage names owns one of the loaded libraries.
        let unused = runtime.installs.filter { $0.hasPrefix("lib") && !owners.contains($0) }
        #expect(unused.isEmpty, "the runtime stage installs \(unused.sorted()), which no binary loads")
    }

    @Test func theImageHasTheFontsTheChartsAreDrawnAndTestedWith() throws {
        let runtime = try #require(try Dockerfile(path: Self.path).runtime)
        let setup = try String(contentsOfFile: Toolchain.root + "/scripts/setup.sh", encoding: .utf8)
        let setupFonts = Set(
            setup.split(whereSeparator: \.isWhitespace).map(String.init).filter { $0.hasPrefix("fonts-") || $0 == "fontconfig" })
        try #require(setupFonts.count >= 4, "setup.sh lists its fonts: \(setupFonts.sorted())")
        #expect(setupFonts.isSubset(of: runtime.installs), "missing from the image: \(setupFonts.subtracting(runtime.installs).sorted())")
    }

    @Test func theBuildStageInstallsWhatPackageSwiftsSystemLibrariesAskFor() throws {
        let file = try Dockerfile(path: Self.path)
        let build = try #require(file.build)
        let manifest = try String(contentsOfFile: Toolchain.root + "/Package.swift", encoding: .utf8)
        // `.apt(["libcairo2-dev", "libpango1.0-dev"])`: the quoted names inside each .apt(…).
        var asked: Set<String> = ["pkg-config"]
        for providers in manifest.components(separatedBy: ".apt([").dropFirst() {
            let list = providers.prefix { $0 != "]" }
            asked.formUnion(list.split(separator: ",").map { $0.trimmingCharacters(in: CharacterSet(charactersIn: "\" \n")) })
        }
        try #require(asked.count >= 5, "\(asked.sorted())")
        #expect(asked.isSubset(of: build.installs), "the build stage lacks \(asked.subtracting(build.installs).sorted())")
        // Both programs are built, and copied side by side (serve execs parley-server beside parley).
        let instructions = build.instructions.joined(separator: "\n")
        #expect(instructions.contains("--product parley ") && instructions.contains("--product parley-server"))
        let copy = try #require(file.runtime?.instructions.first { $0.hasPrefix("COPY --from=build") })
        #expect(copy.contains("/out/parley ") && copy.contains("/out/parley-server") && copy.hasSuffix("/usr/local/bin/"))
    }

    @Test func theCommandServes() throws {
        let file = try Dockerfile(path: Self.path)
        #expect(file.command.prefix(2) == ["parley", "serve"])
        #expect(file.command.contains("0.0.0.0"), "a container listens on every interface; the port is published by the runtime")
        try Self.expectServes(file.command)
    }

    /// Runs `command` (`parley serve …`) through the CLI's hand-over to parley-server, as the
    /// image does, with `--host 127.0.0.1 --port 0` after it (the last of a repeated option
    /// counts, so every option of the command is still parsed and checked), and asks /health.
    static func expectServes(_ command: [String], sourceLocation: SourceLocation = #_sourceLocation) throws {
        try #require(command.first == "parley", "\(command)", sourceLocation: sourceLocation)
        let server = try ServerProcess(Toolchain.parley, Array(command.dropFirst()) + ["--host", "127.0.0.1", "--port", "0"])
        let health = try server.get(server.baseURL + "/health")
        #expect(health.status == 200 && health.contentType.hasPrefix("application/json"), "\(health)", sourceLocation: sourceLocation)
    }
}

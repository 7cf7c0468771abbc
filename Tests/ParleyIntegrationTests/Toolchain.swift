import Foundation
import ParleyTestSupport

/// The document toolchains of `integrations/` as `scripts/setup.sh` installs them: Debian's
/// pandoc 2.17 on PATH, and pandoc 3.x, MkDocs and mkdocs-kroki-plugin in the project's venv.
/// A missing one fails its test with "run `make setup`" (CI installs them all).
enum Toolchain {
    static let root = RepositoryPaths.root
    static let venv = root + "/.build/tools/venv"
    static let filter = root + "/integrations/pandoc/parley.lua"
    static let parley = RepositoryPaths.parleyExecutable
    static let server = root + "/.build/debug/parley-server"
    /// Debian's Python, with python3-pil and python3-yaml from setup (a python3 earlier on PATH,
    /// pyenv's say, may have neither).
    static let debianPython = "/usr/bin/python3"

    /// The pandoc the filter runs under, by the name the tests give it.
    enum Pandoc: String, CaseIterable, CustomStringConvertible {
        case debian = "pandoc 2.17 (Debian)"
        case wheel = "pandoc 3.x (pypandoc-binary)"
        var description: String { rawValue }

        func path() throws -> String {
            switch self {
            case .debian:
                guard let path = ExternalTool.locate("pandoc") else { throw missing("pandoc (Debian's package)") }
                return path
            case .wheel:
                // The wheel ships the binary inside the package; pypandoc says where.
                let python = try Toolchain.installed(venv + "/bin/python", "the project venv (.build/tools/venv)")
                let output = ExternalTool.capture(python, ["-c", "import pypandoc; print(pypandoc.get_pandoc_path())"])
                let path = String(decoding: output.stdout, as: UTF8.self).trimmingCharacters(in: .whitespacesAndNewlines)
                guard output.status == 0, FileManager.default.isExecutableFile(atPath: path) else {
                    throw missing("pandoc 3 from the pypandoc-binary wheel")
                }
                return path
            }
        }
    }

    static func missing(_ what: String) -> ToolFailure {
        ToolFailure("\(what) is not installed; run `make setup` (scripts/setup.sh installs it)")
    }

    /// `path` when it is an executable file, else the "run make setup" failure.
    static func installed(_ path: String, _ what: String) throws -> String {
        guard FileManager.default.isExecutableFile(atPath: path) else { throw missing(what) }
        return path
    }

    /// The environment a user's conversion has: the debug `parley` named by `PARLEY`, with the
    /// tests' pinned fonts.
    static var environment: [String: String] { ["PARLEY": parley, "FONTCONFIG_FILE": TestFonts.configurationPath] }

    /// Runs `pandoc` in `folder` with the Parley filter (or `filter`) and `arguments`.
    static func pandoc(
        _ pandoc: Pandoc, _ arguments: [String], in folder: String, filter: String = Toolchain.filter,
        environment extra: [String: String] = [:]
    ) throws -> (status: Int32, stdout: String, stderr: String) {
        let result = ExternalTool.capture(
            try pandoc.path(), ["-L", filter] + arguments, environment: environment.merging(extra) { $1 }, in: folder)
        return (result.status, String(decoding: result.stdout, as: UTF8.self), result.stderr)
    }

    /// A document folder with the Istanbul sample and its flag pictures beside `document`.
    static func documentFolder(_ document: String, named name: String = "doc.md") throws -> TemporaryDirectory {
        let folder = try TemporaryDirectory()
        try FileManager.default.copyItem(atPath: RepositoryPaths.samples + "/flags", toPath: folder.file("flags").path)
        try FileManager.default.copyItem(atPath: RepositoryPaths.sample("istanbul-2025"), toPath: folder.file("istanbul.yaml").path)
        _ = try folder.write(Array(document.utf8), to: name)
        return folder
    }

    /// The Istanbul model's text, for blocks that carry their model.
    static var istanbulModel: String {
        get throws { try String(contentsOfFile: RepositoryPaths.sample("istanbul-2025"), encoding: .utf8) }
    }

    /// What `parley describe` says, for comparing alt texts.
    static func describe(_ arguments: [String]) throws -> String {
        let output = CommandRunner.parley(["describe", RepositoryPaths.sample("istanbul-2025")] + arguments)
        guard output.status == 0 else { throw ToolFailure("describe failed: \(output.stderr)") }
        return String(decoding: output.stdout, as: UTF8.self).trimmingCharacters(in: .whitespacesAndNewlines)
    }

    /// Headless Chromium's screenshot of `page` (a file or http URL), as PNG bytes.
    static func screenshot(_ page: String, width: Int = 1000, height: Int = 1200) throws -> [UInt8] {
        let folder = try TemporaryDirectory()
        let shot = folder.file("shot.png").path
        try ExternalTool.run(
            "chromium",
            [
                "--headless", "--no-sandbox", "--disable-gpu", "--hide-scrollbars", "--force-device-scale-factor=1",
                "--window-size=\(width),\(height)", "--screenshot=\(shot)", page,
            ])
        return Array(try Data(contentsOf: URL(fileURLWithPath: shot)))
    }

    /// How many pixels of `png` are within a small distance of each colour (`#RRGGBB`), counted by
    /// Pillow (Debian's python3-pil).
    static func colourCounts(png: String, colours: [String]) throws -> [String: Int] {
        let script = """
            import sys
            from PIL import Image
            image = Image.open(sys.argv[1]).convert('RGB')
            targets = [tuple(int(c[i:i + 2], 16) for i in (1, 3, 5)) for c in sys.argv[2:]]
            counts = [0] * len(targets)
            for pixel in image.getdata():
                for index, target in enumerate(targets):
                    if sum(abs(a - b) for a, b in zip(pixel, target)) <= 30:
                        counts[index] += 1
            print(' '.join(str(count) for count in counts))
            """
        let output = try ExternalTool.run(Toolchain.debianPython, ["-c", script, png] + colours)
        let counts = String(decoding: output, as: UTF8.self).split(whereSeparator: \.isWhitespace).compactMap { Int($0) }
        return Dictionary(uniqueKeysWithValues: zip(colours, counts))
    }
}

/// A toolchain step that did not work, said as a sentence (a missing client: "run `make setup`").
struct ToolFailure: Error, CustomStringConvertible {
    var description: String
    init(_ description: String) { self.description = description }
}

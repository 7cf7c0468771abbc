import Foundation
import ParleyTestSupport
import Testing

#if canImport(Glibc)
    import Glibc
#endif

/// `-o` writes to what the name stands for: a regular file is replaced atomically, a device, a
/// FIFO or a socket is written straight to and survives, a link is written through. Every
/// special file here is made inside a temporary folder; no test names a system path.
@Suite struct OutputFileTests {
    private let model = RepositoryPaths.samples + "/riyadh-2025.yaml"

    /// The chart's bytes as `-o -` gives them, to compare with what each target received.
    private func expectedSVG() -> [UInt8] {
        let result = CommandRunner.parley(["render", model, "--format", "svg", "-o", "-"])
        #expect(result.status == 0 && result.stdout.count > 1000)
        return result.stdout
    }

    private func render(to path: String) -> (status: Int32, stdout: [UInt8], stderr: String) {
        CommandRunner.parley(["render", model, "--format", "svg", "-o", path])
    }

    private func fileType(_ path: String) -> mode_t {
        var info = stat()
        return lstat(path, &info) == 0 ? info.st_mode & S_IFMT : 0
    }

    /// Reads `descriptor` on a thread until it ends or `count` bytes came, for at most 60 s.
    private func drain(_ descriptor: Int32, count: Int? = nil) -> () -> [UInt8] {
        let received = LockedData()
        let reader = Thread {
            var chunk = [UInt8](repeating: 0, count: 1 << 16)
            while count.map({ received.count < $0 }) ?? true {
                let got = chunk.withUnsafeMutableBytes { read(descriptor, $0.baseAddress, $0.count) }
                if got < 0, errno == EINTR { continue }
                if got <= 0 { break }
                received.append(chunk[..<got])
            }
            received.finish()
        }
        reader.start()
        return { received.waitForFinish(seconds: 60) }
    }

    /// A character device with the numbers of `/dev/null` or `/dev/full`, made (as root) inside
    /// the temporary folder. A device's own bytes cannot be read back, so `/dev/full` shows that
    /// the bytes reach the device: it refuses them, where a replacement file would take them.
    @Test func aCharacterDeviceIsWrittenToAndSurvives() throws {
        let folder = try TemporaryDirectory()
        let null = folder.file("null").path, full = folder.file("full").path
        let nullNumbers = dev_t(1 << 8 | 3), fullNumbers = dev_t(1 << 8 | 7)
        try #require(mknod(null, S_IFCHR | 0o666, nullNumbers) == 0, "mknod needs root: \(String(cString: strerror(errno)))")
        try #require(mknod(full, S_IFCHR | 0o666, fullNumbers) == 0)
        let quiet = render(to: null)
        #expect(quiet.status == 0, "\(quiet.stderr)")
        let refused = render(to: full)
        #expect(refused.status == 1)
        #expect(refused.stderr.contains("error: cannot write \(full): No space left on device"), "\(refused.stderr)")
        for (path, numbers) in [(null, nullNumbers), (full, fullNumbers)] {
            var info = stat()
            #expect(lstat(path, &info) == 0 && info.st_mode & S_IFMT == S_IFCHR && info.st_rdev == numbers, "\(path) was replaced")
        }
        #expect(try FileManager.default.contentsOfDirectory(atPath: folder.url.path).sorted() == ["full", "null"])
    }

    @Test func aFIFOIsWrittenToAndSurvives() throws {
        let folder = try TemporaryDirectory()
        let fifo = folder.file("fifo").path
        try #require(mkfifo(fifo, 0o600) == 0)
        let expected = expectedSVG()
        // Read and write (Linux allows it on a FIFO): the open does not wait for a writer, and
        // reads do not see an end of file before the tool has written.
        let reading = open(fifo, O_RDWR)
        try #require(reading >= 0)
        defer { close(reading) }
        let received = drain(reading, count: expected.count)
        #expect(render(to: fifo).status == 0)
        #expect(received() == expected)
        #expect(fileType(fifo) == S_IFIFO)
    }

    @Test func aSocketIsConnectedToAndWrittenTo() throws {
        let folder = try TemporaryDirectory()
        let path = folder.file("socket").path
        let listening = socket(AF_UNIX, Int32(SOCK_STREAM.rawValue), 0)
        try #require(listening >= 0)
        defer { close(listening) }
        var address = sockaddr_un()
        address.sun_family = sa_family_t(AF_UNIX)
        withUnsafeMutableBytes(of: &address.sun_path) { $0.copyBytes(from: Array(path.utf8) + [0]) }
        let bound = withUnsafePointer(to: &address) {
            $0.withMemoryRebound(to: sockaddr.self, capacity: 1) { bind(listening, $0, socklen_t(MemoryLayout<sockaddr_un>.size)) }
        }
        try #require(bound == 0 && listen(listening, 1) == 0)
        let expected = expectedSVG()
        let accepted = LockedData()
        let acceptor = Thread {
            let connection = accept(listening, nil, nil)
            var chunk = [UInt8](repeating: 0, count: 1 << 16)
            while connection >= 0 {
                let got = chunk.withUnsafeMutableBytes { read(connection, $0.baseAddress, $0.count) }
                if got <= 0 { break }
                accepted.append(chunk[..<got])
            }
            if connection >= 0 { close(connection) }
            accepted.finish()
        }
        acceptor.start()
        #expect(render(to: path).status == 0)
        #expect(accepted.waitForFinish(seconds: 60) == expected)
        #expect(fileType(path) == S_IFSOCK)
    }

    @Test func aLinkIsWrittenThroughAndStaysALink() throws {
        let folder = try TemporaryDirectory()
        let target = folder.file("chart.svg").path, link = folder.file("link.svg").path
        try Data("old".utf8).write(to: URL(fileURLWithPath: target))
        chmod(target, 0o600)
        try FileManager.default.createSymbolicLink(atPath: link, withDestinationPath: "chart.svg")
        #expect(render(to: link).status == 0)
        #expect(fileType(link) == S_IFLNK)
        #expect(Array(try Data(contentsOf: URL(fileURLWithPath: target))) == expectedSVG())
        var info = stat()
        #expect(stat(target, &info) == 0 && info.st_mode & 0o777 == 0o600, "the file's permissions were not kept")

        // Through a link to a FIFO, and through a link to the tool's own standard output.
        let fifo = folder.file("fifo").path, fifoLink = folder.file("fifo-link").path
        try #require(mkfifo(fifo, 0o600) == 0)
        try FileManager.default.createSymbolicLink(atPath: fifoLink, withDestinationPath: fifo)
        let reading = open(fifo, O_RDWR)
        try #require(reading >= 0)
        defer { close(reading) }
        let received = drain(reading, count: expectedSVG().count)
        #expect(render(to: fifoLink).status == 0)
        #expect(received() == expectedSVG())
        let stdoutLink = folder.file("stdout").path
        try FileManager.default.createSymbolicLink(atPath: stdoutLink, withDestinationPath: "/proc/self/fd/1")
        let throughStdout = render(to: stdoutLink)
        #expect(throughStdout.status == 0 && throughStdout.stdout == expectedSVG())
    }

    @Test func aLinkToNothingIsRefusedAndNothingIsCreated() throws {
        let folder = try TemporaryDirectory()
        let link = folder.file("dangling.svg").path
        try FileManager.default.createSymbolicLink(atPath: link, withDestinationPath: "missing.svg")
        let result = render(to: link)
        #expect(result.status == 1)
        #expect(result.stderr.contains("error: cannot write \(link): it is a symbolic link to something missing"), "\(result.stderr)")
        #expect(!FileManager.default.fileExists(atPath: folder.file("missing.svg").path))
    }

    @Test func aFolderIsRefused() throws {
        let folder = try TemporaryDirectory()
        let result = render(to: folder.url.path)
        #expect(result.status == 1 && result.stderr.contains("it is a folder"), "\(result.stderr)")
    }

    @Test func everyCommandThatWritesAFileWritesToStandardOutputWithADash() throws {
        let html = CommandRunner.parley(["report", model, "--format", "html", "-o", "-"])
        #expect(html.status == 0 && String(decoding: html.stdout, as: UTF8.self).contains("<html"))
        let pdf = CommandRunner.parley(["report", model, "--format", "pdf", "-o", "-"])
        #expect(pdf.status == 0 && pdf.stdout.starts(with: Array("%PDF".utf8)))
        let markdown = CommandRunner.parley(["report", model, "--format", "md", "-o", "-"])
        // Markdown has nowhere to put its images on standard output: they stand in it as data: URIs.
        #expect(markdown.status == 0 && String(decoding: markdown.stdout, as: UTF8.self).contains("](data:image/svg+xml;base64,"))
        #expect(render(to: "-").stdout == expectedSVG())
        let out = try TemporaryDirectory()
        #expect(CommandRunner.parley(["export", model, "--out", out.url.path, "--formats", "svg"]).status == 0)
        let merged = CommandRunner.parley(["merge-manifests", out.file("manifest.json").path, "-o", "-"])
        let manifest = Array(try Data(contentsOf: out.file("manifest.json")))
        #expect(merged.status == 0 && merged.stdout == manifest)
    }
}

/// Bytes gathered on one thread and handed to another once complete.
final class LockedData: @unchecked Sendable {
    private let condition = NSCondition()
    private var bytes: [UInt8] = []
    private var done = false

    var count: Int { condition.withLock { bytes.count } }

    func append(_ more: ArraySlice<UInt8>) { condition.withLock { bytes += more } }

    func finish() {
        condition.withLock {
            done = true
            condition.broadcast()
        }
    }

    func waitForFinish(seconds: Double) -> [UInt8] {
        condition.withLock {
            let deadline = Date().addingTimeInterval(seconds)
            while !done, condition.wait(until: deadline) {}
            return bytes
        }
    }
}

import Foundation
import Parley
import ParleyScene
import ParleyTestSupport
import Testing

#if canImport(Glibc)
    import Glibc
#endif

/// Where flag pictures may be read from, checked the same way by `validate` and `render`, and
/// read through the descriptor that was checked.
@Suite(.serialized) struct FlagFileTests {
    private let picture = HostilePictures.solidPNG(red: 0xD5, green: 0x2B, blue: 0x1E)

    @Test func aMissingFlagFailsValidateAndRenderAtTheFlag() throws {
        let flag = try FlagModel(picture: "present.png", bytes: picture, flagPath: "flags/absent.png")
        let validated = try flag.validate()
        #expect(validated.status == 1)
        #expect(
            validated.stderr.contains("\(flag.flagLocation): error: the flag of party 'ru' ('flags/absent.png') does not exist"),
            "\(validated.stderr)")
        FlagContract.expectValidate(validated)
        let (rendered, output) = try flag.render()
        #expect(rendered.status == 1 && rendered.stderr.contains("\(flag.flagLocation): error:"), "\(rendered.stderr)")
        #expect(!FileManager.default.fileExists(atPath: output.path))
        FlagContract.expectRender(rendered)
    }

    @Test(arguments: ["../outside.png", "link.png", "ABSOLUTE"])
    func aFlagOutsideTheFolderIsRefusedUnlessAllowed(_ kind: String) throws {
        let outside = try TemporaryDirectory()
        let secret = try outside.write(picture, to: "outside.png")
        let path = kind == "ABSOLUTE" ? secret.path : kind
        let flag = try FlagModel(picture: "inside.png", bytes: picture, flagPath: path, subfolder: "model")
        try Data(picture).write(to: flag.folder.file("outside.png"))  // what ../outside.png names
        try FileManager.default.createSymbolicLink(
            atPath: flag.modelFolder.appendingPathComponent("link.png").path, withDestinationPath: secret.path)

        let validated = try flag.validate()
        #expect(validated.status == 1, "\(validated.stderr)")
        #expect(validated.stderr.contains("\(flag.flagLocation): error: the flag of party 'ru'"), "\(validated.stderr)")
        #expect(validated.stderr.contains("leads outside the model's folder") && validated.stderr.contains("--allow-external-images"))
        FlagContract.expectValidate(validated)
        let (refused, _) = try flag.render()
        #expect(refused.status == 1 && refused.stderr.contains("\(flag.flagLocation): error:"), "\(refused.stderr)")

        let allowedValidate = try flag.validate(["--allow-external-images"])
        #expect(allowedValidate.status == 0, "\(allowedValidate.stderr)")
        let (allowed, output) = try flag.render("png", ["--allow-external-images"])
        #expect(allowed.status == 0 && FileManager.default.fileExists(atPath: output.path), "\(allowed.stderr)")
        FlagContract.expectRender(allowed)
    }

    @Test func aLinkThatStaysInsideTheFolderIsRead() throws {
        let flag = try FlagModel(picture: "flags/real.png", bytes: picture, flagPath: "alias.png")
        try FileManager.default.createSymbolicLink(atPath: flag.folder.file("alias.png").path, withDestinationPath: "flags/real.png")
        let validated = try flag.validate()
        #expect(validated.status == 0 && validated.stderr.isEmpty, "\(validated.stderr)")
    }

    @Test func aFIFOIsRefusedWithoutWaitingForAWriter() throws {
        let flag = try FlagModel(picture: "unused.png", bytes: picture, flagPath: "pipe.png")
        #expect(mkfifo(flag.modelFolder.appendingPathComponent("pipe.png").path, 0o600) == 0)
        let validated = try flag.validate()
        #expect(validated.status == 1 && !validated.timedOut, "\(validated)")
        #expect(
            validated.stderr.contains("\(flag.flagLocation): error: the flag of party 'ru' ('pipe.png') is not a regular file"),
            "\(validated.stderr)")
        FlagContract.expectValidate(validated)
    }

    @Test func aFlagOverTheFileLimitIsRefused() throws {
        let flag = try FlagModel(picture: "big.png", bytes: picture + [UInt8](repeating: 0, count: (4 << 20) + 1))
        let validated = try flag.validate()
        #expect(validated.status == 1)
        #expect(validated.stderr.contains("flag pictures are limited to 4194304 bytes (4 MiB)"), "\(validated.stderr)")
    }

    /// The finding: the check resolved links and tested the prefix, then opened the path
    /// again, so a file swapped for a link in between was read from outside (46 of 300
    /// renders). Here a thread swaps the flag for a link out and back as fast as it can while
    /// scenes are made; every scene must carry the picture from inside, or fail with the
    /// located refusal — never the outside file's bytes.
    @Test func swappingTheFlagForALinkWhileRenderingNeverReadsOutside() throws {
        let outside = try TemporaryDirectory()
        let secret = HostilePictures.solidPNG(red: 0, green: 0xFF, blue: 0)
        let secretPath = try outside.write(secret, to: "secret.png").path
        let flag = try FlagModel(picture: "legit.png", bytes: picture, flagPath: "flags/f.png")
        let flags = flag.folder.file("flags").path
        try FileManager.default.createDirectory(atPath: flags, withIntermediateDirectories: true)
        #expect(link(flag.folder.file("legit.png").path, flags + "/f.png") == 0)
        let meeting = try Parley.load(flag.model).meeting
        var request = ChartRequest(chart: "seating")
        request.layout.roundID = "r1"
        let renderer = try ChartRenderer()

        let swapper = Swapper()
        let legitPath = flag.folder.file("legit.png").path
        let thread = Thread {
            while !swapper.stopped {
                // Each state holds a moment, so renders meet both the file and the link.
                var swapped = symlink(secretPath, flags + "/link") == 0 && rename(flags + "/link", flags + "/f.png") == 0
                usleep(100)
                swapped = swapped && link(legitPath, flags + "/file") == 0 && rename(flags + "/file", flags + "/f.png") == 0
                usleep(100)
                swapper.count(swapped)
            }
        }
        thread.start()
        defer { swapper.stop() }
        while swapper.swaps < 10 { usleep(1000) }
        let swapsBefore = swapper.swaps
        var legitimate = 0, refused = 0, secretRead = 0, other: [String] = []
        // At least 300 renders, and on until both outcomes have been seen a few times.
        var renders = 0
        while renders < 300 || (min(legitimate, refused) < 5 && renders < 3000) {
            renders += 1
            do {
                let scene = try renderer.scene(of: meeting, file: flag.model, request: request)
                let data = imageData(in: scene.nodes)
                if data == picture { legitimate += 1 } else if data == secret { secretRead += 1 } else { other.append("no picture") }
            } catch {
                if error.description.contains("\(flag.flagLocation): error:") && error.description.contains("leads outside") {
                    refused += 1
                } else {
                    other.append(error.description)
                }
            }
        }
        let swapsDuring = swapper.swaps - swapsBefore
        swapper.stop()
        let summary =
            "\(renders) renders: \(legitimate) read inside, \(refused) refused, \(secretRead) read outside, \(swapsDuring) swaps, \(swapper.failures) failed swaps"
        #expect(secretRead == 0, "\(summary)")
        #expect(other.isEmpty, "\(other.prefix(3))")
        // The race was run: renders met the link as well as the file.
        #expect(legitimate + refused == renders && legitimate > 0 && refused > 0 && swapper.failures == 0, "\(summary)")
        print("flag race: \(summary)")
    }

    private func imageData(in nodes: [SceneNode]) -> [UInt8]? {
        for node in nodes {
            switch node {
            case .image(let image): return image.data
            case .group(let group): if let data = imageData(in: group.children) { return data }
            default: continue
            }
        }
        return nil
    }
}

/// The swapping thread's stop flag and count.
private final class Swapper: @unchecked Sendable {
    private let lock = NSLock()
    private var isStopped = false
    private var swapCount = 0
    private var failureCount = 0
    var stopped: Bool { lock.withLock { isStopped } }
    var swaps: Int { lock.withLock { swapCount } }
    var failures: Int { lock.withLock { failureCount } }
    func stop() { lock.withLock { isStopped = true } }
    func count(_ swapped: Bool) { lock.withLock { if swapped { swapCount += 1 } else { failureCount += 1 } } }
}

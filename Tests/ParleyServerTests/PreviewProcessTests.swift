import Foundation
import ParleyTestSupport
import Testing

#if canImport(Glibc)
    import Glibc
#endif

/// `parley preview` as a user starts it: through `parley` (which hands over to `parley-server`),
/// listening on 127.0.0.1 only, and ending cleanly on SIGTERM with a page still connected.
@Suite struct PreviewProcessTests {
    /// The addresses listening on `port`, from the kernel's table (`/proc/net/tcp{,6}`).
    static func listeningAddresses(port: Int) -> [String] {
        let hexPort = String(format: ":%04X", port)
        return ["/proc/net/tcp", "/proc/net/tcp6"].flatMap { table -> [String] in
            let rows = ((try? String(contentsOfFile: table, encoding: .utf8)) ?? "").split(separator: "\n").dropFirst()
            return rows.compactMap { row in
                let fields = row.split(separator: " ")
                // local_address is field 1, the state field 3; 0A is LISTEN.
                guard fields.count > 3, fields[3] == "0A", fields[1].hasSuffix(hexPort) else { return nil }
                return String(fields[1].dropLast(hexPort.count))
            }
        }
    }

    @Test func listensOnLoopbackOnlyAndStopsOnSIGTERM() async throws {
        TestFonts.pin()
        // Through `parley`, which hands the command line over to `parley-server`.
        let preview = try await PreviewProcess(executable: RepositoryPaths.parleyExecutable, sample: RepositoryPaths.sample("riyadh-2025"))
        let process = preview.process
        defer { if process.isRunning { kill(process.processIdentifier, SIGKILL) } }
        let port = preview.port
        #expect(Self.listeningAddresses(port: port) == ["0100007F"], "listening on \(Self.listeningAddresses(port: port))")

        let events = try await offPool { try EventStreamReader(port: port) }
        let first = try await offPool { try events.next() }
        #expect(first?.name == "state")

        process.terminate()
        let ended = try await offPool { events.connection.closed() }
        #expect(ended, "the event stream stayed open after SIGTERM")
        let exited = try await offPool { () -> Bool in
            for _ in 0..<100 where process.isRunning { usleep(50_000) }
            return !process.isRunning
        }
        #expect(exited, "parley preview did not stop within 5 s of SIGTERM")
        if exited {
            #expect(process.terminationReason == .exit && process.terminationStatus == 0, "status \(process.terminationStatus)")
        }
    }

    @Test func aBadOptionIsRefusedAsRenderRefusesIt() {
        let result = CommandRunner.parley(["preview", RepositoryPaths.sample("riyadh-2025"), "--theme", "blue"])
        #expect(result.status == 64)
        #expect(result.stderr.contains("blue"), "\(result.stderr)")
    }
}

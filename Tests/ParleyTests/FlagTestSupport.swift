import Foundation
import ParleyTestSupport
import Testing

/// A model beside one flag picture, in its own temporary folder.
struct FlagModel {
    /// A meeting of `parties` (one YAML line each, from line 5) and the `rounds` text.
    static func meetingYAML(parties: [String], rounds: String) -> String {
        "parley: 1\nid: demo\ntimezone: Europe/Moscow\nparties:\n" + parties.joined(separator: "\n") + "\nrounds:\n" + rounds
    }

    let folder: TemporaryDirectory
    let model: String
    /// Where `flag:` is written in the model, as `file:line:column`.
    let flagLocation: String

    /// The model's own folder: `folder` itself, or `subfolder` inside it (so a test can put a
    /// picture just outside the model's folder and still inside its temporary one).
    let modelFolder: URL

    init(picture name: String, bytes: [UInt8], partyHasColour: Bool = true, flagPath: String? = nil, subfolder: String? = nil) throws {
        let folder = try TemporaryDirectory()
        self.folder = folder
        modelFolder = subfolder.map { folder.file($0) } ?? folder.url
        let target = modelFolder.appendingPathComponent(name)
        try FileManager.default.createDirectory(at: target.deletingLastPathComponent(), withIntermediateDirectories: true)
        try Data(bytes).write(to: target)
        let party = "  - {id: ru, name: Russia, \(partyHasColour ? "color: \"#D52B1E\", " : "")flag: {image: \(flagPath ?? name)}}"
        let yaml = """
            parley: 1
            id: demo
            timezone: Europe/Moscow
            parties:
            \(party)
              - {id: ua, name: Ukraine, flag: ["#0057B7", "#FFD700"]}
            rounds:
              - id: r1
                date: 2025-06-02
                start: "14:43"
                end: "15:57"
                table: {shape: u, head: [ru], left: [ru], right: [ua], flags: [ru, ua]}

            """
        model = modelFolder.appendingPathComponent("m.yaml").path
        try yaml.write(toFile: model, atomically: true, encoding: .utf8)
        let column = party.distance(from: party.startIndex, to: party.range(of: "{image")!.lowerBound) + 1
        flagLocation = "\(model):5:\(column)"
    }

    func validate(_ extra: [String] = []) throws -> ResourceRun.Outcome {
        try FlagContract.run(["validate", model] + extra)
    }

    func render(_ format: String = "png", _ extra: [String] = []) throws -> (ResourceRun.Outcome, URL) {
        let output = folder.file("seating.\(format)")
        let outcome = try FlagContract.run(["render", model, "--chart", "seating", "--round", "r1", "-o", output.path] + extra)
        return (outcome, output)
    }
}

/// The resource contract for flag pictures, measured on the child's rusage: validate within
/// 2 s CPU and 256 MiB, a chart within 5 s and 512 MiB (on the release build; a debug build
/// gets three times the CPU).
enum FlagContract {
    static let slack = ResourceRun.isRelease ? 1.0 : 3.0

    /// `ResourceRun.parley` with the flag tests' limits. Its figures are parley's own and its
    /// workers' (the flag worker is parley's child, waited for, so its rusage is included).
    static func run(_ arguments: [String], input: [UInt8] = []) throws -> ResourceRun.Outcome {
        try ResourceRun.parley(arguments, input: input, cpuLimit: 20, wallLimit: 60)
    }

    static func expectValidate(_ outcome: ResourceRun.Outcome, sourceLocation: Testing.SourceLocation = #_sourceLocation) {
        #expect(!outcome.timedOut && outcome.cpuSeconds < 2 * slack && outcome.peakMiB < 256, "\(outcome)", sourceLocation: sourceLocation)
    }

    static func expectRender(_ outcome: ResourceRun.Outcome, sourceLocation: Testing.SourceLocation = #_sourceLocation) {
        #expect(!outcome.timedOut && outcome.cpuSeconds < 5 * slack && outcome.peakMiB < 512, "\(outcome)", sourceLocation: sourceLocation)
    }
}

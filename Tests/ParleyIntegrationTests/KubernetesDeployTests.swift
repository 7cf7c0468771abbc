import Foundation
import ParleyTestSupport
import Testing

/// deploy/k8s: the objects are well formed and agree with each other and with the image, the
/// server's command serves, and the Indexed export Job's pods and its merge Job, run here as
/// processes with their environment and a folder for the shared volume, make the export a
/// single `parley export` makes. (No cluster here: what a cluster adds, scheduling and the
/// volume, is Kubernetes' part.)
@Suite struct KubernetesDeployTests {
    init() { TestFonts.pin() }

    @Test func everyObjectIsWellFormedAndRunsAsTheImagesUser() throws {
        let all = try KubernetesManifests.all()
        #expect(Set(all.keys) == ["deployment.yaml", "service.yaml", "export-indexed-job.yaml", "export-merge-job.yaml"])
        let user = try Self.imageUser()
        for (file, documents) in all {
            try #require(documents.count == 1, "\(file): one object a file")
            let object = documents[0]
            let name = KubernetesManifests.value(object, "metadata", "name") as? String ?? ""
            #expect(object["apiVersion"] is String && object["kind"] is String, "\(file)")
            #expect(name.wholeMatch(of: /[a-z0-9]([-a-z0-9]{0,61}[a-z0-9])?/) != nil, "\(file): metadata.name \(name)")
            guard object["kind"] as? String != "Service" else { continue }
            let pod = KubernetesManifests.value(object, "spec", "template", "spec") as? [String: Any] ?? [:]
            #expect(KubernetesManifests.value(pod, "securityContext", "runAsUser") as? Int == user, "\(file) runs as the image's user")
            #expect(KubernetesManifests.value(pod, "securityContext", "runAsNonRoot") as? Bool == true, "\(file)")
            #expect(pod["automountServiceAccountToken"] as? Bool == false, "\(file)")
            let container = KubernetesManifests.container(object)
            #expect(KubernetesManifests.value(container, "securityContext", "readOnlyRootFilesystem") as? Bool == true, "\(file)")
            #expect(container["image"] as? String == "registry.example.com/parley:latest", "\(file)")
            for kind in ["requests", "limits"] {
                for (resource, quantity) in KubernetesManifests.value(container, "resources", kind) as? [String: Any] ?? [:] {
                    let text = "\(quantity)"
                    #expect(text.wholeMatch(of: /[0-9]+(\.[0-9]+)?(m|Ki|Mi|Gi)?/) != nil, "\(file): \(kind).\(resource) = \(text)")
                }
            }
        }
    }

    @Test func theServiceReachesTheDeploymentsPortAndItsProbesAskHealth() throws {
        let deployment = try KubernetesManifests.object("deployment.yaml", kind: "Deployment")
        let service = try KubernetesManifests.object("service.yaml", kind: "Service")
        let selector = KubernetesManifests.value(deployment, "spec", "selector", "matchLabels") as? [String: String] ?? [:]
        let podLabels = KubernetesManifests.value(deployment, "spec", "template", "metadata", "labels") as? [String: String] ?? [:]
        try #require(!selector.isEmpty)
        #expect(selector.allSatisfy { podLabels[$0.key] == $0.value }, "the Deployment's selector picks its own pods")
        let serviceSelector = KubernetesManifests.value(service, "spec", "selector") as? [String: String] ?? [:]
        #expect(!serviceSelector.isEmpty && serviceSelector.allSatisfy { podLabels[$0.key] == $0.value }, "the Service picks those pods")

        let container = KubernetesManifests.container(deployment)
        let ports = container["ports"] as? [[String: Any]] ?? []
        let target = KubernetesManifests.value(service, "spec", "ports", 0, "targetPort") as? String
        let port = try #require(ports.first { $0["name"] as? String == target }, "the Service's targetPort names a container port")
        let command = container["command"] as? [String] ?? []
        let imageCommand = try Dockerfile(path: DeployDockerfileTests.path).command
        #expect(command.starts(with: imageCommand), "the image's CMD with options added")
        #expect(Self.option("--port", command) == "\(port["containerPort"] as? Int ?? -1)", "the server listens on the pod's port")
        let cpu = KubernetesManifests.value(container, "resources", "requests", "cpu") as? String
        #expect(Self.option("--workers", command) == cpu, "one render thread per core the pod asks for")
        for probe in ["readinessProbe", "livenessProbe"] {
            #expect(KubernetesManifests.value(container, probe, "httpGet", "path") as? String == "/health", "\(probe)")
            #expect(KubernetesManifests.value(container, probe, "httpGet", "port") as? String == target, "\(probe)")
        }
        try DeployDockerfileTests.expectServes(command)
    }

    @Test func theIndexedJobsPodsAndTheMergeJobMakeTheSingleExport() throws {
        let job = try KubernetesManifests.object("export-indexed-job.yaml", kind: "Job")
        let merge = try KubernetesManifests.object("export-merge-job.yaml", kind: "Job")
        let completions = try #require(KubernetesManifests.value(job, "spec", "completions") as? Int)
        #expect(KubernetesManifests.value(job, "spec", "completionMode") as? String == "Indexed")
        let exporter = KubernetesManifests.container(job), merger = KubernetesManifests.container(merge)
        #expect(KubernetesManifests.environment(exporter)["SHARDS"] == "\(completions)", "SHARDS is the Job's completions")
        #expect(KubernetesManifests.environment(merger)["SHARDS"] == "\(completions)", "the merge Job names the same shards")

        let archive = try ShardedExportArchive()
        let single = try archive.singleExport()
        // The pods, side by side as the Job's parallelism runs them, each with its index.
        let pods = try (0..<completions).map { index in
            try Self.start(exporter, on: archive, extra: ["JOB_COMPLETION_INDEX": "\(index)"])
        }
        for (index, pod) in pods.enumerated() {
            pod.process.waitUntilExit()
            #expect(pod.process.terminationStatus == 0, "pod \(index): \(pod.errors.text)")
        }
        let merging = try Self.start(merger, on: archive)
        merging.process.waitUntilExit()
        #expect(merging.process.terminationStatus == 0, "\(merging.errors.text)")
        let out = try #require(KubernetesManifests.environment(exporter)["OUT"]).replacingOccurrences(
            of: "/data", with: archive.volume.url.path)
        try ShardedExportArchive.expectSameExport(out, as: single, shards: completions)

        // A pod that crashed through its retries wrote no manifest: the merge Job fails and
        // writes no manifest.json that would look complete.
        try FileManager.default.removeItem(atPath: out + "/manifest.shard-2-of-\(completions).json")
        try FileManager.default.removeItem(atPath: out + "/manifest.json")
        let partial = try Self.start(merger, on: archive)
        partial.process.waitUntilExit()
        #expect(partial.process.terminationStatus == 1)
        #expect(partial.errors.text.contains("found \(completions - 1) of \(completions) shard manifests"), "\(partial.errors.text)")
        #expect(!FileManager.default.fileExists(atPath: out + "/manifest.json"))
    }

    /// The value after `name` in `command`, the last when it is given twice.
    static func option(_ name: String, _ command: [String]) -> String? {
        guard let index = command.lastIndex(of: name), index + 1 < command.count else { return nil }
        return command[index + 1]
    }

    /// The image's `USER` (deploy/Dockerfile), which the pods' security contexts must name.
    static func imageUser() throws -> Int {
        let runtime = try #require(try Dockerfile(path: DeployDockerfileTests.path).runtime)
        let user = try #require(runtime.instructions.last { $0.hasPrefix("USER ") })
        return try #require(Int(user.dropFirst(5).split(separator: ":").first ?? ""))
    }

    /// A container's command run as a process: its `env`, with paths under the volume's mount
    /// (/data) moved to the archive's folder, and the debug `parley` as the image's `parley`.
    static func start(_ container: [String: Any], on archive: ShardedExportArchive, extra: [String: String] = [:]) throws -> (
        process: Process, errors: LockedText
    ) {
        let bin = archive.volume.file("bin")
        if !FileManager.default.fileExists(atPath: bin.path) {
            try FileManager.default.createDirectory(at: bin, withIntermediateDirectories: true)
            try FileManager.default.createSymbolicLink(
                atPath: bin.appendingPathComponent("parley").path, withDestinationPath: Toolchain.parley)
        }
        var environment = KubernetesManifests.environment(container).mapValues {
            $0.hasPrefix("/data/") ? archive.volume.url.path + $0.dropFirst(5) : $0
        }
        environment.merge(extra) { $1 }
        environment["PATH"] = bin.path + ":/usr/bin:/bin"
        environment["FONTCONFIG_FILE"] = TestFonts.configurationPath
        let command = container["command"] as? [String] ?? []
        let process = Process()
        process.executableURL = URL(fileURLWithPath: "/bin/" + (command.first ?? "false"))
        process.arguments = Array(command.dropFirst())
        process.environment = environment
        let errors = LockedText(), pipe = Pipe()
        process.standardError = pipe
        process.standardOutput = FileHandle.nullDevice
        pipe.fileHandleForReading.readabilityHandler = { handle in errors.append(handle.availableData) }
        try process.run()
        return (process, errors)
    }
}

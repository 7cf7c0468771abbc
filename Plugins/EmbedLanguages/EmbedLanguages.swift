import Foundation
import PackagePlugin

/// Embeds the target's `Languages/*.txt` files into its build as Swift source, so a language
/// is one text file in the repository and one literal in the binary.
@main
struct EmbedLanguages: BuildToolPlugin {
    func createBuildCommands(context: PluginContext, target: Target) throws -> [Command] {
        let folder = target.directoryURL.appending(path: "Languages")
        let names = (try? FileManager.default.contentsOfDirectory(atPath: folder.path)) ?? []
        let files = names.filter { $0.hasSuffix(".txt") }.sorted().map { folder.appending(path: $0) }
        let output = context.pluginWorkDirectoryURL.appending(path: "EmbeddedLanguages.swift")
        return [
            .buildCommand(
                displayName: "Embedding \(files.count) language files",
                executable: try context.tool(named: "parley-embed-languages").url,
                arguments: [output.path] + files.map(\.path),
                inputFiles: files,
                outputFiles: [output])
        ]
    }
}

import ArgumentParser
import Parley
import ParleyModel

struct SchemaCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "schema",
        abstract: "Print the JSON Schema of the model format, for editors and validators.",
        discussion: "Example: parley schema > parley-schema.json")

    func run() {
        Console.json(ModelSchema.jsonSchema())
    }
}

import Foundation
import ParleyModel
import ParleyTestSupport
import Testing

/// The generated JSON Schema checked by a real validator (Python's jsonschema, which set-up installs).
@Suite struct SchemaTests {
    private func validate(_ model: String) throws -> Bool {
        let folder = try TemporaryDirectory()
        let schema = try folder.write(Array(ModelSchema.jsonSchema().utf8), to: "schema.json")
        let script = """
            import json, sys, yaml, jsonschema
            # Read dates as text, as YAML 1.2 (and editors' YAML servers) do; PyYAML is YAML 1.1.
            class Loader(yaml.SafeLoader): pass
            Loader.yaml_implicit_resolvers = {first: [(tag, rx) for tag, rx in rules if tag != "tag:yaml.org,2002:timestamp"]
                                              for first, rules in yaml.SafeLoader.yaml_implicit_resolvers.items()}
            schema = json.load(open(sys.argv[1]))
            jsonschema.Draft202012Validator.check_schema(schema)
            errors = list(jsonschema.Draft202012Validator(schema).iter_errors(yaml.load(open(sys.argv[2]), Loader=Loader)))
            print("valid" if not errors else "invalid: " + errors[0].message)
            """
        let output = try ExternalTool.run("/usr/bin/python3", ["-c", script, schema.path, model])
        return String(decoding: output, as: UTF8.self).hasPrefix("valid")
    }

    @Test func theSamplesValidateAgainstTheSchema() throws {
        for name in SampleTests.samples {
            #expect(try validate(RepositoryPaths.samples + "/" + name), "\(name)")
        }
    }

    @Test func anUnknownKeyFailsTheSchemaToo() throws {
        #expect(try !validate(RepositoryPaths.invalidSamples + "/unknown-key.yaml"))
        #expect(try !validate(RepositoryPaths.invalidSamples + "/bad-id.yaml"))
    }
}

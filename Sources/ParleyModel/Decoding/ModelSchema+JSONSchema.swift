import ParleyJSON

extension ModelSchema {
    /// The format as a JSON Schema (draft 2020-12), for editors and validators. Built from
    /// the same definitions the decoder checks keys against.
    /// Keys are sorted, so the document does not depend on the order definitions are listed in.
    public static func jsonSchema() -> String {
        var definitions: [String: JSONValue] = [:]
        for object in objects where object.name != "meeting" {
            definitions[object.name] = .sortedObject(schema(of: object))
        }
        var root = schema(of: object("meeting"))
        root["$schema"] = .string("https://json-schema.org/draft/2020-12/schema")
        root["$id"] = .string("https://parley.invalid/schema/meeting-1.json")
        root["title"] = .string("Parley meeting model, format version 1")
        root["$defs"] = .sortedObject(definitions)
        return JSONValue.sortedObject(root).serialized()
    }

    private static func schema(of object: Object) -> [String: JSONValue] {
        var properties: [String: JSONValue] = [:]
        for (key, value) in object.properties { properties[key] = schema(of: value) }
        return [
            "type": .string("object"), "description": .string(object.description), "properties": .sortedObject(properties),
            "required": .array(object.required.map { .string($0) }), "additionalProperties": .bool(false),
        ]
    }

    private static func schema(of value: Value) -> JSONValue {
        var result: [String: JSONValue]
        switch value {
        case .string(let description, let pattern, let choices):
            result = ["type": .string("string"), "description": .string(description)]
            if let pattern { result["pattern"] = .string(pattern) }
            if let choices { result["enum"] = .array(choices.map { .string($0) }) }
        case .integer(let description, let minimum, let maximum):
            result = ["type": .string("integer"), "description": .string(description)]
            if let minimum { result["minimum"] = .number(Double(minimum)) }
            if let maximum { result["maximum"] = .number(Double(maximum)) }
        case .boolean(let description):
            result = ["type": .string("boolean"), "description": .string(description)]
        case .array(let item, let description):
            result = ["type": .string("array"), "description": .string(description), "items": schema(of: item)]
        case .stringMap(let description):
            result = [
                "type": .string("object"), "description": .string(description),
                "additionalProperties": .object([("type", .string("string"))]),
            ]
        case .object(let name):
            result = ["$ref": .string(name == "meeting" ? "#" : "#/$defs/\(name)")]
        case .anyOf(let options, let description):
            result = ["description": .string(description), "anyOf": .array(options.map(schema(of:)))]
        }
        return .sortedObject(result)
    }
}

import Foundation

extension ModelSchema {
    /// The format as a JSON Schema (draft 2020-12), for editors and validators. Built from
    /// the same definitions the decoder checks keys against.
    public static func jsonSchema() -> String {
        var definitions: [String: Any] = [:]
        for object in objects where object.name != "meeting" {
            definitions[object.name] = schema(of: object)
        }
        var root = schema(of: object("meeting"))
        root["$schema"] = "https://json-schema.org/draft/2020-12/schema"
        root["$id"] = "https://parley.invalid/schema/meeting-1.json"
        root["title"] = "Parley meeting model, format version 1"
        root["$defs"] = definitions
        guard let data = try? JSONSerialization.data(withJSONObject: root, options: [.prettyPrinted, .sortedKeys, .withoutEscapingSlashes])
        else {
            return "{}"
        }
        return String(decoding: data, as: UTF8.self) + "\n"
    }

    private static func schema(of object: Object) -> [String: Any] {
        var properties: [String: Any] = [:]
        for (key, value) in object.properties { properties[key] = schema(of: value) }
        return [
            "type": "object", "description": object.description, "properties": properties,
            "required": object.required, "additionalProperties": false,
        ]
    }

    private static func schema(of value: Value) -> [String: Any] {
        switch value {
        case .string(let description, let pattern, let choices):
            var result: [String: Any] = ["type": "string", "description": description]
            if let pattern { result["pattern"] = pattern }
            if let choices { result["enum"] = choices }
            return result
        case .integer(let description, let minimum, let maximum):
            var result: [String: Any] = ["type": "integer", "description": description]
            if let minimum { result["minimum"] = minimum }
            if let maximum { result["maximum"] = maximum }
            return result
        case .boolean(let description):
            return ["type": "boolean", "description": description]
        case .array(let item, let description):
            return ["type": "array", "description": description, "items": schema(of: item)]
        case .stringMap(let description):
            return ["type": "object", "description": description, "additionalProperties": ["type": "string"]]
        case .object(let name):
            return name == "meeting" ? ["$ref": "#"] : ["$ref": "#/$defs/\(name)"]
        case .anyOf(let options, let description):
            return ["description": description, "anyOf": options.map(schema(of:))]
        }
    }
}

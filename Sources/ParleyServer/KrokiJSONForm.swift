import Parley
import ParleyJSON

/// Kroki's JSON request: `{"diagram_source": "…", "diagram_type": "parley",
/// "output_format": "svg", "diagram_options": {"theme": "print"}}`. Members it does not know
/// are ignored, as Kroki ignores them.
struct KrokiJSONForm {
    /// The model's text.
    var source: String
    /// `output_format`, when given.
    var format: OutputFormat?
    /// `diagram_options`, in order, values as text.
    var options: [(name: String, value: String)]

    /// The form in `body`; nil when the form is not `required` and the body is JSON without
    /// `diagram_source` (a model written in JSON, sent as it is).
    static func read(_ body: [UInt8], required: Bool) -> Result<KrokiJSONForm?, Refusal> {
        let json: JSONValue
        do {
            json = try JSONValue(parsing: body)
        } catch {
            return .failure(Refusal(400, "the body is not JSON: \(error.line):\(error.column): \(error.message)"))
        }
        guard case .object = json else {
            return .failure(
                Refusal(400, "the JSON body is not an object; Kroki's form is {\"diagram_source\": \"…\", \"diagram_options\": {…}}"))
        }
        guard let sourceValue = json["diagram_source"] else {
            if !required { return .success(nil) }
            return .failure(Refusal(400, "the JSON body has no diagram_source; give the model as its text"))
        }
        guard let source = sourceValue.stringValue else {
            return .failure(Refusal(400, "diagram_source is not a string; give the model (YAML or JSON) as text"))
        }
        if let type = json["diagram_type"] {
            guard let name = type.stringValue else { return .failure(Refusal(400, "diagram_type is not a string; give \"parley\"")) }
            guard name.lowercased() == ServerRoute.diagramType else {
                return .failure(
                    Refusal(404, "unknown diagram type '\(ServerRoute.shown(Substring(name)))'; this server renders 'parley' diagrams only")
                )
            }
        } else if required {
            return .failure(Refusal(400, "the JSON body has no diagram_type; give \"diagram_type\": \"parley\""))
        }
        var format: OutputFormat?
        if let given = json["output_format"] {
            guard let name = given.stringValue, let known = OutputFormat(rawValue: name.lowercased()) else {
                return .failure(Refusal(400, "output_format is not one of \(ServerRoute.formatNames)"))
            }
            format = known
        }
        var options: [(String, String)] = []
        if let given = json["diagram_options"] {
            guard case .object(let members) = given else {
                return .failure(Refusal(400, "diagram_options is not an object; give {\"theme\": \"print\", …}"))
            }
            for (name, value) in members {
                switch value {
                case .string(let text): options.append((name, text))
                case .bool(let flag): options.append((name, flag ? "true" : "false"))
                case .number(let number):
                    options.append((name, number == number.rounded() && abs(number) < 1e15 ? String(Int(number)) : String(number)))
                default:
                    return .failure(
                        Refusal(400, "diagram_options.\(ServerRoute.shown(Substring(name))) is not a string, number or boolean"))
                }
            }
        }
        return .success(KrokiJSONForm(source: source, format: format, options: options))
    }
}

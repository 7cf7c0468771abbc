import Foundation

/// Shared state of one decode: the file name for locations, the diagnostics found so far,
/// and a budget of nodes so that alias bombs and huge files end in an error, not a hang.
final class DecodingContext {
    let file: String
    private(set) var diagnostics: [Diagnostic] = []
    private var nodesVisited = 0
    private(set) var budgetExceeded = false

    /// Seats made so far in the whole model (see `ModelLimits.maxSeatsInModel`).
    var seatsInModel = 0

    /// Ids the model refers to, checked once every party and person is known.
    private(set) var references: [Reference] = []

    struct Reference {
        enum Kind { case party, person, personOrParty }
        var id: String
        var location: SourceLocation
        var kind: Kind
    }

    init(file: String) { self.file = file }

    /// The zone's label at an instant. tzdata's rules are read once per process and looked up
    /// by binary search, so no cache of this decode's own is needed any more.
    func label(of zone: ZoneSpec, at instant: Int) -> String { zone.label(at: instant) }

    /// The offset in force at a wall-clock time: for one that occurs twice the first (the
    /// earlier instant), for one that does not exist the offset before the jump.
    func offsetSeconds(in zone: ZoneSpec, atLocalSeconds local: Int) -> Int { zone.offsetSeconds(atLocalSeconds: local) }

    /// The text nodes read last (`MappingReader.text`), newest last: where a time's diagnostics
    /// point when `TimeParsing.time` is given no node of its own (a time's text is read just
    /// before it is parsed, perhaps with a flag such as `approx` in between).
    private var recentTextNodes: [Node] = []

    func noteTextRead(_ node: Node) {
        if recentTextNodes.count == 8 { recentTextNodes.removeFirst() }
        recentTextNodes.append(node)
    }

    /// The newest text node read whose text is `text`.
    func recentTextNode(reading text: String) -> Node? {
        recentTextNodes.last { $0.scalar?.string == text }
    }

    func recordReference(_ id: String, at location: SourceLocation, kind: Reference.Kind) {
        references.append(Reference(id: id, location: location, kind: kind))
    }

    func location(_ node: Node) -> SourceLocation {
        SourceLocation(file: file, line: node.mark?.line ?? 1, column: node.mark?.column ?? 1)
    }

    func error(_ node: Node, _ message: @autoclosure () -> String) { record(.error, at: location(node), message) }
    /// An error whose "what would be right" parts are hints of their own (see `Diagnostic.hints`).
    func error(_ node: Node, _ message: @autoclosure () -> String, hints: @autoclosure () -> [Diagnostic.Hint?]) {
        record(.error, at: location(node)) { (message(), hints().compactMap { $0 }) }
    }
    /// For messages that cost something to make (a suggestion): made only if kept.
    func error(at location: SourceLocation, withHints message: () -> (String, [Diagnostic.Hint?])) {
        record(.error, at: location) {
            let (text, hints) = message()
            return (text, hints.compactMap { $0 })
        }
    }
    func warning(_ node: Node, _ message: @autoclosure () -> String) { record(.warning, at: location(node), message) }
    /// A warning whose "what would be right" parts are hints of their own.
    func warning(_ node: Node, _ message: @autoclosure () -> String, hints: @autoclosure () -> [Diagnostic.Hint?]) {
        record(.warning, at: location(node)) { (message(), hints().compactMap { $0 }) }
    }
    func error(at location: SourceLocation, _ message: @autoclosure () -> String) { record(.error, at: location, message) }
    /// For messages that cost something to make (a suggestion): made only if kept.
    func error(at location: SourceLocation, message: () -> String) { record(.error, at: location, message) }
    func warning(at location: SourceLocation, _ message: @autoclosure () -> String) { record(.warning, at: location, message) }
    /// A warning with hints at a location; made only if kept.
    func warning(at location: SourceLocation, withHints message: () -> (String, [Diagnostic.Hint?])) {
        record(.warning, at: location) {
            let (text, hints) = message()
            return (text, hints.compactMap { $0 })
        }
    }

    /// Diagnostics kept in full; past this many only a count is kept, so a model with a million
    /// mistakes costs no more to report than one with a hundred (as compilers' error limits).
    static let maxDiagnostics = 100
    /// Problems found past `maxDiagnostics`, reported as one closing line.
    private(set) var suppressed = 0
    private var seen: Set<Diagnostic> = []
    /// Edit-distance work left for "did you mean" (cells of the distance table): suggestions are
    /// a courtesy, and stop before they could cost more than a fraction of a second.
    var suggestionBudget = 2_000_000

    private func record(_ severity: Diagnostic.Severity, at location: SourceLocation, _ message: () -> String) {
        record(severity, at: location) { (message(), []) }
    }

    private func record(_ severity: Diagnostic.Severity, at location: SourceLocation, _ message: () -> (String, [Diagnostic.Hint])) {
        guard diagnostics.count < DecodingContext.maxDiagnostics else {
            suppressed += 1
            return
        }
        // One node aliased in a thousand places has one mistake, at one place: say it once.
        let (text, hints) = message()
        let diagnostic = Diagnostic(severity, at: location, text, hints: hints)
        if seen.insert(diagnostic).inserted { diagnostics.append(diagnostic) }
    }

    /// "Did you mean" within this decode's budget.
    func didYouMean(_ word: String, in candidates: [String]) -> Diagnostic.Hint? {
        Suggestions.didYouMean(word, in: candidates, budget: &suggestionBudget)
    }

    /// Counts a visited node; false once the budget is spent (reported once).
    func spend(_ node: Node, count: Int = 1) -> Bool {
        nodesVisited += count
        if nodesVisited > ModelLimits.maxNodes, !budgetExceeded {
            budgetExceeded = true
            error(
                node,
                "the model is too large: more than \(ModelLimits.maxNodes) values (after expanding aliases); split it into several files")
        }
        return !budgetExceeded
    }
}

/// Reads one mapping of the model against its schema: reports unknown keys (with a
/// suggestion), missing required keys and wrongly typed values at their exact places.
struct MappingReader {
    let node: Node
    let context: DecodingContext
    let what: String
    private var values: [String: (key: Node, value: Node)] = [:]

    /// Nil (after reporting) when `node` is not a mapping.
    init?(_ node: Node, schema: ModelSchema.Object, what: String, context: DecodingContext) {
        self.node = node; self.context = context; self.what = what
        guard case .mapping(let mapping) = node else {
            context.error(node, "expected \(what) as a mapping of keys to values, found \(node.kindDescription)")
            return nil
        }
        guard context.spend(node, count: mapping.count + 1) else { return nil }
        for (key, value) in mapping {
            guard let name = key.scalar?.string else {
                context.error(key, "keys of \(what) must be plain words, found \(key.kindDescription)")
                continue
            }
            if let check = key.scalar?.check, check.length > ModelLimits.maxKeyLength {
                context.error(
                    key,
                    "a key of \(check.length) characters in \(what); keys are short words such as 'title' (at most \(ModelLimits.maxKeyLength) characters)"
                )
                continue
            }
            if values[name] != nil {
                context.error(key, "duplicate key '\(name)' in \(what)")
                continue
            }
            guard schema.keySet.contains(name) else {
                context.error(key, "unknown key \(Quoted.text(name)) in \(what)", hints: [context.didYouMean(name, in: schema.keys)])
                continue
            }
            values[name] = (key, value)
        }
        for key in schema.required where values[key].map({ $0.value.isNull }) ?? true {
            context.error(node, "\(what) needs '\(key)'")
        }
    }

    func has(_ key: String) -> Bool { values[key].map { !$0.value.isNull } ?? false }
    func node(_ key: String) -> Node? { values[key].flatMap { $0.value.isNull ? nil : $0.value } }
    func keyNode(_ key: String) -> Node? { values[key]?.key }

    /// A scalar as text, or nil (reporting a non-scalar). Checks the length limit.
    func string(_ key: String) -> String? {
        guard let value = node(key) else { return nil }
        return MappingReader.text(value, what: "'\(key)' of \(what)", context: context)
    }

    /// `what` is made only when there is something to say: a list of a million aliased texts
    /// would otherwise build a million descriptions.
    static func text(_ value: Node, what: @autoclosure () -> String, context: DecodingContext) -> String? {
        context.noteTextRead(value)
        guard let scalar = value.scalar else {
            context.error(value, "\(what()) must be text, found \(value.kindDescription)")
            return nil
        }
        if scalar.check.length > ModelLimits.maxTextLength {
            context.error(value, "\(what()) is \(scalar.check.length) characters long; the limit is \(ModelLimits.maxTextLength)")
            return nil
        }
        if let (character, position) = scalar.check.forbidden {
            context.error(
                value,
                "\(what()) contains \(TextCheck.describe(character)) at character \(position); remove it (tab and newline are the only control characters a text may hold)"
            )
            return nil
        }
        return scalar.string
    }

    func integer(_ key: String) -> Int? {
        guard let value = node(key), let text = string(key) else { return nil }
        guard let number = Int(text) else {
            context.error(value, "'\(key)' of \(what) must be a whole number, found \(Quoted.text(text))")
            return nil
        }
        return number
    }

    func bool(_ key: String) -> Bool? {
        guard let value = node(key), let text = string(key) else { return nil }
        switch text.lowercased() {
        case "true", "yes", "on": return true
        case "false", "no", "off": return false
        default:
            context.error(value, "'\(key)' of \(what) must be true or false, found \(Quoted.text(text))")
            return nil
        }
    }

    /// One of `choices`, reporting anything else with the list of what would be right.
    func choice<T: RawRepresentable & CaseIterable>(_ key: String, as type: T.Type) -> T? where T.RawValue == String {
        guard let value = node(key), let text = string(key) else { return nil }
        if let choice = T(rawValue: text) { return choice }
        let options = T.allCases.map(\.rawValue)
        context.error(
            value,
            "'\(key)' of \(what) must be one of \(options.joined(separator: ", ")), found \(Quoted.text(text))",
            hints: [context.didYouMean(text, in: options)])
        return nil
    }

    /// The items of a sequence value (empty when absent, after reporting when not a sequence).
    func sequence(_ key: String) -> [Node] {
        guard let value = node(key) else { return [] }
        guard case .sequence(let items) = value else {
            context.error(value, "'\(key)' of \(what) must be a list, found \(value.kindDescription)")
            return []
        }
        guard context.spend(value, count: items.count) else { return [] }
        return Array(items)
    }

    func strings(_ key: String) -> [(String, Node)] {
        sequence(key).compactMap { item in
            MappingReader.text(item, what: "an item of '\(key)' in \(what)", context: context).map { ($0, item) }
        }
    }

    /// A `{language: name}` mapping.
    func names(_ key: String) -> [String: String] {
        guard let value = node(key) else { return [:] }
        guard case .mapping(let mapping) = value else {
            context.error(value, "'\(key)' of \(what) must map language codes to names, found \(value.kindDescription)")
            return [:]
        }
        var names: [String: String] = [:]
        for (language, name) in mapping {
            guard let code = language.scalar?.string, let text = MappingReader.text(name, what: "a name in '\(key)'", context: context)
            else { continue }
            guard LanguageCode.isValid(code) else {
                context.error(
                    language, "\(Quoted.text(code)) is not a language code",
                    hints: [.fix("write one such as 'en', 'ru', 'uk', 'tr' or 'pt-BR'")])
                continue
            }
            names[code] = text
        }
        return names
    }
}

extension Node {
    var isNull: Bool {
        guard let scalar, scalar.style == .plain else { return false }
        return ["", "~", "null", "Null", "NULL"].contains(scalar.string)
    }

    var kindDescription: String {
        switch self {
        case .scalar(let scalar): isNull ? "nothing (null)" : "the text \(Quoted.text(scalar.string))"
        case .mapping: "a mapping"
        case .sequence: "a list"
        }
    }
}

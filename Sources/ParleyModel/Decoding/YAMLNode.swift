internal import CLibYAML

/// A composed YAML document: the model's own tree, read straight from libyaml's events.
/// Mappings and sequences are shared by reference, so copying a node is one retain and an
/// alias is the node it names (the size check counts what aliases expand to).
enum Node {
    case scalar(Scalar)
    case mapping(Mapping)
    case sequence(Sequence)

    struct Mark {
        /// Both count from 1; columns in Unicode scalars, as libyaml counts them.
        var line: Int
        var column: Int
    }

    struct Scalar {
        enum Style { case plain, quoted, block }
        var string: String
        var style: Style
        var mark: Mark
    }

    final class Mapping: Swift.Sequence {
        var pairs: [(key: Node, value: Node)] = []
        let mark: Mark
        init(mark: Mark) { self.mark = mark }
        var count: Int { pairs.count }
        func makeIterator() -> IndexingIterator<[(key: Node, value: Node)]> { pairs.makeIterator() }
    }

    final class Sequence: Swift.Sequence {
        var items: [Node] = []
        let mark: Mark
        init(mark: Mark) { self.mark = mark }
        var count: Int { items.count }
        func makeIterator() -> IndexingIterator<[Node]> { items.makeIterator() }
    }

    var mark: Mark? {
        switch self {
        case .scalar(let scalar): scalar.mark
        case .mapping(let mapping): mapping.mark
        case .sequence(let sequence): sequence.mark
        }
    }

    var scalar: Scalar? {
        if case .scalar(let scalar) = self { scalar } else { nil }
    }
}

/// Reads the first YAML document of a text into `Node`s, or says where the syntax is wrong.
enum YAMLReader {
    struct SyntaxError: Error {
        var message: String
        var mark: Node.Mark
        /// The text may be fine YAML but goes past one of Parley's limits.
        var isLimit = false
    }

    static func compose(_ text: String) throws(SyntaxError) -> Node? {
        var parser = yaml_parser_t()
        guard yaml_parser_initialize(&parser) == 1 else { throw SyntaxError(message: "out of memory", mark: Node.Mark(line: 1, column: 1)) }
        defer { yaml_parser_delete(&parser) }
        let bytes = Array(text.utf8)
        return try bytes.withUnsafeBufferPointer { buffer throws(SyntaxError) -> Node? in
            yaml_parser_set_input_string(&parser, buffer.baseAddress, buffer.count)
            yaml_parser_set_encoding(&parser, YAML_UTF8_ENCODING)
            var builder = Builder()
            while true {
                var event = yaml_event_t()
                guard yaml_parser_parse(&parser, &event) == 1 else {
                    let problem = parser.problem.map { String(cString: $0) } ?? "unreadable YAML"
                    throw SyntaxError(
                        message: problem,
                        mark: Node.Mark(line: Int(parser.problem_mark.line) + 1, column: Int(parser.problem_mark.column) + 1))
                }
                defer { yaml_event_delete(&event) }
                let mark = Node.Mark(line: Int(event.start_mark.line) + 1, column: Int(event.start_mark.column) + 1)
                switch event.type {
                case YAML_SCALAR_EVENT:
                    let data = event.data.scalar
                    let value = data.value.map { String(decoding: UnsafeBufferPointer(start: $0, count: data.length), as: UTF8.self) } ?? ""
                    let style: Node.Scalar.Style
                    switch data.style {
                    case YAML_PLAIN_SCALAR_STYLE: style = .plain
                    case YAML_LITERAL_SCALAR_STYLE, YAML_FOLDED_SCALAR_STYLE: style = .block
                    default: style = .quoted
                    }
                    try builder.add(.scalar(Node.Scalar(string: value, style: style, mark: mark)), anchor: anchor(data.anchor), at: mark)
                case YAML_MAPPING_START_EVENT:
                    try builder.open(.mapping(Node.Mapping(mark: mark)), anchor: anchor(event.data.mapping_start.anchor), at: mark)
                case YAML_SEQUENCE_START_EVENT:
                    try builder.open(.sequence(Node.Sequence(mark: mark)), anchor: anchor(event.data.sequence_start.anchor), at: mark)
                case YAML_MAPPING_END_EVENT, YAML_SEQUENCE_END_EVENT:
                    builder.close()
                case YAML_ALIAS_EVENT:
                    let name = anchor(event.data.alias.anchor) ?? ""
                    guard let target = builder.anchors[name] else {
                        throw SyntaxError(message: "the alias *\(name) names no anchor", mark: mark)
                    }
                    try builder.add(target, anchor: nil, at: mark)
                case YAML_DOCUMENT_END_EVENT, YAML_STREAM_END_EVENT:
                    return builder.root
                default:
                    break
                }
            }
        }
    }

    private static func anchor(_ pointer: UnsafeMutablePointer<yaml_char_t>?) -> String? {
        pointer.map { String(cString: $0) }
    }

    /// Assembles nodes from events: an open collection takes what follows until its end.
    /// Parley's size limits are applied here, while reading rather than after: a 16 MB list of
    /// tiny values would first become hundreds of megabytes of nodes, and a tree 100,000 levels
    /// deep takes libyaml seconds to read and overflows the stack when it is freed.
    private struct Builder {
        var stack: [Node] = []
        var pendingKey: [Node?] = []
        var anchors: [String: Node] = [:]
        var root: Node?
        var nodes = 0

        mutating func open(_ node: Node, anchor: String?, at mark: Node.Mark) throws(SyntaxError) {
            guard stack.count < ModelLimits.maxDepth else {
                throw SyntaxError(message: "the model nests deeper than \(ModelLimits.maxDepth) levels", mark: mark, isLimit: true)
            }
            try add(node, anchor: anchor, at: mark)
            stack.append(node)
            pendingKey.append(nil)
        }

        mutating func close() {
            stack.removeLast()
            pendingKey.removeLast()
        }

        mutating func add(_ node: Node, anchor: String?, at mark: Node.Mark) throws(SyntaxError) {
            nodes += 1
            guard nodes <= ModelLimits.maxNodes else {
                throw SyntaxError(
                    message: "the model is too large: more than \(ModelLimits.maxNodes) values; split it into several files", mark: mark,
                    isLimit: true)
            }
            if let anchor { anchors[anchor] = node }
            guard let parent = stack.last else {
                root = node
                return
            }
            switch parent {
            case .mapping(let mapping):
                if let key = pendingKey[pendingKey.count - 1] {
                    mapping.pairs.append((key, node))
                    pendingKey[pendingKey.count - 1] = nil
                } else {
                    pendingKey[pendingKey.count - 1] = node
                }
            case .sequence(let sequence):
                sequence.items.append(node)
            case .scalar:
                break
            }
        }
    }
}

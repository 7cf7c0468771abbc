internal import CLibYAML

/// Reads the one YAML document of a text into `Node`s, or says where the syntax is wrong.
enum YAMLReader {
    struct SyntaxError: Error {
        var message: String
        var mark: Node.Mark
        /// What libyaml was reading when it stopped, and where that began ("while parsing a
        /// flow sequence" at the '['): often the line the mistake is on, when `mark` is where
        /// it was noticed, a line or more later.
        var context: (text: String, mark: Node.Mark)? = nil
        /// The text may be fine YAML but goes past one of Parley's limits.
        var isLimit = false
    }

    static func compose(_ text: String) throws(SyntaxError) -> Node? {
        var parser = yaml_parser_t()
        guard yaml_parser_initialize(&parser) == 1 else { throw SyntaxError(message: "out of memory", mark: Node.Mark(line: 1, column: 1)) }
        defer { yaml_parser_delete(&parser) }
        var bytes = Array(text.utf8)
        // A byte-order mark is no part of the text; libyaml would otherwise take it into the
        // first key. It takes no column, so locations stay as the user's editor shows them.
        if bytes.starts(with: [0xEF, 0xBB, 0xBF]) { bytes.removeFirst(3) }
        let surrogates = SurrogatePairs(combining: bytes)
        bytes = surrogates.bytes
        return try bytes.withUnsafeBufferPointer { buffer throws(SyntaxError) -> Node? in
            yaml_parser_set_input_string(&parser, buffer.baseAddress, buffer.count)
            yaml_parser_set_encoding(&parser, YAML_UTF8_ENCODING)
            var builder = Builder()
            var documentEnded = false
            while true {
                var event = yaml_event_t()
                guard yaml_parser_parse(&parser, &event) == 1 else {
                    throw problem(of: parser, in: buffer, surrogates: surrogates)
                }
                defer { yaml_event_delete(&event) }
                let mark = surrogates.original(
                    Node.Mark(line: Int(event.start_mark.line) + 1, column: Int(event.start_mark.column) + 1))
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
                    try builder.add(target, anchor: nil, at: mark, alias: name)
                case YAML_DOCUMENT_START_EVENT where documentEnded:
                    // Silently reading only the first of two documents would drop half a model.
                    throw SyntaxError(
                        message:
                            "a second YAML document starts here; a model is one document: remove the '---' line, or put the second model in a file of its own",
                        mark: mark)
                case YAML_DOCUMENT_END_EVENT:
                    documentEnded = true
                case YAML_STREAM_END_EVENT:
                    return builder.root
                default:
                    break
                }
            }
        }
    }

    /// libyaml's reader reports a byte offset, its scanner and parser a mark; both become a
    /// line and column here, so no error is ever at a made-up 1:1.
    private static func problem(of parser: yaml_parser_t, in buffer: UnsafeBufferPointer<UInt8>, surrogates: SurrogatePairs)
        -> SyntaxError
    {
        let text = parser.problem.map { String(cString: $0) } ?? "unreadable YAML"
        if parser.error == YAML_READER_ERROR {
            let offset = min(Int(parser.problem_offset), buffer.count)
            let mark = surrogates.original(lineAndColumn(ofByte: offset, in: buffer))
            if parser.problem_value >= 0, text.contains("control characters") || text.contains("invalid") {
                let scalar = Unicode.Scalar(UInt32(parser.problem_value)).map(TextCheck.describe) ?? "a character"
                return SyntaxError(
                    message:
                        "\(scalar) cannot stand in a model; write text without it (tab and newline are the only control characters allowed)",
                    mark: mark)
            }
            return SyntaxError(message: text, mark: mark)
        }
        let mark = surrogates.original(withinText(Self.mark(parser.problem_mark), buffer))
        var error = SyntaxError(message: text, mark: mark)
        if let context = parser.context {
            let start = surrogates.original(withinText(Self.mark(parser.context_mark), buffer))
            if start != mark { error.context = (String(cString: context), start) }
        }
        return error
    }

    private static func mark(_ mark: yaml_mark_t) -> Node.Mark {
        Node.Mark(line: Int(mark.line) + 1, column: Int(mark.column) + 1)
    }

    /// libyaml puts the end of a text without a final newline on the line after its last: a
    /// line the user's editor does not have. The end of the last line is where it is.
    private static func withinText(_ mark: Node.Mark, _ buffer: UnsafeBufferPointer<UInt8>) -> Node.Mark {
        guard let last = buffer.last, last != 0x0A else { return mark }
        let end = lineAndColumn(ofByte: buffer.count, in: buffer)
        return mark.line > end.line ? end : mark
    }

    /// Line and column (in scalars, from 1) of the byte at `offset`, lines counted as libyaml
    /// counts them.
    private static func lineAndColumn(ofByte offset: Int, in buffer: UnsafeBufferPointer<UInt8>) -> Node.Mark {
        var position = TextPosition()
        for byte in buffer[..<offset] { position.advance(over: byte) }
        return Node.Mark(line: position.line, column: position.column)
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

        mutating func add(_ node: Node, anchor: String?, at mark: Node.Mark, alias: String? = nil) throws(SyntaxError) {
            nodes += 1
            guard nodes <= ModelLimits.maxNodes else {
                throw SyntaxError(
                    message: "the model is too large: more than \(ModelLimits.maxNodes) values; split it into several files", mark: mark,
                    isLimit: true)
            }
            // An alias to a collection that is still open would put the collection inside
            // itself: a model of infinite size, and a reference cycle that is never freed.
            if let alias, stack.contains(where: { $0.isSameCollection(as: node) }) {
                throw SyntaxError(
                    message: "the alias *\(alias) stands inside the collection it names; a model cannot contain itself", mark: mark)
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

extension Node {
    /// True when both are the same mapping or sequence object (not merely equal).
    fileprivate func isSameCollection(as other: Node) -> Bool {
        switch (self, other) {
        case (.mapping(let a), .mapping(let b)): a === b
        case (.sequence(let a), .sequence(let b)): a === b
        default: false
        }
    }
}

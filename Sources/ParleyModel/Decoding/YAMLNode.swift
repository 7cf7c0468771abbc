internal import CLibYAML

/// A composed YAML document: the model's own tree, read straight from libyaml's events.
/// Mappings and sequences are shared by reference, so copying a node is one retain and an
/// alias is the node it names (the size check counts what aliases expand to).
enum Node {
    case scalar(Scalar)
    case mapping(Mapping)
    case sequence(Sequence)

    struct Mark: Equatable {
        /// Both count from 1; columns in Unicode scalars, as libyaml counts them.
        var line: Int
        var column: Int
    }

    /// A class, like the collections, so that an alias used a million times is a million
    /// references to one scalar, not a million copies of it.
    final class Scalar {
        enum Style { case plain, quoted, block }
        let string: String
        let style: Style
        let mark: Mark
        /// Measured once when the scalar is read, so a long text aliased a million times is
        /// not counted and scanned a million times.
        let check: TextCheck

        init(string: String, style: Style, mark: Mark) {
            self.string = string; self.style = style; self.mark = mark
            check = TextCheck(string)
        }
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

/// A finished drawing: a canvas size in points, a background, accessible text and nodes
/// drawn in order. The contract between layouts and renderers.
public struct Scene: Hashable, Sendable {
    public var size: Size
    /// `nil` leaves the canvas transparent.
    public var background: Color?
    /// A short name for the whole picture (SVG `<title>`, PDF title).
    public var title: String
    /// A plain-language summary (SVG `<desc>`, PDF subject, alt text).
    public var description: String
    public var nodes: [SceneNode]

    public init(size: Size, background: Color? = .white, title: String = "", description: String = "", nodes: [SceneNode] = []) {
        self.size = size; self.background = background; self.title = title
        self.description = description; self.nodes = nodes
    }
}

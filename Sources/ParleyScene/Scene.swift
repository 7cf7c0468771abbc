import ParleyColor

/// A finished drawing: a canvas size in points, a background, accessible text and nodes
/// drawn in order. The contract between layouts and renderers.
public struct Scene: Hashable, Sendable {
    /// Canvas size in points; PNG pixels are this times the scale.
    public var size: Size
    /// `nil` leaves the canvas transparent.
    public var background: Color?
    /// A short name for the whole picture (SVG `<title>`, PDF title).
    public var title: String
    /// A plain-language summary (SVG `<desc>`, PDF subject, alt text).
    public var description: String
    /// Top-level nodes, drawn first to last so later ones paint over earlier ones.
    public var nodes: [SceneNode]
    /// The language the scene's words are in (`ru`), for SVG's `xml:lang`; empty when unknown.
    /// A fact of the scene, so a scene dumped as JSON and drawn later keeps it.
    public var language = ""

    /// Makes a scene on a white background unless told otherwise.
    public init(size: Size, background: Color? = .white, title: String = "", description: String = "", nodes: [SceneNode] = []) {
        self.size = size; self.background = background; self.title = title
        self.description = description; self.nodes = nodes
    }
}

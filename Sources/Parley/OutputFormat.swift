import ParleyCairo

/// Every format Parley writes: the three Cairo draws, and the scene itself as JSON.
public enum OutputFormat: String, CaseIterable, Sendable {
    case svg, png, pdf, json

    public init?(fileExtension: String) {
        self.init(rawValue: fileExtension.lowercased())
    }

    /// The Cairo format, or nil for the scene dump.
    var cairoFormat: RenderFormat? {
        switch self {
        case .svg: .svg
        case .png: .png
        case .pdf: .pdf
        case .json: nil
        }
    }
}

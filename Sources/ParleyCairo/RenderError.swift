/// Why a scene could not be turned into bytes.
public enum RenderError: Error, Equatable, CustomStringConvertible {
    /// Cairo reported a failure; `operation` names the call, `message` is Cairo's own text.
    case cairo(operation: String, message: String)
    /// An image node's bytes could not be decoded.
    case badImage(format: String, message: String)
    /// The PNG writer could not compress the pixels.
    case pngEncoding(String)
    /// The canvas is empty or too large to allocate.
    case badCanvas(width: Double, height: Double, scale: Double)
    /// `RenderOptions.svgIDPrefix` cannot start XML ids; the text says why and what may.
    case badIDPrefix(String)

    public var description: String {
        switch self {
        case .cairo(let operation, let message): "Cairo failed in \(operation): \(message)"
        case .badImage(let format, let message): "cannot draw \(format) image: \(message)"
        case .pngEncoding(let message): "cannot write the PNG: \(message)"
        case .badIDPrefix(let problem): problem
        case .badCanvas(let width, let height, let scale):
            "cannot make a \(width)×\(height) canvas at scale \(scale): sizes must be positive and at most \(RenderLimits.maxPixelsPerSide) pixels per side"
        }
    }
}

/// Limits that keep a hostile scene from exhausting memory.
public enum RenderLimits {
    /// Cairo's own limit for image surfaces.
    public static let maxPixelsPerSide = 32767
}

/// Why a writer could not turn a scene into bytes. Every writer throws this one type, so the
/// facade reports any format's failure the same way; the texts are the messages users see.
public enum SceneWriterError: Error, Equatable, CustomStringConvertible {
    /// Cairo reported a failure; `operation` names the call, `message` is Cairo's own text.
    case cairo(operation: String, message: String)
    /// An image node's bytes could not be decoded.
    case badImage(format: String, message: String)
    /// The PNG writer could not compress the pixels.
    case pngEncoding(String)
    /// The canvas is empty or too large to allocate.
    case badCanvas(width: Double, height: Double, scale: Double)
    /// `WriteOptions.svgIDPrefix` cannot start XML ids; the text says why and what may.
    case badIDPrefix(String)
    /// The image would have more pixels than `RenderLimits.maxPixels`; sizes in points.
    case tooManyPixels(width: Double, height: Double, scale: Double)
    /// Pages were asked of a format that holds one picture a file.
    case notPaged(format: String)
    /// The scene holds a value JSON cannot carry (a non-finite number) at `path`, so its
    /// document would not read back.
    case notWritableAsJSON(path: String, reason: String)
    /// A font the text was measured in could not be found or subset for embedding.
    case fontEmbedding(family: String, message: String)
    /// Two scenes meant as one document's light and dark palettes differ in more than colour;
    /// `path` names the first node that differs.
    case themesDiffer(path: String)

    /// The message users see, one line, saying what to change where there is something to change.
    public var description: String {
        switch self {
        case .cairo(let operation, let message): "Cairo failed in \(operation): \(message)"
        case .badImage(let format, let message): "cannot draw \(format) image: \(message)"
        case .pngEncoding(let message): "cannot write the PNG: \(message)"
        case .badIDPrefix(let problem): problem
        case .notPaged(let format): "a \(format) file holds one chart, not pages; write the pages as PDF"
        case .notWritableAsJSON(let path, let reason): "cannot write the scene as JSON: \(path): \(reason)"
        case .fontEmbedding(let family, let message): "cannot embed the font '\(family)': \(message)"
        case .themesDiffer(let path):
            "the light and dark themes lay this chart out differently (at \(path)), so one SVG cannot hold both palettes; pick a dark theme that differs only in colour"
        case .badCanvas(let width, let height, let scale):
            "cannot make a \(width)×\(height) canvas at scale \(scale): sizes must be positive and at most \(RenderLimits.maxPixelsPerSide) pixels per side"
        case .tooManyPixels(let width, let height, let scale):
            "this PNG would be \(Self.pixels(width * scale)) × \(Self.pixels(height * scale)) pixels (\(Self.megapixels(width * scale * height * scale)) megapixels); the limit is \(RenderLimits.maxPixels / 1_000_000) megapixels an image; pass a smaller --scale or --width (the chart is \(Self.pixels(width)) × \(Self.pixels(height)) points), or write SVG or PDF"
        }
    }
}

extension SceneWriterError {
    /// `9,872`: a whole count of pixels or points, grouped by thousands.
    fileprivate static func pixels(_ value: Double) -> String {
        guard value.isFinite else { return "\(value)" }
        let digits = String(Int(min(value.rounded(.up), 1e15)))
        var grouped = ""
        for (index, digit) in digits.enumerated() {
            if index > 0, (digits.count - index) % 3 == 0 { grouped.append(",") }
            grouped.append(digit)
        }
        return grouped
    }

    fileprivate static func megapixels(_ value: Double) -> String {
        let tenths = Int((value / 100_000).rounded(.up))
        return tenths % 10 == 0 ? "\(tenths / 10)" : "\(tenths / 10).\(tenths % 10)"
    }
}

/// Limits that keep a hostile scene from exhausting memory. They sit beside the error whose
/// messages quote them; any raster writer is held to them, not only Cairo's.
public enum RenderLimits {
    /// Cairo's own limit for image surfaces.
    public static let maxPixelsPerSide = 32767
    /// The most pixels one PNG may have, whatever its sides: the ARGB surface, the filtered rows
    /// and the compressor's buffer take about 12 bytes a pixel together, so 32 megapixels keep
    /// a render (and each export worker, which renders one chart at a time) near 400 MiB,
    /// inside the 512 MiB the resource contract allows.
    public static let maxPixels = 32_000_000
}

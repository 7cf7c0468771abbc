internal import CCairo

/// How large a picture Parley agrees to decode. A PNG's file size says nothing of its pixels
/// (48 KB of zeros inflate to a 20,000² image, 1.6 GB of pixels), so the decoder is only
/// called once the header's dimensions are known to fit.
public enum PictureLimits {
    /// 16 megapixels: 64 MiB of ARGB pixels, a few tenths of a second to decode.
    public static let maxPixels = 16 << 20
    /// No side longer than this, whatever the other side is.
    public static let maxSide = 8192
    /// SVG flags are read as text and parsed by librsvg; real flags are well under this.
    public static let maxSVGBytes = 1 << 20
    /// A `data:` URI inside an SVG flag (an embedded picture) may be at most this long.
    public static let maxSVGDataURIBytes = 64 << 10
    /// Elements (`<` that open a tag) in an SVG flag; the most detailed national flags have a
    /// few thousand.
    public static let maxSVGElements = 20_000
}

/// The width and height a PNG declares in its IHDR chunk, read without decoding anything.
public struct PNGHeader: Sendable, Equatable {
    /// Width in pixels, as declared.
    public var width: Int
    /// Height in pixels, as declared.
    public var height: Int

    private static let signature: [UInt8] = [0x89, 0x50, 0x4E, 0x47, 0x0D, 0x0A, 0x1A, 0x0A]

    /// Nil when `bytes` do not start with a PNG signature and an IHDR chunk.
    public init?(_ bytes: [UInt8]) {
        guard bytes.count >= 24, Array(bytes[0..<8]) == Self.signature, Array(bytes[12..<16]) == Array("IHDR".utf8) else {
            return nil
        }
        func bigEndian(_ offset: Int) -> Int { bytes[offset..<offset + 4].reduce(0) { $0 << 8 | Int($1) } }
        width = bigEndian(16)
        height = bigEndian(20)
    }

    /// Why these dimensions are refused, naming the limit; nil when they are within it.
    public var limitProblem: String? {
        if width == 0 || height == 0 { return "declares an empty \(width)×\(height) image" }
        if width > PictureLimits.maxSide || height > PictureLimits.maxSide {
            return "is \(width)×\(height) pixels; pictures are limited to \(PictureLimits.maxSide) pixels a side"
        }
        if width * height > PictureLimits.maxPixels {
            return
                "is \(width)×\(height) pixels (\(width * height / 1_000_000) megapixels); pictures are limited to \(PictureLimits.maxPixels) pixels (16 megapixels)"
        }
        return nil
    }

    /// Checks that `bytes` are a PNG within the limits and decode completely, so a model with a
    /// broken picture is refused when it is loaded rather than when a chart is drawn.
    public static func check(_ bytes: [UInt8]) throws(RenderError) {
        guard let header = PNGHeader(bytes) else { throw .badImage(format: "png", message: "not a PNG file (no PNG signature and IHDR)") }
        if let problem = header.limitProblem { throw .badImage(format: "png", message: "the picture \(problem)") }
        do {
            _ = try decode(bytes)
        } catch let error as RenderError {
            throw error
        } catch {
            throw .badImage(format: "png", message: "\(error)")
        }
    }

    /// Decodes a PNG whose header has been checked into a Cairo image surface.
    static func decode(_ bytes: [UInt8]) throws -> CairoSurface {
        let source = ByteSource(bytes)
        let surface = try withExtendedLifetime(source) {
            try CairoSurface(cairo_image_surface_create_from_png_stream(ByteSource.read, source.opaque), operation: "PNG decoding")
        }
        guard cairo_image_surface_get_width(surface.handle) > 0, cairo_image_surface_get_height(surface.handle) > 0 else {
            throw RenderError.badImage(format: "png", message: "empty image")
        }
        return surface
    }
}

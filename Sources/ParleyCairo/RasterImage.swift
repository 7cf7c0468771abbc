internal import CCairo

/// A decoded PNG as straight-alpha RGBA pixels, for checking what was drawn.
public struct RasterImage: Sendable, Equatable {
    /// Width in pixels.
    public let width: Int
    /// Height in pixels.
    public let height: Int
    /// Row-major RGBA, 4 bytes a pixel.
    public let rgba: [UInt8]

    /// One pixel's straight-alpha channels, each 0–255.
    public struct Pixel: Equatable, Sendable, CustomStringConvertible {
        /// The channels, 0–255, colour not premultiplied by alpha.
        public var red: UInt8, green: UInt8, blue: UInt8, alpha: UInt8
        /// Makes a pixel from its four channels.
        public init(red: UInt8, green: UInt8, blue: UInt8, alpha: UInt8) {
            self.red = red; self.green = green; self.blue = blue; self.alpha = alpha
        }
        /// `rgba(r, g, b, a)`, for test failures.
        public var description: String { "rgba(\(red), \(green), \(blue), \(alpha))" }

        /// The largest difference in any channel.
        public func distance(to other: Pixel) -> Int {
            max(
                abs(Int(red) - Int(other.red)), abs(Int(green) - Int(other.green)),
                abs(Int(blue) - Int(other.blue)), abs(Int(alpha) - Int(other.alpha)))
        }
    }

    /// Decodes PNG bytes with libpng (through Cairo); throws on anything that is not a PNG.
    public init(png bytes: [UInt8]) throws {
        let source = ByteSource(bytes)
        let surface = try withExtendedLifetime(source) {
            try CairoSurface(cairo_image_surface_create_from_png_stream(ByteSource.read, source.opaque), operation: "PNG decoding")
        }
        cairo_surface_flush(surface.handle)
        let width = Int(cairo_image_surface_get_width(surface.handle))
        let height = Int(cairo_image_surface_get_height(surface.handle))
        let stride = Int(cairo_image_surface_get_stride(surface.handle))
        let format = cairo_image_surface_get_format(surface.handle)
        guard let data = cairo_image_surface_get_data(surface.handle) else {
            throw RenderError.badImage(format: "png", message: "no pixel data")
        }
        var rgba = [UInt8](repeating: 0, count: width * height * 4)
        for y in 0..<height {
            let row = data + y * stride
            for x in 0..<width {
                // Cairo stores native-endian 32-bit premultiplied ARGB.
                let word = UnsafeRawPointer(row + 4 * x).loadUnaligned(as: UInt32.self)
                let alpha = format == CAIRO_FORMAT_ARGB32 ? UInt8(word >> 24) : 255
                func straight(_ shift: UInt32) -> UInt8 {
                    let value = UInt32((word >> shift) & 0xFF)
                    guard alpha > 0 else { return 0 }
                    return UInt8(min(255, (value * 255 + UInt32(alpha) / 2) / UInt32(alpha)))
                }
                let offset = (y * width + x) * 4
                rgba[offset] = straight(16); rgba[offset + 1] = straight(8); rgba[offset + 2] = straight(0); rgba[offset + 3] = alpha
            }
        }
        self.width = width; self.height = height; self.rgba = rgba
    }

    /// The pixel at column `x`, row `y`, both from 0 at the top left; they must be inside the image.
    public func pixel(x: Int, y: Int) -> Pixel {
        let offset = (y * width + x) * 4
        return Pixel(red: rgba[offset], green: rgba[offset + 1], blue: rgba[offset + 2], alpha: rgba[offset + 3])
    }

    /// The share of pixels that differ by more than `tolerance` in some channel; images of
    /// different sizes differ everywhere.
    public func differingFraction(from other: RasterImage, tolerance: Int) -> Double {
        guard width == other.width, height == other.height, width * height > 0 else { return 1 }
        var differing = 0
        for index in stride(from: 0, to: rgba.count, by: 4) {
            for channel in 0..<4 where abs(Int(rgba[index + channel]) - Int(other.rgba[index + channel])) > tolerance {
                differing += 1
                break
            }
        }
        return Double(differing) / Double(width * height)
    }
}

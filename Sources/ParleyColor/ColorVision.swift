/// A colour-vision deficiency as Machado, Oliveira & Fernandes (2009) model it, at severity
/// 1.0 (dichromacy): a 3 × 3 matrix applied to linear RGB.
public struct ColorVision: Hashable, Sendable {
    /// The matrix's rows, each applied to linear (red, green, blue).
    public let rows: [[Double]]

    /// No red cones: red reads dark, red and green confused.
    public static let protanopia = ColorVision(rows: [
        [0.152286, 1.052583, -0.204868],
        [0.114503, 0.786281, 0.099216],
        [-0.003882, -0.048116, 1.051998],
    ])

    /// No green cones, the most common deficiency: red and green confused.
    public static let deuteranopia = ColorVision(rows: [
        [0.367322, 0.860646, -0.227968],
        [0.280085, 0.672501, 0.047413],
        [-0.011820, 0.042940, 0.968881],
    ])

    /// How `color` looks to someone with this deficiency, as an sRGB colour (alpha kept).
    public func simulate(_ color: Color) -> Color {
        let linear = [Color.linear(color.red), Color.linear(color.green), Color.linear(color.blue)]
        let mixed = rows.map { row in row[0] * linear[0] + row[1] * linear[1] + row[2] * linear[2] }
        return Color(
            red: Color.encoded(mixed[0]), green: Color.encoded(mixed[1]), blue: Color.encoded(mixed[2]), alpha: color.alpha)
    }
}

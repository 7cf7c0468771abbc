import ParleyCairo
import ParleyColor
import ParleyLayout
import ParleyModel
import ParleyScene

/// Stand-ins for flag pictures, so a model's `{image: …}` flags reach the image-drawing code
/// without the harness reading files: a small SVG for `.svg` paths, a PNG made once by our own
/// writer for `.png` ones. Other paths get no picture, as the facade refuses them.
enum FlagPictures {
    static let svg = Array(
        """
        <svg xmlns="http://www.w3.org/2000/svg" width="30" height="20" viewBox="0 0 3 2">
          <title>Flag</title><rect width="3" height="2" fill="#E30A17"/><circle cx="1" cy="1" r="0.5" fill="#fff"/>
        </svg>
        """.utf8)

    static let png: [UInt8] = {
        let scene = Scene(
            size: Size(width: 6, height: 4), background: .white,
            nodes: [.rect(RectShape(frame: Rect(x: 0, y: 0, width: 6, height: 2), style: ShapeStyle(fill: Color(rgb: 0x0057B7))))])
        return (try? CairoPNGWriter().write(scene)) ?? []
    }()

    static func images(for meeting: Meeting) -> [String: FlagImage] {
        var images: [String: FlagImage] = [:]
        for party in meeting.parties {
            guard case .image(let path) = party.flag else { continue }
            switch path.split(separator: ".").last?.lowercased() {
            case "svg": images[party.id] = FlagImage(format: .svg, data: svg)
            case "png": images[party.id] = FlagImage(format: .png, data: png)
            default: continue
            }
        }
        return images
    }
}

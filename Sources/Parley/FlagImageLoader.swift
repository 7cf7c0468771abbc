import Foundation
import ParleyLayout
import ParleyModel

/// Loads the pictures of flags given as `{image: path}`, relative to the model's folder.
/// A path that leaves that folder (absolute, or through `..` or a link) is refused unless
/// external images are allowed, so a model cannot make Parley read arbitrary files.
enum FlagImageLoader {
    static let maxBytes = 4 << 20

    static func load(for meeting: Meeting, modelPath: String, allowExternal: Bool) throws(ParleyError) -> [String: FlagImage] {
        var images: [String: FlagImage] = [:]
        let folder =
            modelPath == "-" || modelPath.isEmpty
            ? URL(fileURLWithPath: FileManager.default.currentDirectoryPath)
            : URL(fileURLWithPath: modelPath).deletingLastPathComponent()
        let root = folder.standardizedFileURL.resolvingSymlinksInPath().path
        for party in meeting.parties {
            guard case .image(let path) = party.flag else { continue }
            let url = (path.hasPrefix("/") ? URL(fileURLWithPath: path) : folder.appendingPathComponent(path)).standardizedFileURL
                .resolvingSymlinksInPath()
            let inside = url.path.hasPrefix(root.hasSuffix("/") ? root : root + "/")
            guard allowExternal || inside else {
                throw .io(
                    "\(modelPath): the flag of party '\(party.id)' is '\(path)', outside the model's folder; move it next to the model or pass --allow-external-images"
                )
            }
            let ext = url.pathExtension.lowercased()
            guard ext == "svg" || ext == "png" else {
                throw .io("\(modelPath): the flag of party '\(party.id)' is '\(path)'; flags are SVG or PNG files")
            }
            guard let attributes = try? FileManager.default.attributesOfItem(atPath: url.path), let size = attributes[.size] as? Int,
                attributes[.type] as? FileAttributeType == .typeRegular
            else {
                throw .io("\(modelPath): cannot read the flag of party '\(party.id)': no file at \(url.path)")
            }
            guard size <= maxBytes else {
                throw .io("\(modelPath): the flag of party '\(party.id)' is \(size) bytes; the limit is \(maxBytes)")
            }
            guard let data = FileManager.default.contents(atPath: url.path) else {
                throw .io("\(modelPath): cannot read the flag of party '\(party.id)' at \(url.path)")
            }
            images[party.id] = FlagImage(format: ext == "svg" ? .svg : .png, data: Array(data))
        }
        return images
    }
}

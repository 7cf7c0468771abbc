import Foundation
import Parley
import ParleyModel

/// The files a chart of a model is drawn from: the model itself and the flag pictures its
/// parties give as `{image: path}` (relative to the model's folder), so that a watcher
/// redraws when either is saved.
public enum WatchedFiles {
    /// The model at `modelPath` and, when it loaded, the pictures its flags name.
    public static func of(modelPath: String, loaded: LoadedModel?) -> [String] {
        [modelPath] + (loaded.map(flagPictures) ?? [])
    }

    /// The flag pictures of `loaded`, as paths from the current folder, each once.
    public static func flagPictures(of loaded: LoadedModel) -> [String] {
        var paths: [String] = []
        for party in loaded.meeting.parties {
            guard case .image(let path) = party.flag else { continue }
            let full = path.hasPrefix("/") ? path : URL(fileURLWithPath: loaded.baseFolder).appendingPathComponent(path).path
            if !paths.contains(full) { paths.append(full) }
        }
        return paths
    }
}

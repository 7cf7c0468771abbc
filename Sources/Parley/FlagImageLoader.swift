import Foundation
import ParleyCairo
import ParleyLayout
import ParleyModel
import Synchronization

/// Loads the pictures of flags given as `{image: path}`, relative to the model's folder, or as
/// `{image: "data:image/png;base64,…"}` in the model itself (`FlagDataURI`). A path that leaves
/// that folder (absolute, or through `..` or a link) is refused unless external images are
/// allowed, so a model cannot make Parley read arbitrary files; where no file may be read at
/// all (the render server), a path is not looked up and its flag falls back to the colour.
///
/// Every problem is a diagnostic at the party's `flag:` in the model. A PNG is checked from
/// its header and decoded once here; an SVG is drawn into a PNG by a limited worker process
/// (`FlagSandbox`), and one that is too costly to draw falls back to the party's colour with
/// a warning, so layouts and writers only ever see bounded PNGs.
public enum FlagImageLoader {
    /// The largest flag file read at all.
    public static let maxBytes = 4 << 20
    /// All the flag pictures of one model together.
    public static let maxTotalBytes = 32 << 20
    /// Pixels of all the distinct PNG flags of one model together: each is decoded once when
    /// the model is loaded and held as a 4-byte-a-pixel surface while a chart is drawn, so a
    /// few dozen highly compressible 16-megapixel flags would otherwise cost seconds and GiBs.
    public static let maxTotalPNGPixels = 32 << 20

    /// The pictures loaded and the warnings for those that were not.
    public struct Result: Sendable {
        /// Party id → picture; parties whose picture fell back are absent.
        public var images: [String: FlagImage]
        /// One warning, located at the party's `flag:`, for each picture that fell back to the party's colour.
        public var warnings: [Diagnostic]
    }

    /// Why a flag given as a file is not read where `readsFiles` is false.
    public static let noFilesReason = "the render server reads no files; give the flag as a data: URI or as stripes"

    /// Reads the flag pictures of `meeting`; relative paths start from `folder` (the model's).
    /// With `readsFiles` false no path is looked up: each such flag falls back to the party's
    /// colour with a warning, and only `data:` URIs are drawn.
    public static func load(for meeting: Meeting, folder: String, allowExternal: Bool, readsFiles: Bool = true) throws(ParleyError)
        -> Result
    {
        var result = Result(images: [:], warnings: [])
        var errors: [Diagnostic] = []
        let parties = meeting.parties.filter { if case .image = $0.flag { true } else { false } }
        guard !parties.isEmpty else { return result }
        let root = readsFiles ? FlagPictureFile.realFolder(folder) : nil
        var svgFlags: [(party: String, location: SourceLocation, what: String, bytes: [UInt8])] = []
        var totalBytes = 0, pngPixels = 0
        var countedPNGs = Set<[UInt8]>()
        for party in parties {
            guard case .image(let path) = party.flag else { continue }
            let location = party.flagLocation ?? party.location
            let isData = FlagDataURI.isDataURI(path)
            let what = "the flag of party '\(party.id)' ('\(isData ? FlagDataURI.shortName(path) : path)')"
            func refuse(_ message: String) { errors.append(Diagnostic(.error, at: location, "\(what) \(message)")) }
            let ext: String
            let bytes: [UInt8]
            if isData {
                do {
                    let picture = try FlagDataURI.decode(path, maxBytes: maxBytes)
                    (ext, bytes) = (picture.kind, picture.bytes)
                } catch {
                    refuse(error.message)
                    continue
                }
            } else if !readsFiles {
                result.warnings.append(
                    Diagnostic(.warning, at: location, "\(what) was not read: \(noFilesReason); the party's colour stands in for it"))
                continue
            } else {
                guard let root else {
                    refuse("cannot be read: the model's folder \(folder) cannot be resolved")
                    continue
                }
                ext = URL(fileURLWithPath: path).pathExtension.lowercased()
                guard ext == "svg" || ext == "png" else {
                    refuse("is neither .svg nor .png; flag pictures are SVG or PNG files")
                    continue
                }
                do {
                    bytes = try FlagPictureFile.read(path, in: root, allowExternal: allowExternal, maxBytes: maxBytes)
                } catch {
                    switch error {
                    case .missing(let full): errors.append(Diagnostic(.error, at: location, "\(what) does not exist (looked for \(full))"))
                    case .notRegular(let real): errors.append(Diagnostic(.error, at: location, "\(what) is not a regular file (\(real))"))
                    case .outside(let real):
                        errors.append(
                            Diagnostic(
                                .error, at: location,
                                "\(what) leads outside the model's folder (to \(real)); move it next to the model or pass --allow-external-images"
                            ))
                    case .tooLarge(let size):
                        errors.append(
                            Diagnostic(
                                .error, at: location, "\(what) is \(size) bytes; flag pictures are limited to \(maxBytes) bytes (4 MiB)")
                        )
                    case .unreadable(let reason): errors.append(Diagnostic(.error, at: location, "\(what) cannot be read: \(reason)"))
                    }
                    continue
                }
            }
            totalBytes += bytes.count
            guard totalBytes <= maxTotalBytes else {
                refuse("takes the model's flag pictures past \(maxTotalBytes) bytes (32 MiB) together")
                continue
            }
            if ext == "png" {
                guard let header = PNGHeader(bytes) else {
                    refuse("is not a PNG file: it has no PNG signature and header")
                    continue
                }
                if let problem = header.limitProblem {
                    refuse(problem)
                    continue
                }
                if countedPNGs.insert(bytes).inserted { pngPixels += header.width * header.height }
                guard pngPixels <= maxTotalPNGPixels else {
                    refuse(
                        "takes the model's PNG flags past \(maxTotalPNGPixels / 1_048_576) megapixels together; a flag is drawn at most 48×32 points, so pictures of 768×512 pixels are sharp even at --scale 16"
                    )
                    continue
                }
                do {
                    try checkOnce(bytes)
                    result.images[party.id] = FlagImage(format: .png, data: bytes)
                } catch let failure {
                    refuse(pngMessage(failure))
                }
                continue
            }
            if let problem = SVGFlagCheck.problem(bytes) {
                refuse(problem)
                continue
            }
            svgFlags.append((party.id, location, what, bytes))
        }
        // One worker draws them all, unless one of them passes a limit.
        var budget = FlagSandbox.Budget()
        for (flag, outcome) in zip(svgFlags, FlagSandbox.draw(svgFlags.map(\.bytes), budget: &budget)) {
            switch outcome {
            case .drawn(let png): result.images[flag.party] = FlagImage(format: .png, data: png)
            case .unreadable(let message):
                errors.append(Diagnostic(.error, at: flag.location, "\(flag.what) is not an SVG librsvg can read: \(message)"))
            case .notDrawn(let reason):
                result.warnings.append(
                    Diagnostic(.warning, at: flag.location, "\(flag.what) was not drawn: \(reason); the party's colour stands in for it"))
            }
        }
        errors.sort(by: Diagnostic.inFileOrder)
        result.warnings.sort(by: Diagnostic.inFileOrder)
        if !errors.isEmpty { throw .model(ModelError(diagnostics: errors + result.warnings)) }
        return result
    }

    /// Hashes of the PNGs that decoded whole in this process: an export loads a model's flags
    /// for every chart, and a 16-megapixel picture takes a tenth of a second to decode. (The
    /// painter checks the header again, so a collision could at worst fail a render.) Bounded:
    /// a long-running server meets an endless stream of pictures, so past `decodedPNGLimit`
    /// hashes the set starts again (a picture then costs one more decode, nothing else).
    private static let decodedPNGs = Mutex<Set<Int>>([])
    static let decodedPNGLimit = 4096

    private static func checkOnce(_ bytes: [UInt8]) throws(RenderError) {
        let key = bytes.hashValue
        if decodedPNGs.withLock({ $0.contains(key) }) { return }
        try PNGHeader.check(bytes)
        decodedPNGs.withLock { known in
            if known.count >= decodedPNGLimit { known.removeAll(keepingCapacity: true) }
            known.insert(key)
        }
    }

    private static func pngMessage(_ error: RenderError) -> String {
        if case .badImage(_, let message) = error { return "is not a PNG Parley can draw: \(message)" }
        return "is not a PNG Parley can draw: \(error.description)"
    }
}

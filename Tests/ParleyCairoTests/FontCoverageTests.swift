import Foundation
import ParleyScene
import ParleyTestSupport
import Testing

@testable import ParleyCairo

/// Embedding on charts nobody tuned it for: the samples, the layout fixtures and generated
/// models, every text of their scenes checked against the full installed fonts.
@Suite struct FontCoverageTests {
    /// Characters the full fonts behind the fallback configuration have: anything in here that a
    /// chart draws must be in one of the subsets its font lists.
    private static let installedCoverage: Set<UInt32> = {
        var all: Set<UInt32> = []
        for path in [
            "/usr/share/fonts/truetype/dejavu/DejaVuSans.ttf", "/usr/share/fonts/truetype/dejavu/DejaVuSans-Bold.ttf",
            "/usr/share/fonts/truetype/wqy/wqy-microhei.ttc", "/usr/share/fonts/truetype/noto/NotoColorEmoji.ttf",
        ] {
            guard let bytes = FileManager.default.contents(atPath: path) else { continue }
            all.formUnion(HarfBuzzFace(fontFile: [UInt8](bytes)).unicodes)
        }
        return all
    }()

    private static func models() -> [(name: String, path: String?, yaml: String?)] {
        var models: [(String, String?, String?)] = ["istanbul-2025", "normandy-paris-2019", "riyadh-2025"].map {
            ($0, RepositoryPaths.samples + "/\($0).yaml", nil)
        }
        let fixtures = RepositoryPaths.root + "/Tests/Fixtures/layouts"
        for file in ((try? FileManager.default.contentsOfDirectory(atPath: fixtures)) ?? []).sorted() where file.hasSuffix(".yaml") {
            models.append((file, fixtures + "/" + file, nil))
        }
        for seed in [3, 11, 29] as [UInt64] {
            var generator = LayoutModelGenerator(seed: seed)
            models.append(("generated-\(seed)", nil, generator.make().yaml))
        }
        return models
    }

    @Test func everyCharacterTheInstalledFontsHaveIsInAnEmbeddedSubset() throws {
        let folder = try TemporaryDirectory()
        let embedding = PangoFontEmbedding(
            fontConfigurationFile: FontEmbeddingTests.fallbackConfiguration,
            cache: FaceSubsetCache(maximumEntries: 64, maximumBytes: 1 << 25))
        #expect(Self.installedCoverage.count > 20_000)
        var charts = 0
        for model in Self.models() {
            var path = model.path ?? ""
            if let yaml = model.yaml { path = try folder.write(Array(yaml.utf8), to: "\(model.name).yaml").path }
            // The overview only for the samples: it repeats the timeline's texts and costs a render each.
            for chart in ["timeline", "seating", "overview"]
            where chart != "overview" || model.path?.hasPrefix(RepositoryPaths.samples) == true {
                let output = folder.file("\(model.name)-\(chart).json").path
                // Not every model has a seating plan; those that do not are refused, and skipped here.
                guard CommandRunner.parley(["render", path, "--chart", chart, "-o", output]).status == 0 else { continue }
                let scene = try Scene(jsonBytes: [UInt8](try Data(contentsOf: URL(fileURLWithPath: output))))
                var texts: [Font: String] = [:]
                for placed in scene.placedTexts {
                    texts[placed.run.font, default: ""] += placed.run.metrics.lines.map(\.text).joined(separator: "\n") + "\n"
                }
                let fonts = try embedding.embed(texts)
                var cmaps: [String: Set<UInt32>] = [:]
                for face in fonts.faces { cmaps[face.family] = HarfBuzzFace(fontFile: try FontEmbeddingTests.sfnt(of: face)).unicodes }
                for (font, text) in texts {
                    let embedded = (fonts.families[font] ?? []).dropLast(2)
                    let covered = embedded.reduce(into: Set<UInt32>()) { $0.formUnion(cmaps[$1] ?? []) }
                    let missing = Set(text.unicodeScalars.map(\.value)).filter {
                        Self.installedCoverage.contains($0) && !covered.contains($0) && $0 != 0x0A
                    }
                    #expect(missing.isEmpty, "\(model.name) \(chart) \(font): \(missing.sorted().map { String($0, radix: 16) })")
                }
                charts += 1
            }
        }
        #expect(charts >= 20)
    }

    @Test func aFaceThatIsNotOpenTypeIsRefusedWithWhatToDo() throws {
        let garbage = HarfBuzzFace(fontFile: Array("%!PS-AdobeFont-1.0: not an OpenType font".utf8))
        #expect(throws: SceneWriterError.self) { try FaceSubsetter.subset(garbage, to: [0x41]) }
        do {
            _ = try FaceSubsetter.subset(garbage, to: [0x41])
        } catch {
            guard case .fontEmbedding(_, let message) = error else { Issue.record("\(error)"); return }
            #expect(message.contains("--svg-text outline"))
            #expect("\(error)".hasPrefix("cannot embed the font"))
        }
    }
}

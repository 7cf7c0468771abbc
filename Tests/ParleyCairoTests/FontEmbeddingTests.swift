import Foundation
import ParleyScene
import ParleyTestSupport
import Synchronization
import Testing

@testable import ParleyCairo

/// The subsets `PangoFontEmbedding` embeds, read back: what they cover, how they are packed,
/// and that the same text always gives the same bytes.
@Suite struct FontEmbeddingTests {
    static let fallbackConfiguration = RepositoryPaths.root + "/Tests/Fixtures/fonts-fallback.conf"

    /// Scripts Parley's models are written in, each as a realistic label.
    static let scripts: [(name: String, text: String)] = [
        ("Latin", "Round 2 · What changed — delegations, 10:00–13:40"),
        ("Cyrillic", "Мединский, Фомин, Умеров: переговоры в Стамбуле"),
        ("Turkish", "Çırağan Sarayı, İstanbul — Dışişleri Bakanlığı"),
        ("Greek", "Διαπραγματεύσεις στην Κωνσταντινούπολη"),
        ("Arabic", "المفاوضات المباشرة في إسطنبول"),
        ("Hebrew", "משא ומתן ישיר באיסטנבול"),
        ("Han", "伊斯坦布尔直接会谈 · 第二轮"),
        ("Georgian", "პირდაპირი მოლაპარაკებები სტამბოლში"),
        ("Emoji", "Agreed 🤝 prisoner exchange 🇺🇦🇷🇺 👍🏽"),
    ]

    static var texts: [Font: String] {
        var texts: [Font: String] = [:]
        for weight in [Font.Weight.regular, .medium, .bold] {
            texts[Font(size: 11, weight: weight)] = scripts.map(\.text).joined(separator: "\n")
        }
        texts[Font(size: 9, style: .italic)] = "Times as announced; Умеров arrived late"
        return texts
    }

    private func embedding(cache: FaceSubsetCache = FaceSubsetCache(maximumEntries: 64, maximumBytes: 16 << 20)) -> PangoFontEmbedding {
        PangoFontEmbedding(fontConfigurationFile: Self.fallbackConfiguration, cache: cache)
    }

    static func sfnt(of face: EmbeddedFace) throws -> [UInt8] {
        face.format == "woff" ? try WOFFReader.sfnt(fromWOFF: face.data) : face.data
    }

    @Test func everyCharacterDrawnIsInTheCmapOfAFaceItsFontListsInEveryWeight() throws {
        let fonts = try embedding().embed(Self.texts)
        var cmaps: [String: Set<UInt32>] = [:]
        for face in fonts.faces { cmaps[face.family] = HarfBuzzFace(fontFile: try Self.sfnt(of: face)).unicodes }
        for (font, text) in Self.texts {
            let families = try #require(fonts.families[font])
            #expect(Array(families.suffix(2)) == [font.family, "sans-serif"])
            let embedded = families.dropLast(2)
            #expect(Set(embedded).isSubset(of: Set(cmaps.keys)))
            let requested = [Font.Weight.regular: 400, .medium: 500, .bold: 700][font.weight] ?? 0
            for face in fonts.faces where embedded.contains(face.family) {
                // The weight asked for even where the face has no bold of its own (WenQuanYi):
                // a browser that emboldened it would widen every glyph (1.1 % on "第二轮 Round 2"),
                // where Pango's emboldening keeps the advances.
                #expect(face.weight == requested, "\(face.family) for \(font)")
                #expect(face.isItalic == (font.style == .italic))
            }
            for (name, line) in Self.scripts where text.contains(line) {
                for scalar in line.unicodeScalars where !scalar.properties.isDefaultIgnorableCodePoint && scalar.value != 0xFE0F {
                    #expect(
                        embedded.contains { cmaps[$0]?.contains(scalar.value) ?? false },
                        "\(name) U+\(String(scalar.value, radix: 16)) in \(font)")
                }
            }
        }
        // Pango fell back from DejaVu to WenQuanYi for Han and to Noto Color Emoji for emoji.
        let regular = try #require(fonts.families[Font(size: 11)])
        #expect(regular.first?.hasPrefix("parley-dejavusans-400-") ?? false, "\(regular)")
        #expect(regular.contains { $0.hasPrefix("parley-wenquanyimicrohei-400-") }, "\(regular)")
        #expect(regular.contains { $0.hasPrefix("parley-notocoloremoji-400-") }, "\(regular)")
        #expect(fonts.families[Font(size: 11, weight: .bold)]?.first?.hasPrefix("parley-dejavusans-bold-700-") ?? false)
        #expect(fonts.families[Font(size: 9, style: .italic)]?.first?.hasPrefix("parley-dejavusans-oblique-400i-") ?? false)
    }

    @Test func subsetsAreSmallAndCarryTheLayoutTablesBrowsersShapeWith() throws {
        let fonts = try embedding().embed(Self.texts)
        let dejaVu = try #require(fonts.faces.first { $0.family.hasPrefix("parley-dejavusans-400-") })
        let face = HarfBuzzFace(fontFile: try Self.sfnt(of: dejaVu))
        for table in ["cmap", "glyf", "hmtx", "GSUB", "GPOS", "GDEF"] { #expect(face.hasTable(table), "\(table)") }
        // Hinting goes: Parley sets text unhinted.
        for table in ["fpgm", "prep", "cvt "] { #expect(!face.hasTable(table), "\(table)") }
        // The whole DejaVu Sans is 757 KB; these few hundred characters are a small part of it.
        #expect(dejaVu.data.count < 120_000, "\(dejaVu.data.count) bytes")
        #expect(fonts.faces.allSatisfy { $0.data.count < 200_000 }, "\(fonts.faces.map { ($0.family, $0.data.count) })")
    }

    @Test func woffDecodesToTheSubsetAndIsUsedOnlyWhenSmaller() throws {
        let fonts = try embedding().embed(Self.texts)
        #expect(fonts.faces.contains { $0.format == "woff" })
        let runs = try PangoFaceRuns(fontConfigurationFile: Self.fallbackConfiguration)
        let faces = runs.runs(of: Self.texts[Font(size: 11)] ?? "", in: Font(size: 11))
        for run in faces {
            let sfnt = try FaceSubsetter.subset(run.face, to: run.scalars.sorted())
            let packed = try #require(WOFFEncoder.woff(sfnt))
            let decoded = try WOFFReader.sfnt(fromWOFF: packed)
            #expect(decoded == sfnt, "\(run.face.postScriptName)")
            let embedded = try #require(
                fonts.faces.first {
                    $0.family.hasPrefix(EmbeddedFaceName.prefix(of: run.face.postScriptName, weight: 400, isItalic: false))
                })
            #expect(embedded.format == (packed.count < sfnt.count ? "woff" : "truetype"))
            #expect(embedded.mediaType == (packed.count < sfnt.count ? "font/woff" : "font/ttf"))
            #expect(embedded.data.count == min(packed.count, sfnt.count))
        }
    }

    @Test func theSameTextGivesTheSameBytesColdWarmAndOnAnotherThread() throws {
        let cache = FaceSubsetCache(maximumEntries: 64, maximumBytes: 16 << 20)
        let cold = try embedding(cache: cache).embed(Self.texts)
        #expect(cache.count > 0)
        let warm = try embedding(cache: cache).embed(Self.texts)
        #expect(warm == cold)
        let fresh = try embedding().embed(Self.texts)
        #expect(fresh == cold)
        let texts = Self.texts
        let configuration = Self.fallbackConfiguration
        let threaded = Mutex<Result<EmbeddedFonts, SceneWriterError>?>(nil)
        let thread = Thread {
            threaded.withLock {
                $0 = Result { () throws(SceneWriterError) in
                    try PangoFontEmbedding(fontConfigurationFile: configuration, cache: cache).embed(texts)
                }
            }
        }
        thread.start()
        while threaded.withLock({ $0 == nil }) { usleep(1000) }
        #expect(try threaded.withLock { try $0?.get() } == cold)
        // A different set of characters is a different subset with a different name.
        var more = Self.texts
        more[Font(size: 11)] = (more[Font(size: 11)] ?? "") + " Ω"
        let other = try embedding(cache: cache).embed(more)
        #expect(other.families[Font(size: 11)]?.first != cold.families[Font(size: 11)]?.first)
        #expect(other.families[Font(size: 11, weight: .bold)] == cold.families[Font(size: 11, weight: .bold)])
    }

    @Test func theCacheStaysWithinItsBounds() throws {
        let cache = FaceSubsetCache(maximumEntries: 2, maximumBytes: 1 << 30)
        for size in 0..<4 {
            _ = try embedding(cache: cache).embed([Font(size: 11): "Round \(size) " + String(repeating: "x", count: size)])
        }
        #expect(cache.count == 2)
        let tiny = FaceSubsetCache(maximumEntries: 100, maximumBytes: 1)
        _ = try embedding(cache: tiny).embed(Self.texts)
        #expect(tiny.count == 1)
    }

    @Test func theProcessFontsGiveDejaVuForDejaVuText() throws {
        TestFonts.pin()
        let fonts = try PangoFontEmbedding().embed([Font(size: 12): "Çırağan Palace", Font(size: 12, weight: .bold): "Round 2"])
        #expect(fonts.faces.count == 2)
        #expect(fonts.families[Font(size: 12)]?.count == 3)
        let none = try PangoFontEmbedding().embed([Font(size: 12): ""])
        #expect(none.faces.isEmpty)
        #expect(none.families[Font(size: 12)] == ["DejaVu Sans", "sans-serif"])
    }
}

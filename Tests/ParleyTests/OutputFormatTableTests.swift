import Foundation
import Parley
import ParleyScene
import ParleyTestSupport
import Testing

/// The format table is the one list of formats: every property of `OutputFormat` comes from
/// its row, and every row's writer writes its format.
@Suite struct OutputFormatTableTests {
    init() { TestFonts.pin() }

    private let scene = Scene(
        size: Size(width: 30, height: 20), background: .white, title: "Table", description: "One blue square",
        nodes: [.rect(RectShape(frame: Rect(x: 5, y: 5, width: 10, height: 10), style: .filled(SceneFixtures.blue)))])

    @Test func namesExtensionsAndMediaTypesAreTheRowsAndUnique() {
        let formats = OutputFormat.allCases
        #expect(formats.map(\.rawValue) == ["svg", "png", "pdf", "json"])
        for format in formats {
            #expect(format.rawValue == format.row.name)
            #expect(OutputFormat(rawValue: format.row.name) == format)
            #expect(OutputFormat(fileExtension: format.row.fileExtension.uppercased()) == format)
            #expect(format.fileExtension == format.row.fileExtension && format.mediaType == format.row.mediaType)
            #expect(!format.summary.isEmpty && !format.summary.contains("\n"))
        }
        for column in [formats.map(\.rawValue), formats.map(\.fileExtension), formats.map(\.mediaType)] {
            #expect(Set(column).count == formats.count, "\(column)")
        }
        #expect(OutputFormat(rawValue: "jpeg") == nil && OutputFormat(fileExtension: "yaml") == nil)
    }

    @Test func theTableSaysWhichFormatsArePicturesRasterAndPaged() {
        #expect(OutputFormat.pictures == [.svg, .png, .pdf])
        #expect(OutputFormat.allCases.filter(\.isRaster) == [.png])
        #expect(OutputFormat.allCases.filter(\.isPaged) == [.pdf])
    }

    /// What a format's files start with, for the check below; a new row needs its signature here.
    private static let signatures: [OutputFormat: [UInt8]] = [
        .svg: Array("<?xml".utf8), .png: [0x89, 0x50, 0x4E, 0x47], .pdf: Array("%PDF".utf8), .json: Array("{".utf8),
    ]

    @Test(arguments: OutputFormat.allCases)
    func everyRowsWriterWritesItsFormat(_ format: OutputFormat) throws {
        let bytes = try format.writer.write(scene)
        let signature = try #require(Self.signatures[format], "no signature for \(format.rawValue)")
        #expect(bytes.starts(with: signature))
        if format == .svg { #expect(String(decoding: bytes, as: UTF8.self).contains("<svg")) }
        if format == .json {
            let object = try JSONSerialization.jsonObject(with: Data(bytes)) as? [String: Any]
            #expect(object?["title"] as? String == "Table")
        }
    }

    @Test(arguments: OutputFormat.allCases)
    func theBackgroundOverrideReachesEveryWriterTheSceneJSONToo(_ format: OutputFormat) throws {
        var cleared = scene
        cleared.background = nil
        let options = WriteOptions(background: .clear)
        #expect(try format.writer.write(scene, options: options) == format.writer.write(cleared))
        #expect(try format.writer.write(scene, options: options) != format.writer.write(scene))
    }

    @Test func onlyPagedFormatsWritePages() throws {
        #expect(try OutputFormat.pdf.write(pages: [scene, scene], options: WriteOptions()).starts(with: Array("%PDF".utf8)))
        #expect(throws: SceneWriterError.notPaged(format: "png")) { try OutputFormat.png.write(pages: [scene], options: WriteOptions()) }
        #expect(
            SceneWriterError.notPaged(format: "png").description == "a png file holds one chart, not pages; write the pages as PDF")
    }
}

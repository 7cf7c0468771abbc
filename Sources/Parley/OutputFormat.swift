import ParleyScene

/// Every format Parley writes. The cases only name the formats: everything about each (its
/// name, extension, media type, help text, writer) is its row in the format table
/// (`OutputFormat+Table.swift`), and everything below reads that table.
public enum OutputFormat: CaseIterable, Sendable, Hashable, RawRepresentable {
    /// SVG, PNG and PDF pictures, and the scene as JSON.
    case svg, png, pdf, json

    /// The format's name, as `--format` and manifests spell it.
    public var rawValue: String { row.name }

    /// The format `--format` and manifests call `rawValue`; `nil` for any other name.
    public init?(rawValue: String) {
        guard let format = Self.allCases.first(where: { $0.row.name == rawValue }) else { return nil }
        self = format
    }

    /// The format whose files end in `fileExtension` (any case, without the dot).
    public init?(fileExtension: String) {
        let wanted = fileExtension.lowercased()
        guard let format = Self.allCases.first(where: { $0.row.fileExtension == wanted }) else { return nil }
        self = format
    }

    /// The extension of the format's files, without the dot (`svg`).
    public var fileExtension: String { row.fileExtension }
    /// The IANA media type, e.g. `image/svg+xml`.
    public var mediaType: String { row.mediaType }
    /// One line for `--help`.
    public var summary: String { row.summary }
    /// Whether the writer takes the pixel scale (and the manifest's sizes are in pixels).
    public var isRaster: Bool { row.isRaster }
    /// Whether the format is a picture of the chart (the scene JSON is not): what an export
    /// writes unless told otherwise.
    public var isPicture: Bool { row.isPicture }
    /// The writer of one picture in this format.
    public var writer: any SceneWriter { row.writer }
    /// The writer of documents of several pages, when the format has pages.
    public var pagedWriter: (any PagedSceneWriter)? { row.pagedWriter }
    /// Whether one file can hold several pages (today only PDF).
    public var isPaged: Bool { row.pagedWriter != nil }

    /// One document of `pages` in this format, when it holds pages.
    public func write(pages: [Scene], options: WriteOptions) throws(SceneWriterError) -> [UInt8] {
        guard let pagedWriter else { throw .notPaged(format: rawValue) }
        return try pagedWriter.write(pages: pages, options: options)
    }

    /// The formats that picture a chart, in table order.
    public static var pictures: [OutputFormat] { allCases.filter(\.isPicture) }
}

internal import CCairo
import Foundation
import ParleyScene

/// Cairo's tag and outline attributes (cairo_tag_begin, cairo_pdf_surface_add_outline): a
/// list of `name=value` pairs whose string values stand in single quotes, a quote or a
/// backslash inside escaped with a backslash. Only PDF surfaces act on them; the others
/// ignore tags, so one draw path serves every format.
enum CairoTags {
    /// The schemes a link may have: web pages and mail. Anything else (`javascript:`, `file:`,
    /// a relative path) is drawn as text without a link.
    static let linkSchemes = ["http://", "https://", "mailto:"]

    /// `uri='…'` for a link to `url`, or `nil` when it is no link Parley writes: another
    /// scheme, or a character a URL may not hold unencoded (a space, a control, non-ASCII).
    /// Cairo 1.16 copies the URI into a PDF string as it is, where a backslash escapes the next
    /// character and an unbalanced parenthesis ends the string early (a broken file), so those
    /// three are percent-encoded first: the same address to every browser.
    static func linkAttributes(_ url: String) -> String? {
        let lowered = url.lowercased()
        guard linkSchemes.contains(where: { lowered.hasPrefix($0) && lowered.count > $0.count }),
            url.unicodeScalars.allSatisfy({ $0.value > 0x20 && $0.value < 0x7F })
        else { return nil }
        let encoded = url.replacingOccurrences(of: "\\", with: "%5C").replacingOccurrences(of: "(", with: "%28")
            .replacingOccurrences(of: ")", with: "%29")
        return "uri=\(quoted(encoded))"
    }

    /// An outline entry's destination: `page` (from 1) at `point` in the page's points, top-left origin.
    static func destination(page: Int, at point: Point) -> String {
        "page=\(page) pos=[\(number(point.x)) \(number(point.y))]"
    }

    /// `text` as a quoted attribute value.
    static func quoted(_ text: String) -> String {
        "'" + text.replacingOccurrences(of: "\\", with: "\\\\").replacingOccurrences(of: "'", with: "\\'") + "'"
    }

    /// A coordinate as Cairo's attribute parser reads it: plain decimals, no exponent.
    private static func number(_ value: Double) -> String {
        let cents = Int(((value.isFinite ? min(max(0, value), 1e9) : 0) * 100).rounded())
        let fraction = cents % 100
        return "\(cents / 100)." + (fraction < 10 ? "0" : "") + "\(fraction)"
    }
}

/// The PDF outline (bookmarks) of a multi-page document, from the groups of its page scenes
/// whose role marks the document's structure: a `section` group is a top-level entry, a
/// `figure` group an entry under the section before it, each named by the group's title and
/// pointing at the top-left corner of what it holds on its page.
struct PDFOutline {
    /// One bookmark: its label, its page (from 1), where on the page, and whether it nests under the last section.
    struct Entry: Equatable {
        var title: String
        var page: Int
        var point: Point
        var isFigure: Bool
    }

    /// The entries in page and drawing order.
    private(set) var entries: [Entry] = []

    /// Collects the entries of `pages`, in order.
    init(pages: [Scene]) {
        for (index, page) in pages.enumerated() {
            for placed in page.flattened() {
                guard case .group(let group) = placed.node, let role = group.role, role == .section || role == .figure,
                    let title = group.title, !title.isEmpty
                else { continue }
                let bounds = placed.canvasBounds ?? Rect(x: 0, y: 0, width: 0, height: 0)
                entries.append(
                    Entry(title: title, page: index + 1, point: Point(x: bounds.minX, y: bounds.minY), isFigure: role == .figure))
            }
        }
    }

    /// Adds the entries to `surface`, a PDF surface, before it is finished.
    func add(to surface: CairoSurface) {
        var section = Int32(CAIRO_PDF_OUTLINE_ROOT)
        for entry in entries {
            let parent = entry.isFigure ? section : Int32(CAIRO_PDF_OUTLINE_ROOT)
            let flags = entry.isFigure ? cairo_pdf_outline_flags_t(0) : CAIRO_PDF_OUTLINE_FLAG_OPEN
            let id = cairo_pdf_surface_add_outline(
                surface.handle, parent, CairoTextEscape.metadata(entry.title),
                CairoTags.destination(page: entry.page, at: entry.point), flags)
            if !entry.isFigure { section = id }
        }
    }
}

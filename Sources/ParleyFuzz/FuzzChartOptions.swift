import ParleyLayout

/// The chart options an input asks for in its first line, a YAML comment such as
/// `#!parley theme=dark align=elapsed clock=12 lang=native notitle width=480 height=300`.
/// Reading them from the input (not from a hash of it) keeps a reproducer self-describing and
/// lets libFuzzer minimise it without the options changing under it; the dictionary holds the
/// words, so mutations reach every option. Unknown words are ignored.
struct FuzzChartOptions {
    static let marker = "#!parley"

    var layout = LayoutOptions()

    init(_ bytes: [UInt8]) {
        let firstLine = bytes.prefix { $0 != UInt8(ascii: "\n") }.prefix(200)
        let text = String(decoding: firstLine, as: UTF8.self)
        guard text.hasPrefix(Self.marker) else { return }
        for word in text.dropFirst(Self.marker.count).split(separator: " ") {
            let parts = word.split(separator: "=", maxSplits: 1).map(String.init)
            let value = parts.count == 2 ? parts[1] : ""
            switch parts[0] {
            case "theme": layout.theme = [Theme.light, .dark, .print].first { $0.name == value } ?? layout.theme
            case "align": layout.alignment = TimelineAlignment(rawValue: value) ?? layout.alignment
            case "clock": layout.clock = ClockStyle(rawValue: value) ?? layout.clock
            case "lang": layout.language = value.isEmpty ? nil : value
            case "notitle": layout.showsTitle = false
            // Any number, even a hostile one: the layout must refuse what it cannot draw.
            case "width": layout.width = Double(value)
            case "height": layout.height = Double(value)
            default: continue
            }
        }
    }
}

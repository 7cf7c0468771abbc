import Parley
import ParleyCLI
import ParleyModel
import Testing

@testable import ParleyServer

/// The server reads each option set once: what the cache answers is what ChartArguments reads,
/// per format and per option set, and a refusal is never kept.
@Suite struct ChartRequestCacheTests {
    @Test func aCachedRequestIsTheOneTheOptionsRead() throws {
        let cache = ChartRequestCache()
        let sets: [[(name: String, value: String)]] = [
            [], [("chart", "seating"), ("round", "round-2")], [("theme", "dark"), ("lang", "ru"), ("width", "700")],
            [("round", "round-2"), ("chart", "seating")], [("title", "false"), ("svg-text", "outline")],
        ]
        for _ in 0..<2 {
            for options in sets {
                for format in [OutputFormat.svg, .png, .pdf] where format == .svg || !options.contains(where: { $0.name == "svg-text" }) {
                    let read = try ChartArguments.request(options, format: format)
                    #expect(try cache.request(options, format: format) == read, "\(options) \(format)")
                }
            }
        }
        // The same options in another format are another request (SVG's real text, for one).
        #expect(try cache.request([], format: .svg) != cache.request([], format: .png))
    }

    @Test func aRefusalIsReadAgainEachTime() {
        let cache = ChartRequestCache()
        for _ in 0..<3 {
            #expect(throws: ChartArguments.Problem.self) { try cache.request([("thme", "dark")], format: .svg) }
            #expect(throws: ChartArguments.Problem.self) { try cache.request([("width", "-4")], format: .png) }
        }
        #expect(throws: Never.self) { try cache.request([("width", "400")], format: .png) }
    }

    @Test func manyOptionSetsStayWithinTheBound() throws {
        let cache = ChartRequestCache()
        for width in 300..<570 {
            let request = try cache.request([("width", "\(width)")], format: .svg)
            if width % 30 == 0 { #expect(request == (try ChartArguments.request([("width", "\(width)")], format: .svg))) }
        }
        #expect(cache.count <= 256)
    }
}

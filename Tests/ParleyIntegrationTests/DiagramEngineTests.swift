import Foundation
import ParleyTestSupport
import Testing

/// parley.lua loaded with `require 'parley'` is an engine for pandoc-ext/diagram (pandoc 3):
/// the table its `get_engine` expects, whose `compile(self, text, options)` answers the picture in
/// the MIME type the filter chose. pandoc-ext/diagram itself is on GitHub only, so this test
/// calls the engine as that filter does, under `pandoc lua`, rather than running the filter.
@Suite struct DiagramEngineTests {
    init() { TestFonts.pin() }

    static let script = """
        package.path = arg[1] .. '/?.lua;' .. package.path
        local engine = require 'parley'
        assert(engine.mime_types['image/svg+xml'] and engine.mime_types['application/pdf'] and engine.mime_types['image/png'])
        local file = assert(io.open('istanbul.yaml'))
        local model = file:read('a')
        file:close()
        -- What diagram.lua hands over: its engine settings mixed with the block's opt-* attributes.
        for _, mime in ipairs { 'image/svg+xml', 'application/pdf', 'image/png' } do
          local picture, answered = engine.compile({ mime_type = mime }, model,
            { chart = 'seating', round = 'round-2', package = 'parley', ['mime-type'] = mime })
          io.write(answered, ' ', picture:sub(1, 5):gsub('[^%w<%%]', ''), '\\n')
        end
        local ok, message = pcall(engine.compile, { mime_type = 'image/svg+xml' }, 'parley: 1\\nid: x\\n', {})
        io.write(tostring(ok), ' ', message, '\\n')
        """

    @Test func requireParleyGivesAnEngineThatDrawsEachMIMETypeAndRaisesModelErrors() throws {
        let folder = try Toolchain.documentFolder("", named: "unused.md")
        let program = try folder.write(Array(Self.script.utf8), to: "engine.lua")
        let pandoc = try Toolchain.Pandoc.wheel.path()
        let run = ExternalTool.capture(
            pandoc, ["lua", program.path, Toolchain.root + "/integrations/pandoc"], environment: Toolchain.environment, in: folder.url.path)
        try #require(run.status == 0, "\(run.stderr)")
        let lines = String(decoding: run.stdout, as: UTF8.self).split(separator: "\n").map(String.init)
        #expect(Array(lines.prefix(3)) == ["image/svg+xml <svg", "application/pdf %PDF", "image/png PNG"], "\(lines)")
        #expect(
            lines.count > 3 && lines[3].hasPrefix("false ") && lines[3].contains("parley block:1:1: error: the meeting needs 'timezone'"),
            "\(lines)")
    }
}

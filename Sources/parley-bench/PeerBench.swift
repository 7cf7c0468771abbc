import Foundation
import Parley
import ParleyCairo
import ParleyScene

/// The baselines of `bench/peers` (the plain C Cairo+Pango program, matplotlib, Graphviz),
/// run on this machine in this run, so that Parley's figures are read as ratios.
struct PeerBench {
    let peers: URL
    let scratch: URL
    let parley: String
    let sample: String
    let runs: Int

    /// The C program, built here; nil (and said why) when it cannot be.
    func buildCairoPeer() -> String? {
        let source = peers.appendingPathComponent("cairo/peers_cairo.c").path
        let binary = scratch.appendingPathComponent("peers_cairo").path
        guard FileManager.default.fileExists(atPath: source) else {
            print("(no C peer: \(source) is missing)\n")
            return nil
        }
        guard
            let flags = ChildProcess.output([
                "pkg-config", "--cflags", "--libs", "pangocairo", "cairo-svg", "cairo-pdf", "libpng16", "zlib",
            ])
        else {
            print("(no C peer: pkg-config does not find pangocairo, libpng16 and zlib; install libpng-dev)\n")
            return nil
        }
        let compile = ["cc", "-O2", "-o", binary, source] + flags.split(whereSeparator: \.isWhitespace).map(String.init)
        guard ChildProcess.run(compile).status == 0 else {
            print("(no C peer: it did not compile)\n")
            return nil
        }
        return binary
    }

    /// The C program's in-process table: chart → work → its cells (median, mean, min µs, bytes).
    func cairoBatch(_ binary: String, charts: Int) -> [String: [String: [String]]] {
        guard let output = ChildProcess.output([binary, "batch", "\(charts)"]) else { return [:] }
        var result: [String: [String: [String]]] = [:]
        for line in output.split(separator: "\n") where line.hasPrefix("| timeline") || line.hasPrefix("| seating") {
            let cells = line.split(separator: "|").map { $0.trimmingCharacters(in: .whitespaces) }
            guard cells.count >= 6 else { continue }
            result[cells[0], default: [:]][cells[1]] = Array(cells[2...])
        }
        return result
    }

    func compare(coldPNG: Double, charts: Int) {
        print("## Against the peers (same machine, same run)\n")
        guard let binary = buildCairoPeer() else { return }
        let c = cairoBatch(binary, charts: charts)
        func cCells(_ chart: String, _ prefix: String) -> [String] { c[chart]?.first { $0.key.hasPrefix(prefix) }?.value ?? [] }
        func cMedian(_ chart: String, _ prefix: String) -> Double { cCells(chart, prefix).first.flatMap(Double.init) ?? .nan }
        func cBytes(_ chart: String, _ prefix: String) -> String { cCells(chart, prefix).last ?? "–" }
        print(
            "In one process, the same scene: the C program's two charts built as Parley scenes (text measured with Pango) and drawn by Parley's renderer, against the C program drawing them directly (µs per chart, median; ratio = Parley / C)\n"
        )
        var rows: [[String]] = []
        do {
            let measurer = try PangoTextMeasurer()
            for (peerChart, build) in [("timeline", PeerScenes.timeline), ("seating", PeerScenes.seating)] {
                let scene = build(measurer)
                let megapixels = scene.size.width * scene.size.height / 1e6
                let cases: [(String, any SceneWriter, String)] = [
                    ("SVG", CairoSVGWriter(), "draw + SVG"), ("PDF", CairoPDFWriter(), "draw + PDF"),
                    ("PNG, Cairo's writer both", CairoPNGWriter(compressor: .cairo), "draw + PNG, cairo writer"),
                    ("PNG, Parley's writer vs C's cairo writer", CairoPNGWriter(), "draw + PNG, cairo writer"),
                    ("PNG, Parley's writer vs C's libpng level 1", CairoPNGWriter(), "draw + PNG, libpng zlib level L, filter SUB"),
                ]
                for (name, writer, work) in cases {
                    let time = try measure(runs * 2) { _ = try writer.write(build(measurer)) }
                    let theirs = cMedian(peerChart, work)
                    var cells = [peerChart, name, Format.micro(theirs), Format.micro(time.median), Format.ratio(time.median / theirs)]
                    if writer is CairoPNGWriter {
                        let bytes = try writer.write(scene).count
                        cells[1] += " (\(Format.micro(time.median / megapixels)) µs/MP, \(bytes) bytes)"
                    }
                    rows.append(cells)
                }
            }
        } catch {
            print("(the same-scene comparison failed: \(error))\n")
        }
        table(["chart", "work", "C µs", "Parley µs", "Parley / C"], rows)
        print(
            "C's PNG sizes: timeline \(cBytes("timeline", "draw + PNG, cairo writer")) bytes, seating \(cBytes("seating", "draw + PNG, cairo writer")) bytes (Cairo's writer).\n"
        )

        print("Whole processes, one PNG each (A and B in turn, median of A/B pair by pair; \(runs) pairs)\n")
        let ourCommand = [parley, "render", sample, "--round", "round-2", "-o", scratch.appendingPathComponent("pair.png").path]
        var coldRows: [[String]] = []
        /// One row: the peer's own median over `pairs` runs, and our time as a paired ratio to it.
        func row(_ name: String, _ command: [String], pairs: Int) -> [String] {
            let timings = ChildProcess.repeated(command, runs: pairs)
            let ratio = ChildProcess.pairedRatio(ourCommand, command, pairs: pairs) ?? .nan
            return [name, timings.map { Format.milli($0.0.median) } ?? "–", Format.ratio(ratio)]
        }
        coldRows.append(
            row("plain C, cairo writer", [binary, "timeline", "png", scratch.appendingPathComponent("c.png").path], pairs: runs))
        coldRows.append(
            row("plain C, libpng fast", [binary, "timeline", "png-fast", scratch.appendingPathComponent("cf.png").path], pairs: runs))
        if ChildProcess.output(["which", "neato"]) != nil {
            let dot = peers.appendingPathComponent("graphviz/timeline.dot").path
            coldRows.append(
                row("Graphviz neato -n2", ["neato", "-n2", "-Tpng", "-o", scratch.appendingPathComponent("g.png").path, dot], pairs: runs))
        } else {
            coldRows.append(["Graphviz", "not installed", "–"])
        }
        // The first interpreter that has matplotlib, named by its real path so that no version
        // manager's shim is timed with it.
        let python = ["python3", "/usr/bin/python3"].lazy.compactMap {
            ChildProcess.output([$0, "-c", "import sys, matplotlib; print(sys.executable)"])?.trimmingCharacters(
                in: .whitespacesAndNewlines)
        }.first
        if let python {
            let script = peers.appendingPathComponent("mpl/peers_mpl.py").path
            coldRows.append(
                row(
                    "matplotlib (Agg)", [python, script, "timeline", "png", scratch.appendingPathComponent("m.png").path],
                    pairs: max(2, runs / 3)))
        } else {
            coldRows.append(["matplotlib", "not installed", "–"])
        }
        table(["peer", "peer median ms", "Parley / peer"], coldRows)
        print("Parley's cold PNG render: \(Format.milli(coldPNG)) ms median.\n")
    }
}

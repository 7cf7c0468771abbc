import Foundation

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
        guard let flags = ChildProcess.output(["pkg-config", "--cflags", "--libs", "pangocairo", "cairo-svg", "cairo-pdf", "libpng16", "zlib"])
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

    /// The C program's in-process medians: chart → work → µs.
    func cairoBatch(_ binary: String, charts: Int) -> [String: [String: Double]] {
        guard let output = ChildProcess.output([binary, "batch", "\(charts)"]) else { return [:] }
        var result: [String: [String: Double]] = [:]
        for line in output.split(separator: "\n") where line.hasPrefix("| timeline") || line.hasPrefix("| seating") {
            let cells = line.split(separator: "|").map { $0.trimmingCharacters(in: .whitespaces) }
            guard cells.count >= 3, let median = Double(cells[2]) else { continue }
            result[cells[0], default: [:]][cells[1]] = median
        }
        return result
    }

    func compare(_ ours: InProcessBench.Results, coldPNG: Double, charts: Int) {
        print("## Against the peers (same machine, same run)\n")
        guard let binary = buildCairoPeer() else { return }
        let c = cairoBatch(binary, charts: charts)
        func cMedian(_ chart: String, _ prefix: String) -> Double {
            c[chart]?.first { $0.key.hasPrefix(prefix) }?.value ?? .nan
        }
        print("In one process: Parley (layout + render) against plain C drawing the peers' version of the chart (µs per diagram; ratio = Parley / C)\n")
        var rows: [[String]] = []
        for (peerChart, ourChart, megapixels) in [("timeline", "timeline, 3 rounds", 0.6), ("seating", "seating, round 2", 0.8)] {
            for (format, work) in [("svg", "draw + SVG"), ("pdf", "draw + PDF"), ("png", "draw + PNG, cairo writer"), ("png", "draw + PNG, libpng zlib level 1, filter SUB")] {
                let theirs = cMedian(peerChart, work)
                let mine = ours.total[ourChart]?[format] ?? .nan
                rows.append([peerChart, work, Format.micro(theirs), Format.micro(mine), Format.ratio(mine / theirs)])
            }
            let cairoPerMP = cMedian(peerChart, "draw + PNG, cairo writer") / megapixels
            rows.append([peerChart, "PNG µs per megapixel", Format.micro(cairoPerMP), Format.micro(ours.pngPerMegapixel[.parley] ?? .nan),
                Format.ratio((ours.pngPerMegapixel[.parley] ?? .nan) / cairoPerMP)])
        }
        table(["peer chart", "C work", "C µs", "Parley µs", "Parley / C"], rows)

        print("Whole processes, one PNG each (A and B in turn, median of A/B pair by pair; \(runs) pairs)\n")
        let ourCommand = [parley, "render", sample, "--round", "round-2", "-o", scratch.appendingPathComponent("pair.png").path]
        var coldRows: [[String]] = []
        let cold = ChildProcess.repeated([binary, "timeline", "png", scratch.appendingPathComponent("c.png").path], runs: runs)
        coldRows.append([
            "plain C, cairo writer", cold.map { Format.milli($0.0.median) } ?? "–",
            Format.ratio(ChildProcess.pairedRatio(ourCommand, [binary, "timeline", "png", scratch.appendingPathComponent("c.png").path], pairs: runs) ?? .nan),
        ])
        let fast = ChildProcess.repeated([binary, "timeline", "png-fast", scratch.appendingPathComponent("cf.png").path], runs: runs)
        coldRows.append([
            "plain C, libpng fast", fast.map { Format.milli($0.0.median) } ?? "–",
            Format.ratio(ChildProcess.pairedRatio(ourCommand, [binary, "timeline", "png-fast", scratch.appendingPathComponent("cf.png").path], pairs: runs) ?? .nan),
        ])
        let dot = peers.appendingPathComponent("graphviz/timeline.dot").path
        if ChildProcess.output(["which", "neato"]) != nil {
            let command = ["neato", "-n2", "-Tpng", "-o", scratch.appendingPathComponent("g.png").path, dot]
            let timings = ChildProcess.repeated(command, runs: runs)
            coldRows.append(["Graphviz neato -n2", timings.map { Format.milli($0.0.median) } ?? "–", Format.ratio(ChildProcess.pairedRatio(ourCommand, command, pairs: runs) ?? .nan)])
        } else {
            coldRows.append(["Graphviz", "not installed", "–"])
        }
        let python = ChildProcess.output(["python3", "-c", "import sys, matplotlib; print(sys.executable)"])?.trimmingCharacters(in: .whitespacesAndNewlines)
        if let python {
            let command = [python, peers.appendingPathComponent("mpl/peers_mpl.py").path, "timeline", "png", scratch.appendingPathComponent("m.png").path]
            let pairs = max(2, runs / 3)
            let timings = ChildProcess.repeated(command, runs: pairs)
            coldRows.append(["matplotlib (Agg)", timings.map { Format.milli($0.0.median) } ?? "–", Format.ratio(ChildProcess.pairedRatio(ourCommand, command, pairs: pairs) ?? .nan)])
        } else {
            coldRows.append(["matplotlib", "not installed", "–"])
        }
        table(["peer", "peer median ms", "Parley / peer"], coldRows)
        print("Parley's cold PNG render: \(Format.milli(coldPNG)) ms median.\n")
    }
}

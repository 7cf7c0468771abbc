import Foundation

/// Percentiles of a set of timings, in microseconds.
struct Timings {
    let samples: [Double]
    init(_ samples: [Double]) { self.samples = samples.sorted() }

    func percentile(_ p: Double) -> Double {
        guard !samples.isEmpty else { return .nan }
        let index = min(samples.count - 1, max(0, Int((p / 100 * Double(samples.count - 1)).rounded())))
        return samples[index]
    }
    var median: Double { percentile(50) }
    /// "p10–p90", the spread printed beside every median.
    var spread: String { "\(Format.micro(percentile(10)))–\(Format.micro(percentile(90)))" }
}

/// Runs `body` `count` times after `warmUp` untimed runs; returns each run's microseconds.
func measure(_ count: Int, warmUp: Int = 2, _ body: () throws -> Void) rethrows -> Timings {
    for _ in 0..<warmUp { try body() }
    let clock = ContinuousClock()
    var samples: [Double] = []
    samples.reserveCapacity(count)
    for _ in 0..<count {
        let elapsed = try clock.measure(body)
        samples.append(Double(elapsed.components.attoseconds) / 1e12 + Double(elapsed.components.seconds) * 1e6)
    }
    return Timings(samples)
}

enum Format {
    static func micro(_ value: Double) -> String {
        guard value.isFinite else { return "–" }
        return value >= 100 ? String(Int(value.rounded())) : String(format: "%.1f", value)
    }
    static func milli(_ micros: Double) -> String { String(format: "%.1f", micros / 1000) }
    static func ratio(_ value: Double) -> String { value.isFinite ? String(format: "%.2f×", value) : "–" }
    static func mebi(_ kibibytes: Int) -> String { String(format: "%.1f", Double(kibibytes) / 1024) }
}

/// Prints a markdown table, so the output pastes into notes and issues as it is.
func table(_ header: [String], _ rows: [[String]]) {
    print("| " + header.joined(separator: " | ") + " |")
    print("|" + header.map { _ in "---" }.joined(separator: "|") + "|")
    for row in rows { print("| " + row.joined(separator: " | ") + " |") }
    print()
}

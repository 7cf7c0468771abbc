/// What one fuzz input did, and every invariant it broke. An empty `violations` is a pass:
/// a located error is as good an answer as a chart.
public struct FuzzOutcome: Sendable {
    /// Broken invariants, one sentence each; any of them is a finding.
    public var violations: [String] = []
    /// The input was over the harness's size bound and was not tried.
    public var skipped = false
    /// The model loaded (else it was rejected with diagnostics).
    public var loaded = false
    public var diagnostics = 0
    /// Charts laid out, and refused with a layout error.
    public var scenes = 0
    public var refusals = 0
    /// Byte outputs written and checked (SVG, PNG, PDF, scene JSON).
    public var renders = 0

    public init() {}

    mutating func violation(_ sentence: String) { violations.append(sentence) }

    /// One line for the replay tool's output.
    public var summary: String {
        if skipped { return "skipped (over the size bound)" }
        let model = loaded ? "loaded" : "rejected with \(diagnostics) diagnostic(s)"
        let charts = loaded ? ", \(scenes) chart(s) laid out, \(refusals) refused, \(renders) output(s) written" : ""
        let verdict = violations.isEmpty ? "ok" : "\(violations.count) invariant(s) broken"
        return "\(model)\(charts): \(verdict)"
    }
}

import ParleyModel

/// The loader under arbitrary bytes: it returns a model or throws diagnostics, never traps or
/// hangs; every diagnostic is located and one line; a rejection carries at least one error;
/// the same bytes give the same answer.
public enum LoaderFuzzer {
    /// The name inputs carry in diagnostics.
    public static let fileName = "fuzz.yaml"

    /// Either answer the loader may give, comparable so a second parse can be checked against the first.
    enum Answer: Equatable {
        case loaded(Meeting, warnings: [Diagnostic])
        case rejected([Diagnostic])
    }

    public static func check(_ bytes: [UInt8]) -> FuzzOutcome {
        var outcome = FuzzOutcome()
        let answer = parse(bytes, checkingInto: &outcome)
        if parse(bytes) != answer {
            outcome.violation("parsing the same bytes twice gave different answers")
        }
        return outcome
    }

    static func parse(_ bytes: [UInt8]) -> Answer {
        do {
            let result = try MeetingLoader.parse(bytes, file: fileName)
            return .loaded(result.meeting, warnings: result.warnings)
        } catch {
            return .rejected(error.diagnostics)
        }
    }

    /// Parses once and checks the answer's diagnostics.
    static func parse(_ bytes: [UInt8], checkingInto outcome: inout FuzzOutcome) -> Answer {
        let answer = parse(bytes)
        let checks = DiagnosticChecks(bytes: bytes, file: fileName)
        switch answer {
        case .loaded(_, let warnings):
            outcome.loaded = true
            outcome.diagnostics = warnings.count
            for warning in warnings {
                if warning.severity != .warning { outcome.violation("a model loaded despite an error: \(warning)") }
                checks.check(warning, into: &outcome)
            }
        case .rejected(let diagnostics):
            outcome.diagnostics = diagnostics.count
            if !diagnostics.contains(where: { $0.severity == .error }) {
                outcome.violation("the model was rejected without an error (\(diagnostics.count) warning(s))")
            }
            for diagnostic in diagnostics { checks.check(diagnostic, into: &outcome) }
        }
        return answer
    }
}

import ArgumentParser
import Foundation
import ParleyScene

/// `--rounds a,b`: round ids, comma-separated, in the order to draw them. An empty list or an
/// id named twice is refused here, before the model is read, rather than drawn as something
/// the command line did not say.
enum RoundList {
    /// The ids `text` names, in order, without the spaces around them.
    static func ids(_ text: String) throws(ValidationError) -> [String] {
        let ids = text.split(separator: ",", omittingEmptySubsequences: false).map { $0.trimmingCharacters(in: .whitespaces) }
        if ids.allSatisfy(\.isEmpty) {
            throw ValidationError(
                "--rounds names no round; give round ids, comma-separated (--rounds round-1,round-2), or leave it out for all (parley rounds --ids MODEL lists them)"
            )
        }
        if ids.contains(where: \.isEmpty) {
            throw ValidationError(
                "--rounds '\(TerminalEscape.line(text))' has an empty id between commas; give ids separated by single commas, e.g. --rounds round-1,round-2"
            )
        }
        var seen: Set<String> = []
        if let twice = ids.first(where: { !seen.insert($0).inserted }) {
            throw ValidationError(
                "--rounds names round '\(TerminalEscape.line(twice))' twice; name each round once (a round is drawn once)")
        }
        return ids
    }
}

import ParleyModel

/// What each round came to and what happened in it at no known time, in words, for a chart's
/// description: "Outcomes of Round 2: …. At no reported time in Round 2: …." A note the
/// chart's own notes do not carry (charts of several rounds number only the rounds' notes, the
/// seating comparison only the tables') stands with what it is about, so the description keeps
/// the notes of the round, its outcomes and its untimed events whatever the chart draws.
enum RoundDetailsDescription {
    /// The sentences for `rounds`, or "" when none has an outcome or an untimed event.
    static func text(of rounds: [Round], notes: ChartNotes) -> String {
        let strings = notes.strings
        let separator = strings.text(.timelineEventSeparator)
        var sentences: [String] = []
        for round in rounds {
            let title: [Placeholder: String] = [.round: round.displayTitle(in: notes.language)]
            if let note = round.provenance.note, notes.number(of: .round(round.id)) == nil {
                sentences.append(strings.text(.roundNoteSummary, title.merging([.text: note]) { $1 }))
            }
            let outcomes = round.outcomes.enumerated().map { index, outcome in
                item(outcome.text, note: outcome.provenance.note, carried: notes.number(of: .outcome(round: round.id, index: index)) != nil)
            }
            if !outcomes.isEmpty {
                sentences.append(strings.text(.roundOutcomesSummary, title.merging([.text: outcomes.joined(separator: separator)]) { $1 }))
            }
            let untimed = round.events.enumerated().filter { $0.element.at == nil }.map { index, event in
                item(event.label, note: event.provenance.note, carried: notes.number(of: .event(round: round.id, index: index)) != nil)
            }
            if !untimed.isEmpty {
                sentences.append(
                    strings.text(.roundUntimedEventsSummary, title.merging([.text: untimed.joined(separator: separator)]) { $1 }))
            }
        }
        return sentences.joined(separator: " ")

        func item(_ text: String, note: String?, carried: Bool) -> String {
            guard let note, !carried else { return text }
            // In brackets inside a sentence the note's own full stop would double the sentence's.
            let bracketed = note.hasSuffix(".") ? String(note.dropLast()) : note
            return strings.text(.describedWithNote, [.text: text, .value: bracketed])
        }
    }
}

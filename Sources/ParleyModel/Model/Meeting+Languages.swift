/// The languages a model itself is written in, beside the ones Parley has words for: a
/// `--lang` or `lang:` may name one of them to pick its names even where the words stay English.
extension Meeting {
    /// Every language code the model's `names:`, `titles:` and `venues:` use, sorted, once each.
    public var modelLanguages: [String] {
        var codes = Set(titles.byLanguage.keys)
        for party in parties { codes.formUnion(party.names.byLanguage.keys) }
        for person in people { codes.formUnion(person.names.byLanguage.keys) }
        for round in rounds {
            codes.formUnion(round.titles.byLanguage.keys)
            codes.formUnion(round.venues.byLanguage.keys)
        }
        return codes.sorted()
    }
}

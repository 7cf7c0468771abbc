import ParleyModel

/// Builds small models in memory for decoding tests.
enum ModelFixtures {
    static let header = """
        parley: 1
        id: demo
        timezone: Europe/Moscow
        parties:
          - {id: ru, name: Russia}
          - {id: ua, name: Ukraine}
        rounds:

        """

    static func load(rounds: String) throws(ModelError) -> MeetingLoader.Result {
        try MeetingLoader.parse(Array((header + rounds).utf8), file: "test.yaml")
    }

    static func errors(_ text: String) -> [String] {
        do {
            _ = try MeetingLoader.parse(Array(text.utf8), file: "test.yaml")
            return []
        } catch {
            return error.diagnostics.filter { $0.severity == .error }.map(\.description)
        }
    }
}

/// The model text seating-comparison tests build on: four parties (one a mediator) and the
/// rounds a test appends, so the model and layout tests of seating changes share one meeting.
public enum SeatingModels {
    public static let header = """
        parley: 1
        id: d
        timezone: UTC
        parties:
          - {id: ru, name: Russia}
          - {id: ua, name: Ukraine}
          - {id: tr, name: Turkey, role: mediator}
          - {id: us, name: United States}
        rounds:

        """
}

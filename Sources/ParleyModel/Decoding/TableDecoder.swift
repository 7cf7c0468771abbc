/// Decodes a round's table: its shape, the seats along each side, and the flags.
struct TableDecoder {
    let context: DecodingContext

    func table(_ node: Node, round: String) -> Table? {
        let what = "the table of \(round)"
        guard let reader = MappingReader(node, schema: ModelSchema.object("table"), what: what, context: context) else { return nil }
        let shape = reader.choice("shape", as: Table.Shape.self) ?? .u
        let allowed = Table.sides(of: shape)
        var sides: [Table.Side: [Seat]] = [:]
        for side in Table.Side.allCases where reader.has(side.rawValue) || reader.keyNode(side.rawValue) != nil {
            guard allowed.contains(side) else {
                context.error(
                    reader.keyNode(side.rawValue) ?? node,
                    "a \(shape.rawValue == "u" ? "U-shaped" : shape.rawValue) table has no side '\(side.rawValue)'; its sides are \(allowed.map(\.rawValue).joined(separator: ", "))"
                )
                continue
            }
            let seats = reader.sequence(side.rawValue).flatMap { self.seats($0, what: "a seat at the \(side.rawValue) of \(what)") }
            if seats.count > ModelLimits.maxSeatsPerSide, let sideNode = reader.node(side.rawValue) {
                context.error(
                    sideNode, "\(seats.count) seats at the \(side.rawValue) is more than the limit of \(ModelLimits.maxSeatsPerSide)")
                continue
            }
            if seats.isEmpty, let sideNode = reader.keyNode(side.rawValue) {
                context.warning(sideNode, "the \(side.rawValue) of \(what) has no seats")
            }
            sides[side] = seats
        }
        let flags = reader.strings("flags").map { text, flagNode in
            context.recordReference(text, at: context.location(flagNode), kind: .party)
            return text
        }
        return Table(
            shape: shape, view: reader.choice("view", as: Table.View.self) ?? .camera, sides: sides, flags: flags,
            provenance: MeetingDecoder(context: context).provenance(reader), location: context.location(node))
    }

    /// A seat is a person id, a party id, or a mapping that may stand for `count` seats.
    private func seats(_ node: Node, what: String) -> [Seat] {
        let location = context.location(node)
        if let text = node.scalar.flatMap({ _ in MappingReader.text(node, what: what, context: context) }) {
            context.recordReference(text, at: location, kind: .personOrParty)
            return [Seat(person: nil, party: nil, name: nil, role: nil, location: location).resolvingLater(text)]
        }
        guard let reader = MappingReader(node, schema: ModelSchema.object("seat"), what: what, context: context) else { return [] }
        let person = reader.string("person"), party = reader.string("party")
        if let person, let personNode = reader.node("person") {
            context.recordReference(person, at: context.location(personNode), kind: .person)
        }
        if let party, let partyNode = reader.node("party") { context.recordReference(party, at: context.location(partyNode), kind: .party) }
        if person == nil, party == nil, reader.string("name") == nil {
            context.error(node, "\(what) needs a 'person', a 'party' or a 'name'")
        }
        var count = 1
        if let countNode = reader.node("count"), let value = reader.integer("count") {
            if (1...ModelLimits.maxSeatsPerSide).contains(value) {
                count = value
            } else {
                context.error(countNode, "'count' must be between 1 and \(ModelLimits.maxSeatsPerSide), found \(value)")
            }
        }
        if count > 1, person != nil, let countNode = reader.node("count") {
            context.error(countNode, "one person cannot fill \(count) seats; drop 'count' or 'person'")
            count = 1
        }
        let seat = Seat(
            person: person, party: party, name: reader.string("name"), role: reader.choice("role", as: Seat.Role.self), location: location)
        return Array(repeating: seat, count: count)
    }
}

extension Seat {
    /// A bare id is a person or a party; which one is settled once all ids are known.
    func resolvingLater(_ id: String) -> Seat {
        var copy = self
        copy.person = id
        copy.party = nil
        return copy
    }
}

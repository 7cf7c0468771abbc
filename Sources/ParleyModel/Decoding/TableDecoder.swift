/// Decodes a round's table: its shape, the seats along each side, and the flags.
struct TableDecoder {
    let context: DecodingContext

    func table(_ node: Node, round: String) -> Table? {
        let what = "the table of \(round)"
        guard let reader = MappingReader(node, schema: ModelSchema.object("table"), what: what, context: context) else { return nil }
        let shape = reader.choice("shape", as: Table.Shape.self) ?? .u
        let allowed = Table.sides(of: shape)
        var sides: [Table.Side: [Seat]] = [:]
        var tableSeats = 0
        for side in Table.Side.allCases where reader.has(side.rawValue) || reader.keyNode(side.rawValue) != nil {
            guard allowed.contains(side) else {
                context.error(
                    reader.keyNode(side.rawValue) ?? node,
                    "a \(shape.rawValue == "u" ? "U-shaped" : shape.rawValue) table has no side '\(side.rawValue)'; its sides are \(allowed.map(\.rawValue).joined(separator: ", "))"
                )
                continue
            }
            // Seats are counted before any is made: `count: 500` on each of 100,000 lines would
            // otherwise make 50 million seats before the limit was checked.
            var seats: [Seat] = []
            var overLimit = false
            for item in reader.sequence(side.rawValue) {
                guard let (seat, count) = self.seat(item, what: "a seat at the \(side.rawValue) of \(what)") else { continue }
                let limit = seatLimit(side: seats.count, table: tableSeats, model: context.seatsInModel)
                if count > limit.room {
                    let whole = limit.name == "side" ? "the \(side.rawValue) of \(what)" : limit.name == "table" ? what : "the model"
                    context.error(
                        item, "with this seat \(whole) has more than \(limit.value) seats, the limit; \(limit.advice)")
                    overLimit = true
                    break
                }
                seats += repeatElement(seat, count: count)
                tableSeats += count
                context.seatsInModel += count
            }
            if overLimit { continue }
            if seats.isEmpty, let sideNode = reader.keyNode(side.rawValue) {
                context.warning(sideNode, "the \(side.rawValue) of \(what) has no seats")
            }
            sides[side] = seats
        }
        if let flagsNode = reader.node("flags"), case .sequence(let items) = flagsNode, items.count > ModelLimits.maxFlagsPerTable {
            context.error(flagsNode, "\(items.count) flags is more than the limit of \(ModelLimits.maxFlagsPerTable) behind one table")
            return nil
        }
        let flags = reader.strings("flags").map { text, flagNode in
            context.recordReference(text, at: context.location(flagNode), kind: .party)
            return text
        }
        return Table(
            shape: shape, view: reader.choice("view", as: Table.View.self) ?? .camera, sides: sides, flags: flags,
            provenance: MeetingDecoder(context: context).provenance(reader), location: context.location(node))
    }

    /// The tightest of the three seat limits, and how many seats it still has room for.
    private func seatLimit(side: Int, table: Int, model: Int) -> (room: Int, name: String, value: Int, advice: String) {
        let limits = [
            (
                ModelLimits.maxSeatsPerSide - side, "side", ModelLimits.maxSeatsPerSide,
                "give a large delegation as one seat with a name such as 'Experts'"
            ),
            (ModelLimits.maxSeatsPerTable - table, "table", ModelLimits.maxSeatsPerTable, "seat fewer people at one table"),
            (ModelLimits.maxSeatsInModel - model, "model", ModelLimits.maxSeatsInModel, "split the meeting into several model files"),
        ]
        let tightest = limits.min { $0.0 < $1.0 } ?? limits[0]
        return (tightest.0, tightest.1, tightest.2, tightest.3)
    }

    /// A seat is a person id, a party id, or a mapping that may stand for `count` seats.
    private func seat(_ node: Node, what: String) -> (Seat, count: Int)? {
        let location = context.location(node)
        if let text = node.scalar.flatMap({ _ in MappingReader.text(node, what: what, context: context) }) {
            context.recordReference(text, at: location, kind: .personOrParty)
            return (Seat(person: nil, party: nil, name: nil, role: nil, location: location).resolvingLater(text), 1)
        }
        guard let reader = MappingReader(node, schema: ModelSchema.object("seat"), what: what, context: context) else { return nil }
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
            person: person, party: party, name: reader.string("name"), role: reader.choice("role", as: Seat.Role.self), location: location,
            note: reader.string("note"))
        return (seat, count)
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

import ParleyModel

/// One drawn seat of a plan: a seat as the model gives it, or a run of identical unnamed seats
/// of one party (same role, no name, person or note) drawn as one disc with a count, so a
/// delegation of 40 reads "14 seats of Ukraine · Expert" instead of 14 identical labels.
struct SeatSlot {
    /// The first seat of the run (the only one when not grouped).
    var seat: Seat
    /// 0-based position of the first seat on its side.
    var first: Int
    /// How many seats the slot stands for.
    var count: Int

    /// The 0-based positions the slot stands for.
    var positions: Range<Int> { first..<(first + count) }

    /// Runs shorter than this stay seat by seat: three labels read as well as a count.
    static let smallestGroup = 4

    /// The side's seats, runs of at least `smallestGroup` identical unnamed seats grouped.
    static func slots(_ seats: [Seat]) -> [SeatSlot] {
        var slots: [SeatSlot] = []
        var index = 0
        while index < seats.count {
            var end = index
            if isGroupable(seats[index]) {
                while end + 1 < seats.count, isGroupable(seats[end + 1]), seats[end + 1].party == seats[index].party,
                    seats[end + 1].role == seats[index].role
                {
                    end += 1
                }
            }
            let count = end - index + 1
            if count >= smallestGroup {
                slots.append(SeatSlot(seat: seats[index], first: index, count: count))
            } else {
                slots += (index...end).map { SeatSlot(seat: seats[$0], first: $0, count: 1) }
            }
            index = end + 1
        }
        return slots
    }

    private static func isGroupable(_ seat: Seat) -> Bool {
        seat.person == nil && seat.name == nil && seat.note == nil && seat.party != nil
    }
}

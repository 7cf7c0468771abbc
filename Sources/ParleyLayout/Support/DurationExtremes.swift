/// Which of several rounds was the longest and which the shortest, when the facts say so: a
/// round is the longest only when even its shortest possible duration (a contested start and
/// end give a range) is longer than every other round could have lasted, and likewise for the
/// shortest. Where the ranges overlap, no round is marked: the sources do not decide it.
struct DurationExtremes {
    /// The index of the longest round, if one is longest whatever the sources' disagreement.
    let longest: Int?
    /// The index of the shortest round, likewise.
    let shortest: Int?

    init(_ ranges: [ClosedRange<Int>]) {
        guard ranges.count >= 2 else {
            longest = nil
            shortest = nil
            return
        }
        longest = ranges.indices.first { index in
            ranges.indices.allSatisfy { $0 == index || ranges[$0].upperBound < ranges[index].lowerBound }
        }
        shortest = ranges.indices.first { index in
            ranges.indices.allSatisfy { $0 == index || ranges[$0].lowerBound > ranges[index].upperBound }
        }
    }
}

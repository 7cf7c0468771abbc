import Foundation
import ParleyTestSupport
import Testing

@testable import ParleyModel

/// The TZif reader on real files, on files it builds itself, and on truncated and garbled
/// bytes, which must give nil (and a fall-back), never a trap.
@Suite struct TZifReaderTests {
    static func bytes(_ zone: String) throws -> [UInt8] {
        Array(try Data(contentsOf: URL(fileURLWithPath: "/usr/share/zoneinfo/" + zone)))
    }

    /// A TZif file of `version` with the given transitions and types, in both blocks.
    static func build(
        version: UInt8, transitions: [(Int, UInt8)], types: [(Int32, Bool, String)], footer: String?
    ) -> [UInt8] {
        var characters: [UInt8] = []
        var indices: [UInt8] = []
        for type in types {
            indices.append(UInt8(characters.count))
            characters += Array(type.2.utf8) + [0]
        }
        func big(_ value: Int, _ size: Int) -> [UInt8] { (0..<size).reversed().map { UInt8(truncatingIfNeeded: value >> (8 * $0)) } }
        func block(timeSize: Int) -> [UInt8] {
            var out = Array("TZif".utf8) + [version] + [UInt8](repeating: 0, count: 15)
            for count in [0, 0, 0, transitions.count, types.count, characters.count] { out += big(count, 4) }
            for transition in transitions { out += big(transition.0, timeSize) }
            out += transitions.map(\.1)
            for (index, type) in types.enumerated() { out += big(Int(type.0), 4) + [type.1 ? 1 : 0, indices[index]] }
            return out + characters
        }
        var file = block(timeSize: 4)
        guard version != 0 else { return file }
        file += block(timeSize: 8)
        return file + Array("\n\(footer ?? "")\n".utf8)
    }

    @Test func aRealFileGivesItsTableTypesAndFooter() throws {
        let data = try #require(TZifReader.parse(try Self.bytes("Europe/Zurich")))
        #expect(data.footer == "CET-1CEST,M3.5.0,M10.5.0/3")
        #expect(data.transitions == data.transitions.sorted() && data.transitions.count == data.typeIndices.count)
        let names = Set(data.types.map(\.abbreviation))
        #expect(names.isSuperset(of: ["CET", "CEST", "LMT"]))
        #expect(data.types.first { $0.abbreviation == "CEST" }?.offset == 7200)
    }

    @Test func everyInstalledZoneFileReads() {
        // Every name tzdata lists reads, legacy links included (US/Eastern is a symbolic link).
        let unread = ZoneRulesCache.allNames.filter { ZoneRulesCache.rules(named: $0) == nil }
        #expect(unread.isEmpty, "\(unread.prefix(20))")
        #expect(ZoneRulesCache.allNames.count > 500)
    }

    @Test func aVersionOneFileAndItsTableAreRead() throws {
        let file = Self.build(
            version: 0, transitions: [(1_000_000, 1), (2_000_000, 0)], types: [(3600, false, "AAA"), (7200, true, "BBB")], footer: nil)
        let data = try #require(TZifReader.parse(file))
        #expect(data.transitions == [1_000_000, 2_000_000] && data.footer == nil)
        let rules = ZoneRules(.tzif(data, footer: nil))
        #expect(rules.offset(at: 999_999) == 3600 && rules.offset(at: 1_000_000) == 7200 && rules.offset(at: 5_000_000) == 3600)
    }

    @Test func versionThreeFootersWithNegativeAndLongTimesAreRead() throws {
        // Nuuk's rule: daylight saving from the last Sunday of March at −01:00 local.
        let file = Self.build(
            version: UInt8(ascii: "3"), transitions: [], types: [(-7200, false, "-02")], footer: "<-02>2<-01>,M3.5.0/-1,M10.5.0/0")
        let rules = try #require(ZoneRules(tzif: file))
        // 2030-03-30 (Saturday before the last Sunday, 31 March) 23:00 local −02 = 2030-03-31T01:00Z.
        let change = LocalDate(year: 2030, month: 3, day: 31).daysSinceEpoch * 86400 + 3600
        #expect(rules.offset(at: change - 1) == -7200 && rules.offset(at: change) == -3600)
        #expect(rules.transitions(in: (change - 10)...(change + 10)).map(\.instant) == [change])
    }

    @Test func julianDaysCountOrSkipFebruary29AsPOSIXSays() throws {
        let skipping = try #require(PosixTZRule("AAA0BBB,J60/0,J300/0"))
        let counting = try #require(PosixTZRule("AAA0BBB,59/0,300/0"))
        // In the leap year 2024, J60 is 1 March and zero-based day 59 is 29 February.
        #expect(skipping.daylightSaving?.start.daysSinceEpoch(in: 2024) == LocalDate(year: 2024, month: 3, day: 1).daysSinceEpoch)
        #expect(counting.daylightSaving?.start.daysSinceEpoch(in: 2024) == LocalDate(year: 2024, month: 2, day: 29).daysSinceEpoch)
        #expect(skipping.daylightSaving?.start.daysSinceEpoch(in: 2023) == LocalDate(year: 2023, month: 3, day: 1).daysSinceEpoch)
        // All-year daylight saving (tzdata writes it so): no instant of the year is standard time.
        let always = try #require(PosixTZRule("EST5EDT4,0/0,J365/25"))
        for day in stride(from: 0, to: 366, by: 7) {
            let instant = LocalDate(year: 2041, month: 1, day: 1).daysSinceEpoch * 86400 + day * 86400 + 3600
            #expect(always.type(at: instant).abbreviation == "EDT")
        }
    }

    @Test func malformedFootersAreRefused() {
        for text in [
            "", "CE-1", "CET", "CET-1CEST,M13.1.0,M10.5.0", "CET-1CEST,M3.6.0,M10.5.0", "CET-1CEST,J0,J365", "<+03-3",
            "CET-1CEST,M3.5.0/200,M10.5.0",
        ] {
            #expect(PosixTZRule(text) == nil, "\(text)")
        }
    }

    @Test func everyTruncationIsRefusedOrReadWithoutATrap() throws {
        let file = try Self.bytes("Australia/Lord_Howe")
        let footerStart = try #require(file.dropLast().lastIndex(of: UInt8(ascii: "\n")))
        for length in 0..<file.count {
            let data = TZifReader.parse(Array(file.prefix(length)))
            // Cut inside a data block, the file is refused; cut in the footer, the table stands without it.
            if length < footerStart { #expect(data == nil, "read \(length) of \(file.count) bytes") }
            if length >= footerStart, length < file.count { #expect(data != nil && data?.footer == nil) }
        }
        #expect(TZifReader.parse(file)?.footer == "<+1030>-10:30<+11>-11,M10.1.0,M4.1.0")
    }

    @Test func garbledBytesNeverTrap() throws {
        let file = try Self.bytes("America/Sao_Paulo")
        var generator = SeededGenerator(seed: 11)
        var read = 0
        for round in 0..<3000 {
            var garbled = file
            for _ in 0..<(1 + round % 4) {
                let position = round < 200 ? round % 60 : Int.random(in: 0..<garbled.count, using: &generator)
                garbled[position] = UInt8.random(in: 0...255, using: &generator)
            }
            // What reads must answer for any instant without a trap.
            if let rules = ZoneRules(tzif: garbled) {
                read += 1
                _ = rules.offset(at: Int.random(in: -4_000_000_000...5_000_000_000, using: &generator))
                _ = rules.resolve(local: 1_700_000_000)
                _ = rules.transitions(in: 0...2_000_000_000)
            }
        }
        // Changes to the transition times or type indices often leave a readable file.
        #expect(read > 0 && read < 3000)
        // Counts of four billion are refused before anything is allocated.
        var huge = file
        for index in 32..<44 { huge[index] = 0xFF }
        #expect(TZifReader.parse(huge) == nil)
        #expect(TZifReader.parse(Array("TZif2".utf8)) == nil && TZifReader.parse([]) == nil)
    }

    @Test func aNameWithoutAFileFallsBackToFoundationAndAnOffsetName() {
        let spec = ZoneSpec(name: "Nowhere/Atlantis", zone: TimeZone(secondsFromGMT: 5 * 3600) ?? .gmt)
        #expect(spec.offset(at: 1_700_000_000) == 5 * 3600)
        #expect(spec.abbreviation(at: 1_700_000_000) == "UTC+05:00")
        #expect(ZoneRulesCache.rules(named: "../../etc/passwd") == nil && ZoneRulesCache.rules(named: "/etc/localtime") == nil)
    }

    @Test func theCacheAnswersTheSameFromManyThreads() {
        let names = ["Europe/Kyiv", "America/New_York", "Australia/Lord_Howe", "Asia/Tehran", "Pacific/Chatham", "UTC"]
        let instant = 2_200_000_000
        let serial = names.map { ZoneSpec(name: $0, zone: .gmt).abbreviation(at: instant) }
        let results = ConcurrentResults(count: 64)
        DispatchQueue.concurrentPerform(iterations: 64) { index in
            let name = names[index % names.count]
            results.set(index, ZoneSpec(name: name, zone: .gmt).abbreviation(at: instant))
        }
        #expect((0..<64).allSatisfy { results.get($0) == serial[$0 % names.count] })
    }
}

/// Results written from several threads, read after all finished.
private final class ConcurrentResults: @unchecked Sendable {
    // Guarded by `lock`.
    private var values: [String?]
    private let lock = NSLock()
    init(count: Int) { values = Array(repeating: nil, count: count) }
    func set(_ index: Int, _ value: String) { lock.withLock { values[index] = value } }
    func get(_ index: Int) -> String? { lock.withLock { values[index] } }
}

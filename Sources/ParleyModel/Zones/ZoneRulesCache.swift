import Foundation

/// The system's tzdata, read once per zone name per process: the library decodes and lays out
/// from several threads, so every look-up goes through one lock.
enum ZoneRulesCache {
    /// Where Debian (and most systems) keep the compiled tzdata.
    static let folder = "/usr/share/zoneinfo"

    /// TZif files are a few kilobytes; anything far larger is not one and is not read.
    static let maxFileBytes = 1 << 20

    private static let state = LockedState()

    /// The rules of a tzdata name, or nil when there is no readable, well-formed file for it.
    static func rules(named name: String) -> ZoneRules? {
        if let known = state.withLock({ $0.rules[name] }) { return known }
        let rules = isSafeName(name) ? readFile(folder + "/" + name).flatMap { ZoneRules(tzif: $0) } : nil
        state.withLock { $0.rules[name] = .some(rules) }
        return rules
    }

    /// Every zone name tzdata lists (canonical names and links, legacy ones included), sorted.
    static var allNames: [String] { names.set.sorted() }

    /// Whether `name` is a zone of tzdata's list. Files in the folder that are no zone of it
    /// (`localtime`, which is this machine's own zone; `posixrules`; `right/…`, whose clocks
    /// count leap seconds) are not: a model must mean the same everywhere. Without a list
    /// (no `tzdata.zi`), a file outside those does.
    static func isZoneName(_ name: String) -> Bool {
        let names = self.names
        if names.fromTzdata { return names.set.contains(name) }
        let machineOwn = name == "localtime" || name == "posixrules" || name.hasPrefix("right/") || name.hasPrefix("posix/")
        return names.set.contains(name) || (!machineOwn && isSafeName(name) && rules(named: name) != nil)
    }

    private static var names: ZoneNames {
        if let known = state.withLock({ $0.names }) { return known }
        let names = readNames()
        state.withLock { $0.names = names }
        return names
    }

    /// Every abbreviation tzdata's zones use, with the offsets it goes with ("CET": +1 h,
    /// "MSK": +3 h and +4 h…): the facts a stated label is checked against.
    static var abbreviationOffsets: [String: Set<Int>] {
        abbreviationOffsetsByArea.values.reduce(into: [:]) { table, area in
            for (abbreviation, offsets) in area { table[abbreviation, default: []].formUnion(offsets) }
        }
    }

    /// The same facts by area, the first part of a zone's name ("America", "Europe"; "" for
    /// names without one, such as CET): within one area an abbreviation means one thing, so a
    /// New York round labelled PST can be told it is not on Pacific time.
    static var abbreviationOffsetsByArea: [String: [String: Set<Int>]] {
        if let known = state.withLock({ $0.abbreviations }) { return known }
        var table: [String: [String: Set<Int>]] = [:]
        for name in allNames {
            guard let rules = rules(named: name) else { continue }
            let area = area(of: name)
            for (abbreviation, offsets) in rules.ownAbbreviations where abbreviation != "LMT" {
                table[area, default: [:]][abbreviation, default: []].formUnion(offsets)
            }
        }
        state.withLock { $0.abbreviations = table }
        return table
    }

    /// "America" for America/New_York and America/Argentina/Salta; "" for CET.
    static func area(of name: String) -> String {
        name.firstIndex(of: "/").map { String(name[..<$0]) } ?? ""
    }

    /// A relative path of names without `.` or `..` parts: nothing outside the folder is read.
    static func isSafeName(_ name: String) -> Bool {
        let parts = name.split(separator: "/", omittingEmptySubsequences: false)
        return !name.isEmpty && name.utf8.count <= 64
            && parts.allSatisfy { part in
                !part.isEmpty && part != "." && part != ".."
                    && part.unicodeScalars.allSatisfy {
                        $0.isASCII && ($0.properties.isAlphabetic || ("0"..."9").contains($0) || "_+-".unicodeScalars.contains($0))
                    }
            }
    }

    private static func readFile(_ path: String) -> [UInt8]? {
        // Legacy names are links (US/Eastern → America/New_York): the size is the target's.
        let target = URL(fileURLWithPath: path).resolvingSymlinksInPath().path
        guard let attributes = try? FileManager.default.attributesOfItem(atPath: target),
            attributes[.type] as? FileAttributeType == .typeRegular,
            let size = attributes[.size] as? Int, size <= maxFileBytes,
            let data = FileManager.default.contents(atPath: target), data.count <= maxFileBytes
        else { return nil }
        return Array(data)
    }

    /// `tzdata.zi` names every zone (`Z name …`) and link (`L target name`); without it,
    /// Foundation's list.
    ///
    /// Read on the bytes, a line at a time, looking only at lines that start with `Z ` or `L `:
    /// every run decodes a model's zone, and splitting the 100 KB file into strings cost a cold
    /// render a sixth of its time.
    private static func readNames() -> ZoneNames {
        var names: Set<String> = []
        if let bytes = readFile(folder + "/tzdata.zi") {
            let newline = UInt8(ascii: "\n"), space = UInt8(ascii: " ")
            var start = 0
            while start < bytes.count {
                let end = bytes[start...].firstIndex(of: newline) ?? bytes.count
                let kind = bytes[start]
                if (kind == UInt8(ascii: "Z") || kind == UInt8(ascii: "L")), start + 1 < end, bytes[start + 1] == space {
                    // The name is a zone's second field, a link's third.
                    var fields: [Range<Int>] = []
                    var fieldStart = start
                    for index in start...end where index == end || bytes[index] == space {
                        if index > fieldStart { fields.append(fieldStart..<index) }
                        fieldStart = index + 1
                        if fields.count == 3 { break }
                    }
                    let wanted = kind == UInt8(ascii: "Z") ? 1 : 2
                    if fields.count > wanted { names.insert(String(decoding: bytes[fields[wanted]], as: UTF8.self)) }
                }
                start = end + 1
            }
        }
        // tzdata's own names are paths inside its folder by construction; Foundation's list is checked.
        guard names.isEmpty else { return ZoneNames(set: names, fromTzdata: true) }
        return ZoneNames(set: Set(TimeZone.knownTimeZoneIdentifiers).filter(isSafeName), fromTzdata: false)
    }
}

/// The zone names tzdata lists.
private struct ZoneNames {
    var set: Set<String>
    /// False when no `tzdata.zi` was found and Foundation's list stands in.
    var fromTzdata: Bool
}

/// The cache's contents behind a lock.
private final class LockedState: @unchecked Sendable {
    struct Contents {
        /// nil inside: looked up, and no file.
        var rules: [String: ZoneRules?] = [:]
        var names: ZoneNames?
        var abbreviations: [String: [String: Set<Int>]]?
    }
    // Guarded by `lock`.
    private var contents = Contents()
    private let lock = NSLock()

    func withLock<T>(_ body: (inout Contents) -> T) -> T {
        lock.lock()
        defer { lock.unlock() }
        return body(&contents)
    }
}

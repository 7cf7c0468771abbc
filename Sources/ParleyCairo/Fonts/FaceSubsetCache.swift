import ParleyScene
import Synchronization

/// Packed subsets already made, shared by every thread: the same face cut to the same characters
/// gives the same bytes, so a hit is exactly what a miss would compute. Bounded by entry count and
/// bytes; the oldest entries go first.
final class FaceSubsetCache: Sendable {
    /// The subset's packed file and its format.
    struct Entry: Sendable {
        let data: [UInt8]
        let isWOFF: Bool
    }

    private struct Key: Hashable {
        let face: String
        let scalars: [UInt32]
    }

    private struct Storage {
        var entries: [Key: Entry] = [:]
        var order: [Key] = []
        var bytes = 0
    }

    private let storage = Mutex(Storage())
    private let maximumEntries: Int
    private let maximumBytes: Int

    /// The process's cache, used by every `PangoFontEmbedding()`.
    static let shared = FaceSubsetCache(maximumEntries: 256, maximumBytes: 32 << 20)

    init(maximumEntries: Int, maximumBytes: Int) {
        self.maximumEntries = maximumEntries
        self.maximumBytes = maximumBytes
    }

    /// The entry for `face` (its identity) cut to `scalars`, made by `make` when absent.
    func entry(face: String, scalars: [UInt32], make: () throws(SceneWriterError) -> Entry) throws(SceneWriterError) -> Entry {
        let key = Key(face: face, scalars: scalars)
        if let hit = storage.withLock({ $0.entries[key] }) { return hit }
        // Made outside the lock so threads subset in parallel; two threads may both make one,
        // and they make the same bytes.
        let made = try make()
        storage.withLock { storage in
            guard storage.entries[key] == nil else { return }
            storage.entries[key] = made
            storage.order.append(key)
            storage.bytes += made.data.count
            while storage.order.count > maximumEntries || (storage.bytes > maximumBytes && storage.order.count > 1) {
                let oldest = storage.order.removeFirst()
                storage.bytes -= storage.entries.removeValue(forKey: oldest)?.data.count ?? 0
            }
        }
        return made
    }

    /// How many entries it holds, for tests.
    var count: Int { storage.withLock { $0.entries.count } }
}

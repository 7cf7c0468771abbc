/// A map that holds at most `maxEntries` entries and `maxCost` bytes (as the caller counts
/// them), dropping the oldest entries first: a cache that a long-running process (the render
/// server) can fill with whatever its clients send without growing past a bound. Public for the
/// server's caches (ParleyServer's chart requests).
public struct BoundedCache<Key: Hashable, Value> {
    /// The most entries kept.
    public let maxEntries: Int
    /// The most cost kept, summed over the entries.
    public let maxCost: Int
    private var entries: [Key: (value: Value, cost: Int)] = [:]
    /// Keys in the order they were stored; `head` is the oldest still counted.
    private var order: [Key] = []
    private var head = 0
    /// The cost of the entries kept.
    public private(set) var cost = 0

    public init(maxEntries: Int, maxCost: Int) {
        self.maxEntries = max(1, maxEntries)
        self.maxCost = max(0, maxCost)
    }

    /// The number of entries kept.
    public var count: Int { entries.count }

    public subscript(key: Key) -> Value? { entries[key]?.value }

    /// Stores `value` for `key` at `cost`; an entry costing more than the whole cache is not kept.
    public mutating func store(_ value: Value, for key: Key, cost: Int) {
        if let old = entries.removeValue(forKey: key) {
            self.cost -= old.cost
            order.removeAll { $0 == key }
            head = min(head, order.count)
        }
        guard cost <= maxCost else { return }
        while !entries.isEmpty, entries.count >= maxEntries || self.cost + cost > maxCost { dropOldest() }
        entries[key] = (value, cost)
        order.append(key)
        self.cost += cost
    }

    private mutating func dropOldest() {
        while head < order.count {
            let key = order[head]
            head += 1
            if let old = entries.removeValue(forKey: key) {
                cost -= old.cost
                break
            }
        }
        // Keep the order list from growing with the keys already dropped.
        if head > 64, head * 2 > order.count {
            order.removeFirst(head)
            head = 0
        }
    }
}

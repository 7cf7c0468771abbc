#if canImport(Glibc)
    import Glibc
#elseif canImport(Musl)
    import Musl
#else
    import Darwin
#endif

@inline(__always) func _pow(_ x: Double, _ y: Double) -> Double { pow(x, y) }

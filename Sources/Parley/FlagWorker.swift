import Foundation
import ParleyCairo

#if canImport(Glibc)
    import Glibc
#endif

/// The child side of the SVG flag sandbox: `parley flag-worker` reads SVGs on standard input
/// and writes each drawn as a PNG on standard output, under limits it sets on itself before
/// it reads a byte. librsvg cannot be bounded from inside a process (an entity referenced
/// 30,000 times, a 32,000² embedded picture or a 3,000,000-character text each took past
/// 6 GiB; 2,000 filtered rectangles took 30 s), so the kernel bounds it here.
///
/// One worker draws many flags, so a model with forty SVG flags starts one process, not
/// forty. Records go both ways as a 4-byte big-endian length and the bytes; each answer is
/// a status byte (`Status`) before its record, written as soon as the flag is drawn, so when
/// a limit ends the worker the parent knows which flag it was on.
public enum FlagWorker {
    /// The picture drawn: the 48×32-point flag frame at the largest `--scale` (16), so no
    /// output is drawn with fewer pixels than it shows.
    public static let pixelWidth = 768
    /// Height of the drawn picture in pixels, 32 points at scale 16 (see `pixelWidth`).
    public static let pixelHeight = 512
    /// CPU one flag may take: a CPU timer (`ITIMER_PROF`, in microseconds) is set before each
    /// flag to this, or to what is left of the worker's allowance if less. Plain flags take
    /// some 5 ms, detailed coats of arms tens; well under the budget of all of a model's
    /// flags, so one hostile flag leaves the others time to be drawn.
    public static let cpuMillisecondsPerFlag = 400
    /// Address space (`RLIMIT_AS`) for the whole worker: the parley executable, its libraries
    /// and librsvg take about 90 MiB of it, pictures and parsing the rest.
    public static let addressSpaceBytes = 320 << 20
    /// Heap and private mappings (`RLIMIT_DATA`).
    public static let dataBytes = 160 << 20

    /// The exit status of a worker whose allowance was spent before the next flag began.
    public static let allowanceSpent: Int32 = 2

    /// How a flag ended, in the status byte before its answer.
    public enum Status: UInt8, Sendable {
        /// The flag was drawn; the PNG bytes follow.
        case drawn = 0
        /// librsvg cannot parse the SVG: a located error in the model.
        case unreadable = 65
        /// The SVG parsed but was not drawn.
        case notDrawn = 70
    }

    /// Runs the worker with `cpuMilliseconds` of CPU in all and returns its exit status.
    public static func run(cpuMilliseconds: Int) -> Int32 {
        let allowance = max(cpuMilliseconds, 1)
        closeInheritedDescriptors()
        applyLimits(cpuMilliseconds: allowance)
        while let length = readLength() {
            guard length <= PictureLimits.maxSVGBytes, let svg = readBytes(length) else {
                _ = answer(.notDrawn, Array("the SVG is larger than \(PictureLimits.maxSVGBytes) bytes".utf8))
                return 1
            }
            let left = allowance - spentMilliseconds()
            guard left > 0 else { return allowanceSpent }
            armTimer(milliseconds: min(left, cpuMillisecondsPerFlag))
            let answered: Bool
            do {
                answered = answer(.drawn, try SVGRasterizer.png(from: svg, width: pixelWidth, height: pixelHeight))
            } catch {
                switch error {
                case .unreadable(let message): answered = answer(.unreadable, Array(message.utf8))
                case .notDrawn(let message): answered = answer(.notDrawn, Array(message.utf8))
                }
            }
            guard answered else { return 1 }
        }
        return 0
    }

    // MARK: Records

    private static func readLength() -> Int? {
        guard let bytes = readBytes(4) else { return nil }
        return bytes.reduce(0) { $0 << 8 | Int($1) }
    }

    private static func readBytes(_ count: Int) -> [UInt8]? {
        var bytes = [UInt8](repeating: 0, count: count)
        var filled = 0
        while filled < count {
            let read = bytes.withUnsafeMutableBytes { Glibc.read(0, $0.baseAddress! + filled, count - filled) }
            if read < 0 && errno == EINTR { continue }
            guard read > 0 else { return nil }
            filled += read
        }
        return bytes
    }

    private static func answer(_ status: Status, _ payload: [UInt8]) -> Bool {
        let length = UInt32(payload.count)
        let record = [status.rawValue] + (0..<4).map { UInt8(truncatingIfNeeded: length >> (24 - 8 * $0)) } + payload
        var written = 0
        while written < record.count {
            let count = record[written...].withUnsafeBytes { write(1, $0.baseAddress, $0.count) }
            if count < 0 && errno == EINTR { continue }
            guard count > 0 else { return false }
            written += count
        }
        return true
    }

    // MARK: Limits

    private static func spentMilliseconds() -> Int {
        var usage = rusage()
        getrusage(__rusage_who_t(RUSAGE_SELF.rawValue), &usage)
        return (usage.ru_utime.tv_sec + usage.ru_stime.tv_sec) * 1000 + (usage.ru_utime.tv_usec + usage.ru_stime.tv_usec) / 1000
    }

    private static func armTimer(milliseconds: Int) {
        var timer = itimerval(
            it_interval: timeval(tv_sec: 0, tv_usec: 0),
            it_value: timeval(tv_sec: milliseconds / 1000, tv_usec: __suseconds_t(milliseconds % 1000 * 1000)))
        setitimer(__itimer_which_t(ITIMER_PROF.rawValue), &timer, nil)
    }

    /// Whatever the parent let through besides standard input, output and error (an export's
    /// folder handle opened on another thread, say) is closed before any picture is read: the
    /// worker exists to keep librsvg away from everything else.
    private static func closeInheritedDescriptors() {
        let open = (try? FileManager.default.contentsOfDirectory(atPath: "/proc/self/fd"))?.compactMap { Int32($0) } ?? []
        for descriptor in open where descriptor > 2 { close(descriptor) }
    }

    private static func applyLimits(cpuMilliseconds: Int) {
        // A parent that ignores or blocks SIGXCPU or SIGPROF would let the CPU limits pass
        // unnoticed until the hard limit's SIGKILL.
        var cpuSignals = sigset_t()
        sigemptyset(&cpuSignals)
        for cpuSignal in [SIGXCPU, SIGPROF] {
            signal(cpuSignal, SIG_DFL)
            sigaddset(&cpuSignals, cpuSignal)
        }
        sigprocmask(SIG_UNBLOCK, &cpuSignals, nil)
        func limit(_ resource: Int32, soft: Int, hard: Int) {
            var value = rlimit(rlim_cur: rlim_t(soft), rlim_max: rlim_t(hard))
            setrlimit(__rlimit_resource_t(UInt32(resource)), &value)
        }
        // RLIMIT_CPU counts in whole seconds: a backstop behind the timer.
        let seconds = (cpuMilliseconds + 999) / 1000 + 1
        limit(Int32(RLIMIT_CPU.rawValue), soft: seconds, hard: seconds + 1)
        limit(Int32(RLIMIT_AS.rawValue), soft: addressSpaceBytes, hard: addressSpaceBytes)
        limit(Int32(RLIMIT_DATA.rawValue), soft: dataBytes, hard: dataBytes)
        // The worker writes only to its standard output (a file the parent made, bounded
        // here), and leaves no core file behind when a limit ends it.
        limit(Int32(RLIMIT_FSIZE.rawValue), soft: 256 << 20, hard: 256 << 20)
        limit(Int32(RLIMIT_CORE.rawValue), soft: 0, hard: 0)
    }
}

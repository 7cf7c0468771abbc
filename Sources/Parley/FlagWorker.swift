import Foundation
import ParleyCairo

#if canImport(Glibc)
    import Glibc
#endif

/// The child side of the SVG flag sandbox: `parley flag-worker` reads one SVG on standard
/// input and writes it drawn as a PNG on standard output, under limits it sets on itself
/// before it reads a byte. librsvg cannot be bounded from inside a process (an entity
/// referenced 30,000 times, a 32,000² embedded picture or a 3,000,000-character text each
/// took past 6 GiB; 2,000 filtered rectangles took 30 s), so the kernel bounds it here.
public enum FlagWorker {
    /// The picture drawn: the 48×32-point flag frame at the largest `--scale` (16), so no
    /// output is drawn with fewer pixels than it shows.
    public static let pixelWidth = 768
    public static let pixelHeight = 512
    /// CPU seconds at most (`RLIMIT_CPU`): past it the kernel sends SIGXCPU, a second later
    /// SIGKILL. Within it, a CPU timer (`ITIMER_PROF`, in microseconds) ends the worker at
    /// what is left of the parent's budget.
    public static let cpuSeconds = 1
    /// Address space (`RLIMIT_AS`) for the whole worker: the parley executable, its libraries
    /// and librsvg take about 120 MiB of it, pictures and parsing the rest.
    public static let addressSpaceBytes = 320 << 20
    /// Resident memory proper (`RLIMIT_DATA`: heap and private mappings).
    public static let dataBytes = 160 << 20

    /// How the worker ends, for the parent to tell a broken SVG from one that is too costly.
    public enum Status: Int32, Sendable {
        case drawn = 0
        /// librsvg cannot parse the SVG: a located error in the model.
        case unreadable = 65
        /// The SVG parsed but was not drawn within the limits.
        case notDrawn = 70
    }

    /// Runs the worker with at most `cpuMilliseconds` of CPU and returns its exit status.
    public static func run(cpuMilliseconds: Int = cpuSeconds * 1000) -> Int32 {
        applyLimits(cpuMilliseconds: min(max(cpuMilliseconds, 1), cpuSeconds * 1000))
        var input: [UInt8] = []
        var buffer = [UInt8](repeating: 0, count: 64 << 10)
        while input.count <= PictureLimits.maxSVGBytes {
            let count = buffer.withUnsafeMutableBytes { read(0, $0.baseAddress, $0.count) }
            if count < 0 && errno == EINTR { continue }
            guard count > 0 else { break }
            input += buffer[0..<count]
        }
        guard input.count <= PictureLimits.maxSVGBytes else {
            return fail(.notDrawn, "the SVG is larger than \(PictureLimits.maxSVGBytes) bytes")
        }
        do {
            let png = try SVGRasterizer.png(from: input, width: pixelWidth, height: pixelHeight)
            var written = 0
            while written < png.count {
                let count = png[written...].withUnsafeBytes { write(1, $0.baseAddress, $0.count) }
                if count < 0 && errno == EINTR { continue }
                guard count > 0 else { return fail(.notDrawn, "cannot write the picture: \(String(cString: strerror(errno)))") }
                written += count
            }
            return Status.drawn.rawValue
        } catch {
            switch error {
            case .unreadable(let message): return fail(.unreadable, message)
            case .notDrawn(let message): return fail(.notDrawn, message)
            }
        }
    }

    private static func fail(_ status: Status, _ message: String) -> Int32 {
        FileHandle.standardError.write(Data(message.utf8))
        return status.rawValue
    }

    private static func applyLimits(cpuMilliseconds: Int) {
        // A parent that ignores or blocks SIGXCPU (test runners do) would let the CPU limits
        // pass unnoticed until the hard limit's SIGKILL.
        var cpuSignals = sigset_t()
        sigemptyset(&cpuSignals)
        for cpuSignal in [SIGXCPU, SIGPROF] {
            signal(cpuSignal, SIG_DFL)
            sigaddset(&cpuSignals, cpuSignal)
        }
        sigprocmask(SIG_UNBLOCK, &cpuSignals, nil)
        // The CPU this process has already spent starting counts against the timer too.
        var timer = itimerval(
            it_interval: timeval(tv_sec: 0, tv_usec: 0),
            it_value: timeval(tv_sec: cpuMilliseconds / 1000, tv_usec: __suseconds_t(cpuMilliseconds % 1000 * 1000)))
        setitimer(__itimer_which_t(ITIMER_PROF.rawValue), &timer, nil)
        func limit(_ resource: Int32, soft: Int, hard: Int) {
            var value = rlimit(rlim_cur: rlim_t(soft), rlim_max: rlim_t(hard))
            setrlimit(__rlimit_resource_t(UInt32(resource)), &value)
        }
        limit(Int32(RLIMIT_CPU.rawValue), soft: cpuSeconds, hard: cpuSeconds + 1)
        limit(Int32(RLIMIT_AS.rawValue), soft: addressSpaceBytes, hard: addressSpaceBytes)
        limit(Int32(RLIMIT_DATA.rawValue), soft: dataBytes, hard: dataBytes)
        // The worker writes only to its standard output (a file the parent made, bounded here),
        // and leaves no core file behind when a limit kills it.
        limit(Int32(RLIMIT_FSIZE.rawValue), soft: 16 << 20, hard: 16 << 20)
        limit(Int32(RLIMIT_CORE.rawValue), soft: 0, hard: 0)
    }
}

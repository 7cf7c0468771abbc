import Parley
import Synchronization

#if canImport(Glibc)
    import Glibc
#endif

/// The signal that asked this process to stop, 0 while none has; set from signal handlers.
private let stopSignal = Atomic<Int32>(0)
/// The write end of the parent's stop pipe, -1 while no workers run.
private let stopPipe = Atomic<Int32>(-1)

/// How an export stops when asked to (Ctrl-C, SIGTERM, SIGHUP) or when its parent dies: at the
/// next file, never in the middle of one, so that what was written is whole and listed.
///
/// The parent handles the signals, passes them on to its workers through the stop pipe, waits
/// for them and writes the manifest of what was done; a second signal ends it at once. Every
/// worker watches that pipe: a byte means stop, its end of file means the parent is gone.
public enum ExportInterruption {
    /// For `parley export`: stop at the next file on SIGINT, SIGTERM or SIGHUP.
    public static func installForExport() {
        let handler: @convention(c) (Int32) -> Void = { signal in
            if stopSignal.load(ordering: .relaxed) != 0 { _exit(128 + signal) }
            stopSignal.store(signal, ordering: .relaxed)
            let pipe = stopPipe.load(ordering: .relaxed)
            guard pipe >= 0 else { return }
            // One byte per worker that may read it (at most 256 jobs); write(2) is signal-safe.
            var byte: UInt8 = 1
            for _ in 0..<256 { _ = write(pipe, &byte, 1) }
        }
        for signal in [SIGINT, SIGTERM, SIGHUP] { Glibc.signal(signal, handler) }
        Glibc.signal(SIGPIPE, SIG_IGN)
        unblockStopSignals()
    }

    /// A parent that blocks SIGTERM or SIGINT (some test runners and supervisors do) would
    /// otherwise leave an export that nothing but SIGKILL can stop cleanly.
    private static func unblockStopSignals() {
        var signals = sigset_t()
        sigemptyset(&signals)
        for signal in [SIGINT, SIGTERM, SIGHUP] { sigaddset(&signals, signal) }
        sigprocmask(SIG_UNBLOCK, &signals, nil)
    }

    /// For a worker: the same signals only ask it to stop at the next file (Ctrl-C reaches the
    /// whole process group, and the parent must still hear from it).
    static func installForWorker() {
        let handler: @convention(c) (Int32) -> Void = { signal in stopSignal.store(signal, ordering: .relaxed) }
        for signal in [SIGINT, SIGTERM, SIGHUP] { Glibc.signal(signal, handler) }
        // A parent that is gone must not kill us by closing the answers pipe.
        Glibc.signal(SIGPIPE, SIG_IGN)
        unblockStopSignals()
    }

    /// The signal that asked to stop, if one has.
    public static var requestedSignal: Int32? {
        let signal = stopSignal.load(ordering: .relaxed)
        return signal == 0 ? nil : signal
    }

    /// Marks a stop without a signal (a worker whose parent is gone).
    static func requestStop() { stopSignal.compareExchange(expected: 0, desired: SIGHUP, ordering: .relaxed) }

    /// Makes the pipe the handler writes to, once a process; returns its read end for the
    /// workers. The pipe is never closed: a handler running on another thread could load the
    /// write end just before a close and then write into whatever file took its number. Its
    /// end of file, which tells workers their parent is gone, comes when the process ends.
    static func openStopPipe() -> Int32? {
        let reading: Int32
        let known = stopPipeReadEnd.load(ordering: .relaxed)
        if known >= 0 {
            reading = known
            drain(reading)
        } else {
            guard let ends = WorkerProcess.closeOnExecPipe() else { return nil }
            reading = ends[0]
            stopPipeReadEnd.store(ends[0], ordering: .relaxed)
            stopPipe.store(ends[1], ordering: .relaxed)
        }
        // A stop asked for before the workers started still reaches them.
        if requestedSignal != nil {
            var byte: UInt8 = 1
            let writing = stopPipe.load(ordering: .relaxed)
            for _ in 0..<256 { _ = write(writing, &byte, 1) }
        }
        return reading
    }

    /// Bytes an earlier export's stop left in the pipe must not stop the next one's workers.
    private static func drain(_ reading: Int32) {
        let flags = fcntl(reading, F_GETFL)
        _ = fcntl(reading, F_SETFL, flags | O_NONBLOCK)
        var buffer = [UInt8](repeating: 0, count: 512)
        while buffer.withUnsafeMutableBytes({ read(reading, $0.baseAddress, $0.count) }) > 0 {}
        _ = fcntl(reading, F_SETFL, flags)
    }
}

/// The read end of the stop pipe, -1 until the first export with workers makes it.
private let stopPipeReadEnd = Atomic<Int32>(-1)

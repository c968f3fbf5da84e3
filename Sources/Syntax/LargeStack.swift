// Running recursive work on a thread with a large stack. The parser is recursive descent and
// debug builds use kilobytes of stack per frame, so deeply nested (but legal) input such as
// 200 nested brackets would overflow an 8 MB main-thread stack. The nesting limits in PyParser
// bound the depth; this thread gives that depth room. Only touched pages are committed.

#if canImport(Glibc)
import Glibc
#elseif canImport(Musl)
import Musl
#elseif canImport(Darwin)
import Darwin
#endif

/// Stack size for parser threads.
public let largeStackSize = 512 << 20

private final class LargeStackJob<T>: @unchecked Sendable {
    let body: () -> T
    var result: T?
    init(_ body: @escaping () -> T) { self.body = body }
}

/// Runs `body` on a new thread with a `stackSize`-byte stack and waits for it. Falls back to
/// the current thread if the thread cannot be created. Public so that other recursive walks
/// over deep ASTs (the compiler) can use it too.
public func withLargeStack<T>(_ stackSize: Int = largeStackSize, _ body: @escaping () -> T) -> T {
    let job = LargeStackJob(body)
    let ctx = Unmanaged.passRetained(job as AnyObject).toOpaque()
    var attr = pthread_attr_t()
    pthread_attr_init(&attr)
    defer { pthread_attr_destroy(&attr) }
    pthread_attr_setstacksize(&attr, stackSize)
    #if os(Linux)
    var tid = pthread_t()
    let rc = pthread_create(&tid, &attr, { raw in
        let obj = Unmanaged<AnyObject>.fromOpaque(raw!).takeRetainedValue()
        (obj as! LargeStackRunnable).run()
        return nil
    }, ctx)
    if rc == 0 {
        pthread_join(tid, nil)
        return job.result!
    }
    #else
    var tid: pthread_t? = nil
    let rc = pthread_create(&tid, &attr, { raw in
        let obj = Unmanaged<AnyObject>.fromOpaque(raw).takeRetainedValue()
        (obj as! LargeStackRunnable).run()
        return nil
    }, ctx)
    if rc == 0, let t = tid {
        pthread_join(t, nil)
        return job.result!
    }
    #endif
    Unmanaged<AnyObject>.fromOpaque(ctx).release()
    return body()
}

private protocol LargeStackRunnable { func run() }

extension LargeStackJob: LargeStackRunnable {
    func run() { result = body() }
}

import CHeapTuning

/// How the C allocator grows the heap for this process. A build allocates and frees hundreds of
/// megabytes in many small steps on every core; glibc grows each thread's heap by as little as it
/// needs, with an `mprotect` call each time: 17,000 calls in a rebuild after one edit at 10,000
/// items (`strace -c`). Growing by 64 MB at a time takes that to under 100 calls. The step is
/// address space only: a page counts in memory once it is written, as before.
///
/// `CHeapTuning` sets it when the binary loads, before any thread has a heap; `apply()` says so
/// here, and keeps the setting for heaps made later should anything have reset it.
enum MemoryTuning {
    static func apply() {
        _ = megaphone_heap_grow_step(MEGAPHONE_HEAP_GROW_STEP)
    }
}

#ifndef MEGAPHONE_HEAP_TUNING_H
#define MEGAPHONE_HEAP_TUNING_H

/// How much each heap of the C allocator grows at least at a time (glibc's M_TOP_PAD), set by
/// this target when the binary loads, before main: nothing needs to call anything. A build
/// allocates and frees hundreds of megabytes in small steps on every core, and glibc grew each
/// thread's heap by as little as it needed, with an `mprotect` call each time: 17,000 calls in a
/// rebuild after one edit at 10,000 items (`strace -c`), 72 with this step. The step is address
/// space only: a page counts in memory once it is written.
#define MEGAPHONE_HEAP_GROW_STEP (64 << 20)

#endif

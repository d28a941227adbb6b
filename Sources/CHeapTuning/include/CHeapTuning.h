#ifndef MEGAPHONE_HEAP_TUNING_H
#define MEGAPHONE_HEAP_TUNING_H

/// How much each heap of the C allocator grows at least at a time, set when the binary loads.
#define MEGAPHONE_HEAP_GROW_STEP (64 << 20)

/// Asks the C allocator to grow each heap by at least `bytes` at a time (glibc's M_TOP_PAD).
/// Returns 1 when applied, 0 where the allocator has no such setting.
int megaphone_heap_grow_step(int bytes);

#endif

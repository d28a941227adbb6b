#include "CHeapTuning.h"
#include <stdlib.h>  // defines __GLIBC__ where the C library is glibc
#if defined(__GLIBC__)
#include <malloc.h>

/// Before main: a thread's heap takes the setting when it is created, and the Swift runtime and
/// Dispatch start threads before the command runs (set from Swift, it changed nothing).
__attribute__((constructor)) static void megaphone_heap_tuning_at_load(void) {
    mallopt(M_TOP_PAD, MEGAPHONE_HEAP_GROW_STEP);
}
#endif

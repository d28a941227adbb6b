#include "CHeapTuning.h"
#include <stdlib.h>  // defines __GLIBC__ where the C library is glibc
#if defined(__GLIBC__)
#include <malloc.h>
#endif

int megaphone_heap_grow_step(int bytes) {
#if defined(__GLIBC__)
    return mallopt(M_TOP_PAD, bytes);
#else
    (void)bytes;
    return 0;
#endif
}

#if defined(__GLIBC__)
/// Before main: a thread's heap takes the setting when it is created, and the Swift runtime and
/// Dispatch start threads before the command runs.
__attribute__((constructor)) static void megaphone_heap_tuning_at_load(void) {
    megaphone_heap_grow_step(MEGAPHONE_HEAP_GROW_STEP);
}
#endif

// cmark allocates every node, literal and buffer with calloc/realloc and frees each one: with
// glibc's malloc that was 40% of the Markdown pass of a `check` at 10,000 items (and malloc
// consolidation on two threads). A document is parsed, walked, rendered and dropped on one thread,
// so its memory is bumped in that thread's arena and released at once when it is done.
#include "markdown_arena.h"

#include <cmark.h>
#include <stdint.h>
#include <stdlib.h>
#include <string.h>

// The arena is linked into the executable: its thread-locals are reached directly, not through
// __tls_get_addr on every allocation (the general model a position-independent build assumes).
#define THREAD_LOCAL _Thread_local __attribute__((tls_model("initial-exec")))

#if defined(__has_feature)
#if __has_feature(address_sanitizer)
#define MEGAPHONE_ARENA_TRACKS_EACH 1
#endif
#endif

#ifdef MEGAPHONE_ARENA_TRACKS_EACH
// Under AddressSanitizer (scripts/fuzz), each allocation is its own malloc, freed when cmark frees
// it or at the scope's end: the sanitizer then sees every overflow and use after free in cmark,
// which an arena's big blocks would hide from it.
typedef struct tracked {
    struct tracked *previous, *next;
    size_t size;
    size_t padding;
} tracked;

static THREAD_LOCAL tracked *live;
static THREAD_LOCAL int depth;

static void *allocate(size_t size) {
    if (size > SIZE_MAX - sizeof(tracked)) abort();
    tracked *header = malloc(sizeof(tracked) + size);
    if (header == NULL) abort();
    header->previous = NULL;
    header->next = live;
    header->size = size;
    if (live != NULL) live->previous = header;
    live = header;
    return header + 1;
}

static void untrack(void *memory) {
    if (memory == NULL) return;
    tracked *header = (tracked *)memory - 1;
    if (header->previous != NULL) header->previous->next = header->next; else live = header->next;
    if (header->next != NULL) header->next->previous = header->previous;
    free(header);
}

static void *arena_realloc(void *old, size_t size) {
    void *moved = allocate(size);
    if (old != NULL) {
        size_t old_size = ((tracked *)old - 1)->size;
        memcpy(moved, old, old_size < size ? old_size : size);
        untrack(old);
    }
    return moved;
}

static void arena_free(void *memory) { untrack(memory); }

void megaphone_arena_begin(void) { depth += 1; }

void megaphone_arena_end(void) {
    if (--depth > 0) return;
    while (live != NULL) untrack(live + 1);
}

#else
enum { BLOCK_BYTES = 256 * 1024, HEADER = 16 };

typedef struct block {
    struct block *next;
    size_t capacity;
    size_t used;
    size_t padding;  // keeps `bytes` 16-byte aligned
    unsigned char bytes[];
} block;

typedef struct {
    block *current;
    unsigned char *last;  // the latest allocation, which realloc may grow in place
    int depth;
} arena;

static THREAD_LOCAL arena local;

static size_t rounded(size_t size) { return (size + 15) & ~(size_t)15; }

static void *allocate(size_t size) {
    if (size > SIZE_MAX - 2 * HEADER - 15) abort();
    size_t need = HEADER + rounded(size);
    block *current = local.current;
    if (current == NULL || current->capacity - current->used < need) {
        size_t capacity = need > BLOCK_BYTES ? need : BLOCK_BYTES;
        block *fresh = malloc(sizeof(block) + capacity);
        if (fresh == NULL) abort();  // as cmark's own allocator does
        fresh->next = current;
        fresh->capacity = capacity;
        fresh->used = 0;
        local.current = current = fresh;
    }
    unsigned char *start = current->bytes + current->used;
    *(size_t *)start = size;
    current->used += need;
    local.last = start + HEADER;
    return start + HEADER;
}

static void *arena_realloc(void *old, size_t size) {
    if (old == NULL) return allocate(size);
    unsigned char *bytes = old;
    size_t old_size = *(size_t *)(bytes - HEADER);
    block *current = local.current;
    // cmark's buffers grow one after the other: the latest allocation grows where it is.
    if (bytes == local.last && size <= SIZE_MAX - 2 * HEADER - 15) {
        size_t start = (size_t)(bytes - HEADER - current->bytes);
        if (HEADER + rounded(size) <= current->capacity - start) {
            current->used = start + HEADER + rounded(size);
            *(size_t *)(bytes - HEADER) = size;
            return old;
        }
    }
    void *moved = allocate(size);
    memcpy(moved, old, old_size < size ? old_size : size);
    return moved;
}

static void arena_free(void *memory) { (void)memory; }

void megaphone_arena_begin(void) { local.depth += 1; }

void megaphone_arena_end(void) {
    if (--local.depth > 0) return;
    // One standard block is kept for the thread's next document; the others go back to malloc.
    block *kept = NULL;
    for (block *current = local.current, *next; current != NULL; current = next) {
        next = current->next;
        if (kept == NULL && current->capacity == BLOCK_BYTES) {
            kept = current;
        } else {
            free(current);
        }
    }
    if (kept != NULL) {
        kept->next = NULL;
        kept->used = 0;
    }
    local.current = kept;
    local.last = NULL;
}

#endif

// cmark's zeroed allocation, from either way of allocating above.
static void *arena_calloc(size_t count, size_t size) {
    if (size != 0 && count > SIZE_MAX / size) abort();
    void *memory = allocate(count * size);
    memset(memory, 0, count * size);
    return memory;
}

static cmark_mem allocator = {arena_calloc, arena_realloc, arena_free};

void *megaphone_arena_mem(void) { return &allocator; }

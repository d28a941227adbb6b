#ifndef MEGAPHONE_MARKDOWN_ARENA_H
#define MEGAPHONE_MARKDOWN_ARENA_H

/// cmark's allocator (a `cmark_mem *`, opaque here so that cmark.h is included by CCmark only)
/// bumping in an arena of the calling thread. Everything allocated between the outermost
/// `megaphone_arena_begin` and its `megaphone_arena_end` on a thread is released at that end,
/// and nothing before: freeing is a no-op.
void *megaphone_arena_mem(void);
void megaphone_arena_begin(void);
void megaphone_arena_end(void);

#endif

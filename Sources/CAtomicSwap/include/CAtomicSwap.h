#ifndef MEGAPHONE_ATOMIC_SWAP_H
#define MEGAPHONE_ATOMIC_SWAP_H

/// Atomically exchanges two existing paths (Linux renameat2 with RENAME_EXCHANGE).
/// Returns 0 on success, -1 with errno set otherwise (for example EINVAL or ENOSYS
/// on file systems that cannot exchange; the caller then falls back to two renames).
int megaphone_exchange_paths(const char *first, const char *second);

#endif

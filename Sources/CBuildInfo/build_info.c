#include "CBuildInfo.h"

// scripts/install writes megaphone_build_info.h (MEGAPHONE_COMMIT, MEGAPHONE_COMMIT_DATE) into its
// scratch path and passes that folder with -Xcc -I. The flag is the same at every commit, so
// SwiftPM recompiles only this file when the header changes (clang's dependency file); a
// -DMEGAPHONE_COMMIT=… flag would change every compile command, and every module, swift-syntax
// included, would be rebuilt at each new commit. A C target rather than a build-tool plugin: no
// git run at every build, and a build without git (a tarball) needs nothing.
#if __has_include(<megaphone_build_info.h>)
#include <megaphone_build_info.h>
#endif

#ifndef MEGAPHONE_COMMIT
#define MEGAPHONE_COMMIT "unknown"
#endif
#ifndef MEGAPHONE_COMMIT_DATE
#define MEGAPHONE_COMMIT_DATE ""
#endif

const char *megaphone_build_commit(void) { return MEGAPHONE_COMMIT; }

const char *megaphone_build_commit_date(void) { return MEGAPHONE_COMMIT_DATE; }

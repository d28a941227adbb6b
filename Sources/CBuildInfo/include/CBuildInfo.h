#ifndef MEGAPHONE_BUILD_INFO_H
#define MEGAPHONE_BUILD_INFO_H

/// The commit this binary was built from (12 hex digits, with "-modified" when the checkout had
/// uncommitted changes), or "unknown" (a build by plain `swift build`, or from a tarball).
const char *megaphone_build_commit(void);

/// The date of that commit (YYYY-MM-DD), or "" when the commit is unknown.
const char *megaphone_build_commit_date(void);

#endif

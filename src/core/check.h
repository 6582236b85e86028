// Invariant checks. A broken invariant is a bug in netra, not bad input, so
// it aborts with the location instead of returning a Status.
#pragma once

#include <cstdio>
#include <cstdlib>

#define NETRA_CHECK(cond)                                                                    \
  do {                                                                                       \
    if (!(cond)) {                                                                           \
      std::fprintf(stderr, "netra: check failed at %s:%d: %s\n", __FILE__, __LINE__, #cond); \
      std::abort();                                                                          \
    }                                                                                        \
  } while (0)

#ifdef NDEBUG
#define NETRA_DCHECK(cond) \
  do {                     \
  } while (0)
#else
#define NETRA_DCHECK(cond) NETRA_CHECK(cond)
#endif

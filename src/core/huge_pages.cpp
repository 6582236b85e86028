#include "core/huge_pages.h"

#include <sys/mman.h>

#include <cstdint>

namespace netra {

void AdviseHugePages(const void* data, size_t bytes) {
  constexpr uintptr_t kHuge = uintptr_t{2} << 20;
  auto begin = reinterpret_cast<uintptr_t>(data);
  uintptr_t first = (begin + kHuge - 1) & ~(kHuge - 1);
  uintptr_t last = (begin + bytes) & ~(kHuge - 1);
  if (data == nullptr || last <= first) return;
  // Advice only: an error (huge pages disabled, an old kernel) changes nothing.
  (void)madvise(reinterpret_cast<void*>(first), last - first,
                MADV_HUGEPAGE);  // NOLINT(performance-no-int-to-ptr): an aligned address inside `data`
}

}  // namespace netra

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
  // The aligned address as an offset into `data`, not an integer made a pointer.
  char* aligned = const_cast<char*>(static_cast<const char*>(data)) + (first - begin);  // madvise takes void*
  (void)madvise(aligned, last - first, MADV_HUGEPAGE);
}

}  // namespace netra

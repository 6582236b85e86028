#include "store/term_hash.h"

#include <atomic>

namespace netra::store {

namespace {

constexpr uint64_t kSeed = 0x6e65747261746964ull;  // "netratid"

uint64_t Load64LE(const unsigned char* p) {
  uint64_t v = 0;
  for (int i = 7; i >= 0; --i) v = (v << 8) | p[i];
  return v;
}

uint64_t MurmurHash64A(std::string_view bytes, uint64_t seed) {
  constexpr uint64_t m = 0xc6a4a7935bd1e995ull;
  constexpr int r = 47;
  const auto* data = reinterpret_cast<const unsigned char*>(bytes.data());
  const size_t len = bytes.size();
  uint64_t h = seed ^ (len * m);
  const size_t blocks = len / 8;
  for (size_t i = 0; i < blocks; ++i) {
    uint64_t k = Load64LE(data + 8 * i);
    k *= m;
    k ^= k >> r;
    k *= m;
    h ^= k;
    h *= m;
  }
  const unsigned char* tail = data + 8 * blocks;
  const size_t rest = len & 7;
  if (rest > 0) {
    for (size_t i = rest; i-- > 0;) h ^= static_cast<uint64_t>(tail[i]) << (8 * i);
    h *= m;
  }
  h ^= h >> r;
  h *= m;
  h ^= h >> r;
  return h;
}

std::atomic<TermHasher> g_hasher_for_testing{nullptr};

}  // namespace

uint64_t HashTerm(std::string_view encoded_term) {
  TermHasher hook = g_hasher_for_testing.load(std::memory_order_relaxed);
  if (hook != nullptr) return hook(encoded_term);
  return MurmurHash64A(encoded_term, kSeed);
}

void SetTermHasherForTesting(TermHasher hasher) { g_hasher_for_testing.store(hasher); }

}  // namespace netra::store

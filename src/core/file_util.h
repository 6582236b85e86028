// Small file helpers that report failures as Status instead of throwing.
#pragma once

#include <cstdint>
#include <string>
#include <string_view>
#include <vector>

#include "core/status.h"

namespace netra {

// Reads the whole file. Fails with kIoError naming the path.
Result<std::string> ReadFile(const std::string& path);

// Writes (replaces) the whole file.
Status WriteFile(const std::string& path, const std::string& contents);

// Splits a tab-separated line into fields (no quoting: schema files never
// contain tabs inside a field).
void SplitTabs(const std::string& line, std::vector<std::string>* fields);

// A 64-bit FNV-1a hash; stable across runs and machines (it is persisted as
// a document's content hash). FNV-1a works a byte at a time, so hashing
// pieces in turn, each from the previous result, equals hashing them joined:
// Fnv1a64(b, Fnv1a64(a)) == Fnv1a64(a + b).
inline constexpr uint64_t kFnv1a64Offset = 1469598103934665603ULL;
uint64_t Fnv1a64(std::string_view bytes, uint64_t h = kFnv1a64Offset);

}  // namespace netra

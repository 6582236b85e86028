// Small file helpers that report failures as Status instead of throwing.
#pragma once

#include <cstdint>
#include <string>
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
// a document's content hash).
uint64_t Fnv1a64(const std::string& bytes);

}  // namespace netra

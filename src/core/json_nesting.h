// How deep a line of JSON nests, checked on its text before it is parsed.
//
// RapidJSON's default reader, its Writer and netra's walks over a parsed
// document recurse once per level of arrays and objects, so one line of
// 60,000 `[` overflows the stack. Input lines (articles, facts) are refused
// past kMaxJsonNesting levels, before any of them runs; real metadata nests
// a few levels.
#pragma once

#include <cstddef>
#include <optional>
#include <string_view>

namespace netra {

inline constexpr int kMaxJsonNesting = 64;

// The byte offset of the bracket that opens level `limit + 1` of `json`, or
// nullopt if it nests at most `limit` levels. Brackets inside strings do not
// count; the text need not be valid JSON (the parser says what else is wrong).
std::optional<size_t> JsonNestingPastLimit(std::string_view json, int limit = kMaxJsonNesting);

}  // namespace netra

// Case- and accent-insensitive text keys for matching names typed by users
// against labels in the store ("lubuk linggau" against "Kota Lubuk Linggau",
// "andre" against "André"). No ICU here: query must not depend on text/, and
// the store's labels are already NFC, so a table of the Latin letters that
// Indonesian news uses (plus combining marks) is enough.
#pragma once

#include <string>
#include <string_view>
#include <vector>

namespace netra::query {

// Lower-cases ASCII and Latin-1/Latin Extended-A letters and drops their
// accents ("Andé" -> "ande"); combining marks U+0300..U+036F are dropped.
// Everything else passes through unchanged.
std::string FoldCase(std::string_view s);

// FoldCase, then punctuation (anything not a letter or digit, except '/') is
// a space, spaces are collapsed and trimmed: "Kota Lubuk-Linggau." ->
// "kota lubuk linggau". The key entity look-up compares.
std::string FoldKey(std::string_view s);

// Edit distance in bytes (insert, delete, substitute, swap two neighbours):
// how far a typed word is from a known one. "Persn" and "qurey" are 1 from
// "Person" and "query".
size_t EditDistance(std::string_view a, std::string_view b);

// The candidates nearest to `typed` (compared by FoldKey), for a "did you
// mean" hint: those within a third of the typed length (at least 1, at most
// 3 edits), nearest first, ties in the order given. Empty if none is near.
std::vector<std::string> NearMisses(std::string_view typed, const std::vector<std::string>& candidates);

}  // namespace netra::query

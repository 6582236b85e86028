// Splitting a line of `netra shell` into a command's arguments, as a POSIX
// shell splits words, so that a line reads as the command line would:
//
//   path "OKU Timur" 'UU 20/2023' --paths 1
//     -> path | OKU Timur | UU 20/2023 | --paths | 1
//
//   - spaces and tabs separate words, outside quotes;
//   - '...' keeps everything up to the next ' as it is (no escapes);
//   - "..." keeps everything up to the next unescaped ", where \" is " and
//     \\ is \ (any other backslash stays: "a\d" is a\d);
//   - outside quotes, a backslash keeps the next character as it is
//     (UU\ 20/2023 is one word);
//   - quoted and unquoted parts next to each other make one word
//     (--region="OKU Timur"); '' and "" make an empty word;
//   - a word that starts with # (unquoted) starts a comment to the end of
//     the line.
#pragma once

#include <string>
#include <string_view>
#include <vector>

#include "core/status.h"

namespace netra::cli {

// The words of `line`. InvalidArgument naming the column (from 1) of a
// quote left open, or a backslash that ends the line.
Result<std::vector<std::string>> SplitWords(std::string_view line);

}  // namespace netra::cli

#include "core/json_nesting.h"

#include <algorithm>

namespace netra {

std::optional<size_t> JsonNestingPastLimit(std::string_view json, int limit) {
  // Nesting past `limit` takes more than `limit` openers. Counting them is
  // a vectorised pass; the walk below, a byte at a time, only runs for the
  // rare line that has that many (ingest reads every line of a fact file
  // twice, 1.7 GB at 100k articles).
  const auto openers = std::count(json.begin(), json.end(), '[') + std::count(json.begin(), json.end(), '{');
  if (openers <= limit) return std::nullopt;
  int depth = 0;
  for (size_t i = 0; i < json.size(); ++i) {
    switch (json[i]) {
      case '"': {
        // Skip the string: to its closing quote, past escaped characters.
        size_t j = i + 1;
        for (;;) {
          j = json.find_first_of("\"\\", j);
          if (j == std::string_view::npos) return std::nullopt;  // unterminated: the parser reports it
          if (json[j] == '"') break;
          j += 2;
        }
        i = j;
        break;
      }
      case '[':
      case '{':
        if (++depth > limit) return i;
        break;
      case ']':
      case '}':
        // A closer without its opener cannot hide the openers after it.
        if (depth > 0) --depth;
        break;
      default: break;
    }
  }
  return std::nullopt;
}

}  // namespace netra

#include "extract/fold.h"

namespace netra::extract {

std::string NameKey(std::string_view s) {
  std::string out;
  out.reserve(s.size());
  AppendNameKey(s, &out);
  return out;
}

void AppendNameKey(std::string_view s, std::string* out) {
  const size_t start = out->size();
  bool space = false;
  for (char c : s) {
    if (c == '-' || c == '.' || c == ' ' || c == '\t' || c == '\'' || c == ',') {
      space = out->size() > start;
      continue;
    }
    if (space) out->push_back(' ');
    space = false;
    out->push_back(LowerAscii(c));
  }
}

std::string_view Trim(std::string_view s) {
  size_t b = 0, e = s.size();
  while (b < e && (s[b] == ' ' || s[b] == '\t' || s[b] == '\n' || s[b] == '\r')) ++b;
  while (e > b && (s[e - 1] == ' ' || s[e - 1] == '\t' || s[e - 1] == '\n' || s[e - 1] == '\r')) --e;
  return s.substr(b, e - b);
}

}  // namespace netra::extract

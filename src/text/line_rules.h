// The rules that recognize page furniture in a single line of normalized
// text, from how Indonesian news sites lay out their pages. ClassifyLines
// (line_classes.h) adds the rules that depend on neighbouring lines.
#pragma once

#include <cstddef>
#include <string_view>

#include "text/line_classes.h"

namespace netra::text {

struct LineRuleMatch {
  LineClass cls = LineClass::kBody;
  // The line heads a list (`Related Posts`, `Berita Terkini`, `©`): the short
  // title-like lines after it belong to the same class until a paragraph.
  bool opens_list = false;
  // The list only counts once the article has begun: a `Berita Terkini` menu
  // above the title must not swallow the title.
  bool list_needs_article = false;
};

// Classifies one line (trimmed, non-empty) by its text alone; kBody if no
// rule matches.
LineRuleMatch MatchLineRule(std::string_view line);

// True if the whole line is a reporter's or agency's sign-off: a short
// parenthesized code such as `(Yuko)`, `(*)`, `(adv)`, `(rls/ant)`.
bool IsSignOff(std::string_view line);

// Where a sign-off glued to the end of a paragraph starts: in
// `... tuturnya. (Yuko)` the offset of `(`. Only after sentence-final
// punctuation, so `Aparatur Sipil Negara (ASN)` is not one. npos if none.
size_t FindTrailingSignOff(std::string_view line);

// A short line that reads like a headline rather than a paragraph: under 160
// bytes and not ending with a period.
bool IsTitleLike(std::string_view line);

}  // namespace netra::text

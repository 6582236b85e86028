#include "text/line_classes.h"

#include "text/ascii_internal.h"
#include "text/line_rules.h"

namespace netra::text {

const char* LineClassName(LineClass cls) {
  switch (cls) {
    case LineClass::kBody: return "body";
    case LineClass::kTitle: return "title";
    case LineClass::kBlank: return "blank";
    case LineClass::kDateline: return "dateline";
    case LineClass::kRelatedLink: return "related-link";
    case LineClass::kMenu: return "menu";
    case LineClass::kFooter: return "footer";
    case LineClass::kPhotoCredit: return "photo-credit";
    case LineClass::kSignOff: return "sign-off";
    case LineClass::kByline: return "byline";
  }
  return "unknown";
}

std::vector<Line> ClassifyLines(std::string_view normalized) {
  std::vector<Line> lines;
  // While a list header is in force (`Related Posts` followed by the titles
  // of other articles), the class given to short title-like lines.
  bool in_list = false;
  LineClass list_class = LineClass::kBody;
  bool article_started = false;  // a real paragraph has been seen

  size_t begin = 0;
  while (begin <= normalized.size()) {
    size_t end = normalized.find('\n', begin);
    if (end == std::string_view::npos) end = normalized.size();
    const std::string_view raw = normalized.substr(begin, end - begin);
    const std::string_view trimmed = internal::Trim(raw);
    Line line;
    line.norm_begin = static_cast<uint32_t>(begin + (trimmed.data() - raw.data()));
    line.norm_end = line.norm_begin + static_cast<uint32_t>(trimmed.size());

    const LineRuleMatch rule = MatchLineRule(trimmed);
    line.cls = rule.cls;
    if (rule.cls == LineClass::kBody) {
      if (in_list && IsTitleLike(trimmed)) {
        line.cls = list_class;
      } else {
        in_list = false;  // a paragraph ends the list
        article_started = article_started || !IsTitleLike(trimmed);
      }
    } else if (rule.opens_list && (!rule.list_needs_article || article_started)) {
      in_list = true;
      list_class = rule.cls;
    }
    // Blank lines and other boilerplate leave a list in force.
    lines.push_back(line);
    begin = end + 1;
  }
  return lines;
}

namespace {

bool LooksLikeHeadline(std::string_view line) {
  if (line.empty() || line.size() >= 200) return false;
  const char last = line.back();
  if (last == '.' || last == ',' || last == ':' || last == ';') return false;
  return line.find(' ') != std::string_view::npos;  // at least two words
}

}  // namespace

void MarkTitle(std::string_view normalized, bool title_is_first_line, std::vector<Line>* lines) {
  size_t first = 0;
  while (first < lines->size() && (*lines)[first].cls == LineClass::kBlank) ++first;
  if (first == lines->size()) return;
  if (title_is_first_line) {
    (*lines)[first].cls = LineClass::kTitle;
    return;
  }
  // Scraped pages may start with navigation (`Berita Terkini`, `Home`):
  // the headline is the first line that is not page furniture.
  while (first < lines->size() && ((*lines)[first].cls == LineClass::kBlank || IsBoilerplate((*lines)[first].cls))) {
    ++first;
  }
  if (first + 1 >= lines->size()) return;
  Line& line = (*lines)[first];
  if (line.cls != LineClass::kBody) return;
  const std::string_view text = normalized.substr(line.norm_begin, line.norm_end - line.norm_begin);
  const LineClass next = (*lines)[first + 1].cls;
  const bool body_follows = next == LineClass::kBlank || next == LineClass::kBody || next == LineClass::kDateline;
  if (body_follows && LooksLikeHeadline(text)) line.cls = LineClass::kTitle;
}

}  // namespace netra::text

#include "text/analyze.h"

#include <utility>

#include "text/line_rules.h"
#include "text/sentences.h"

namespace netra::text {
namespace {

// The dateline opens the story's first paragraph, which may come after a
// title, a standfirst and a photo caption (all short). Looking further would
// find dash-separated phrases in the body.
constexpr size_t kMaxDatelineCandidates = 8;
constexpr size_t kFirstParagraphBytes = 160;

struct DatelineHit {
  size_t line = 0;
  uint32_t body_begin = 0;  // where the story text starts, normalized offset
};

// A dateline that cannot be a headline's wording: it names a publisher or
// a place in capitals (`KAYUAGUNG, KORANPALPRES.COM –`), unlike `Bogor – `.
bool IsStrongDateline(std::string_view line, const DatelineMatch& m) {
  if (m.publisher_end > m.publisher_begin) return true;
  const std::string_view place = line.substr(m.place_begin, m.place_end - m.place_begin);
  for (char c : place) {
    if (c >= 'a' && c <= 'z') return false;
  }
  return true;
}

void SetDateline(const DatelineMatch& m, std::string_view text, Line* line, AnalyzedText* a) {
  line->cls = LineClass::kDateline;
  const auto span = [&](uint32_t b, uint32_t e) {
    return a->offsets.ToOriginal(line->norm_begin + b, line->norm_begin + e);
  };
  Dateline d;
  d.place = std::string(text.substr(m.place_begin, m.place_end - m.place_begin));
  d.publisher = std::string(text.substr(m.publisher_begin, m.publisher_end - m.publisher_begin));
  d.span = span(0, m.end);
  d.place_span = d.place.empty() ? Span{} : span(m.place_begin, m.place_end);
  d.publisher_span = d.publisher.empty() ? Span{} : span(m.publisher_begin, m.publisher_end);
  a->dateline = std::move(d);
}

// Finds the dateline among the first lines. `loader_title` is the line the
// loader says is the title (or npos): it is a dateline only if it starts
// with an unmistakable one, or does not read like a headline at all; real
// scraped pages often start straight with the dateline paragraph.
std::optional<DatelineHit> FindDateline(size_t loader_title, AnalyzedText* a) {
  size_t candidates = 0;
  for (size_t i = 0; i < a->lines.size() && candidates < kMaxDatelineCandidates; ++i) {
    Line& line = a->lines[i];
    if (line.cls != LineClass::kBody) continue;
    ++candidates;
    const std::string_view text =
        std::string_view(a->normalized).substr(line.norm_begin, line.norm_end - line.norm_begin);
    const std::optional<DatelineMatch> m = MatchDateline(text);
    const bool accept = m.has_value() && (i != loader_title || IsStrongDateline(text, *m) || !IsTitleLike(text));
    if (accept) {
      SetDateline(*m, text, &line, a);
      return DatelineHit{i, line.norm_begin + m->body_begin};
    }
    if (i == loader_title) continue;  // a title, not the first paragraph
    // A long paragraph is the first one, and it has no dateline. Short lines
    // before it are headlines, standfirsts and photo captions.
    if (text.size() >= kFirstParagraphBytes) break;
  }
  return std::nullopt;
}

bool HasSentences(LineClass cls) {
  return cls == LineClass::kBody || cls == LineClass::kTitle || cls == LineClass::kDateline;
}

void SplitAllSentences(const std::optional<DatelineHit>& dateline, AnalyzedText* a) {
  const std::string_view text = a->normalized;
  std::vector<SentenceBounds> bounds;
  a->sentences.reserve(text.size() / 100);
  for (size_t i = 0; i < a->lines.size(); ++i) {
    const Line& line = a->lines[i];
    if (!HasSentences(line.cls)) continue;
    uint32_t begin = line.norm_begin;
    uint32_t end = line.norm_end;
    if (dateline && dateline->line == i) begin = dateline->body_begin;
    if (line.cls != LineClass::kTitle) {
      const size_t sign_off = FindTrailingSignOff(text.substr(begin, end - begin));
      if (sign_off != std::string_view::npos) {
        a->sign_offs.push_back(a->offsets.ToOriginal(begin + static_cast<uint32_t>(sign_off), end));
        end = begin + static_cast<uint32_t>(sign_off);
      }
    }
    bounds.clear();
    SplitSentences(text.substr(begin, end - begin), &bounds);
    for (const SentenceBounds& b : bounds) {
      Sentence s;
      s.norm_begin = begin + b.begin;
      s.span = a->offsets.ToOriginal(s.norm_begin, begin + b.end);
      s.text = std::string(text.substr(s.norm_begin, b.end - b.begin));
      s.line = i;
      a->sentences.push_back(std::move(s));
    }
  }
}

}  // namespace

Result<AnalyzedText> Analyze(std::string_view original, const AnalyzeOptions& options) {
  NETRA_ASSIGN_OR_RETURN(NormalizedText normalized, Normalize(original));
  AnalyzedText a;
  a.normalized = std::move(normalized.text);
  a.offsets = std::move(normalized.offsets);

  a.lines = ClassifyLines(a.normalized);
  size_t first = 0;
  while (first < a.lines.size() && a.lines[first].cls == LineClass::kBlank) ++first;
  const size_t loader_title = options.title_is_first_line ? first : std::string_view::npos;
  // The title is decided after the dateline, so a line that starts with the
  // dateline is never taken for the title.
  const std::optional<DatelineHit> dateline = FindDateline(loader_title, &a);
  if (!options.title_is_first_line || (first < a.lines.size() && a.lines[first].cls != LineClass::kDateline)) {
    MarkTitle(a.normalized, options.title_is_first_line, &a.lines);
  }
  for (Line& line : a.lines) line.span = a.offsets.ToOriginal(line.norm_begin, line.norm_end);

  SplitAllSentences(dateline, &a);
  return a;
}

}  // namespace netra::text

// Fact lines written by hand rather than built as a Value (views.cpp) and
// printed: that tree cost a dozen allocations per fact and was half of
// `extract --format jsonl`'s time. RapidJSON's Writer would be as fast, but
// its bytes differ from what netra has always written (control characters
// as "\u001F", doubles as "1.0"), and the files must stay byte-identical.
#include "pipeline/fact_writer.h"

#include <algorithm>
#include <charconv>
#include <cmath>
#include <cstdlib>
#include <cstring>
#include <string_view>

#include "core/check.h"

namespace netra::pipeline {

namespace {

// Writes the bytes of a line at a cursor. The caller has made room for
// them (FactLineBound): no capacity check per piece, which cost as much as
// the bytes themselves in lines of short strings.
class LineCursor {
 public:
  explicit LineCursor(char* at) : at_(at) {}
  char* at() const { return at_; }

  template <size_t N>
  void Literal(const char (&text)[N]) {
    std::memcpy(at_, text, N - 1);
    at_ += N - 1;
  }
  void Char(char c) { *at_++ = c; }
  void Text(std::string_view s) {
    std::memcpy(at_, s.data(), s.size());
    at_ += s.size();
  }
  void String(std::string_view s) { at_ = WriteJsonString(s, at_); }
  template <typename N>
  void Number(N n) {
    at_ = std::to_chars(at_, at_ + kNumberBound, n).ptr;
  }

  // Room for any number Number() writes (an int64, a float's shortest text).
  static constexpr size_t kNumberBound = 24;

 private:
  char* at_;
};

// The keys, the object type, quotes, commas and brackets of a fact line:
// 113 bytes now, with room for a key more (AppendFactLine checks the bound
// held).
constexpr size_t kKeysAndPunctuation = 160;

// The most bytes AppendFactLine writes for `f`.
size_t FactLineBound(const model::Fact& f) {
  return kKeysAndPunctuation + 3 * LineCursor::kNumberBound +
         JsonStringBound(f.triple.subject.value.size() + f.triple.predicate.value.size() +
                         f.triple.object.value.size() + f.provenance.document.size() + f.provenance.extractor.size());
}

}  // namespace

void AppendDocumentHeader(const ProcessedDocument& p, std::string* out) {
  *out += "{\"document\":";
  AppendJsonString(p.doc.id, out);
  char hash[17];
  auto hex = std::to_chars(hash, hash + sizeof hash, p.content_hash, 16);
  // The record as a JSON object (it is JSON already), not a string of JSON.
  *out += ",\"content_hash\":\"";
  out->append(16 - (hex.ptr - hash), '0');
  out->append(hash, hex.ptr - hash);
  *out += "\",\"metadata\":";
  *out += DocumentMetadata(p.doc);
  *out += ",\"text\":";  // for `netra evidence` after `ingest --facts`
  AppendJsonString(p.doc.text, out);
  *out += "}";
}

void AppendFactLine(const model::Fact& f, std::string* out) {
  const model::Term& object = f.triple.object;
  size_t start = out->size();
  // Room for the longest line, then cut to what was written: the resize
  // zeroes a few hundred bytes, cheaper than checking capacity per piece.
  out->resize(start + FactLineBound(f));
  LineCursor line(out->data() + start);
  line.Literal("{\"subject\":");
  line.String(f.triple.subject.value);
  line.Literal(",\"predicate\":");
  line.String(f.triple.predicate.value);
  line.Literal(",\"object\":");
  if (object.kind == model::TermKind::kInteger) {
    line.Number(std::atoll(object.value.c_str()));
  } else {
    line.String(object.value);
  }
  line.Literal(",\"object_type\":\"");
  line.Text(model::TermKindName(object.kind));
  line.Literal("\",\"document\":");
  line.String(f.provenance.document);
  line.Literal(",\"span\":[");
  line.Number(f.provenance.begin);
  line.Char(',');
  line.Number(f.provenance.end);
  line.Literal("],\"extractor\":");
  line.String(f.provenance.extractor);
  // The float's shortest text, as Value::Float prints it: a float's shortest
  // text (at most 9 digits) is also the shortest text of the double it reads
  // back as, so the float is printed directly, without that round trip. Nine
  // facts in ten are certain: 1 is spelled out rather than computed.
  line.Literal(",\"confidence\":");
  float confidence = f.provenance.confidence;
  if (confidence == 1.0f) {
    line.Char('1');
  } else if (std::isfinite(confidence)) {
    line.Number(confidence);
  } else {
    line.Literal("null");  // as Value prints a non-finite double
  }
  line.Char('}');
  size_t end = line.at() - out->data();
  NETRA_CHECK(end - start <= FactLineBound(f));
  out->resize(end);
}

namespace {

// Makes room for a document's lines before they are written. Left to grow
// by doubling, `out` would hold up to twice a big document's lines, and
// three times while it moves: the most memory `extract` used for a
// document of megabytes. Strings are counted unescaped (the text with an
// eighth to spare for its escapes), plus one line's worst case, so the
// per-line resize seldom outgrows the room; more escaped text than that
// still fits, by ordinary growth.
void ReserveForLines(const ProcessedDocument& p, std::string* out) {
  // A line's keys and punctuation (113 bytes), its span and confidence as
  // they usually print, and the newline.
  constexpr size_t kLineOverhead = 136;
  constexpr size_t kHeaderKeys = 96;
  size_t need = out->size() + kHeaderKeys + p.doc.id.size() + p.doc.text.size() + p.doc.text.size() / 8;
  size_t widest = 0;
  for (const model::Fact& f : p.facts) {
    need += kLineOverhead + f.triple.subject.value.size() + f.triple.predicate.value.size() +
            f.triple.object.value.size() + f.provenance.document.size() + f.provenance.extractor.size();
    widest = std::max(widest, FactLineBound(f));
  }
  need += widest;
  // Many small documents share one buffer: grow it geometrically for them.
  if (need > out->capacity()) out->reserve(std::max(need, out->capacity() + out->capacity() / 2));
}

}  // namespace

void AppendFactLines(const ProcessedDocument& p, std::string* out) {
  ReserveForLines(p, out);
  AppendDocumentHeader(p, out);
  out->push_back('\n');
  for (const model::Fact& f : p.facts) {
    AppendFactLine(f, out);
    out->push_back('\n');
  }
}

}  // namespace netra::pipeline

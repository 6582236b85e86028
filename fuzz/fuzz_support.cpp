#include "fuzz_support.h"

#include <cstdio>
#include <cstdlib>
#include <string>

#include "core/paths.h"

namespace netra::fuzz {

const extract::Resources& Resources() {
  static const extract::Resources res = [] {
    auto r = extract::Resources::Load(SchemaDir());
    if (!r.ok()) {
      std::fprintf(stderr, "cannot load the schema folder %s: %s\n", SchemaDir().c_str(),
                   r.status().ToString().c_str());
      std::abort();
    }
    return std::move(r).value();
  }();
  return res;
}

std::vector<AnalyzedInput> AnalyzeAsLoaded(const uint8_t* data, size_t size) {
  std::vector<AnalyzedInput> out;
  for (bool txt_file : {true, false}) {
    model::Document doc;
    doc.id = "fuzz";
    doc.text.assign(reinterpret_cast<const char*>(data), size);
    if (!txt_file) doc.title = "Judul";
    text::AnalyzeOptions options;
    options.title_is_first_line = txt_file;  // as pipeline::Process decides
    auto analyzed = text::Analyze(doc.text, options);
    if (!analyzed.ok()) return {};
    out.push_back({std::move(doc), std::move(analyzed).value()});
  }
  return out;
}

void Check(bool ok, const char* what) {
  if (ok) return;
  std::fprintf(stderr, "fuzz check failed: %s\n", what);
  std::abort();
}

void CheckSpan(text::Span span, size_t size, const char* what) {
  if (span.begin <= span.end && span.end <= size) return;
  std::fprintf(stderr, "fuzz check failed: %s: span [%u, %u) of a %zu-byte text\n", what, span.begin, span.end, size);
  std::abort();
}

}  // namespace netra::fuzz

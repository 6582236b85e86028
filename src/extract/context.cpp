#include "extract/context.h"

#include "extract/fold.h"

namespace netra::extract {

Result<Resources> Resources::Load(const std::string& schema_dir) {
  Resources r;
  auto g = Gazetteer::Load(schema_dir + "/regions.tsv");
  if (!g.ok()) return g.status();
  r.gazetteer = std::move(g).value();
  auto c = StatuteCatalog::Load(schema_dir + "/statutes.tsv");
  if (!c.ok()) return c.status();
  r.catalog = std::move(c).value();
  return r;
}

DocContext::DocContext(const model::Document& doc, const text::AnalyzedText& analyzed,
                       const Resources& res)
    : doc_(doc), analyzed_(analyzed), res_(res) {
  sentences_.reserve(analyzed.sentences.size());
  for (size_t i = 0; i < analyzed.sentences.size(); ++i) {
    const text::Sentence& s = analyzed.sentences[i];
    SentenceView v;
    v.index = i;
    v.text = s.text;
    v.lower = LowerAscii(s.text);
    v.tokens = Tokenize(s.text);
    v.norm_begin = s.norm_begin;
    sentences_.push_back(std::move(v));
  }
}

text::Span DocContext::ToOriginal(const SentenceView& s, uint32_t begin, uint32_t end) const {
  return analyzed_.offsets.ToOriginal(s.norm_begin + begin, s.norm_begin + end);
}

}  // namespace netra::extract

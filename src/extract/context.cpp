#include "extract/context.h"

#include <rapidjson/document.h>
#include <rapidjson/error/en.h>

#include "core/file_util.h"
#include "extract/fold.h"
#include "extract/regions.h"
#include "model/vocab.h"

namespace netra::extract {

namespace {

// schema/vocabulary.json documents every entity type and predicate; netra
// refuses to start when the code uses one the file does not describe, so
// the documentation cannot fall behind the code.
Status CheckVocabulary(const std::string& path) {
  auto text = ReadFile(path);
  if (!text.ok()) return text.status();
  rapidjson::Document json;
  json.Parse(text->c_str());
  if (json.HasParseError() || !json.IsObject()) {
    return Status::Corruption(path + ": not valid JSON (" + rapidjson::GetParseError_En(json.GetParseError()) + ")");
  }
  for (const auto& [section, names] :
       {std::pair{"entity_types",
                  std::vector<const char*>(std::begin(vocab::kAllEntityTypes), std::end(vocab::kAllEntityTypes))},
        std::pair{"predicates",
                  std::vector<const char*>(std::begin(vocab::kAllPredicates), std::end(vocab::kAllPredicates))}}) {
    auto it = json.FindMember(section);
    if (it == json.MemberEnd() || !it->value.IsObject()) return Status::Corruption(path + ": no `" + section + "`");
    for (const char* name : names) {
      if (!it->value.HasMember(name)) {
        return Status::Corruption(path + ": `" + name + "` is used by netra but not described in " + section);
      }
    }
  }
  return Status::Ok();
}

}  // namespace

Result<Resources> Resources::Load(const std::string& schema_dir) {
  NETRA_RETURN_IF_ERROR(CheckVocabulary(schema_dir + "/vocabulary.json"));
  Resources r;
  auto g = Gazetteer::Load(schema_dir + "/regions.tsv");
  if (!g.ok()) return g.status();
  r.gazetteer = std::move(g).value();
  auto c = StatuteCatalog::Load(schema_dir + "/statutes.tsv");
  if (!c.ok()) return c.status();
  r.catalog = std::move(c).value();
  auto lexicon = Lexicon::Load(schema_dir + "/lexicon");
  if (!lexicon.ok()) return lexicon.status();
  r.lexicon = std::move(lexicon).value();
  return r;
}

DocContext::DocContext(const model::Document& doc, const text::AnalyzedText& analyzed, const Resources& res)
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
    v.regions = MatchRegions(*res.gazetteer, *res.lexicon, v);
    sentences_.push_back(std::move(v));
  }
}

text::Span DocContext::ToOriginal(const SentenceView& s, uint32_t begin, uint32_t end) const {
  return analyzed_.offsets.ToOriginal(s.norm_begin + begin, s.norm_begin + end);
}

}  // namespace netra::extract

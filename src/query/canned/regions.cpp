// regions: the regions documents mention or are about, with those documents.
#include <map>
#include <set>
#include <string>

#include "model/vocab.h"
#include "query/canned/describe.h"
#include "query/canned/questions.h"
#include "query/id_reads.h"

namespace netra::query::canned {

using model::Term;

Result<Value> Regions(const store::Store& store, const Resolved& f) {
  Attributes attrs(store);
  std::map<std::string, std::set<std::string>> docs;
  // A filter is applied to the regions before their documents are read.
  auto shown = [&](const std::string& id) {
    Value v = RegionValue(attrs, id);
    return f.InRegion(id) && (f.kind.empty() || v.Get("kind")->as_string() == f.kind);
  };
  // A dateline names where the story was filed, not what it is about.
  for (const char* pred : {vocab::kMentions, vocab::kAbout}) {
    NETRA_ASSIGN_OR_RETURN(auto subjects, SubjectsOfTyped(store, pred, {vocab::kRegion}, shown));
    for (const auto& [region, of_region] : subjects) {
      for (const std::string& subject : of_region) {
        if (Term::EntityTypeOf(subject) == vocab::kDocument) docs[region].insert(DocumentName(subject));
      }
    }
  }
  Value out = Value::Array();
  for (const auto& [id, d] : docs) {
    Value v = RegionValue(attrs, id);
    if (!f.InRegion(id)) continue;
    if (!f.kind.empty() && v.Get("kind")->as_string() != f.kind) continue;
    v.Set("documents", DocsValue(d));
    out.Push(std::move(v));
  }
  return out;
}

}  // namespace netra::query::canned

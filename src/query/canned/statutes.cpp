// statutes: each statute with the documents that mention it, one row per
// distinct set of articles those documents cite.
#include <map>
#include <optional>
#include <set>
#include <string>
#include <vector>

#include "model/vocab.h"
#include "query/canned/describe.h"
#include "query/canned/questions.h"
#include "query/id_reads.h"

namespace netra::query::canned {

namespace {

using model::Term;

std::vector<std::string> Subjects(const store::Store& store, const char* pred, const Term& object) {
  std::vector<std::string> out;
  Status s = store.Match(std::nullopt, Term::Entity(pred), object, [&](const model::Triple& t) {
    out.push_back(t.subject.value);
    return true;
  });
  s.ok();
  return out;
}

// The labels of the articles of `statute` (the subjects of its `part_of`,
// each taken as an entity's id) that each document cites (`cites_article`),
// by document. The citations of all the statute's articles are read as ids
// and their documents in one batch: a statute's articles are cited half a
// million times at a million articles.
Result<std::map<std::string, std::set<std::string>>> ArticlesCitedIn(const store::Store& store, Attributes& attrs,
                                                                     const std::string& statute) {
  std::map<std::string, std::set<std::string>> articles_of_doc;
  NETRA_ASSIGN_OR_RETURN(std::optional<store::TermId> cites_article, store.FindId(Term::Entity(vocab::kCitesArticle)));
  if (!cites_article) return articles_of_doc;
  std::vector<std::string> labels;
  std::vector<store::TripleIds> citations;
  std::vector<uint32_t> label_of_citation;
  for (const std::string& article : Subjects(store, vocab::kPartOf, Term::Entity(statute))) {
    auto label = static_cast<uint32_t>(labels.size());
    labels.push_back(attrs.Get(article, vocab::kLabel));
    NETRA_RETURN_IF_ERROR(store.MatchIds(std::nullopt, *cites_article, store::Store::IdOf(Term::Entity(article)),
                                         [&](const store::TripleIds& t) {
                                           citations.push_back(t);
                                           label_of_citation.push_back(label);
                                           return true;
                                         }));
  }
  NETRA_RETURN_IF_ERROR(store.SupportingDocuments(citations, [&](size_t i, std::string_view doc) {
    articles_of_doc[std::string(doc)].insert(labels[label_of_citation[i]]);
  }));
  return articles_of_doc;
}

// The documents that mention each statute `f` shows, by statute id: with a
// region, those stating that an actor of the region cites it (the rows of
// regions-citing-laws, dated as those are); else those mentioning it,
// dated by their publication date.
Result<std::map<std::string, std::set<std::string>>> StatuteDocuments(const store::Store& store, Attributes& attrs,
                                                                      const Resolved& f) {
  std::map<std::string, std::set<std::string>> docs;
  if (!f.region.empty()) {
    NETRA_ASSIGN_OR_RETURN(Value cited, RegionsCitingLaws(store, f));
    for (const Value& row : cited.items()) {
      auto& of_statute = docs[row.Get("statute")->Get("id")->as_string()];
      for (const Value& d : row.Get("documents")->items()) of_statute.insert(d.as_string());
    }
    return docs;
  }
  auto shown = [&](const std::string& id) { return f.IsStatute(id); };
  NETRA_ASSIGN_OR_RETURN(auto mentioning, SubjectsOfTyped(store, vocab::kMentions, {vocab::kStatute}, shown));
  for (const auto& [statute, subjects] : mentioning) {
    for (const std::string& subject : subjects) {
      bool dated = f.from.empty() && f.to.empty();
      if (!dated) dated = DateInRange(attrs.Get(subject, vocab::kPublishedOn), f);
      if (dated) docs[statute].insert(DocumentName(subject));
    }
  }
  return docs;
}

}  // namespace

Result<Value> Statutes(const store::Store& store, const Resolved& f) {
  Attributes attrs(store);
  NETRA_ASSIGN_OR_RETURN(auto docs, StatuteDocuments(store, attrs, f));
  Value out = Value::Array();
  for (const auto& [id, d] : docs) {
    if (!f.IsStatute(id) || d.empty()) continue;
    Value base = StatuteValue(attrs, id);
    // The articles each document cites: one row per distinct set, so that
    // a row's articles are true of every document it lists.
    NETRA_ASSIGN_OR_RETURN(auto articles_of_doc, ArticlesCitedIn(store, attrs, id));
    std::map<std::set<std::string>, std::set<std::string>> groups;  // articles -> documents
    for (const std::string& doc : d) groups[articles_of_doc[doc]].insert(doc);
    for (const auto& [articles, group_docs] : groups) {
      Value v = base;
      Value arts = Value::Array();
      for (const std::string& a : articles) arts.Push(Value::Str(a));
      v.Set("articles", std::move(arts));
      v.Set("documents", DocsValue(group_docs));
      out.Push(std::move(v));
    }
  }
  return out;
}

}  // namespace netra::query::canned

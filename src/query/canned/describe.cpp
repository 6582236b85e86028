#include "query/canned/describe.h"

#include <cstdlib>
#include <optional>

#include "model/vocab.h"

namespace netra::query::canned {

namespace {

using model::Term;

std::string StatuteLabel(const std::string& type, const std::string& number, const std::string& year) {
  // "SE No. 800/117/BKPSDM/2024" already carries its year.
  bool year_in_number = !year.empty() && number.size() > year.size() &&
                        number.compare(number.size() - year.size(), year.size(), year) == 0;
  return type + (number.empty() ? "" : " No. " + number) + (year.empty() || year_in_number ? "" : " Tahun " + year);
}

}  // namespace

std::string Attributes::Get(const std::string& id, const char* pred) {
  const auto& all = All(id);
  auto it = all.find(pred);
  return it == all.end() || it->second.empty() ? "" : it->second.front();
}

const std::map<std::string, std::vector<std::string>>& Attributes::All(const std::string& id) {
  auto it = cache_.find(id);
  if (it != cache_.end()) return it->second;
  auto& m = cache_[id];
  // A failed read leaves the attributes empty; the row still prints.
  std::vector<store::TripleIds> triples;
  Status s =
      store_.MatchIds(store::Store::IdOf(Term::Entity(id)), std::nullopt, std::nullopt, [&](const store::TripleIds& t) {
        triples.push_back(t);
        return true;
      });
  if (!s.ok() || !Decode(triples)) return m;
  for (const store::TripleIds& t : triples) m[terms_[t.p]].push_back(terms_[t.o]);
  return m;
}

bool Attributes::Decode(const std::vector<store::TripleIds>& triples) {
  std::vector<store::TermId> missing;
  for (const store::TripleIds& t : triples) {
    for (store::TermId id : {t.p, t.o}) {
      if (!terms_.count(id)) missing.push_back(id);
    }
  }
  if (missing.empty()) return true;
  std::vector<model::Term> decoded;
  if (!store_.DecodeTerms(missing, &decoded).ok()) return false;
  for (size_t i = 0; i < missing.size(); ++i) terms_.emplace(missing[i], std::move(decoded[i].value));
  return true;
}

Value DocsValue(const std::set<std::string>& docs) {
  Value v = Value::Array();
  for (const auto& d : docs) v.Push(Value::Str(d));
  return v;
}

Value RegionValue(Attributes& a, const std::string& id) {
  Value v = Value::Object();
  v.Set("id", Value::Str(id));
  v.Set("name", Value::Str(a.Get(id, vocab::kLabel)));
  v.Set("kind", Value::Str(a.Get(id, vocab::kKind)));
  v.Set("code", Value::Str(a.Get(id, vocab::kCode)));
  return v;
}

Value StatuteValue(Attributes& a, const std::string& id) {
  Value v = Value::Object();
  std::string type = a.Get(id, vocab::kStatuteType), number = a.Get(id, vocab::kNumber), year = a.Get(id, vocab::kYear),
              title = a.Get(id, vocab::kTitle), status = a.Get(id, vocab::kStatus),
              replaced = a.Get(id, vocab::kReplacedBy);
  v.Set("id", Value::Str(id));
  v.Set("label", Value::Str(StatuteLabel(type, number, year)));
  v.Set("type", Value::Str(type));
  v.Set("number", number.empty() ? Value::Null() : Value::Str(number));
  v.Set("year", year.empty() ? Value::Null() : Value::Int(std::atoll(year.c_str())));
  v.Set("title", title.empty() ? Value::Null() : Value::Str(title));
  v.Set("status", status.empty() ? Value::Null() : Value::Str(status));
  v.Set("repealed", Value::Bool(status == "dicabut"));
  if (!replaced.empty()) v.Set("replaced_by", Value::Str(a.Get(replaced, vocab::kLabel)));
  return v;
}

std::string DocumentName(const std::string& entity) { return entity.substr(std::string(vocab::kDocument).size() + 1); }

}  // namespace netra::query::canned

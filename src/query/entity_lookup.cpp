#include "query/entity_lookup.h"

#include <algorithm>
#include <cctype>
#include <map>
#include <optional>
#include <regex>
#include <set>

#include "model/vocab.h"
#include "query/fold.h"

namespace netra::query {

namespace {

using model::Term;

const char* const kTypes[] = {vocab::kRegion,   vocab::kPerson,   vocab::kPosition, vocab::kOrganization,
                              vocab::kEvent,    vocab::kElection, vocab::kStatute,  vocab::kStatuteArticle,
                              vocab::kDocument, vocab::kPublisher};

bool TypeOk(const std::string& id, const LookupOptions& o) {
  return o.type.empty() || id.compare(0, o.type.size() + 1, o.type + ":") == 0;
}

// True if the store has any triple about or pointing at `id`.
Result<bool> Exists(const store::Store& store, const std::string& id) {
  bool found = false;
  auto seen = [&](const model::Triple&) {
    found = true;
    return false;
  };
  NETRA_RETURN_IF_ERROR(store.Match(Term::Entity(id), std::nullopt, std::nullopt, seen));
  if (!found) NETRA_RETURN_IF_ERROR(store.Match(std::nullopt, std::nullopt, Term::Entity(id), seen));
  return found;
}

// "region:16.73" -> "Region:16.73"; "" if the text does not start with a type.
std::string AsId(std::string_view text) {
  size_t colon = text.find(':');
  if (colon == std::string_view::npos) return "";
  std::string prefix = FoldCase(text.substr(0, colon));
  for (const char* type : kTypes) {
    if (FoldCase(type) == prefix) return std::string(type) + std::string(text.substr(colon));
  }
  return "";
}

// "UU 20/2023", "uu no. 20 tahun 2023", "UU Nomor 20 Tahun 2023" -> "Statute:UU/20/2023".
std::string StatuteId(std::string_view text) {
  static const std::regex kShorthand(
      R"(^\s*([A-Za-z]+)\s+(?:(?:no|nomor|nomer)\.?\s*)?([0-9A-Za-z.\/]+?)\s*(?:\/|\s+tahun\s+)([0-9]{4})\s*$)",
      std::regex::icase);
  std::cmatch m;
  std::string s(text);
  if (!std::regex_match(s.c_str(), m, kShorthand)) return "";
  std::string type = m[1].str();
  for (char& c : type) c = static_cast<char>(std::toupper(static_cast<unsigned char>(c)));
  return std::string(vocab::kStatute) + ":" + type + "/" + m[2].str() + "/" + m[3].str();
}

// The label with a leading region kind word left out ("kota lubuk linggau" ->
// "lubuk linggau"), or "" if it has none.
std::string WithoutKind(const std::string& folded) {
  for (const char* kind : {"kota ", "kabupaten ", "kab ", "provinsi "}) {
    std::string k(kind);
    if (folded.size() > k.size() && folded.compare(0, k.size(), k) == 0) return folded.substr(k.size());
  }
  return "";
}

bool ContainsWords(const std::string& haystack, const std::string& needle) {
  return (" " + haystack + " ").find(" " + needle + " ") != std::string::npos;
}

std::string FirstLabel(const store::Store& store, const std::string& id) {
  std::string label;
  Status s = store.Match(Term::Entity(id), Term::Entity(vocab::kLabel), std::nullopt, [&](const model::Triple& t) {
    label = t.object.value;
    return false;
  });
  s.ok();  // a label is decoration: an unreadable one prints as ""
  return label;
}

std::vector<EntityCandidate> WithLabels(const store::Store& store, const std::set<std::string>& ids,
                                        LookupMatch match) {
  std::vector<EntityCandidate> out;
  for (const std::string& id : ids) out.push_back({id, FirstLabel(store, id), match});
  return out;
}

// `Statute:PERKADA/5/2023` -> its regional acts in the store
// (`Statute:PERKADA/5/2023@32.71` ...), those of `within` if any given.
Result<std::set<std::string>> RegionalActs(const store::Store& store, const std::string& id,
                                           const std::set<std::string>& within) {
  std::set<std::string> out;
  size_t slash = id.find('/');
  if (slash == std::string::npos || id.find('@') != std::string::npos) return out;
  size_t type_at = std::string(vocab::kStatute).size() + 1;
  std::string type = id.substr(type_at, slash - type_at);
  std::string prefix = id + "@";
  NETRA_RETURN_IF_ERROR(
      store.Match(std::nullopt, Term::Entity(vocab::kStatuteType), Term::String(type), [&](const model::Triple& t) {
        const std::string& s = t.subject.value;
        if (s.compare(0, prefix.size(), prefix) != 0) return true;
        std::string region = std::string(vocab::kRegion) + ":" + s.substr(prefix.size());
        if (within.empty() || within.count(region)) out.insert(s);
        return true;
      }));
  return out;
}

// Rule 2: the statute the text cites, or the regional acts it may mean.
Result<std::set<std::string>> Statutes(const store::Store& store, std::string_view text, const LookupOptions& o) {
  std::set<std::string> out;
  if (!TypeOk(std::string(vocab::kStatute) + ":", o)) return out;
  for (const std::string& id : {o.known ? o.known->Statute(text) : std::string(), StatuteId(text)}) {
    if (id.empty()) continue;
    NETRA_ASSIGN_OR_RETURN(bool exists, Exists(store, id));
    if (exists) out.insert(id);
    NETRA_ASSIGN_OR_RETURN(auto acts, RegionalActs(store, id, o.within));
    out.insert(acts.begin(), acts.end());
    if (!out.empty()) return out;
  }
  return out;
}

// Rule 3: a code is an exact attribute: one POS look-up.
Result<std::set<std::string>> Codes(const store::Store& store, std::string_view text, const LookupOptions& o) {
  std::set<std::string> found;
  NETRA_RETURN_IF_ERROR(store.Match(std::nullopt, Term::Entity(vocab::kCode), Term::String(std::string(text)),
                                    [&](const model::Triple& t) {
                                      if (TypeOk(t.subject.value, o)) found.insert(t.subject.value);
                                      return true;
                                    }));
  return found;
}

// Rules 4-6 (store labels), as three sets.
struct LabelTiers {
  std::set<std::string> exact, without_kind, words;
};

// Rules 4-6 compare folded labels: one scan of each name attribute's index
// keys, its distinct labels read in one sorted pass over the dictionary and
// folded in place, and only the subjects of matching labels decoded (two
// million labels at a million articles: decoding every triple took 13 s).
Status ScanLabels(const store::Store& store, const std::string& key, const char* pred, const LookupOptions& options,
                  LabelTiers* out) {
  std::set<std::string>* tiers[] = {nullptr, &out->exact, &out->without_kind, &out->words};
  NETRA_ASSIGN_OR_RETURN(std::optional<store::TermId> predicate, store.FindId(Term::Entity(pred)));
  if (!predicate) return Status::Ok();
  std::vector<store::TripleIds> triples;  // POS order: by label, then subject
  NETRA_RETURN_IF_ERROR(store.MatchIds(std::nullopt, *predicate, std::nullopt, [&](const store::TripleIds& t) {
    triples.push_back(t);
    return true;
  }));
  std::vector<store::TermId> labels;
  for (const store::TripleIds& t : triples) {
    if (labels.empty() || labels.back() != t.o) labels.push_back(t.o);
  }
  std::vector<uint8_t> tier_of(labels.size(), 0);  // index into `tiers`; 0: no match
  NETRA_RETURN_IF_ERROR(store.ReadTermBytes(labels, [&](size_t i, std::string_view encoded) {
    model::TermKind kind;
    std::string_view value;
    if (!Term::DecodeView(encoded, &kind, &value)) return;
    std::string label = FoldKey(value);
    if (label == key) {
      tier_of[i] = 1;
    } else if (WithoutKind(label) == key) {
      tier_of[i] = 2;
    } else if (ContainsWords(label, key)) {
      tier_of[i] = 3;
    }
  }));
  std::vector<store::TermId> subjects;
  std::vector<uint8_t> subject_tier;
  for (size_t i = 0, k = 0; i < triples.size(); ++i) {
    while (labels[k] != triples[i].o) ++k;
    if (tier_of[k] == 0) continue;
    subjects.push_back(triples[i].s);
    subject_tier.push_back(tier_of[k]);
  }
  std::vector<Term> terms;
  NETRA_RETURN_IF_ERROR(store.DecodeTerms(subjects, &terms));
  for (size_t i = 0; i < terms.size(); ++i) {
    if (terms[i].is_entity() && TypeOk(terms[i].value, options)) tiers[subject_tier[i]]->insert(terms[i].value);
  }
  return Status::Ok();
}

// The ids in `ids` of the type the options ask for.
std::set<std::string> OfType(const std::vector<std::string>& ids, const LookupOptions& o) {
  std::set<std::string> out;
  for (const std::string& id : ids) {
    if (TypeOk(id, o)) out.insert(id);
  }
  return out;
}

// Rule 6's preference: documents whose titles hold the words only if no
// other entity's label does.
std::set<std::string> NamesBeforeTitles(const std::set<std::string>& words) {
  std::set<std::string> named;
  for (const std::string& id : words) {
    if (Term::EntityTypeOf(id) != vocab::kDocument) named.insert(id);
  }
  return named.empty() ? words : named;
}

}  // namespace

const char* LookupMatchName(LookupMatch match) {
  switch (match) {
    case LookupMatch::kId: return "id";
    case LookupMatch::kStatute: return "statute";
    case LookupMatch::kCode: return "code";
    case LookupMatch::kName: return "name";
    case LookupMatch::kNameWithoutKind: return "name-without-kind";
    case LookupMatch::kWords: return "words";
    case LookupMatch::kNear: return "near";
  }
  return "";
}

Result<std::vector<EntityCandidate>> FindEntities(const store::Store& store, std::string_view text,
                                                  const LookupOptions& options) {
  if (std::string id = AsId(text); !id.empty() && TypeOk(id, options)) {
    NETRA_ASSIGN_OR_RETURN(bool exists, Exists(store, id));
    if (exists) return WithLabels(store, {id}, LookupMatch::kId);
  }
  NETRA_ASSIGN_OR_RETURN(std::set<std::string> statutes, Statutes(store, text, options));
  if (!statutes.empty()) return WithLabels(store, statutes, LookupMatch::kStatute);
  NETRA_ASSIGN_OR_RETURN(std::set<std::string> codes, Codes(store, text, options));
  if (!codes.empty()) return WithLabels(store, codes, LookupMatch::kCode);
  std::string key = FoldKey(text);
  if (key.empty()) return std::vector<EntityCandidate>();
  LabelTiers tiers;
  for (const char* pred : {vocab::kLabel, vocab::kAbbreviation}) {
    NETRA_RETURN_IF_ERROR(ScanLabels(store, key, pred, options, &tiers));
  }
  if (options.known) {
    for (const std::string& id : OfType(options.known->Regions(text), options)) tiers.exact.insert(id);
  }
  tiers.words = NamesBeforeTitles(tiers.words);
  const std::pair<const std::set<std::string>*, LookupMatch> ordered[] = {
      {&tiers.exact, LookupMatch::kName},
      {&tiers.without_kind, LookupMatch::kNameWithoutKind},
      {&tiers.words, LookupMatch::kWords}};
  for (const auto& [tier, match] : ordered) {
    if (!tier->empty()) return WithLabels(store, *tier, match);
  }
  if (options.known) return WithLabels(store, OfType(options.known->NearRegions(text), options), LookupMatch::kNear);
  return std::vector<EntityCandidate>();
}

Result<EntityCandidate> ResolveCandidate(const store::Store& store, std::string_view text,
                                         const LookupOptions& options) {
  NETRA_ASSIGN_OR_RETURN(std::vector<EntityCandidate> found, FindEntities(store, text, options));
  std::string what = options.type.empty() ? "entity" : options.type;
  if (found.empty()) return Status::InvalidArgument("no " + what + " matches `" + std::string(text) + "`");
  if (found.size() == 1) return found.front();
  std::string msg = "`" + std::string(text) + "` is ambiguous: " + std::to_string(found.size()) +
                    " entities match; give one of these ids (or a longer name):";
  for (size_t i = 0; i < found.size() && i < options.max_candidates; ++i) {
    msg += "\n  " + found[i].id + (found[i].label.empty() ? "" : "  (" + found[i].label + ")");
  }
  if (found.size() > options.max_candidates) {
    msg += "\n  ... and " + std::to_string(found.size() - options.max_candidates) + " more";
  }
  return Status::InvalidArgument(msg);
}

Result<std::string> ResolveEntity(const store::Store& store, std::string_view text, const LookupOptions& options) {
  NETRA_ASSIGN_OR_RETURN(EntityCandidate found, ResolveCandidate(store, text, options));
  return found.id;
}

}  // namespace netra::query

#include "query/canned.h"

#include <algorithm>
#include <utility>

#include "model/vocab.h"
#include "query/canned/questions.h"
#include "query/entity_lookup.h"
#include "query/fold.h"
#include "query/region_scope.h"

namespace netra::query {

namespace {

using canned::Resolved;

// One canned question: what `netra query --help` and the checks of its
// filters need to know of it, and the function that answers it
// (query/canned/<name>.cpp).
struct Question {
  std::string name;
  std::vector<std::string> filters;  // CannedFilterNames
  std::vector<std::string> kinds;    // CannedKinds
  std::vector<std::string> columns;  // CannedColumns
  Result<Value> (*run)(const store::Store&, const Resolved&);
};

// In the order `netra query --help` lists them.
const std::vector<Question>& Questions() {
  static const std::vector<Question> kQuestions = {
      {"regions-citing-laws",
       {"region", "statute", "from", "to"},
       {},
       {"region", "region_id", "statute", "statute_id", "status", "articles", "documents"},
       canned::RegionsCitingLaws},
      {"regions",
       {"region", "kind"},
       {"provinsi", "kabupaten", "kota"},
       {"id", "name", "kind", "code", "documents"},
       canned::Regions},
      {"officials",
       {"region", "statute"},
       {},
       {"id", "name", "role", "region", "region_id", "honorifics", "degrees", "documents"},
       canned::Officials},
      {"statutes",
       {"region", "statute", "from", "to"},
       {},
       {"id", "label", "type", "number", "year", "title", "status", "repealed", "articles", "documents", "replaced_by"},
       canned::Statutes},
      {"events",
       {"region", "from", "to", "kind"},
       {"apel", "sosialisasi", "rapat", "kampanye", "pelantikan", "pemilihan", "other"},
       {"id", "kind", "name", "date", "region", "region_id", "led_by", "documents"},
       canned::Events},
      {"co-cited-laws",
       {"region", "statute", "from", "to"},
       {},
       {"statute_a", "statute_a_id", "statute_b", "statute_b_id", "regions", "region_names"},
       canned::CoCitedLaws},
  };
  return kQuestions;
}

const Question* FindQuestion(const std::string& name) {
  for (const Question& q : Questions()) {
    if (q.name == name) return &q;
  }
  return nullptr;
}

// The filter with its region and statute read as ids (query/entity_lookup.h)
// and the region widened to the regions inside it (query/region_scope.h).
Result<Resolved> Resolve(const store::Store& store, const CannedFilter& filter) {
  Resolved f;
  static_cast<CannedFilter&>(f) = filter;
  if (!f.region.empty()) {
    LookupOptions o;
    o.type = vocab::kRegion;
    NETRA_ASSIGN_OR_RETURN(std::string id, ResolveEntity(store, f.region, o));
    NETRA_ASSIGN_OR_RETURN(f.regions, RegionsWithin(store, id, f.subregions));
  }
  if (!f.statute.empty()) {
    LookupOptions o;
    o.type = vocab::kStatute;
    o.within = f.regions;
    NETRA_ASSIGN_OR_RETURN(f.statute_id, ResolveEntity(store, f.statute, o));
  }
  return f;
}

}  // namespace

const std::vector<std::string>& CannedQueryNames() {
  static const std::vector<std::string> kNames = [] {
    std::vector<std::string> names;
    for (const Question& q : Questions()) names.push_back(q.name);
    return names;
  }();
  return kNames;
}

const std::vector<std::string>& CannedFilterNames(const std::string& name) {
  static const std::vector<std::string> kNone;
  const Question* q = FindQuestion(name);
  return q == nullptr ? kNone : q->filters;
}

const std::vector<std::string>& CannedKinds(const std::string& name) {
  static const std::vector<std::string> kNone;
  const Question* q = FindQuestion(name);
  return q == nullptr ? kNone : q->kinds;
}

const std::vector<std::string>& CannedColumns(const std::string& name) {
  static const std::vector<std::string> kNone;
  const Question* q = FindQuestion(name);
  return q == nullptr ? kNone : q->columns;
}

Status CheckCannedFilters(const std::string& query, const CannedFilter& f) {
  const std::vector<std::string>& taken = CannedFilterNames(query);
  std::string list;
  for (const std::string& t : taken) list += (list.empty() ? "--" : ", --") + t;
  const std::pair<const char*, const std::string*> given[] = {
      {"region", &f.region}, {"statute", &f.statute}, {"from", &f.from}, {"to", &f.to}, {"kind", &f.kind}};
  for (const auto& [flag, value] : given) {
    if (value->empty() || std::find(taken.begin(), taken.end(), flag) != taken.end()) continue;
    return Status::InvalidArgument("`" + query + "` does not take --" + flag + " (it takes " + list + ")");
  }
  const std::vector<std::string>& kinds = CannedKinds(query);
  if (f.kind.empty() || std::find(kinds.begin(), kinds.end(), f.kind) != kinds.end()) return Status::Ok();
  std::vector<std::string> near = NearMisses(f.kind, kinds);
  std::string all;
  for (const std::string& k : kinds) all += (all.empty() ? "" : ", ") + k;
  return Status::InvalidArgument("unknown kind `" + f.kind + "`" +
                                 (near.empty() ? "" : "; did you mean `" + near.front() + "`?") + " (one of " + all +
                                 ")");
}

Result<Value> RunCanned(const store::Store& store, const std::string& name, const CannedFilter& filter) {
  NETRA_RETURN_IF_ERROR(CheckCannedFilters(name, filter));
  const Question* q = FindQuestion(name);
  if (q == nullptr) return Status::InvalidArgument("unknown query `" + name + "`");
  NETRA_ASSIGN_OR_RETURN(Resolved f, Resolve(store, filter));
  return q->run(store, f);
}

}  // namespace netra::query

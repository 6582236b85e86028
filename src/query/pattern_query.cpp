#include "query/pattern_query.h"

#include <algorithm>
#include <cctype>
#include <map>
#include <set>
#include <unordered_set>

#include "query/pattern_eval.h"
#include "query/pattern_exec.h"
#include "query/pattern_parser.h"
#include "query/pattern_planner.h"
#include "query/pattern_stats.h"
#include "query/pattern_terms.h"

namespace netra::query {

namespace {

using pattern::Query;
using pattern::Row;

bool RowLess(const Row& a, const Row& b) {
  for (size_t i = 0; i < a.size(); ++i) {
    int c = pattern::CompareForOrder(a[i], b[i]);
    if (c != 0) return c < 0;
  }
  return false;
}

// The columns of the result: SELECT's, or every variable for SELECT *.
std::vector<int> Columns(const Query& q) {
  std::vector<int> cols;
  if (q.select_all) {
    for (size_t i = 0; i < q.vars.size(); ++i) cols.push_back(static_cast<int>(i));
  } else {
    for (const auto& item : q.select) cols.push_back(item.var);
  }
  return cols;
}

// GROUP BY and COUNT: one row per group, with the group's variables and
// each COUNT's alias bound.
std::vector<Row> Aggregate(const Query& q, const std::vector<Row>& rows) {
  struct Counts {
    Row first;
    std::vector<uint64_t> n;
    std::vector<std::set<model::Term>> distinct;
  };
  std::map<Row, Counts, decltype(&RowLess)> groups(&RowLess);
  for (const Row& r : rows) {
    Row key;
    for (int v : q.group_by) key.push_back(r[v]);
    auto [it, inserted] = groups.try_emplace(key);
    Counts& c = it->second;
    if (inserted) {
      c.first = r;
      c.n.assign(q.select.size(), 0);
      c.distinct.resize(q.select.size());
    }
    for (size_t i = 0; i < q.select.size(); ++i) {
      const auto& item = q.select[i];
      if (!item.is_count) continue;
      if (item.count_of < 0) {
        ++c.n[i];
      } else if (r[item.count_of]) {
        if (item.count_distinct) c.distinct[i].insert(*r[item.count_of]);
        else ++c.n[i];
      }
    }
  }
  // With no GROUP BY, COUNT over no rows is still one row: 0.
  if (groups.empty() && q.group_by.empty()) {
    Counts c;
    c.first.assign(q.vars.size(), std::nullopt);
    c.n.assign(q.select.size(), 0);
    c.distinct.resize(q.select.size());
    groups.emplace(Row(), std::move(c));
  }
  std::vector<Row> out;
  for (auto& [key, c] : groups) {
    Row r(q.vars.size());
    for (int v : q.group_by) r[v] = c.first[v];
    for (size_t i = 0; i < q.select.size(); ++i) {
      const auto& item = q.select[i];
      if (!item.is_count) continue;
      uint64_t n = item.count_distinct ? c.distinct[i].size() : c.n[i];
      r[item.var] = model::Term::Integer(static_cast<int64_t>(n));
    }
    out.push_back(std::move(r));
  }
  return out;
}

Value ToValue(const std::optional<model::Term>& t) {
  if (!t) return Value::Null();
  if (t->kind == model::TermKind::kInteger) return Value::Int(std::atoll(t->value.c_str()));
  return Value::Str(t->value);
}

void Sort(const Query& q, std::vector<Row>* rows) {
  std::stable_sort(rows->begin(), rows->end(), [&](const Row& a, const Row& b) {
    for (const auto& key : q.order_by) {
      int c = pattern::CompareForOrder(a[key.var], b[key.var]);
      if (c != 0) return key.descending ? c > 0 : c < 0;
    }
    return false;
  });
}

struct IdRowHash {
  size_t operator()(const pattern::IdRow& row) const {
    size_t h = 0;
    for (const auto& id : row) h = h * 1000003 ^ (id ? std::hash<store::TermId>()(*id) : 0x9e3779b9);
    return h;
  }
};

// The variables the rows are read for after the scans: the columns, the
// groups and what is counted, the ORDER BY keys.
std::vector<int> ReadVars(const Query& q, const std::vector<int>& cols) {
  std::set<int> vars(cols.begin(), cols.end());
  vars.insert(q.group_by.begin(), q.group_by.end());
  for (const auto& item : q.select) {
    if (item.is_count && item.count_of >= 0) vars.insert(item.count_of);
  }
  for (const auto& key : q.order_by) vars.insert(key.var);
  return std::vector<int>(vars.begin(), vars.end());
}

// The rows as terms, with only the variables read after the scans decoded
// (each distinct term once, in one pass over the dictionary); the others
// are left unbound.
Result<std::vector<Row>> Decode(const Query& q, const std::vector<int>& cols, const std::vector<pattern::IdRow>& rows,
                                pattern::QueryTerms* terms) {
  std::vector<int> vars = ReadVars(q, cols);
  std::vector<store::TermId> ids;
  for (const pattern::IdRow& r : rows) {
    for (int v : vars) {
      if (r[v]) ids.push_back(*r[v]);
    }
  }
  NETRA_RETURN_IF_ERROR(terms->Load(ids));
  std::vector<Row> out;
  out.reserve(rows.size());
  for (const pattern::IdRow& r : rows) {
    Row row(q.vars.size());
    for (int v : vars) {
      if (!r[v]) continue;
      NETRA_ASSIGN_OR_RETURN(const model::Term* t, terms->Of(*r[v]));
      row[v] = *t;
    }
    out.push_back(std::move(row));
  }
  return out;
}

// The query and its plan, planned with what `stats` knows of the store's
// current version (or afresh, without it).
Result<std::pair<Query, pattern::GroupPlan>> Prepare(const store::Store& store, std::string_view text,
                                                     pattern::PlanStatistics* stats) {
  NETRA_ASSIGN_OR_RETURN(Query q, pattern::Parse(text));
  pattern::PlanStatistics fresh;
  if (stats == nullptr) {
    stats = &fresh;
  } else {
    NETRA_ASSIGN_OR_RETURN(std::string version, store.Version());
    stats->UseVersion(version);
  }
  NETRA_ASSIGN_OR_RETURN(pattern::GroupPlan plan, pattern::PlanGroup(store, q.where, {}, stats));
  return std::make_pair(std::move(q), std::move(plan));
}

}  // namespace

bool IsPatternQuery(std::string_view text) {
  size_t i = 0;
  while (i < text.size()) {
    if (std::isspace(static_cast<unsigned char>(text[i]))) {
      ++i;
    } else if (text[i] == '#') {
      while (i < text.size() && text[i] != '\n') ++i;
    } else {
      break;
    }
  }
  std::string word;
  while (i < text.size() && std::isalpha(static_cast<unsigned char>(text[i]))) {
    word.push_back(static_cast<char>(std::toupper(static_cast<unsigned char>(text[i++]))));
  }
  return word == "SELECT" || word == "PREFIX";
}

Result<std::string> ExplainPatternQuery(const store::Store& store, std::string_view text,
                                        pattern::PlanStatistics* stats) {
  NETRA_ASSIGN_OR_RETURN(auto prepared, Prepare(store, text, stats));
  return pattern::ExplainPlan(prepared.first, prepared.second);
}

Result<PatternResult> RunPatternQueryTerms(const store::Store& store, std::string_view text,
                                           pattern::PlanStatistics* stats) {
  NETRA_ASSIGN_OR_RETURN(auto prepared, Prepare(store, text, stats));
  const Query& q = prepared.first;
  std::vector<int> cols = Columns(q);
  bool aggregate = q.has_aggregates();
  // Without ORDER BY or GROUP BY, DISTINCT keeps the first of equal rows
  // as they come, by ids (one id per term), and the first OFFSET+LIMIT
  // distinct rows are the answer: stop the scans there.
  bool distinct_by_ids = q.distinct && !aggregate && q.order_by.empty();
  bool can_stop = !aggregate && q.order_by.empty() && q.limit.has_value();
  uint64_t wanted = q.limit ? q.offset + *q.limit : UINT64_MAX;
  std::vector<pattern::IdRow> rows;
  std::unordered_set<pattern::IdRow, IdRowHash> seen;
  pattern::IdRow key;
  pattern::IdRow row(q.vars.size());
  pattern::QueryRun run(store);
  NETRA_RETURN_IF_ERROR(pattern::ExecuteGroup(store, q.where, prepared.second, &run, &row, [&](const pattern::IdRow& r) {
    if (distinct_by_ids) {
      key.clear();
      for (int c : cols) key.push_back(r[c]);
      if (!seen.insert(key).second) return true;
    }
    rows.push_back(r);
    return !(can_stop && rows.size() >= wanted);
  }));
  NETRA_ASSIGN_OR_RETURN(std::vector<Row> decoded, Decode(q, cols, rows, &run.terms));
  rows.clear();
  if (aggregate) decoded = Aggregate(q, decoded);
  if (!q.order_by.empty()) Sort(q, &decoded);
  PatternResult out;
  for (int c : cols) out.columns.push_back(q.vars[c]);
  uint64_t index = 0;
  std::set<Row, decltype(&RowLess)> distinct(&RowLess);
  for (Row& r : decoded) {
    Row p;
    for (int c : cols) p.push_back(std::move(r[c]));
    if (q.distinct && !distinct_by_ids && !distinct.insert(p).second) continue;
    if (index++ < q.offset) continue;
    if (q.limit && out.rows.size() >= *q.limit) break;
    out.rows.push_back(std::move(p));
  }
  return out;
}

Result<Value> RunPatternQuery(const store::Store& store, std::string_view text) {
  NETRA_ASSIGN_OR_RETURN(PatternResult result, RunPatternQueryTerms(store, text));
  return ResultRows(result);
}

Value ResultRows(const PatternResult& result) {
  Value out = Value::Array();
  for (const auto& r : result.rows) {
    Value obj = Value::Object();
    for (size_t i = 0; i < result.columns.size(); ++i) obj.Set(result.columns[i], ToValue(r[i]));
    out.Push(std::move(obj));
  }
  return out;
}

}  // namespace netra::query

#include "query/pattern_query.h"

#include <algorithm>
#include <cctype>
#include <chrono>
#include <map>
#include <set>
#include <unordered_map>
#include <unordered_set>

#include "core/deadline.h"
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

// Heap bytes, as MemoryBudget reckons them, of a held row of `n` cells
// of ids, and of a row of terms (a string longer than the 15 bytes kept
// inline has a block of its own).
constexpr uint64_t kBlockOverhead = 16;  // malloc's, per block
uint64_t IdRowBytes(size_t n) {
  return sizeof(pattern::IdRow) + n * sizeof(std::optional<store::TermId>) + kBlockOverhead;
}
uint64_t RowBytes(const Row& r) {
  uint64_t bytes = sizeof(Row) + r.size() * sizeof(std::optional<model::Term>) + kBlockOverhead;
  for (const auto& t : r) {
    if (t && t->value.size() > 15) bytes += t->value.capacity() + 1 + kBlockOverhead;
  }
  return bytes;
}
constexpr uint64_t kHashNodeBytes = 32;  // a hash node's next pointer and hash, and its block

struct IdRowHash {
  size_t operator()(const pattern::IdRow& row) const {
    size_t h = 0;
    for (const auto& id : row) h = h * 1000003 ^ (id ? std::hash<store::TermId>()(*id) : 0x9e3779b9);
    return h;
  }
};

// GROUP BY and COUNT as the rows come, on ids: one entry per group, not a
// row per solution, so that counting a large join holds its groups only.
class Groups {
 public:
  Groups(const Query& q, MemoryBudget* budget) : q_(q), budget_(*budget) {}

  Status Add(const pattern::IdRow& r) {
    key_.clear();
    for (int v : q_.group_by) key_.push_back(r[v]);
    auto [it, inserted] = groups_.try_emplace(key_);
    Counts& c = it->second;
    if (inserted) {
      c.arrival = groups_.size();
      c.n.assign(q_.select.size(), 0);
      c.distinct.resize(q_.select.size());
      NETRA_RETURN_IF_ERROR(
          budget_.Charge(kHashNodeBytes + IdRowBytes(key_.size()) + sizeof(Counts) +
                         q_.select.size() * (sizeof(uint64_t) + sizeof(decltype(c.distinct)::value_type))));
    }
    for (size_t i = 0; i < q_.select.size(); ++i) {
      const auto& item = q_.select[i];
      if (!item.is_count) continue;
      if (item.count_of < 0) {
        ++c.n[i];
      } else if (r[item.count_of]) {
        if (!item.count_distinct) {
          ++c.n[i];
        } else if (c.distinct[i].insert(*r[item.count_of]).second) {
          NETRA_RETURN_IF_ERROR(budget_.Charge(kHashNodeBytes + sizeof(store::TermId)));
        }
      }
    }
    return Status::Ok();
  }

  // One row per group, with the group's variables and each COUNT's alias
  // bound, in the order of the groups' terms. Groups whose terms compare
  // equal for ORDER BY (a date and a string of the same text) are one
  // group, shown with the terms of the one met first.
  Result<std::vector<Row>> Rows(pattern::QueryTerms* terms) {
    std::vector<store::TermId> ids;
    for (const auto& [key, c] : groups_) {
      for (const auto& id : key) {
        if (id) ids.push_back(*id);
      }
    }
    NETRA_RETURN_IF_ERROR(terms->Load(ids));
    struct Merged {
      uint64_t arrival = UINT64_MAX;
      Row key;
      std::vector<uint64_t> n;
      std::vector<std::unordered_set<store::TermId>> distinct;
    };
    std::map<Row, Merged, decltype(&RowLess)> merged(&RowLess);
    for (auto& [key, c] : groups_) {
      Row terms_of_key;
      for (const auto& id : key) {
        if (!id) {
          terms_of_key.emplace_back();
          continue;
        }
        NETRA_ASSIGN_OR_RETURN(const model::Term* t, terms->Of(*id));
        terms_of_key.push_back(*t);
      }
      Merged& m = merged[terms_of_key];
      if (c.arrival < m.arrival) {
        m.arrival = c.arrival;
        m.key = terms_of_key;
      }
      m.n.resize(q_.select.size());
      m.distinct.resize(q_.select.size());
      for (size_t i = 0; i < q_.select.size(); ++i) {
        m.n[i] += c.n[i];
        m.distinct[i].insert(c.distinct[i].begin(), c.distinct[i].end());
      }
    }
    // With no GROUP BY, COUNT over no rows is still one row: 0.
    if (merged.empty() && q_.group_by.empty()) {
      Merged& m = merged[Row()];
      m.n.assign(q_.select.size(), 0);
      m.distinct.resize(q_.select.size());
    }
    std::vector<Row> out;
    for (auto& [sort_key, m] : merged) {
      Row r(q_.vars.size());
      for (size_t g = 0; g < q_.group_by.size(); ++g) r[q_.group_by[g]] = m.key[g];
      for (size_t i = 0; i < q_.select.size(); ++i) {
        const auto& item = q_.select[i];
        if (!item.is_count) continue;
        uint64_t n = item.count_distinct ? m.distinct[i].size() : m.n[i];
        r[item.var] = model::Term::Integer(static_cast<int64_t>(n));
      }
      out.push_back(std::move(r));
    }
    return out;
  }

 private:
  struct Counts {
    uint64_t arrival = 0;
    std::vector<uint64_t> n;
    std::vector<std::unordered_set<store::TermId>> distinct;
  };
  const Query& q_;
  MemoryBudget& budget_;
  std::unordered_map<pattern::IdRow, Counts, IdRowHash> groups_;
  pattern::IdRow key_;
};

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
// are left unbound. Each row is charged to `budget` if given.
Result<std::vector<Row>> Decode(const Query& q, const std::vector<int>& cols, const std::vector<pattern::IdRow>& rows,
                                pattern::QueryTerms* terms, MemoryBudget* budget = nullptr) {
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
    if (budget != nullptr) NETRA_RETURN_IF_ERROR(budget->Charge(RowBytes(row)));
    out.push_back(std::move(row));
  }
  return out;
}

Row Project(Row& r, const std::vector<int>& cols) {
  Row p;
  p.reserve(cols.size());
  for (int c : cols) p.push_back(std::move(r[c]));
  return p;
}

// The answer of a query without ORDER BY, GROUP BY or COUNT, as the scans
// find it: DISTINCT (by ids: one id per term), OFFSET, LIMIT and the row
// limit are applied to the rows of ids, which are decoded and given to
// the sink a batch at a time.
class StreamedAnswer {
 public:
  StreamedAnswer(const Query& q, const std::vector<int>& cols, const Limits& limits, MemoryBudget* budget,
                 pattern::QueryTerms* terms, RowSink* sink)
      : q_(q), cols_(cols), max_rows_(limits.max_rows), budget_(*budget), terms_(*terms), sink_(*sink) {}

  // For ExecuteGroup: false to stop the scans (LIMIT reached, a limit or
  // an error: status()).
  bool Take(const pattern::IdRow& r) {
    if (Fail(deadline_.Tick())) return false;
    if (q_.distinct) {
      key_.clear();
      for (int c : cols_) key_.push_back(r[c]);
      if (!seen_.insert(key_).second) return true;
      if (Fail(budget_.Charge(kHashNodeBytes + IdRowBytes(key_.size())))) return false;
    }
    if (skipped_ < q_.offset) {
      ++skipped_;
      return true;
    }
    if (q_.limit && taken_ >= *q_.limit) return false;
    if (max_rows_ != 0 && taken_ == max_rows_) return !Fail(TooManyRows(max_rows_));
    if (batch_.empty()) batch_start_ = Clock::now();
    batch_.push_back(r);
    ++taken_;
    bool full = batch_.size() >= batch_rows_ || Clock::now() - batch_start_ >= kBatchTime;
    if (full && !GiveBatch()) return false;
    return !(q_.limit && taken_ >= *q_.limit);
  }

  // Gives what is left of the last batch; the status of the run.
  Status Finish() {
    GiveBatch();
    return status_;
  }

 private:
  using Clock = std::chrono::steady_clock;
  // A batch is decoded in one pass over the dictionary (QueryTerms::Load):
  // the first is small, so that the first rows come soon, and each next one
  // twice as large, up to kMaxBatchRows, so that a large answer reads the
  // dictionary in few sorted passes (batches of 1024 rows all along made
  // 50k rows 30% slower than one pass); rows found slowly still reach the
  // reader within kBatchTime.
  static constexpr size_t kFirstBatchRows = 256;
  static constexpr size_t kMaxBatchRows = 65536;
  static constexpr Clock::duration kBatchTime = std::chrono::milliseconds(100);

  bool GiveBatch() {
    if (batch_.empty()) return true;
    batch_rows_ = std::min(2 * batch_rows_, kMaxBatchRows);
    terms_.Trim();  // the rows of earlier batches are given: no term of theirs is held
    Result<std::vector<Row>> rows = Decode(q_, cols_, batch_, &terms_);
    batch_.clear();
    if (Fail(rows.status())) return false;
    for (Row& r : *rows) {
      Row p = Project(r, cols_);
      sink_.Row(p);
    }
    sink_.Flush();
    return true;
  }

  // Keeps the first error; true if `s` is one.
  bool Fail(const Status& s) {
    if (!s.ok() && status_.ok()) status_ = s;
    return !s.ok();
  }

  const Query& q_;
  const std::vector<int>& cols_;
  const uint64_t max_rows_;
  MemoryBudget& budget_;
  pattern::QueryTerms& terms_;
  RowSink& sink_;
  DeadlineTicker deadline_;
  std::unordered_set<pattern::IdRow, IdRowHash> seen_;  // DISTINCT's
  pattern::IdRow key_;
  uint64_t skipped_ = 0, taken_ = 0;
  std::vector<pattern::IdRow> batch_;
  size_t batch_rows_ = kFirstBatchRows;  // the size at which batch_ is given
  Clock::time_point batch_start_;
  Status status_;
};

// The rows of a query with GROUP BY or COUNT (its groups, counted as the
// rows come) or with ORDER BY (every row, held to be sorted), decoded.
Result<std::vector<Row>> HeldRows(const store::Store& store, const Query& q, const pattern::GroupPlan& plan,
                                  const std::vector<int>& cols, MemoryBudget* budget, pattern::QueryRun* run) {
  DeadlineTicker deadline;
  Status taken;
  pattern::IdRow row(q.vars.size());
  if (q.has_aggregates()) {
    Groups groups(q, budget);
    NETRA_RETURN_IF_ERROR(pattern::ExecuteGroup(store, q.where, plan, run, &row, [&](const pattern::IdRow& r) {
      taken = deadline.Tick();
      if (taken.ok()) taken = groups.Add(r);
      return taken.ok();
    }));
    NETRA_RETURN_IF_ERROR(taken);
    return groups.Rows(&run->terms);
  }
  std::vector<pattern::IdRow> rows;
  NETRA_RETURN_IF_ERROR(pattern::ExecuteGroup(store, q.where, plan, run, &row, [&](const pattern::IdRow& r) {
    taken = deadline.Tick();
    if (taken.ok()) taken = budget->Charge(IdRowBytes(r.size()));
    if (taken.ok()) rows.push_back(r);
    return taken.ok();
  }));
  NETRA_RETURN_IF_ERROR(taken);
  NETRA_ASSIGN_OR_RETURN(std::vector<Row> decoded, Decode(q, cols, rows, &run->terms, budget));
  budget->Release(rows.size() * IdRowBytes(q.vars.size()));
  return decoded;
}

// Gives the held rows, sorted, to the sink: DISTINCT (by terms), OFFSET,
// LIMIT and the row limit applied.
Status GiveHeldRows(const Query& q, const std::vector<int>& cols, const Limits& limits, MemoryBudget* budget,
                    std::vector<Row>* rows, RowSink* sink) {
  if (!q.order_by.empty()) Sort(q, rows);
  uint64_t index = 0, given = 0;
  std::set<Row, decltype(&RowLess)> distinct(&RowLess);
  Status status;
  for (Row& r : *rows) {
    Row p = Project(r, cols);
    if (q.distinct) {
      if (!distinct.insert(p).second) continue;
      status = budget->Charge(RowBytes(p) + kHashNodeBytes);
      if (!status.ok()) break;
    }
    if (index++ < q.offset) continue;
    if (q.limit && given >= *q.limit) break;
    if (limits.max_rows != 0 && given == limits.max_rows) {
      status = TooManyRows(limits.max_rows);
      break;
    }
    sink->Row(p);
    ++given;
  }
  sink->Flush();
  return status;
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

Status StreamPatternQuery(const store::Store& store, std::string_view text, const Limits& limits, RowSink* sink,
                          pattern::PlanStatistics* stats) {
  NETRA_ASSIGN_OR_RETURN(auto prepared, Prepare(store, text, stats));
  const Query& q = prepared.first;
  std::vector<int> cols = Columns(q);
  std::vector<std::string> names;
  for (int c : cols) names.push_back(q.vars[c]);
  sink->Begin(names);
  MemoryBudget budget(limits.max_memory_mb << 20);
  pattern::QueryRun run(store);
  if (q.has_aggregates() || !q.order_by.empty()) {
    NETRA_ASSIGN_OR_RETURN(std::vector<Row> rows, HeldRows(store, q, prepared.second, cols, &budget, &run));
    return GiveHeldRows(q, cols, limits, &budget, &rows, sink);
  }
  StreamedAnswer answer(q, cols, limits, &budget, &run.terms, sink);
  pattern::IdRow row(q.vars.size());
  Status scanned = pattern::ExecuteGroup(store, q.where, prepared.second, &run, &row,
                                         [&](const pattern::IdRow& r) { return answer.Take(r); });
  Status given = answer.Finish();
  return !given.ok() ? given : scanned;
}

Result<PatternResult> RunPatternQueryTerms(const store::Store& store, std::string_view text,
                                           pattern::PlanStatistics* stats) {
  class Collect : public RowSink {
   public:
    explicit Collect(PatternResult* out) : out_(*out) {}
    void Begin(const std::vector<std::string>& columns) override { out_.columns = columns; }
    void Row(std::vector<std::optional<model::Term>>& row) override { out_.rows.push_back(std::move(row)); }

   private:
    PatternResult& out_;
  };
  PatternResult out;
  Collect collect(&out);
  NETRA_RETURN_IF_ERROR(StreamPatternQuery(store, text, Limits{}, &collect, stats));
  return out;
}

Result<Value> RunPatternQuery(const store::Store& store, std::string_view text) {
  NETRA_ASSIGN_OR_RETURN(PatternResult result, RunPatternQueryTerms(store, text));
  return ResultRows(result);
}

Value ResultRows(const PatternResult& result) {
  Value out = Value::Array();
  for (const auto& r : result.rows) out.Push(RowValue(result.columns, r));
  return out;
}

Value RowValue(const std::vector<std::string>& columns, const std::vector<std::optional<model::Term>>& row) {
  Value obj = Value::Object();
  for (size_t i = 0; i < columns.size(); ++i) obj.Set(columns[i], ToValue(row[i]));
  return obj;
}

}  // namespace netra::query

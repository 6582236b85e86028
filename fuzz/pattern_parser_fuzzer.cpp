// The pattern-query parser (netra query, netra serve's SPARQL endpoint) on
// any text: a query parses, or fails with "line L, column C: ...", and a
// parsed query's variables all exist.
#include <cstddef>
#include <cstdint>
#include <string_view>

#include "fuzz_support.h"
#include "query/pattern_parser.h"

namespace netra::fuzz {
namespace {

namespace pattern = query::pattern;

void CheckVar(const pattern::Query& q, int var, bool optional) {
  Check(var < static_cast<int>(q.vars.size()) && (optional || var >= 0), "a variable of the query");
}

void CheckSlot(const pattern::Query& q, const pattern::Slot& slot) { CheckVar(q, slot.var, /*optional=*/true); }

void CheckExpr(const pattern::Query& q, const pattern::Expr& e) {
  if (e.kind == pattern::Expr::Kind::kVar) CheckVar(q, e.var, /*optional=*/false);
  for (const pattern::Expr& arg : e.args) CheckExpr(q, arg);
}

void CheckGroup(const pattern::Query& q, const pattern::Group& g) {
  for (const pattern::TriplePattern& t : g.triples) {
    CheckSlot(q, t.s);
    CheckSlot(q, t.p);
    CheckSlot(q, t.o);
    if (t.in_graph) CheckSlot(q, t.graph);
  }
  for (const pattern::Expr& e : g.filters) CheckExpr(q, e);
  for (const pattern::Group& optional : g.optionals) CheckGroup(q, optional);
}

void CheckQuery(const pattern::Query& q) {
  for (const pattern::SelectItem& item : q.select) {
    CheckVar(q, item.var, /*optional=*/false);
    if (item.is_count) CheckVar(q, item.count_of, /*optional=*/true);
  }
  CheckGroup(q, q.where);
  for (int var : q.group_by) CheckVar(q, var, /*optional=*/false);
  for (const pattern::OrderKey& key : q.order_by) CheckVar(q, key.var, /*optional=*/false);
}

void Run(const uint8_t* data, size_t size) {
  auto query = pattern::Parse(std::string_view(reinterpret_cast<const char*>(data), size));
  if (query.ok()) {
    CheckQuery(*query);
  } else {
    Check(query.status().message().rfind("line ", 0) == 0, "a parse error names its line and column");
  }
}

}  // namespace
}  // namespace netra::fuzz

extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, size_t size) {
  netra::fuzz::Run(data, size);
  return 0;
}

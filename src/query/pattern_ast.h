// The parsed form of a pattern query (the SPARQL subset of
// pattern_query.h). Variables are numbered in the order they first appear;
// `Query::vars[i]` is the name of variable i, without its `?`.
#pragma once

#include <cstdint>
#include <optional>
#include <string>
#include <vector>

#include "model/term.h"

namespace netra::query::pattern {

// 1-based line and column of a token in the query text.
struct Pos {
  int line = 1;
  int column = 1;
};

// One position of a triple pattern: a variable or a constant term.
struct Slot {
  int var = -1;  // >= 0: a variable
  model::Term constant;
  bool is_var() const { return var >= 0; }
};

// A SPARQL 1.1 property path. `netra:holds_position/netra:position_in` is
// kSequence(kLink holds_position, kLink position_in); `^p` kInverse, `a|b`
// kAlternative, `p*` kZeroOrMore, `p+` kOneOrMore, `p?` kZeroOrOne.
// `a` (rdf:type) is kType: an entity's type is the prefix of its id, so no
// stored triple holds it; it is read from the id, as the N-Triples export
// writes it (`<id/Region:16.73> rdf:type <vocab/Region>`).
struct Path {
  enum class Kind { kLink, kType, kInverse, kSequence, kAlternative, kZeroOrMore, kOneOrMore, kZeroOrOne };
  Kind kind = Kind::kLink;
  model::Term predicate;   // kLink
  std::vector<Path> args;  // the operands, in order
};

struct TriplePattern {
  // `p` is unused when `path` is set: a path of more than one predicate
  // (`?s netra:a/netra:b ?o`). A single predicate, or `^p` with subject and
  // object swapped, is an ordinary pattern.
  Slot s, p, o;
  std::optional<Path> path;
  // Inside `GRAPH ?doc { ... }`: the variable bound to each document that
  // supports the matched triple (`Document:<id>`), or a constant document.
  Slot graph;
  bool in_graph = false;
  Pos pos;
  std::string text;  // as written, for --explain
};

// A FILTER expression. Values are compared as SPARQL does for the types the
// store has: integers as numbers, dates as dates, strings as strings.
struct Expr {
  enum class Kind { kVar, kConst, kNot, kAnd, kOr, kCompare, kCall };
  Kind kind = Kind::kConst;
  int var = -1;
  model::Term constant;  // kConst
  std::string op;        // kCompare: "=", "!=", "<", ">", "<=", ">="; kCall: lower-case function name
  std::vector<Expr> args;
  Pos pos;
};

// `{ ... }`: triple patterns, filters over the whole group, optional groups.
struct Group {
  std::vector<TriplePattern> triples;
  std::vector<Expr> filters;
  std::vector<Group> optionals;
};

// One column of SELECT: a variable, or `(COUNT([DISTINCT] ?x|*) AS ?n)`.
struct SelectItem {
  int var = -1;  // the column's variable (the alias for COUNT)
  bool is_count = false;
  bool count_distinct = false;
  int count_of = -1;  // -1 = COUNT(*)
  Pos pos;
};

struct OrderKey {
  int var = -1;
  bool descending = false;
};

struct Query {
  std::vector<std::string> vars;
  bool distinct = false;
  bool select_all = false;  // SELECT *
  std::vector<SelectItem> select;
  Group where;
  std::vector<int> group_by;
  std::vector<OrderKey> order_by;
  std::optional<uint64_t> limit;
  uint64_t offset = 0;

  bool has_aggregates() const {
    for (const auto& s : select) {
      if (s.is_count) return true;
    }
    return !group_by.empty();
  }
};

}  // namespace netra::query::pattern

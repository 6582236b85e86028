// FILTER evaluation and the ordering ORDER BY uses.
#pragma once

#include <functional>
#include <optional>
#include <set>
#include <string>
#include <vector>

#include "model/term.h"
#include "query/pattern_ast.h"

namespace netra::query::pattern {

// A solution: the value of each variable of Query::vars, or nullopt.
using Row = std::vector<std::optional<model::Term>>;

// The value of variable `var` in the row a filter is checked on; nullptr
// if it is unbound.
using VarValue = std::function<const model::Term*(int var)>;

// True if the filter holds for the row. As in SPARQL, an expression that
// cannot be evaluated (an unbound variable, comparing a date with an entity)
// is an error, and a filter whose value is an error rejects the row.
bool FilterHolds(const Expr& e, const VarValue& row);

// The variables an expression reads.
void ExprVars(const Expr& e, std::set<int>* out);

// The expression as text, for --explain.
std::string ExprText(const Expr& e, const std::vector<std::string>& vars);

// ORDER BY's total order: unbound first, then numbers (by value), dates and
// strings (by text), entities (by id).
int CompareForOrder(const std::optional<model::Term>& a, const std::optional<model::Term>& b);

}  // namespace netra::query::pattern

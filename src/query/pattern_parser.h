// Parses the pattern language (see pattern_query.h for the grammar).
#pragma once

#include <map>
#include <string>
#include <string_view>

#include "core/status.h"
#include "query/pattern_ast.h"

namespace netra::query::pattern {

// The prefixes every query starts with: `netra:` for predicates
// (`netra:cites` is the predicate `cites`), each entity type in its own
// spelling and in lower case (`Region:16.73` and `region:16.73` are the
// entity `Region:16.73`), and `xsd:` for datatypes. A PREFIX declaration
// adds to or replaces them.
const std::map<std::string, std::string>& DefaultPrefixes();

// InvalidArgument "line L, column C: ..." for a syntax error, an unknown
// prefix, a bad literal or a SELECT that GROUP BY does not cover.
Result<Query> Parse(std::string_view text);

}  // namespace netra::query::pattern

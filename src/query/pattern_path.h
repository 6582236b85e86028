// Property paths (SPARQL 1.1, section 9) evaluated over the store's indexes.
#pragma once

#include <functional>
#include <optional>

#include "core/status.h"
#include "query/pattern_ast.h"
#include "store/store.h"

namespace netra::query::pattern {

using PairFn = std::function<bool(const model::Term& subject, const model::Term& object)>;

// Calls `emit` once per (subject, object) pair that `path` connects, with
// the subject `s` and the object `o` when they are given. As in SPARQL 1.1:
// a sequence or an alternative gives one pair per way through it (`a/b`
// twice when two middle nodes connect the same ends); `p*`, `p+` and `p?`
// give each pair once, `p*` and `p?` also each node with itself. With
// neither end given, `p*` and `p?` start from every subject and object in
// the store. `emit` returns false to stop; the result is then OK too.
// Walks from the given end: a look-up per node reached, never the whole
// predicate unless no end is given.
Status MatchPath(const store::Store& store, const Path& path, const std::optional<model::Term>& s,
                 const std::optional<model::Term>& o, const PairFn& emit, store::TermCache* terms = nullptr);

}  // namespace netra::query::pattern

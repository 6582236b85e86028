// Entity look-up: what every command that takes an entity does with what the
// user typed. An id (`Region:16.73`, `region:16.73`), a Kemendagri code
// (`16.73`), a statute shorthand (`UU 20/2023`, `UU Nomor 20 Tahun 2023`) or a
// name (`lubuk linggau`, `Kota Lubuk Linggau`, `andre yoseph`) all resolve to
// one entity id, compared case- and accent-insensitively (graph/fold.h).
#pragma once

#include <string>
#include <string_view>
#include <vector>

#include "core/status.h"
#include "store/store.h"

namespace netra::graph {

struct LookupOptions {
  // Only entities of this type ("Region", "Person"); "" = any type.
  std::string type;
  // How many candidates an ambiguity message lists.
  size_t max_candidates = 10;
};

struct EntityCandidate {
  std::string id;
  std::string label;  // its first `label`, or ""
};

// Every entity the text names, from the most precise rule that finds any:
//   1. an id that the store holds (the type prefix in any case);
//   2. a statute written as `TYPE NUMBER/YEAR` or `TYPE Nomor N Tahun YEAR`;
//   3. an exact `code` attribute;
//   4. a `label` or `abbreviation` equal to the text once folded;
//   5. the same with a region's kind word (`Kota`, `Kabupaten`, `Provinsi`)
//      left out of the label;
//   6. labels containing the folded text as whole words.
// Empty if nothing matches. Reads the label index (one scan) for rules 4-6.
Result<std::vector<EntityCandidate>> FindEntities(const store::Store& store, std::string_view text,
                                                  const LookupOptions& options = {});

// Exactly one entity for `text`. InvalidArgument if none matches, or if
// several do (the message lists them with their labels, so the user can
// re-run with an id): look-up never guesses.
Result<std::string> ResolveEntity(const store::Store& store, std::string_view text,
                                  const LookupOptions& options = {});

}  // namespace netra::graph

// Entity arguments: what every command does with an entity the user names
// (`--region`, `--statute`, `neighbors X`, `path A B`, `--ego`). The look-up
// is query/entity_lookup.h's, told the names schema/ knows (region aliases
// from the gazetteer, statutes as the extractor reads citations), and the
// entity chosen is said on stderr:
//   netra: "OKU Timur" is Region:16.08 Kabupaten Ogan Komering Ulu Timur
#pragma once

#include <set>
#include <string>

#include "core/status.h"
#include "query/entity_lookup.h"
#include "store/store.h"

namespace netra::cli {

// The schema's names, loaded once (schema/ as LoadResources finds it);
// null if schema/ cannot be loaded (the look-up then uses the store alone).
const query::KnownNames* SchemaNames();

// The one entity `text` names, of `type` ("" = any); a regional act named
// without its region only among those of `within` (region ids). Prints the
// choice on stderr when `text` is not the id itself. InvalidArgument (the
// candidates listed) when none or several match.
Result<std::string> ResolveArg(const store::Store& store, const std::string& text, const std::string& type,
                               const std::set<std::string>& within = {});

}  // namespace netra::cli

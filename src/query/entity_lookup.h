// Entity look-up: what every command that takes an entity does with what the
// user typed. An id (`Region:16.73`, `region:16.73`), a Kemendagri code
// (`16.73`), a statute shorthand (`UU 20/2023`, `UU Nomor 20 Tahun 2023`) or a
// name (`lubuk linggau`, `Kota Lubuk Linggau`, `andre yoseph`) all resolve to
// one entity id, compared case- and accent-insensitively (query/fold.h).
#pragma once

#include <set>
#include <string>
#include <string_view>
#include <vector>

#include "core/status.h"
#include "store/store.h"

namespace netra::query {

// Names the schema knows that the store's labels may not hold: the
// gazetteer's aliases and abbreviations of regions (`OKUT`, `Kab. Bogor`,
// `Sumsel`) and the statute a citation names (`Undang-Undang Nomor 20 Tahun
// 2023`, `Perwali Bogor 5/2023`). query may not read schema/ (extract does):
// the cli fills this in from extract's gazetteer and statute reader.
class KnownNames {
 public:
  virtual ~KnownNames() = default;
  // The ids of the regions `text` names as written: `Region:16.08` for
  // `OKU Timur`, `Region:32.01` for `Kab. Bogor`.
  virtual std::vector<std::string> Regions(std::string_view text) const = 0;
  // The ids of the regions whose name `text` misspells (`Sumatra Selatan`).
  virtual std::vector<std::string> NearRegions(std::string_view text) const = 0;
  // The id of the statute `text` cites (`Statute:UU/20/2023`); a regional
  // act carries its region when the text names one
  // (`Statute:PERKADA/5/2023@32.71`), else none (`Statute:PERKADA/5/2023`).
  // "" if `text` cites no statute.
  virtual std::string Statute(std::string_view text) const = 0;
};

struct LookupOptions {
  // Only entities of this type ("Region", "Person"); "" = any type.
  std::string type;
  // How many candidates an ambiguity message lists.
  size_t max_candidates = 10;
  // The schema's names (rules 2, 4 and 7 below); null: the store's alone.
  const KnownNames* known = nullptr;
  // Region ids that a regional act named without its region must be of
  // (`PERKADA 5/2023` with `--region "Kota Bogor"`); empty = any region.
  std::set<std::string> within = {};
};

// How a candidate matched the text: the rule of FindEntities that found it.
enum class LookupMatch {
  kId,               // rule 1
  kStatute,          // rule 2
  kCode,             // rule 3
  kName,             // rule 4: a label, abbreviation or known alias, whole
  kNameWithoutKind,  // rule 5
  kWords,            // rule 6: words of a label
  kNear,             // rule 7: a region's name misspelt ("did you mean")
};

// "id", "statute", "code", "name", "name-without-kind", "words", "near".
const char* LookupMatchName(LookupMatch match);

struct EntityCandidate {
  std::string id;
  std::string label;  // its first `label`, or ""
  LookupMatch match = LookupMatch::kId;
};

// Every entity the text names, from the most precise rule that finds any:
//   1. an id that the store holds (the type prefix in any case);
//   2. a statute written as `TYPE NUMBER/YEAR`, `TYPE Nomor N Tahun YEAR` or
//      as KnownNames::Statute reads it; a regional act named without its
//      region: every such act of that type, number and year (in `within`);
//   3. an exact `code` attribute;
//   4. a `label` or `abbreviation` equal to the text once folded, and the
//      regions KnownNames::Regions names;
//   5. the same with a region's kind word (`Kota`, `Kabupaten`, `Provinsi`)
//      left out of the label;
//   6. labels containing the folded text as whole words; documents only if
//      no other entity's label does (a name beats a word of a title);
//   7. the regions KnownNames::NearRegions names.
// Empty if nothing matches. Reads the label index (one scan) for rules 4-6.
Result<std::vector<EntityCandidate>> FindEntities(const store::Store& store, std::string_view text,
                                                  const LookupOptions& options = {});

// Exactly one entity for `text`. InvalidArgument if none matches, or if
// several do (the message lists them with their labels, so the user can
// re-run with an id): look-up never guesses.
Result<std::string> ResolveEntity(const store::Store& store, std::string_view text, const LookupOptions& options = {});

// As ResolveEntity, with the entity's label.
Result<EntityCandidate> ResolveCandidate(const store::Store& store, std::string_view text,
                                         const LookupOptions& options = {});

}  // namespace netra::query

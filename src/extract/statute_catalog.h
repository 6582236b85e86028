// The statute catalog (schema/statutes.tsv): laws this domain cites, with
// titles, status and what replaced them. It enriches what the statute
// extractor finds; statutes missing from it are still extracted.
#pragma once

#include <memory>
#include <string>
#include <string_view>
#include <unordered_map>
#include <vector>

#include "core/status.h"

namespace re2 {
class RE2;
}

namespace netra::extract {

struct Region;

// Identifies a statute: "UU 20/2023". year is 0 when unknown. A regional
// act (a Perda, a Perbup, a Keputusan Gubernur) is also identified by the
// region that issued it: Perwali Bogor 5/2023 and Perwali Malang 5/2023 are
// two acts.
struct StatuteRef {
  std::string type;    // UU, PERPPU, PP, PERPRES, PERMEN, PERBAWASLU, PKPU, SKB, SE, PERDA, PERKADA, INPRES, OTHER
  std::string number;  // "20", "440/5184/SE"
  int year = 0;
  const Region* region = nullptr;  // the issuing region of a regional act, when known
  // Not part of the identity: whether a region issued it, and the kind of
  // region its issuer implies (a RegionKind, or -1: Perbup -> kabupaten).
  bool regional = false;
  int region_kind = -1;
  std::string Key() const;    // "UU/20/2023", "PERKADA/5/2023@32.71": the stable id part
  std::string Short() const;  // "UU 20/2023"
  bool operator==(const StatuteRef& o) const {
    return type == o.type && number == o.number && year == o.year && region == o.region;
  }
};

// The words statutes are cited with (schema/lexicon/statute_types.tsv):
// type words that name a statute type alone ("Undang-Undang", "Perbup"),
// heads that need an issuer ("Peraturan", "Keputusan", "Surat Edaran"),
// issuers that decide a head's type and region kind ("Menteri" -> PERMEN,
// "Bupati" -> PERKADA of a kabupaten), and letters whose numbers are never
// statutes ("Surat", "Nota Dinas"). Keys are lower case with single spaces;
// a hyphen is written as a space ("undang undang" matches "Undang-undang",
// "Undang undang" and "Undang - Undang"); a trailing `*` matches any
// letters ("permen*": Permendagri, PermenPAN).
struct StatuteWord {
  enum class Role { kType, kHead, kIssuer, kLetter };
  std::string key;
  Role role = Role::kType;
  std::string type;         // empty for a head whose issuer decides ("peraturan")
  bool needs_caps = false;  // counts only written in capitals ("PP", not "pp")
  int region_kind = -1;     // RegionKind the word implies, or -1
  bool prefix = false;      // the key ended in `*`
};

class StatuteTypes {
 public:
  // Builds the matcher from the rows of `path` (each the line number and
  // its five fields: words, role, type, caps, region kind), failing with
  // file:line on an unknown role, type or kind.
  static Result<std::shared_ptr<const StatuteTypes>> Build(
      const std::string& path, const std::vector<std::pair<size_t, std::vector<std::string>>>& rows);
  ~StatuteTypes();

  // One regex over ASCII-lower-cased text with single spaces that finds
  // every type word and head.
  const re2::RE2& regex() const { return *regex_; }
  // The type word or head written as `written` (lower case; hyphens and
  // spaces in any mix), or null.
  const StatuteWord* FindTypeWord(std::string_view written) const;
  // The issuer or letter word that starts `words` (lower case, single
  // spaces, no hyphens), the longest one; sets *length to its length in
  // words. Null if none does.
  const StatuteWord* FindIssuer(const std::vector<std::string_view>& words, size_t at, size_t* length) const;
  // Whether `word` (lower case) can start a type word or head.
  bool StartsTypeWord(std::string_view word) const;
  const std::vector<StatuteWord>& words() const { return words_; }

 private:
  StatuteTypes() = default;
  const StatuteWord* Lookup(std::string_view key, bool issuers) const;

  std::vector<StatuteWord> words_;
  std::unordered_map<std::string, size_t> exact_;    // type words and heads
  std::unordered_map<std::string, size_t> issuers_;  // issuers and letters
  std::vector<size_t> prefixes_;                     // rows with a `*`
  std::vector<std::string> first_words_;
  size_t max_issuer_words_ = 1;
  std::unique_ptr<re2::RE2> regex_;
};

struct CatalogEntry {
  StatuteRef ref;
  std::string title;
  std::vector<std::string> short_names;  // "UU ASN"
  std::string status;                    // "berlaku" or "dicabut"
  std::string replaced_by;               // "UU 20/2023" or empty
};

class StatuteCatalog {
 public:
  static Result<std::shared_ptr<const StatuteCatalog>> Load(const std::string& path);

  const CatalogEntry* Find(const StatuteRef& ref) const;
  // Entries a subject name refers to ("UU ASN" -> UU 5/2014 and UU 20/2023).
  std::vector<const CatalogEntry*> ByShortName(const std::string& name) const;
  // Entries of this type whose title starts with `title` (case-insensitive):
  // "Surat Keputusan Bersama tentang Pedoman Pembinaan ..." names one decree.
  std::vector<const CatalogEntry*> ByTitle(const std::string& type, const std::string& title) const;
  const std::vector<CatalogEntry>& entries() const { return entries_; }

 private:
  std::vector<CatalogEntry> entries_;
  std::unordered_map<std::string, size_t> by_key_;
  std::unordered_map<std::string, std::vector<size_t>> by_short_;
};

// "Undang-Undang" -> "UU"; "" when not a statute type word.
std::string CanonicalStatuteType(const std::string& written_lower);

}  // namespace netra::extract

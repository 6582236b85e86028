// The statute catalog (schema/statutes.tsv): laws this domain cites, with
// titles, status and what replaced them. It enriches what the statute
// extractor finds; statutes missing from it are still extracted.
#pragma once

#include <memory>
#include <string>
#include <unordered_map>
#include <vector>

#include "core/status.h"

namespace netra::extract {

// Identifies a statute: "UU 20/2023". year is 0 when unknown.
struct StatuteRef {
  std::string type;    // UU, PERPPU, PP, PERPRES, PERMEN, PERBAWASLU, PKPU, SKB, SE, PERDA, PERKADA, INPRES, OTHER
  std::string number;  // "20", "440/5184/SE"
  int year = 0;
  std::string Key() const;    // "UU/20/2023": the stable id part
  std::string Short() const;  // "UU 20/2023"
  bool operator==(const StatuteRef&) const = default;
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

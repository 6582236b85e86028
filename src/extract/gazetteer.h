// The region gazetteer: every provinsi and kabupaten/kota with its
// Kemendagri code, seat and the names the press writes (schema/regions.tsv,
// generated from idn-area-data by tools/gazetteer/).
#pragma once

#include <memory>
#include <string>
#include <string_view>
#include <unordered_map>
#include <vector>

#include "core/status.h"

namespace netra::extract {

enum class RegionKind { kProvinsi, kKabupaten, kKota };
const char* RegionKindName(RegionKind kind);  // "provinsi", "kabupaten", "kota"

struct Region {
  std::string code;  // "16.73"
  RegionKind kind;
  std::string name;                  // "Kota Lubuk Linggau"
  std::string base_name;             // "Lubuk Linggau": the name without the kind word
  std::string province_code;         // "16"
  std::string seat;                  // "Kayuagung"; empty when unknown (and for kota)
  std::string id;                    // the fact id, "Region:16.73" (set by Gazetteer::Load)
  const Region* province = nullptr;  // ByCode(province_code), set by Gazetteer::Load
};

// How a written form names a region.
enum class FormKind {
  kName,   // the official base name ("Ogan Komering Ilir")
  kAlias,  // another spelling or a common abbreviation ("OKI")
  kSeat,   // the seat of government ("Kayuagung"); used for datelines
};

struct RegionForm {
  const Region* region;
  FormKind form;
  bool case_sensitive;  // all-capital abbreviations ("OKI") match only as written
};

class Gazetteer {
 public:
  // Loads schema/regions.tsv from `path`.
  static Result<std::shared_ptr<const Gazetteer>> Load(const std::string& path);

  // All regions whose written form has this NameKey (see fold.h).
  const std::vector<RegionForm>* Lookup(std::string_view key) const;
  // Whether some form's NameKey is `key` or starts with `key` and a space:
  // a longer run of words that starts with `key` may still be a form.
  bool IsFormPrefix(std::string_view key) const;
  const Region* ByCode(std::string_view code) const;
  const Region* Province(const Region& r) const { return r.province; }
  size_t max_form_words() const { return max_form_words_; }
  const std::vector<Region>& regions() const { return regions_; }

 private:
  void AddForm(const std::string& written, const Region* region, FormKind form);

  // Hashes std::string and std::string_view alike, so look-ups by view
  // build no string.
  struct KeyHash {
    using is_transparent = void;
    size_t operator()(std::string_view s) const { return std::hash<std::string_view>()(s); }
  };
  template <typename V>
  using KeyMap = std::unordered_map<std::string, V, KeyHash, std::equal_to<>>;

  std::vector<Region> regions_;
  KeyMap<std::vector<RegionForm>> forms_;
  KeyMap<bool> form_prefixes_;  // every key of forms_, and each of its words-prefixes
  KeyMap<const Region*> by_code_;
  size_t max_form_words_ = 1;
};

}  // namespace netra::extract

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
  std::string code;           // "16.73"
  RegionKind kind;
  std::string name;           // "Kota Lubuk Linggau"
  std::string base_name;      // "Lubuk Linggau": the name without the kind word
  std::string province_code;  // "16"
  std::string seat;           // "Kayuagung"; empty when unknown (and for kota)
  std::string id;             // the fact id, "Region:16.73" (set by Gazetteer::Load)
  const Region* province = nullptr;  // ByCode(province_code), set by Gazetteer::Load
};

// How a written form names a region.
enum class FormKind {
  kName,       // the official base name ("Ogan Komering Ilir")
  kAlias,      // another spelling or a common abbreviation ("OKI")
  kSeat,       // the seat of government ("Kayuagung"); used for datelines
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
  const Region* ByCode(std::string_view code) const;
  const Region* Province(const Region& r) const { return r.province; }
  size_t max_form_words() const { return max_form_words_; }
  const std::vector<Region>& regions() const { return regions_; }

 private:
  void AddForm(const std::string& written, const Region* region, FormKind form);

  std::vector<Region> regions_;
  std::unordered_map<std::string, std::vector<RegionForm>> forms_;
  std::unordered_map<std::string, const Region*> by_code_;
  size_t max_form_words_ = 1;
};

}  // namespace netra::extract

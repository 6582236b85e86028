#include "extract/gazetteer.h"

#include <algorithm>
#include <fstream>

#include "core/file_util.h"
#include "extract/fold.h"
#include "model/vocab.h"

namespace netra::extract {

const char* RegionKindName(RegionKind kind) {
  switch (kind) {
    case RegionKind::kProvinsi: return "provinsi";
    case RegionKind::kKabupaten: return "kabupaten";
    case RegionKind::kKota: return "kota";
  }
  return "?";
}

namespace {

bool ParseKind(const std::string& s, RegionKind* kind) {
  if (s == "provinsi")
    *kind = RegionKind::kProvinsi;
  else if (s == "kabupaten")
    *kind = RegionKind::kKabupaten;
  else if (s == "kota")
    *kind = RegionKind::kKota;
  else
    return false;
  return true;
}

std::string StripKindWord(const std::string& name) {
  for (const char* prefix : {"Provinsi ", "Kabupaten Administrasi ", "Kota Administrasi ", "Kabupaten ", "Kota "}) {
    size_t n = std::char_traits<char>::length(prefix);
    if (name.compare(0, n, prefix) == 0) return name.substr(n);
  }
  return name;
}

bool AllCaps(std::string_view s) {
  bool letter = false;
  for (char c : s) {
    if (c >= 'a' && c <= 'z') return false;
    if (IsUpperAscii(c)) letter = true;
  }
  return letter;
}

}  // namespace

void Gazetteer::AddForm(const std::string& written, const Region* region, FormKind form) {
  std::string key = NameKey(written);
  if (key.empty()) return;
  auto& list = forms_[key];
  for (const RegionForm& f : list) {
    if (f.region == region) return;
  }
  // Short all-capital abbreviations ("OKI", "NTT") are only taken when
  // written in capitals, so that ordinary words are never read as regions.
  bool case_sensitive = form == FormKind::kAlias && AllCaps(written) && written.size() <= 6;
  list.push_back({region, form, case_sensitive});
  size_t words = static_cast<size_t>(std::count(key.begin(), key.end(), ' ')) + 1;
  max_form_words_ = std::max(max_form_words_, words);
  // "Pangkal Pinang" is also written "Pangkalpinang": register the closed-up
  // form of every multi-word name.
  if (words > 1 && form != FormKind::kSeat) {
    std::string closed;
    for (char c : key) {
      if (c != ' ') closed.push_back(c);
    }
    auto& closed_list = forms_[closed];
    bool present = false;
    for (const RegionForm& f : closed_list) present = present || f.region == region;
    if (!present) closed_list.push_back({region, form, false});
  }
}

Result<std::shared_ptr<const Gazetteer>> Gazetteer::Load(const std::string& path) {
  std::ifstream in(path);
  if (!in) return Status::IoError("cannot open gazetteer " + path);
  auto g = std::make_shared<Gazetteer>();
  std::string line;
  std::vector<std::string> f;
  std::vector<std::vector<std::string>> rows;
  size_t line_no = 0;
  while (std::getline(in, line)) {
    ++line_no;
    if (line.empty() || line[0] == '#') continue;
    SplitTabs(line, &f);
    if (f.size() < 5) {
      return Status::Corruption(path + ":" + std::to_string(line_no) + ": expected 6 columns");
    }
    f.resize(6);
    rows.push_back(f);
  }
  g->regions_.reserve(rows.size());  // pointers into regions_ stay valid
  for (const auto& r : rows) {
    Region region;
    region.code = r[0];
    if (!ParseKind(r[1], &region.kind)) {
      return Status::Corruption(path + ": unknown kind `" + r[1] + "` for " + r[0]);
    }
    region.name = r[2];
    region.base_name = StripKindWord(r[2]);
    region.province_code = r[3];
    region.seat = r[4];
    g->regions_.push_back(std::move(region));
  }
  for (const Region& region : g->regions_) g->by_code_[region.code] = &region;
  for (Region& region : g->regions_) {
    region.id = std::string(vocab::kRegion) + ":" + region.code;
    region.province = g->ByCode(region.province_code);
  }
  for (size_t i = 0; i < g->regions_.size(); ++i) {
    const Region* region = &g->regions_[i];
    g->AddForm(region->base_name, region, FormKind::kName);
    std::string aliases = rows[i][5];
    size_t start = 0;
    while (start <= aliases.size()) {
      size_t bar = aliases.find('|', start);
      if (bar == std::string::npos) bar = aliases.size();
      std::string alias(Trim(std::string_view(aliases).substr(start, bar - start)));
      if (!alias.empty()) g->AddForm(alias, region, FormKind::kAlias);
      start = bar + 1;
    }
    if (!region->seat.empty() && region->kind != RegionKind::kKota) {
      g->AddForm(region->seat, region, FormKind::kSeat);
    }
  }
  for (const auto& [key, forms] : g->forms_) {
    for (size_t sp = key.find(' '); sp != std::string::npos; sp = key.find(' ', sp + 1)) {
      g->form_prefixes_.emplace(key.substr(0, sp), true);
    }
    g->form_prefixes_.emplace(key, true);
  }
  return std::shared_ptr<const Gazetteer>(std::move(g));
}

const std::vector<RegionForm>* Gazetteer::Lookup(std::string_view key) const {
  auto it = forms_.find(key);
  return it == forms_.end() ? nullptr : &it->second;
}

bool Gazetteer::IsFormPrefix(std::string_view key) const { return form_prefixes_.find(key) != form_prefixes_.end(); }

const Region* Gazetteer::ByCode(std::string_view code) const {
  auto it = by_code_.find(code);
  return it == by_code_.end() ? nullptr : it->second;
}

}  // namespace netra::extract

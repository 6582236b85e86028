#include "extract/statute_catalog.h"

#include <fstream>

#include "core/file_util.h"
#include "extract/fold.h"

namespace netra::extract {

std::string StatuteRef::Key() const {
  return type + "/" + (number.empty() ? "?" : number) + "/" + (year > 0 ? std::to_string(year) : "?");
}

std::string StatuteRef::Short() const {
  return type + " " + (number.empty() ? "?" : number) + "/" + (year > 0 ? std::to_string(year) : "?");
}

Result<std::shared_ptr<const StatuteCatalog>> StatuteCatalog::Load(const std::string& path) {
  std::ifstream in(path);
  if (!in) return Status::IoError("cannot open statute catalog " + path);
  auto c = std::make_shared<StatuteCatalog>();
  std::string line;
  std::vector<std::string> f;
  size_t line_no = 0;
  while (std::getline(in, line)) {
    ++line_no;
    if (line.empty() || line[0] == '#') continue;
    SplitTabs(line, &f);
    if (f.size() < 4) {
      return Status::Corruption(path + ":" + std::to_string(line_no) + ": expected 7 columns");
    }
    f.resize(7);
    CatalogEntry e;
    e.ref.type = f[0];
    e.ref.number = f[1];
    e.ref.year = std::atoi(f[2].c_str());
    e.title = f[3];
    size_t start = 0;
    while (start < f[4].size()) {
      size_t bar = f[4].find('|', start);
      if (bar == std::string::npos) bar = f[4].size();
      std::string name(Trim(std::string_view(f[4]).substr(start, bar - start)));
      if (!name.empty()) e.short_names.push_back(name);
      start = bar + 1;
    }
    e.status = f[5];
    e.replaced_by = f[6];
    c->entries_.push_back(std::move(e));
  }
  for (size_t i = 0; i < c->entries_.size(); ++i) {
    c->by_key_[c->entries_[i].ref.Key()] = i;
    for (const std::string& s : c->entries_[i].short_names) c->by_short_[NameKey(s)].push_back(i);
  }
  return std::shared_ptr<const StatuteCatalog>(std::move(c));
}

const CatalogEntry* StatuteCatalog::Find(const StatuteRef& ref) const {
  auto it = by_key_.find(ref.Key());
  return it == by_key_.end() ? nullptr : &entries_[it->second];
}

std::vector<const CatalogEntry*> StatuteCatalog::ByShortName(const std::string& name) const {
  std::vector<const CatalogEntry*> out;
  auto it = by_short_.find(NameKey(name));
  if (it != by_short_.end()) {
    for (size_t i : it->second) out.push_back(&entries_[i]);
  }
  return out;
}

std::vector<const CatalogEntry*> StatuteCatalog::ByTitle(const std::string& type, const std::string& title) const {
  std::vector<const CatalogEntry*> out;
  std::string want = NameKey(title);
  if (want.size() < 12) return out;  // "Disiplin" alone names too little
  for (const CatalogEntry& e : entries_) {
    if (e.ref.type != type) continue;
    std::string have = NameKey(e.title);
    if (have.compare(0, want.size(), want) == 0 || want.compare(0, have.size(), have) == 0) out.push_back(&e);
  }
  return out;
}

}  // namespace netra::extract

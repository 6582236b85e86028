#include "extract/statute_catalog.h"

#include <re2/re2.h>

#include <algorithm>
#include <fstream>

#include "core/file_util.h"
#include "extract/fold.h"
#include "extract/gazetteer.h"

namespace netra::extract {

std::string StatuteRef::Key() const {
  return type + "/" + (number.empty() ? "?" : number) + "/" + (year > 0 ? std::to_string(year) : "?") +
         (region != nullptr ? "@" + region->code : "");
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

namespace {

// "undang - undang", "undang-undang", "undang  undang" -> "undang undang".
std::string TypeKey(std::string_view written) {
  std::string key;
  for (char c : written) {
    c = LowerAscii(c);
    if (c == '-' || c == ' ') {
      if (!key.empty() && key.back() != ' ') key.push_back(' ');
    } else {
      key.push_back(c);
    }
  }
  while (!key.empty() && key.back() == ' ') key.pop_back();
  return key;
}

bool KnownType(const std::string& t) {
  for (const char* k : {"UU", "PERPPU", "PP", "PERPRES", "PERMEN", "PERBAWASLU", "PKPU", "SKB", "SE", "PERDA",
                        "PERKADA", "INPRES", "OTHER"}) {
    if (t == k) return true;
  }
  return false;
}

// The RE2 form of a key over text with single spaces: a space in the key
// is a space, a hyphen or both; `*` is any letters.
std::string KeyPattern(const StatuteWord& w) {
  std::string p;
  for (char c : w.key) {
    if (c == ' ') {
      p += "(?: ?- ?| )";
    } else if (c == '*') {
      p += "[a-z]*";
    } else if ((c >= 'a' && c <= 'z') || IsDigit(c)) {
      p.push_back(c);
    } else {
      p += "\\";
      p.push_back(c);
    }
  }
  return p;
}

}  // namespace

StatuteTypes::~StatuteTypes() = default;

Result<std::shared_ptr<const StatuteTypes>> StatuteTypes::Build(
    const std::string& path, const std::vector<std::pair<size_t, std::vector<std::string>>>& rows) {
  std::shared_ptr<StatuteTypes> t(new StatuteTypes());
  for (auto& [line, f] : rows) {
    const std::string where = path + ":" + std::to_string(line) + ": ";
    if (f.size() != 5) return Status::Corruption(where + "expected 5 tab-separated fields");
    StatuteWord w;
    w.key = f[0];
    if (!w.key.empty() && w.key.back() == '*') {
      w.prefix = true;
      w.key.pop_back();
    }
    if (w.key.empty() || w.key.find('*') != std::string::npos || w.key.find('-') != std::string::npos) {
      return Status::Corruption(where + "`" + f[0] + "`: write hyphens as spaces; `*` only at the end");
    }
    if (f[1] == "type")
      w.role = StatuteWord::Role::kType;
    else if (f[1] == "head")
      w.role = StatuteWord::Role::kHead;
    else if (f[1] == "issuer")
      w.role = StatuteWord::Role::kIssuer;
    else if (f[1] == "letter")
      w.role = StatuteWord::Role::kLetter;
    else
      return Status::Corruption(where + "unknown role `" + f[1] + "` (type, head, issuer or letter)");
    if (f[2] != "-") {
      if (!KnownType(f[2])) {
        return Status::Corruption(where + "unknown statute type `" + f[2] +
                                  "` (UU, PERPPU, PP, PERPRES, PERMEN, PERBAWASLU, PKPU, SKB, SE, PERDA, "
                                  "PERKADA, INPRES, OTHER or -)");
      }
      w.type = f[2];
    } else if (w.role == StatuteWord::Role::kType) {
      return Status::Corruption(where + "a type word needs a type");
    }
    if (f[3] == "yes")
      w.needs_caps = true;
    else if (f[3] != "no")
      return Status::Corruption(where + "expected yes or no, found `" + f[3] + "`");
    if (f[4] == "provinsi")
      w.region_kind = static_cast<int>(RegionKind::kProvinsi);
    else if (f[4] == "kabupaten")
      w.region_kind = static_cast<int>(RegionKind::kKabupaten);
    else if (f[4] == "kota")
      w.region_kind = static_cast<int>(RegionKind::kKota);
    else if (f[4] != "-") {
      return Status::Corruption(where + "unknown region kind `" + f[4] + "` (provinsi, kabupaten, kota or -)");
    }
    t->words_.push_back(std::move(w));
  }
  std::string pattern;
  for (size_t i = 0; i < t->words_.size(); ++i) {
    const StatuteWord& w = t->words_[i];
    bool issuer = w.role == StatuteWord::Role::kIssuer || w.role == StatuteWord::Role::kLetter;
    if (w.prefix) {
      t->prefixes_.push_back(i);
    } else {
      (issuer ? t->issuers_ : t->exact_).emplace(w.key, i);
    }
    if (issuer) {
      t->max_issuer_words_ = std::max<size_t>(t->max_issuer_words_, std::count(w.key.begin(), w.key.end(), ' ') + 1);
      continue;
    }
    t->first_words_.push_back(w.key.substr(0, w.key.find(' ')));
    if (!pattern.empty()) pattern += "|";
    pattern += KeyPattern(w) + (w.prefix ? "[a-z]*" : "");
  }
  std::sort(t->first_words_.begin(), t->first_words_.end());
  t->first_words_.erase(std::unique(t->first_words_.begin(), t->first_words_.end()), t->first_words_.end());
  RE2::Options options;
  options.set_longest_match(true);  // "peraturan pemerintah" over "peraturan"
  t->regex_ = std::make_unique<RE2>("\\b(?:" + pattern + ")\\b", options);
  if (!t->regex_->ok()) return Status::Corruption(path + ": " + t->regex_->error());
  return std::shared_ptr<const StatuteTypes>(std::move(t));
}

const StatuteWord* StatuteTypes::Lookup(std::string_view key, bool issuers) const {
  const auto& map = issuers ? issuers_ : exact_;
  if (auto it = map.find(std::string(key)); it != map.end()) return &words_[it->second];
  for (size_t i : prefixes_) {
    const StatuteWord& w = words_[i];
    bool issuer = w.role == StatuteWord::Role::kIssuer || w.role == StatuteWord::Role::kLetter;
    if (issuer == issuers && key.size() >= w.key.size() && key.compare(0, w.key.size(), w.key) == 0 &&
        key.find(' ', w.key.size()) == std::string_view::npos) {
      return &w;
    }
  }
  return nullptr;
}

const StatuteWord* StatuteTypes::FindTypeWord(std::string_view written) const {
  return Lookup(TypeKey(written), false);
}

const StatuteWord* StatuteTypes::FindIssuer(const std::vector<std::string_view>& words, size_t at,
                                            size_t* length) const {
  std::string key;
  const StatuteWord* best = nullptr;
  for (size_t n = 1; n <= max_issuer_words_ && at + n <= words.size(); ++n) {
    if (n > 1) key.push_back(' ');
    key.append(words[at + n - 1]);
    if (const StatuteWord* w = Lookup(key, true)) {
      best = w;
      *length = n;
    }
  }
  return best;
}

bool StatuteTypes::StartsTypeWord(std::string_view word) const {
  if (std::binary_search(first_words_.begin(), first_words_.end(), word)) return true;
  for (size_t i : prefixes_) {
    const StatuteWord& w = words_[i];
    if ((w.role == StatuteWord::Role::kType || w.role == StatuteWord::Role::kHead) && word.size() >= w.key.size() &&
        word.compare(0, w.key.size(), w.key) == 0) {
      return true;
    }
  }
  return false;
}

}  // namespace netra::extract

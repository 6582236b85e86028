#include "cli/entity_args.h"

#include <algorithm>
#include <iostream>
#include <memory>
#include <regex>

#include "cli/common.h"
#include "extract/extractor.h"
#include "query/fold.h"
#include "text/analyze.h"

namespace netra::cli {

namespace {

// A kind word the press writes before a region's name ("Kab. Bogor",
// "Pemkot Bogor"), and the kind it names.
struct KindWord {
  const char* word;
  extract::RegionKind kind;
};
constexpr KindWord kKindWords[] = {
    {"kabupaten", extract::RegionKind::kKabupaten}, {"kab", extract::RegionKind::kKabupaten},
    {"pemkab", extract::RegionKind::kKabupaten},    {"bupati", extract::RegionKind::kKabupaten},
    {"kota", extract::RegionKind::kKota},           {"pemkot", extract::RegionKind::kKota},
    {"wali kota", extract::RegionKind::kKota},      {"walikota", extract::RegionKind::kKota},
    {"provinsi", extract::RegionKind::kProvinsi},   {"prov", extract::RegionKind::kProvinsi},
    {"pemprov", extract::RegionKind::kProvinsi},    {"gubernur", extract::RegionKind::kProvinsi},
};

// `key` (folded) without a leading kind word, and that word's kind (-1: none).
std::pair<std::string, int> SplitKind(const std::string& key) {
  for (const KindWord& k : kKindWords) {
    std::string word = std::string(k.word) + " ";
    if (key.size() > word.size() && key.compare(0, word.size(), word) == 0) {
      return {key.substr(word.size()), static_cast<int>(k.kind)};
    }
  }
  return {key, -1};
}

class GazetteerNames : public query::KnownNames {
 public:
  explicit GazetteerNames(extract::Resources res) : res_(std::move(res)) {}

  std::vector<std::string> Regions(std::string_view text) const override {
    std::string key = query::FoldKey(text);
    std::vector<std::string> out = Forms(key, -1);
    if (!out.empty()) return out;
    auto [rest, kind] = SplitKind(key);
    return kind < 0 ? out : Forms(rest, kind);
  }

  std::vector<std::string> NearRegions(std::string_view text) const override {
    auto [rest, kind] = SplitKind(query::FoldKey(text));
    size_t limit = std::clamp<size_t>(rest.size() / 8, 1, 2), best = limit + 1;
    std::vector<std::string> out;
    for (const extract::Region& r : res_.gazetteer->regions()) {
      if (kind >= 0 && static_cast<int>(r.kind) != kind) continue;
      size_t d = std::min(query::EditDistance(rest, query::FoldKey(r.base_name)),
                          query::EditDistance(rest, query::FoldKey(r.name)));
      if (d > best) continue;
      if (d < best) out.clear();
      best = d;
      out.push_back(r.id);
    }
    return out;
  }

  std::string Statute(std::string_view text) const override {
    std::string id = ReadCitation(text);
    if (!id.empty()) return id;
    // Users write "Perwali Bogor 5/2023", which articles write with "Nomor".
    static const std::regex kShort(R"(^(.*\S)\s+([0-9][^\s/]*)\s*/\s*([0-9]{4})\s*$)");
    std::smatch m;
    std::string t(text);
    if (!std::regex_match(t, m, kShort)) return "";
    return ReadCitation(m[1].str() + " Nomor " + m[2].str() + " Tahun " + m[3].str());
  }

 private:
  // The statute an article's sentence citing `text` cites, by the
  // extractor's rules (schema/lexicon/statute_types.tsv), or "".
  std::string ReadCitation(std::string_view text) const {
    std::string article = "Argumen\n\nSesuai " + std::string(text) + ".\n";
    text::AnalyzeOptions options;
    options.title_is_first_line = true;
    auto analyzed = text::Analyze(article, options);
    if (!analyzed.ok()) return "";
    model::Document doc{"argument", "Argumen", article, "", "", "", "", {}};
    extract::Extraction x = extract::ExtractAll(doc, *analyzed, res_);
    return x.statutes.size() == 1 ? "Statute:" + x.statutes.front().ref.Key() : "";
  }

  // The regions whose forms (name, bare name, alias; not seats) have this
  // key, of `kind` if not -1.
  std::vector<std::string> Forms(const std::string& key, int kind) const {
    std::vector<std::string> out;
    const std::vector<extract::RegionForm>* forms = res_.gazetteer->Lookup(key);
    if (forms == nullptr) return out;
    for (const extract::RegionForm& f : *forms) {
      if (f.form == extract::FormKind::kSeat) continue;
      if (kind >= 0 && static_cast<int>(f.region->kind) != kind) continue;
      if (std::find(out.begin(), out.end(), f.region->id) == out.end()) out.push_back(f.region->id);
    }
    return out;
  }

  extract::Resources res_;
};

}  // namespace

const query::KnownNames* SchemaNames() {
  static const std::unique_ptr<GazetteerNames> names = []() -> std::unique_ptr<GazetteerNames> {
    auto res = LoadResources();
    if (!res.ok()) return nullptr;
    return std::make_unique<GazetteerNames>(std::move(res).value());
  }();
  return names.get();
}

Result<std::string> ResolveArg(const store::Store& store, const std::string& text, const std::string& type,
                               const std::set<std::string>& within) {
  query::LookupOptions o;
  o.type = type;
  o.known = SchemaNames();
  o.within = within;
  NETRA_ASSIGN_OR_RETURN(query::EntityCandidate found, query::ResolveCandidate(store, text, o));
  if (found.id != text) {
    Diagnostics() << "netra: \"" << text << "\" is " << found.id << (found.label.empty() ? "" : " " + found.label)
                  << "\n";
  }
  return found.id;
}

}  // namespace netra::cli

#include "extract/organizations.h"

#include "extract/fold.h"
#include "extract/regions.h"

namespace netra::extract {

namespace {

const Region* RegionByKindWord(const SentenceView& s, size_t tok, const Extraction& out) {
  // The region written right after an organisation word: "Pemkot Magelang".
  const std::vector<const Region*> stated = ExplicitRegions(out);
  for (const RegionMatch& m : s.regions) {
    uint32_t gap_begin = s.tokens[tok].end;
    if (m.begin < gap_begin) continue;
    std::string_view gap = s.text.substr(gap_begin, m.begin - gap_begin);
    std::string lg = LowerAscii(gap);
    std::string trimmed(Trim(lg));
    if (trimmed.empty() || trimmed == "kabupaten" || trimmed == "kota" || trimmed == "provinsi" || trimmed == "kab." ||
        trimmed == "kab" || trimmed == "prov." || trimmed == "(pemkot)" || trimmed == "(pemkab)" ||
        trimmed == "(pemprov)") {
      return ChooseRegion(m, stated);
    }
    return nullptr;
  }
  return nullptr;
}

// Whether `written` stands at byte `at` of the sentence, whole words.
bool WrittenAt(const SentenceView& s, uint32_t at, std::string_view written) {
  if (s.lower.compare(at, written.size(), written) != 0) return false;
  const size_t end = at + written.size();
  return end == s.lower.size() || !IsAlnumAscii(s.lower[end]);
}

// The token that ends at byte `end`, or SIZE_MAX.
size_t TokenEndingAt(const SentenceView& s, size_t from, size_t end) {
  for (size_t k = from; k < s.tokens.size() && s.tokens[k].begin < end; ++k) {
    if (s.tokens[k].end == end) return k;
  }
  return SIZE_MAX;
}

// The name of a regional body in region `r`.
std::string RegionalName(const Body& body, const Region& r) {
  switch (body.naming) {
    case Body::Naming::kGovernment:
      return std::string(r.kind == RegionKind::kKota        ? "Pemerintah Kota "
                         : r.kind == RegionKind::kKabupaten ? "Pemerintah Kabupaten "
                                                            : "Pemerintah Provinsi ") +
             r.base_name;
    case Body::Naming::kBase: return body.name + " " + r.base_name;
    case Body::Naming::kRegion:
    case Body::Naming::kNational: break;
  }
  return body.name + " " + r.name;
}

void Add(Organization o, Extraction* out) {
  for (const Organization& e : out->organizations) {
    if (e.name == o.name) return;
  }
  out->organizations.push_back(std::move(o));
}

}  // namespace

void ExtractOrganizations(const DocContext& ctx, Extraction* out) {
  const Lexicon& lex = *ctx.res().lexicon;
  for (const SentenceView& s : ctx.sentences()) {
    const auto& t = s.tokens;
    for (size_t i = 0; i < t.size(); ++i) {
      if (!t[i].word || !t[i].capitalized) continue;
      for (const Body* found : lex.BodiesStartingWith(TokenText(s.lower, t[i]))) {
        const Body& body = *found;
        if (!WrittenAt(s, t[i].begin, body.written)) continue;
        const uint32_t end = static_cast<uint32_t>(t[i].begin + body.written.size());
        Organization o;
        o.sentence = s.index;
        if (body.naming == Body::Naming::kNational) {
          o.name = body.name;
          o.abbr = std::string(s.text.substr(t[i].begin, body.written.size()));
          o.span = ctx.ToOriginal(s, t[i].begin, end);
          Add(std::move(o), out);
          continue;
        }
        const size_t last = TokenEndingAt(s, i, end);
        const Region* r = last == SIZE_MAX ? nullptr : RegionByKindWord(s, last, *out);
        if (r == nullptr) continue;
        o.name = RegionalName(body, *r);
        o.abbr = std::string(s.text.substr(t[i].begin, body.written.size())) + " " + r->base_name;
        o.region = r;
        o.span = ctx.ToOriginal(s, t[i].begin, end);
        Add(std::move(o), out);
      }
    }
  }
}

}  // namespace netra::extract

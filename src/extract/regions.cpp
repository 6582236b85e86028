#include "extract/regions.h"

#include <algorithm>
#include <unordered_map>
#include <unordered_set>

#include "extract/fold.h"

namespace netra::extract {

namespace {}  // namespace

std::vector<RegionMatch> MatchRegions(const Gazetteer& g, const Lexicon& lex, const SentenceView& s) {
  std::vector<RegionMatch> out;
  const auto& toks = s.tokens;
  const size_t max_words = g.max_form_words();
  std::string key;
  for (size_t i = 0; i < toks.size(); ++i) {
    if (!toks[i].word || !toks[i].capitalized) continue;
    size_t best_n = 0;
    const std::vector<RegionForm>* best = nullptr;
    key.clear();
    for (size_t n = 1; n <= max_words && i + n <= toks.size(); ++n) {
      const Token& t = toks[i + n - 1];
      if (!t.word || !t.capitalized) break;
      if (n > 1) key.push_back(' ');
      AppendNameKey(TokenText(s.text, t), &key);
      // No form starts with these words: adding more words cannot make one.
      if (!g.IsFormPrefix(key)) break;
      if (const auto* forms = g.Lookup(key)) {
        best_n = n;
        best = forms;
      }
    }
    if (best == nullptr) continue;
    RegionMatch m;
    m.begin = toks[i].begin;
    m.end = toks[i + best_n - 1].end;
    std::string_view written = s.text.substr(m.begin, m.end - m.begin);
    for (const RegionForm& f : *best) {
      if (f.form == FormKind::kSeat) continue;  // seats name towns; only datelines use them
      if (f.case_sensitive && written != std::string_view(written.data(), written.size())) continue;
      if (f.case_sensitive) {
        bool caps = std::none_of(written.begin(), written.end(), [](char c) { return c >= 'a' && c <= 'z'; });
        if (!caps) continue;
      }
      m.candidates.push_back(f.region);
    }
    if (m.candidates.empty()) continue;
    // The kind word before the name: "Kota Magelang", "Kab. OKI", "Wali Kota Magelang".
    size_t j = i;
    while (j > 0 && !toks[j - 1].word && TokenText(s.text, toks[j - 1]) == ".") --j;
    bool office_before = false;  // "Kapolres Sigi", "Dandim Bima"
    if (j > 0 && toks[j - 1].word) {
      std::string prev = LowerAscii(TokenText(s.text, toks[j - 1]));
      m.stated_kind = lex.RegionKindOf(prev);
      office_before = !lex.OfficesStartingWith(prev).empty();
      if (m.stated_kind >= 0) m.context_begin = toks[j - 1].begin;
      if (prev == "kota" && j >= 2 && LowerAscii(TokenText(s.text, toks[j - 2])) == "wali") {
        m.context_begin = toks[j - 2].begin;
      }
    }
    std::string key_all = NameKey(written);
    if (m.stated_kind < 0 && !office_before && lex.IsAmbiguousRegionName(key_all)) continue;
    out.push_back(std::move(m));
    i += best_n - 1;
  }
  return out;
}

std::vector<const Region*> ExplicitRegions(const Extraction& out) {
  std::vector<const Region*> stated;
  for (const RegionMention& m : out.regions) {
    if (m.explicit_kind) stated.push_back(m.region);
  }
  return stated;
}

const Region* ChooseRegion(const RegionMatch& m, const std::vector<const Region*>& doc_explicit) {
  if (m.candidates.size() == 1) return m.candidates[0];
  if (m.stated_kind >= 0) {
    for (const Region* r : m.candidates) {
      if (static_cast<int>(r->kind) == m.stated_kind) return r;
    }
  }
  for (const Region* r : m.candidates) {
    if (std::find(doc_explicit.begin(), doc_explicit.end(), r) != doc_explicit.end()) return r;
  }
  // Prefer a name over an alias, then provinsi > kabupaten > kota.
  const Region* best = m.candidates[0];
  for (const Region* r : m.candidates) {
    if (r->kind < best->kind) best = r;
  }
  return best;
}

const Region* ResolvePlace(const Gazetteer& g, std::string_view place) {
  const auto* forms = g.Lookup(NameKey(place));
  if (forms == nullptr) return nullptr;
  // A dateline names a town: a kota of that name, else the kabupaten whose
  // seat it is, else any region of that name.
  const Region* kota = nullptr;
  const Region* seat = nullptr;
  const Region* other = nullptr;
  for (const RegionForm& f : *forms) {
    if (f.region->kind == RegionKind::kKota && f.form != FormKind::kSeat)
      kota = f.region;
    else if (f.form == FormKind::kSeat && f.region->kind == RegionKind::kKabupaten)
      seat = f.region;
    else if (other == nullptr)
      other = f.region;
  }
  if (kota) return kota;
  if (seat) return seat;
  return other;
}

void ExtractRegions(const DocContext& ctx, Extraction* out) {
  const Gazetteer& g = *ctx.res().gazetteer;
  std::vector<std::pair<size_t, const RegionMatch*>> matches;
  std::vector<const Region*> stated;
  for (const SentenceView& s : ctx.sentences()) {
    for (const RegionMatch& m : s.regions) {
      if (m.stated_kind >= 0 || m.candidates.size() == 1) {
        for (const Region* r : m.candidates) {
          if (m.candidates.size() == 1 || static_cast<int>(r->kind) == m.stated_kind) stated.push_back(r);
        }
      }
      matches.emplace_back(s.index, &m);
    }
  }
  for (const auto& [index, match] : matches) {
    const RegionMatch& m = *match;
    const SentenceView& s = ctx.sentences()[index];
    RegionMention rm;
    rm.region = ChooseRegion(m, stated);
    rm.sentence = index;
    rm.explicit_kind = m.stated_kind >= 0;
    uint32_t begin = m.stated_kind >= 0 ? m.context_begin : m.begin;
    rm.span = ctx.ToOriginal(s, begin, m.end);
    const auto& lines = ctx.analyzed().lines;
    size_t line = ctx.analyzed().sentences[index].line;
    if (line < lines.size() && lines[line].cls == text::LineClass::kTitle) rm.role = RegionRole::kTitle;
    out->regions.push_back(rm);
  }
  if (const auto& d = ctx.analyzed().dateline; d.has_value() && !d->place.empty()) {
    out->dateline_place = d->place;
    const Region* r = ResolvePlace(g, d->place);
    if (r != nullptr) {
      // "MAGELANG" is both a kota and a kabupaten: the body decides.
      for (const Region* st : stated) {
        if (NameKey(st->base_name) == NameKey(r->base_name)) r = st;
      }
      out->dateline_region = r;
      out->regions.push_back({r, d->span, SIZE_MAX, false, RegionRole::kDateline});
    }
  }
}

void SelectSubjectRegions(const DocContext& ctx, Extraction* out) {
  std::vector<const Region*>& keep = out->subject_regions;
  // A set beside the list: a text of many mentions of many regions would
  // scan the list once per mention.
  std::unordered_set<const Region*> kept;
  auto add = [&](const Region* r) {
    if (r != nullptr && kept.insert(r).second) keep.push_back(r);
  };
  add(out->primary_region);
  for (const Official& o : out->officials) add(o.region);
  for (const Organization& o : out->organizations) add(o.region);
  for (const EventMention& e : out->events) add(e.region);
  for (const Citation& c : out->citations) add(c.region);
  // The lede: the title and the first two sentences of the body.
  const auto& lines = ctx.analyzed().lines;
  // A set: a text of one long line is all title, and all lede.
  std::unordered_set<size_t> lede;
  for (const SentenceView& s : ctx.sentences()) {
    size_t line = ctx.analyzed().sentences[s.index].line;
    bool title = line < lines.size() && lines[line].cls == text::LineClass::kTitle;
    if (title || lede.size() < 2) lede.insert(s.index);
    if (!title && lede.size() >= 3) break;
  }
  std::unordered_map<size_t, std::vector<const Region*>> by_sentence;
  for (const RegionMention& m : out->regions) {
    auto& list = by_sentence[m.sentence];
    if (std::find(list.begin(), list.end(), m.region) == list.end()) list.push_back(m.region);
  }
  for (const RegionMention& m : out->regions) {
    if (m.role == RegionRole::kDateline) {
      bool in_body = std::any_of(out->regions.begin(), out->regions.end(), [&](const RegionMention& x) {
        return x.role != RegionRole::kDateline && x.region == m.region;
      });
      if (in_body) add(m.region);
      continue;
    }
    if (!lede.contains(m.sentence)) continue;
    if (by_sentence[m.sentence].size() > 3) continue;
    add(m.region);
  }
}

}  // namespace netra::extract

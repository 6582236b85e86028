// Region mentions: longest match of the gazetteer's written forms, with the
// kind (kota, kabupaten, provinsi) taken from context where one name has
// several ("Kota Magelang" / "Kabupaten Magelang"): the word before it
// (Kota, Kab., Pemkot, Bupati ...), else the kind the same document states
// elsewhere, else the province-level reading.
#pragma once

#include "extract/context.h"
#include "extract/extraction.h"

namespace netra::extract {

// All region matches in one sentence, longest first at each position
// (DocContext keeps them in SentenceView::regions). A name that is also a
// common word (ambiguous_region_names.tsv) counts only with its kind or an
// office title written before it.
std::vector<RegionMatch> MatchRegions(const Gazetteer& g, const Lexicon& lex, const SentenceView& s);

// Resolves a place written in a dateline ("KAYUAGUNG", "MANNA", "Boyolali").
const Region* ResolvePlace(const Gazetteer& g, std::string_view place);

// Picks one candidate: stated kind, else a kind the document states for the
// same name (doc_kinds), else provinsi > kabupaten > kota.
const Region* ChooseRegion(const RegionMatch& m, const std::vector<const Region*>& doc_explicit);

// The regions the document names with their kind stated ("Kota Magelang",
// "Pemkab Bogor"): what ChooseRegion prefers for a name written bare.
std::vector<const Region*> ExplicitRegions(const Extraction& out);

void ExtractRegions(const DocContext& ctx, Extraction* out);

// Picks the regions the article is about from all it mentions: the regions
// of its officials, organisations, events and citations, its main region,
// and regions named in its title or lede, unless the lede lists many (a
// table of wages by kabupaten names every one in passing). The dateline
// counts only when the body also names the place.
// REQUIRES: every other extractor ran.
void SelectSubjectRegions(const DocContext& ctx, Extraction* out);

}  // namespace netra::extract

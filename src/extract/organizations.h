// Organisations: the government bodies an article names, from
// schema/lexicon/bodies.tsv. A regional body is named with the region
// written right after it ("Pemkot Magelang" -> Pemerintah Kota Magelang,
// "Bawaslu Kabupaten Boyolali"); a national body stands alone ("BKN",
// "Kementerian Dalam Negeri").
#pragma once

#include "extract/context.h"
#include "extract/extraction.h"

namespace netra::extract {

// REQUIRES: regions were extracted.
void ExtractOrganizations(const DocContext& ctx, Extraction* out);

}  // namespace netra::extract

// Events (apel, sosialisasi, rapat, kampanye, pelantikan, other) and
// elections (Pilkada serentak 2024, Pemilu 2024).
#pragma once

#include "extract/context.h"
#include "extract/extraction.h"

namespace netra::extract {

void ExtractElections(const DocContext& ctx, Extraction* out);
// REQUIRES: regions, officials, organisations and elections were
// extracted; uses out->date for dates without a year.
void ExtractEvents(const DocContext& ctx, Extraction* out);

// Years the document states or implies, most likely first: its date's year,
// then years written in the text. Dates without a year are tried in this
// order and kept on the first whose weekday agrees.
std::vector<int> CandidateYears(const DocContext& ctx, const Extraction& out);

}  // namespace netra::extract

// Officials: a role from the title lexicon, then a name, then degrees:
//   `Pj Wali Kota Lubuk Linggau, H Koimudin`
//   `Pejabat (Pj) Wali Kota Pangkalpinang, Dra. Lusje Anneke Tabalujan, M.Pd`
//   `Asisten Bidang Administrasi Umum Nursula, SSos.`
//   `Ketua Panwaslucam Karanggede Restu Setyawan`
// and the reverse forms `Ervan Luri selaku Anggota Panwaslucam Karanggede`,
// `Koimudin, Pj Wali Kota Lubuk Linggau,`. Honorifics (H, Hj, KH, Drs ...)
// and degrees (S.Pd, M.Si ...) are kept apart from the name. A role with no
// name ("Pj Bupati OKI melalui ...") is never made into a person.
#pragma once

#include "extract/context.h"
#include "extract/extraction.h"

namespace netra::extract {

// REQUIRES: regions were extracted (roles take their region from them).
void ExtractOfficials(const DocContext& ctx, Extraction* out);

// The person named by a short form in this document ("Mansyur" for
// "M Mansyur", "Kyai Mansyur"): index into out.officials or -1.
int FindPersonByShortName(const Extraction& out, const Lexicon& lexicon, std::string_view written);

}  // namespace netra::extract

// Statute citations as Indonesian writing forms them:
//   `UU Nomor 20 Tahun 2023`, `UU No 20 Tahun 2023 Pasal 9 ayat 2`,
//   `Undang-undang Nomor 20 Tahun 2023 tentang Aparatur Sipil Negara`,
//   `pasal 2 UU ASN nomor 5 tahun 2014` (article first, law named by subject),
//   `PP 94/2021`, `UU 10 / 2016` (tokenised), `Perbawaslu Nomor 6 Tahun 2018`,
//   `SKB 5 Menteri`, `Pasal 280 ayat (2) UU Pemilu` (resolved by the catalog),
//   `Keputusan Gubernur Nomor BKD. 013.1/I/207/PK-JS/VII/2019`,
//   `Peraturan Menteri Dalam Negeri Nomor 5 Tahun 2020` (a head and its
//   issuer: the issuer decides the type), `Perbup Sleman Nomor 3 Tahun 2024`
//   (a regional act: identified with its region), `PP 53.` (year unknown),
//   `oleh Mendagri Nomor 12 Tahun 2021` (an office's decree).
// The words are data: schema/lexicon/statute_types.tsv.
#pragma once

#include "extract/context.h"
#include "extract/extraction.h"

namespace netra::extract {

void ExtractStatutes(const DocContext& ctx, Extraction* out);

// Gives each regional act whose citation names no region (a Perda, a
// Perwali, a Keputusan Bupati) the region the article is about, when it is
// of the kind the act needs. REQUIRES: SelectSubjectRegions ran.
void ResolveStatuteRegions(Extraction* x);

}  // namespace netra::extract

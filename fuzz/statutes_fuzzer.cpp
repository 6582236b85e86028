// The statute citations extractor on any text: `UU Nomor 20 Tahun 2023
// Pasal 9 ayat 2`, `PP 94/2021`, `Perbup Sleman Nomor 3 Tahun 2024` ...
#include <cstddef>
#include <cstdint>

#include "extract/statutes.h"
#include "fuzz_support.h"

extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, size_t size) {
  using namespace netra;
  for (const fuzz::AnalyzedInput& in : fuzz::AnalyzeAsLoaded(data, size)) {
    extract::DocContext ctx(in.doc, in.analyzed, fuzz::Resources());
    extract::Extraction x;
    extract::ExtractStatutes(ctx, &x);
    for (const extract::StatuteMention& st : x.statutes) {
      fuzz::CheckSpan(st.span, size, "statute span");
      fuzz::Check(st.sentence < in.analyzed.sentences.size(), "a statute's sentence exists");
      fuzz::Check(!st.ref.Key().empty(), "a statute has a key");
    }
  }
  return 0;
}

// The statute citations extractor on any text: `UU Nomor 20 Tahun 2023
// Pasal 9 ayat 2`, `PP 94/2021`, `Perbup Sleman Nomor 3 Tahun 2024` ...
#include <cstddef>
#include <cstdint>

#include "extract/statutes.h"
#include "fuzz_support.h"

namespace netra::fuzz {
namespace {

void Run(const uint8_t* data, size_t size) {
  for (const AnalyzedInput& in : AnalyzeAsLoaded(data, size)) {
    extract::DocContext ctx(in.doc, in.analyzed, Resources());
    extract::Extraction x;
    extract::ExtractStatutes(ctx, &x);
    for (const extract::StatuteMention& st : x.statutes) {
      CheckSpan(st.span, size, "statute span");
      Check(st.sentence < in.analyzed.sentences.size(), "a statute's sentence exists");
      Check(!st.ref.Key().empty(), "a statute has a key");
    }
  }
}

}  // namespace
}  // namespace netra::fuzz

extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, size_t size) {
  netra::fuzz::Run(data, size);
  return 0;
}

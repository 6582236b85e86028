// The regions extractor on any text: gazetteer matches (kota, kabupaten,
// provinsi), their kinds, and the dateline's place.
#include <cstddef>
#include <cstdint>

#include "extract/regions.h"
#include "fuzz_support.h"

namespace netra::fuzz {
namespace {

void Run(const uint8_t* data, size_t size) {
  for (const AnalyzedInput& in : AnalyzeAsLoaded(data, size)) {
    extract::DocContext ctx(in.doc, in.analyzed, Resources());
    for (const extract::SentenceView& s : ctx.sentences()) {
      for (const extract::RegionMatch& m : s.regions) {
        Check(m.begin < m.end && m.end <= s.text.size(), "a region match lies in its sentence");
        Check(!m.candidates.empty(), "a region match has a candidate");
      }
    }
    extract::Extraction x;
    extract::ExtractRegions(ctx, &x);
    for (const extract::RegionMention& m : x.regions) {
      Check(m.region != nullptr, "a region mention has its region");
      CheckSpan(m.span, size, "region mention span");
    }
  }
}

}  // namespace
}  // namespace netra::fuzz

extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, size_t size) {
  netra::fuzz::Run(data, size);
  return 0;
}

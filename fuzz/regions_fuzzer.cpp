// The regions extractor on any text: gazetteer matches (kota, kabupaten,
// provinsi), their kinds, and the dateline's place.
#include <cstddef>
#include <cstdint>

#include "extract/regions.h"
#include "fuzz_support.h"

extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, size_t size) {
  using namespace netra;
  for (const fuzz::AnalyzedInput& in : fuzz::AnalyzeAsLoaded(data, size)) {
    extract::DocContext ctx(in.doc, in.analyzed, fuzz::Resources());
    for (const extract::SentenceView& s : ctx.sentences()) {
      for (const extract::RegionMatch& m : s.regions) {
        fuzz::Check(m.begin < m.end && m.end <= s.text.size(), "a region match lies in its sentence");
        fuzz::Check(!m.candidates.empty(), "a region match has a candidate");
      }
    }
    extract::Extraction x;
    extract::ExtractRegions(ctx, &x);
    for (const extract::RegionMention& m : x.regions) {
      fuzz::Check(m.region != nullptr, "a region mention has its region");
      fuzz::CheckSpan(m.span, size, "region mention span");
    }
  }
  return 0;
}

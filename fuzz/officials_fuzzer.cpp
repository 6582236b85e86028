// The officials extractor (after the regions it reads) on any text.
#include <cstddef>
#include <cstdint>

#include "extract/officials.h"
#include "extract/regions.h"
#include "fuzz_support.h"

extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, size_t size) {
  using namespace netra;
  for (const fuzz::AnalyzedInput& in : fuzz::AnalyzeAsLoaded(data, size)) {
    extract::DocContext ctx(in.doc, in.analyzed, fuzz::Resources());
    extract::Extraction x;
    extract::ExtractRegions(ctx, &x);
    extract::ExtractOfficials(ctx, &x);
    for (const extract::Official& o : x.officials) {
      fuzz::CheckSpan(o.span, size, "official span");
      fuzz::Check(!o.name.empty() && !o.role.empty(), "an official has a name and a role");
      fuzz::Check(o.sentence < in.analyzed.sentences.size(), "an official's sentence exists");
      // Short names resolve to an official or to none, never elsewhere.
      int found = extract::FindPersonByShortName(x, *fuzz::Resources().lexicon, o.name);
      fuzz::Check(found >= -1 && found < static_cast<int>(x.officials.size()), "short name index");
    }
  }
  return 0;
}

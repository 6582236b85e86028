// The officials extractor (after the regions it reads) on any text.
#include <cstddef>
#include <cstdint>

#include "extract/officials.h"
#include "extract/regions.h"
#include "fuzz_support.h"

namespace netra::fuzz {
namespace {

void Run(const uint8_t* data, size_t size) {
  for (const AnalyzedInput& in : AnalyzeAsLoaded(data, size)) {
    extract::DocContext ctx(in.doc, in.analyzed, Resources());
    extract::Extraction x;
    extract::ExtractRegions(ctx, &x);
    extract::ExtractOfficials(ctx, &x);
    for (const extract::Official& o : x.officials) {
      CheckSpan(o.span, size, "official span");
      Check(!o.name.empty() && !o.role.empty(), "an official has a name and a role");
      Check(o.sentence < in.analyzed.sentences.size(), "an official's sentence exists");
      // Short names resolve to an official or to none, never elsewhere.
      int found = extract::FindPersonByShortName(x, *Resources().lexicon, o.name);
      Check(found >= -1 && found < static_cast<int>(x.officials.size()), "short name index");
    }
  }
}

}  // namespace
}  // namespace netra::fuzz

extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, size_t size) {
  netra::fuzz::Run(data, size);
  return 0;
}

// The events and elections extractors on any text, with everything they
// read before them and everything that reads them after: the whole of
// ExtractAll (linking, subject regions, statute regions) and the facts.
#include <cstddef>
#include <cstdint>

#include "extract/extractor.h"
#include "fuzz_support.h"

namespace netra::fuzz {
namespace {

void Run(const uint8_t* data, size_t size) {
  for (const AnalyzedInput& in : AnalyzeAsLoaded(data, size)) {
    const extract::Extraction x = extract::ExtractAll(in.doc, in.analyzed, Resources());
    for (const extract::EventMention& e : x.events) {
      CheckSpan(e.span, size, "event span");
      Check(!e.kind.empty(), "an event has a kind");
      Check(e.leader >= -1 && e.leader < static_cast<int>(x.officials.size()), "an event's leader exists");
      Check(e.organizer >= -1 && e.organizer < static_cast<int>(x.organizations.size()), "an event's organizer exists");
    }
    for (const extract::Election& e : x.elections) CheckSpan(e.span, size, "election span");
    for (const extract::Citation& c : x.citations) {
      Check(c.statute < x.statutes.size(), "a citation's statute exists");
    }
    for (const model::Fact& f : extract::ToFacts(in.doc, x, Resources()).facts) {
      CheckSpan({f.provenance.begin, f.provenance.end}, size, "fact span");
      Check(!f.triple.subject.value.empty() && !f.triple.predicate.value.empty(),
            "a fact has a subject and a predicate");
    }
  }
}

}  // namespace
}  // namespace netra::fuzz

extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, size_t size) {
  netra::fuzz::Run(data, size);
  return 0;
}

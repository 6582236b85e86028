// The events and elections extractors on any text, with everything they
// read before them and everything that reads them after: the whole of
// ExtractAll (linking, subject regions, statute regions) and the facts.
#include <cstddef>
#include <cstdint>

#include "extract/extractor.h"
#include "fuzz_support.h"

extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, size_t size) {
  using namespace netra;
  for (const fuzz::AnalyzedInput& in : fuzz::AnalyzeAsLoaded(data, size)) {
    const extract::Extraction x = extract::ExtractAll(in.doc, in.analyzed, fuzz::Resources());
    for (const extract::EventMention& e : x.events) {
      fuzz::CheckSpan(e.span, size, "event span");
      fuzz::Check(!e.kind.empty(), "an event has a kind");
      fuzz::Check(e.leader >= -1 && e.leader < static_cast<int>(x.officials.size()), "an event's leader exists");
      fuzz::Check(e.organizer >= -1 && e.organizer < static_cast<int>(x.organizations.size()),
                  "an event's organizer exists");
    }
    for (const extract::Election& e : x.elections) fuzz::CheckSpan(e.span, size, "election span");
    for (const extract::Citation& c : x.citations) {
      fuzz::Check(c.statute < x.statutes.size(), "a citation's statute exists");
    }
    for (const model::Fact& f : extract::ToFacts(in.doc, x, fuzz::Resources())) {
      fuzz::CheckSpan({f.provenance.begin, f.provenance.end}, size, "fact span");
      fuzz::Check(!f.triple.subject.value.empty() && !f.triple.predicate.value.empty(),
                  "a fact has a subject and a predicate");
    }
  }
  return 0;
}

// The fact-file loader (`netra ingest --facts`, `netra sst --facts`) on any
// bytes, JSONL fact lines or a binary fact file (docs/fact_format.md): every
// document it would write keeps the rules a fact line follows, and a run
// writes at most one version of an id.
#include <cstddef>
#include <cstdint>
#include <set>
#include <string>
#include <string_view>

#include "fuzz_support.h"
#include "pipeline/fact_loader_internal.h"

namespace netra::fuzz {
namespace {

void Run(const uint8_t* data, size_t size) {
  std::set<std::string> ids;
  pipeline::IngestReport report;
  pipeline::ReadFactBytes(
      std::string_view(reinterpret_cast<const char*>(data), size), "fuzz.facts",
      [&](store::DocumentFacts&& doc) {
        Check(!doc.doc_id.empty(), "a document has an id");
        Check(ids.insert(doc.doc_id).second, "one version of an id is written");
        for (const model::Fact& f : doc.facts) {
          Check(!f.triple.subject.value.empty() && !f.triple.predicate.value.empty(),
                "a fact has a subject and a predicate");
          // The store refuses a document whose facts name another (ValidateDocument).
          Check(f.provenance.document == doc.doc_id, "a fact belongs to its document");
          Check(f.provenance.begin <= f.provenance.end, "a fact's span begins before it ends");
          Check(f.provenance.confidence >= 0 && f.provenance.confidence <= 1, "confidence in [0, 1]");
        }
      },
      &report);
  for (const ingest::Diagnostic& problem : report.problems) {
    Check(problem.where.rfind("fuzz.facts", 0) == 0 && !problem.message.empty(),
          "a problem names the file and what is wrong");
  }
}

}  // namespace
}  // namespace netra::fuzz

extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, size_t size) {
  netra::fuzz::Run(data, size);
  return 0;
}

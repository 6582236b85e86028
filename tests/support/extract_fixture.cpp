#include "extract_fixture.h"

#include <cstdio>
#include <cstdlib>

namespace netra::testing {

const extract::Resources& TestResources() {
  static const extract::Resources res = [] {
    auto r = extract::Resources::Load(std::string(NETRA_SOURCE_DIR) + "/schema");
    if (!r.ok()) {
      std::fprintf(stderr, "cannot load schema/: %s\n", r.status().ToString().c_str());
      std::abort();
    }
    return std::move(r).value();
  }();
  return res;
}

pipeline::ProcessedDocument ProcessText(const std::string& text, const std::string& id, const std::string& published) {
  model::Document doc;
  doc.id = id;
  doc.source = id + ".txt";
  doc.text = text;
  doc.published = published;
  auto p = pipeline::Process(std::move(doc), TestResources());
  if (!p.ok()) {
    std::fprintf(stderr, "processing failed: %s\n", p.status().ToString().c_str());
    std::abort();
  }
  return std::move(p).value();
}

}  // namespace netra::testing

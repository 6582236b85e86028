// Helpers for the export tests: the adversarial store in a temporary folder
// and look-ups into an ExportGraph by entity id.
#pragma once

#include <doctest/doctest.h>

#include <memory>
#include <string>

#include "adversarial_store.h"
#include "export/builder.h"
#include "store/store.h"
#include "temp_dir.h"

namespace netra::exporter::testing {

// Writes the adversarial documents into a fresh store in `dir`.
inline std::unique_ptr<store::Store> AdversarialStore(const std::string& dir) {
  auto st = store::Store::Open(dir);
  INFO(st.status().ToString());
  REQUIRE(st.ok());
  Status s = (*st)->WriteDocuments(AdversarialDocuments(), nullptr, nullptr);
  INFO(s.ToString());
  REQUIRE(s.ok());
  return std::move(st).value();
}

inline ExportGraph MustBuild(const store::Store& store, const ExportFilter& filter = {}) {
  auto g = BuildGraph(store, filter);
  INFO(g.status().ToString());
  REQUIRE(g.ok());
  return std::move(g).value();
}

inline const Node* FindNode(const ExportGraph& g, const std::string& id) {
  for (const Node& n : g.nodes) {
    if (n.id == id) return &n;
  }
  return nullptr;
}

inline const Edge* FindEdge(const ExportGraph& g, const std::string& from, const std::string& to) {
  for (const Edge& e : g.edges) {
    if (g.nodes[e.source].id == from && g.nodes[e.target].id == to) return &e;
  }
  return nullptr;
}

}  // namespace netra::exporter::testing

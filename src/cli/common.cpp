#include "cli/common.h"

#include <CLI/CLI.hpp>
#include <iostream>

#include "core/paths.h"

namespace netra::cli {

namespace {

thread_local std::ostream* diagnostics = nullptr;  // null: std::cerr

}  // namespace

std::ostream& Diagnostics() { return diagnostics != nullptr ? *diagnostics : std::cerr; }

DiagnosticsTo::DiagnosticsTo(std::ostream& err) : previous_(diagnostics) { diagnostics = &err; }

DiagnosticsTo::~DiagnosticsTo() { diagnostics = previous_; }

int ReportStatus(const Status& s, const std::string& context) {
  Diagnostics() << "netra: " << context << ": " << s.message() << "\n";
  switch (s.code()) {
    case StatusCode::kInvalidArgument: return kExitUsage;
    case StatusCode::kBadInput: return kExitInputs;
    case StatusCode::kDeadlineExceeded:
    case StatusCode::kRowLimit:
    case StatusCode::kMemoryLimit: return kExitIncomplete;
    default: return kExitStore;
  }
}

int ReportStoreError(const Status& s, const std::string& context) {
  ReportStatus(s, context);
  return kExitStore;
}

void PrintProblems(const std::vector<ingest::Diagnostic>& problems) {
  for (const auto& p : problems) Diagnostics() << "netra: " << p.where << ": " << p.message << "\n";
}

Result<extract::Resources> LoadResources() {
  auto res = extract::Resources::Load(SchemaDir());
  if (!res.ok()) return res.status().WithContext("loading schema/ (set NETRA_SCHEMA_DIR)");
  return res;
}

Result<std::unique_ptr<store::Store>> OpenStore(const std::string& dir, bool read_only, bool bulk, bool mmap_reads) {
  store::OpenOptions so;
  so.read_only = read_only;
  so.create_if_missing = !read_only;
  so.bulk_load = bulk;
  so.mmap_reads = mmap_reads;
  return store::Store::Open(dir, so);
}

void AddDbOption(CLI::App* app, std::string* db) { app->add_option("--db", *db, "store folder (default ./netra.db)"); }

}  // namespace netra::cli

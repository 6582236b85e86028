// SST sets: the manifest, and Store::IngestSstSet(s) (the merge of several
// sets is sst_set_merge.cpp).
#include <unistd.h>

#include <filesystem>
#include <fstream>
#include <sstream>
#include <system_error>

#include "core/replacing_file.h"
#include "store/record_codec.h"
#include "store/sst_set_internal.h"

namespace netra::store {

namespace fs = std::filesystem;

namespace {

constexpr const char* kSetMagic = "netra-sst-set";
constexpr int kSetVersion = 1;

Result<Cf> CfByName(const std::string& name) {
  for (int i = 0; i < kNumCfs; ++i) {
    if (name == CfName(static_cast<Cf>(i))) return static_cast<Cf>(i);
  }
  return Status::BadInput("unknown column family '" + name + "'");
}

}  // namespace

Status WriteSstSetManifest(const std::string& dir, const SstSetManifest& manifest) {
  std::ostringstream text;
  text << kSetMagic << " " << kSetVersion << "\n"
       << "store_format " << manifest.format_version << "\n"
       << "documents " << manifest.counters.documents << "\n"
       << "triples " << manifest.counters.triples << "\n"
       << "supports " << manifest.counters.supports << "\n";
  for (const auto& [cf, name] : manifest.files) text << "file " << CfName(cf) << " " << name << "\n";
  std::string path = dir + "/" + kSstSetManifest;
  NETRA_ASSIGN_OR_RETURN(ReplacingFile file, ReplacingFile::Create(path));
  {
    std::ofstream out(file.temp_path(), std::ios::binary | std::ios::trunc);
    out << text.str();
    out.flush();
    if (!out) return Status::IoError("writing " + file.temp_path());
  }
  return file.Commit();
}

Result<SstSetManifest> ReadSstSetManifest(const std::string& dir) {
  std::string path = dir + "/" + kSstSetManifest;
  std::ifstream in(path, std::ios::binary);
  if (!in) {
    return Status::NotFound(dir + " is not an SST set: it has no " + kSstSetManifest +
                            " (written last by `netra sst`; an interrupted run leaves none)");
  }
  SstSetManifest m;
  bool have[5] = {false, false, false, false, false};
  std::string line;
  int n = 0;
  while (std::getline(in, line)) {
    ++n;
    auto bad = [&](const std::string& why) { return Status::BadInput(path + ":" + std::to_string(n) + ": " + why); };
    std::istringstream fields(line);
    std::string key;
    fields >> key;
    if (key.empty()) continue;
    if (n == 1) {
      int version = 0;
      if (key != kSetMagic || !(fields >> version)) return bad("not an SST set manifest");
      if (version > kSetVersion) {
        return Status::Unsupported(path + ": SST set version " + std::to_string(version) +
                                   " is newer than this netra reads (" + std::to_string(kSetVersion) + ")");
      }
      have[0] = true;
      continue;
    }
    if (key == "file") {
      std::string cf_name, name;
      if (!(fields >> cf_name >> name) || name.find('/') != std::string::npos) return bad("expected: file CF NAME");
      auto cf = CfByName(cf_name);
      if (!cf.ok()) return bad(cf.status().message());
      m.files.emplace_back(*cf, name);
      continue;
    }
    uint64_t value = 0;
    if (!(fields >> value)) return bad("expected: " + key + " NUMBER");
    if (key == "store_format") {
      m.format_version = static_cast<uint32_t>(value);
      have[1] = true;
    } else if (key == "documents") {
      m.counters.documents = value;
      have[2] = true;
    } else if (key == "triples") {
      m.counters.triples = value;
      have[3] = true;
    } else if (key == "supports") {
      m.counters.supports = value;
      have[4] = true;
    } else {
      return bad("unknown field '" + key + "'");
    }
  }
  for (bool h : have) {
    if (!h) return Status::BadInput(path + ": incomplete (needs the header, store_format and the three counts)");
  }
  return m;
}

Result<SstSetManifest> ReadCompatibleSstSetManifest(const std::string& set_dir) {
  NETRA_ASSIGN_OR_RETURN(SstSetManifest manifest, ReadSstSetManifest(set_dir));
  // A set of an older readable format lacks only column families added since.
  if (manifest.format_version < kOldestReadableVersion || manifest.format_version > kFormatVersion) {
    return Status::Unsupported("SST set " + set_dir + " follows store format " +
                               std::to_string(manifest.format_version) + "; this netra writes format " +
                               std::to_string(kFormatVersion) + ": rebuild the set with this netra's `netra sst`");
  }
  return manifest;
}

namespace {

// The set's support counts and meta counters are totals: added to a store
// that already holds facts they would be wrong.
// REQUIRES: impl.write_mu held, or no other writer yet.
Status RefuseUnlessEmpty(const Store::Impl& impl) {
  if (impl.counters.documents == 0 && impl.counters.triples == 0) return Status::Ok();
  return Status::InvalidArgument("store " + impl.dir + " already holds " + std::to_string(impl.counters.documents) +
                                 " documents: an SST set is only ingested into an empty store (add to a store "
                                 "with `netra ingest --facts`)");
}

}  // namespace

Status Store::CheckSstSet(const std::string& set_dir) { return ReadCompatibleSstSetManifest(set_dir).status(); }

Status Store::IngestSstSet(const std::string& set_dir, WriteCounters* counters) {
  Impl& impl = *impl_;
  if (impl.secondary) return Status::InvalidArgument("store " + impl.dir + " is open read-only");
  NETRA_ASSIGN_OR_RETURN(SstSetManifest manifest, ReadCompatibleSstSetManifest(set_dir));
  std::lock_guard<std::mutex> lock(impl.write_mu);
  if (impl.bulk_active) return Status::Busy("a bulk load into " + impl.dir + " is in progress");
  NETRA_RETURN_IF_ERROR(RefuseUnlessEmpty(impl));

  // RocksDB moves ingested files into the store. Hand it links (copies across
  // file systems) in a folder of the store's, so the set stays whole and can
  // be ingested again elsewhere; global sequence numbers go to the MANIFEST,
  // never into the shared files.
  std::string staging = impl.dir + "/" + std::string(kBulkTempPrefix) + "sst." + std::to_string(::getpid());
  std::error_code ec;
  fs::remove_all(staging, ec);
  fs::create_directories(staging, ec);
  if (ec) return Status::IoError("creating " + staging + ": " + ec.message());
  struct Cleanup {
    std::string dir;
    ~Cleanup() {
      std::error_code ignored;
      fs::remove_all(dir, ignored);
    }
  } cleanup{staging};

  std::vector<rocksdb::IngestExternalFileArg> args;
  for (const auto& [cf, name] : manifest.files) {
    std::string from = set_dir + "/" + name, to = staging + "/" + name;
    if (!fs::is_regular_file(from, ec)) return Status::NotFound("SST set " + set_dir + " lacks " + name);
    fs::create_hard_link(from, to, ec);
    if (ec) {
      ec.clear();
      fs::copy_file(from, to, ec);
      if (ec) return Status::IoError("copying " + from + " into " + staging + ": " + ec.message());
    }
    auto it =
        std::find_if(args.begin(), args.end(), [&, c = cf](const auto& a) { return a.column_family == impl.cf(c); });
    if (it == args.end()) {
      rocksdb::IngestExternalFileArg arg;
      arg.column_family = impl.cf(cf);
      arg.options.move_files = true;
      arg.options.write_global_seqno = false;
      arg.options.allow_blocking_flush = true;
      args.push_back(std::move(arg));
      it = args.end() - 1;
    }
    it->external_files.push_back(to);
  }
  if (!args.empty()) {
    NETRA_RETURN_IF_ERROR(FromRocks(impl.db->IngestExternalFiles(args), "ingesting SST set " + set_dir));
  }
  impl.counters = manifest.counters;
  if (counters != nullptr) {
    counters->docs_new += manifest.counters.documents;
    counters->triples_added += manifest.counters.triples;
  }
  return Status::Ok();
}

Status Store::IngestSstSets(const std::vector<std::string>& set_dirs, WriteCounters* counters) {
  if (set_dirs.size() == 1) return IngestSstSet(set_dirs[0], counters);
  if (set_dirs.empty()) return Status::InvalidArgument("no SST set to ingest");
  {
    std::lock_guard<std::mutex> lock(impl_->write_mu);
    if (impl_->secondary) return Status::InvalidArgument("store " + impl_->dir + " is open read-only");
    NETRA_RETURN_IF_ERROR(RefuseUnlessEmpty(*impl_));  // before the merge, not after
  }
  // The merged set goes inside the store folder, where its files are linked
  // from (the bulk loader's temporary prefix: a writer removes stale ones).
  std::string merged = impl_->dir + "/" + std::string(kBulkTempPrefix) + "merge." + std::to_string(::getpid());
  std::error_code ec;
  fs::remove_all(merged, ec);
  Status s = MergeSstSets(set_dirs, merged);
  if (s.ok()) s = IngestSstSet(merged, counters);
  fs::remove_all(merged, ec);
  return s;
}

}  // namespace netra::store

// netra_bench extract / ingest: the scale benchmarks of issues 3, 4 and 7.
//
//   netra_bench extract CORPUS.jsonl
//     sequential read of the file (the I/O floor), then extraction on one
//     core (text layer + every extractor), MB/s of input file.
//   netra_bench ingest CORPUS.jsonl WORKDIR
//     extracts once into memory, then: ordinary WriteDocuments (256 documents
//     per atomic batch), bulk (BulkLoader + Compact), re-ingest of the
//     unchanged corpus (pipeline::Ingest, what `netra ingest` runs), store
//     size per article; beside them raw RocksDB writing as many keys of the
//     same sizes, per column family, as the store holds: WriteBatch (same
//     number of synced batches as the ordinary path) and sorted SST files +
//     IngestExternalFile (sort included).
//   netra_bench bulk CORPUS.jsonl WORKDIR [ROUNDS]
//     only the bulk load, ROUNDS times (for profiling the loader).
// Each prints one line `key value` per figure; tools/bench/run.sh takes medians.
#include <rocksdb/db.h>
#include <rocksdb/options.h>
#include <rocksdb/sst_file_writer.h>
#include <rocksdb/write_batch.h>

#include <algorithm>
#include <chrono>
#include <cstdio>
#include <filesystem>
#include <fstream>
#include <memory>
#include <string>
#include <unordered_map>
#include <vector>

#include "cli/common.h"
#include "core/file_util.h"
#include "pipeline/pipeline.h"

namespace fs = std::filesystem;
using namespace netra;

namespace {

double Now() { return std::chrono::duration<double>(std::chrono::steady_clock::now().time_since_epoch()).count(); }

double ReadFileSeconds(const std::string& path, uint64_t* bytes) {
  double t = Now();
  std::ifstream in(path, std::ios::binary);
  std::vector<char> buf(1 << 20);
  uint64_t n = 0, sum = 0;
  while (in.read(buf.data(), buf.size()) || in.gcount() > 0) {
    n += in.gcount();
    sum += static_cast<unsigned char>(buf[0]);  // touch the data
    if (in.eof()) break;
  }
  *bytes = n;
  double s = Now() - t;
  if (sum == 1) std::fprintf(stderr, " ");
  return s;
}

struct Extracted {
  std::vector<store::DocumentFacts> docs;
  uint64_t facts = 0;
  uint64_t text_bytes = 0;
  uint64_t count = 0;
};

// Extracts every document of the corpus on this thread.
double ExtractAll(const std::string& path, const extract::Resources& res, Extracted* out, bool keep) {
  double t = Now();
  ingest::InputFile input{path, fs::file_size(path), true};
  ingest::LoadFile(
      input, {},
      [&](model::Document&& doc) {
        out->text_bytes += doc.text.size();
        ++out->count;
        store::DocumentFacts f;
        f.doc_id = doc.id;
        auto p = pipeline::Process(std::move(doc), res);
        if (!p.ok()) return;
        out->facts += p->facts.size();
        if (!keep) return;
        // Process hashed the document already; hashing it again here counted
        // twice in the extraction figure.
        f.content_hash = p->content_hash;
        f.metadata = pipeline::DocumentMetadata(p->doc);
        f.facts = std::move(p->facts);
        out->docs.push_back(std::move(f));
      },
      [](const ingest::Diagnostic&) {});
  return Now() - t;
}

int RunExtract(int argc, char** argv) {
  if (argc < 2) {
    std::fprintf(stderr, "usage: netra_bench extract CORPUS.jsonl\n");
    return 1;
  }
  auto res = cli::LoadResources();
  if (!res.ok()) {
    std::fprintf(stderr, "%s\n", res.status().message().c_str());
    return 1;
  }
  uint64_t bytes = 0;
  double read_s = ReadFileSeconds(argv[1], &bytes);
  Extracted ex;
  double ext_s = ExtractAll(argv[1], *res, &ex, false);
  std::printf("corpus_mb %.1f\n", bytes / 1e6);
  std::printf("read_mb_s %.1f\n", bytes / 1e6 / read_s);
  std::printf("extract_s %.3f\n", ext_s);
  std::printf("extract_mb_s_per_core %.2f\n", bytes / 1e6 / ext_s);
  std::printf("extract_docs_s_per_core %.0f\n", ex.count / ext_s);
  std::printf("facts %llu\n", static_cast<unsigned long long>(ex.facts));
  return 0;
}

// Key and value sizes of every key in the store, per column family.
struct KeyShape {
  std::vector<std::string> cfs;
  std::vector<std::vector<std::pair<uint16_t, uint32_t>>> sizes;  // per cf: (key, value) bytes
  uint64_t keys = 0, bytes = 0;
};

bool ReadShape(const std::string& dir, KeyShape* shape) {
  std::vector<std::string> names;
  if (!rocksdb::DB::ListColumnFamilies(rocksdb::DBOptions(), dir, &names).ok()) return false;
  std::vector<rocksdb::ColumnFamilyDescriptor> desc;
  for (const auto& n : names) desc.emplace_back(n, rocksdb::ColumnFamilyOptions());
  std::vector<rocksdb::ColumnFamilyHandle*> handles;
  rocksdb::DB* db = nullptr;
  if (!rocksdb::DB::OpenForReadOnly(rocksdb::Options(), dir, desc, &handles, &db).ok()) return false;
  for (size_t i = 0; i < handles.size(); ++i) {
    std::vector<std::pair<uint16_t, uint32_t>> sz;
    std::unique_ptr<rocksdb::Iterator> it(db->NewIterator(rocksdb::ReadOptions(), handles[i]));
    for (it->SeekToFirst(); it->Valid(); it->Next()) {
      sz.emplace_back(static_cast<uint16_t>(it->key().size()), static_cast<uint32_t>(it->value().size()));
      shape->keys++;
      shape->bytes += it->key().size() + it->value().size();
    }
    shape->cfs.push_back(names[i]);
    shape->sizes.push_back(std::move(sz));
  }
  for (auto* h : handles) db->DestroyColumnFamilyHandle(h);
  delete db;
  return true;
}

// A key of `n` bytes that is unique for i (hash first, so writes land in
// random order, as term-hash ids do).
std::string MakeKey(uint64_t i, size_t n) {
  std::string k(std::max<size_t>(n, 8), 'k');
  uint64_t h = i * 0x9E3779B97F4A7C15ull;
  h ^= h >> 29;
  for (int b = 0; b < 8; ++b) k[b] = static_cast<char>(h >> (56 - 8 * b));
  k.resize(std::max<size_t>(n, 8));
  return k;
}

struct RawDb {
  rocksdb::DB* db = nullptr;
  std::vector<rocksdb::ColumnFamilyHandle*> handles;
  ~RawDb() {
    for (auto* h : handles) db->DestroyColumnFamilyHandle(h);
    delete db;
  }
};

bool OpenRaw(const std::string& dir, const KeyShape& shape, RawDb* raw) {
  fs::remove_all(dir);
  rocksdb::Options o;
  o.create_if_missing = true;
  o.create_missing_column_families = true;
  std::vector<rocksdb::ColumnFamilyDescriptor> desc;
  for (const auto& n : shape.cfs) desc.emplace_back(n, rocksdb::ColumnFamilyOptions());
  return rocksdb::DB::Open(o, dir, desc, &raw->handles, &raw->db).ok();
}

double RawWriteBatch(const std::string& dir, const KeyShape& shape, uint64_t batches) {
  RawDb raw;
  if (!OpenRaw(dir, shape, &raw)) return -1;
  double t = Now();
  uint64_t per = std::max<uint64_t>(1, shape.keys / std::max<uint64_t>(1, batches));
  rocksdb::WriteBatch wb;
  rocksdb::WriteOptions wo;
  wo.sync = true;
  uint64_t i = 0;
  // Interleave column families as a document's write does.
  std::vector<size_t> pos(shape.cfs.size(), 0);
  bool more = true;
  while (more) {
    more = false;
    for (size_t c = 0; c < shape.cfs.size(); ++c) {
      if (pos[c] >= shape.sizes[c].size()) continue;
      more = true;
      auto [ks, vs] = shape.sizes[c][pos[c]++];
      wb.Put(raw.handles[c], MakeKey(i, ks), std::string(vs, 'v'));
      if (++i % per == 0) {
        raw.db->Write(wo, &wb);
        wb.Clear();
      }
    }
  }
  raw.db->Write(wo, &wb);
  return Now() - t;
}

double RawSst(const std::string& dir, const KeyShape& shape) {
  RawDb raw;
  if (!OpenRaw(dir, shape, &raw)) return -1;
  double t = Now();
  uint64_t i = 0;
  for (size_t c = 0; c < shape.cfs.size(); ++c) {
    if (shape.sizes[c].empty()) continue;
    std::vector<std::pair<std::string, uint32_t>> kv;
    kv.reserve(shape.sizes[c].size());
    for (auto [ks, vs] : shape.sizes[c]) kv.emplace_back(MakeKey(i++, ks), vs);
    std::sort(kv.begin(), kv.end());
    kv.erase(std::unique(kv.begin(), kv.end(), [](auto& a, auto& b) { return a.first == b.first; }), kv.end());
    rocksdb::EnvOptions env_options;
    rocksdb::Options sst_options;
    rocksdb::SstFileWriter w(env_options, sst_options);
    std::string file = dir + "/../raw_" + std::to_string(c) + ".sst";
    if (!w.Open(file).ok()) return -1;
    for (const auto& [k, vs] : kv) w.Put(k, std::string(vs, 'v'));
    w.Finish();
    rocksdb::IngestExternalFileOptions io;
    io.move_files = true;
    if (!raw.db->IngestExternalFile(raw.handles[c], {file}, io).ok()) return -1;
  }
  return Now() - t;
}

uint64_t DirBytes(const std::string& dir) {
  uint64_t n = 0;
  for (const auto& e : fs::recursive_directory_iterator(dir)) {
    if (e.is_regular_file()) n += e.file_size();
  }
  return n;
}

struct BulkTimes {
  bool ok = false;
  double add_s = 0, finish_s = 0, total_s = 0;  // Add (sorting and spilling), Finish (merge and ingest), + Compact
};

// Bulk-loads `docs` into a new store at `dir`: BulkLoader + Compact, timed.
// Updated versions (same id) are left to the ordinary path, so the bulk
// load takes the last version of each id.
BulkTimes BulkLoad(const std::string& dir, std::vector<store::DocumentFacts> docs, store::WriteCounters* counters) {
  BulkTimes times;
  fs::remove_all(dir);
  store::OpenOptions oo;
  oo.bulk_load = true;
  auto st = store::Store::Open(dir, oo);
  if (!st.ok()) return times;
  std::vector<bool> last(docs.size());
  {
    std::unordered_map<std::string, size_t> idx;
    for (size_t i = 0; i < docs.size(); ++i) idx[docs[i].doc_id] = i;
    for (size_t i = 0; i < docs.size(); ++i) last[i] = idx[docs[i].doc_id] == i;
  }
  double t = Now();
  auto loader = (*st)->NewBulkLoader();
  if (!loader.ok()) return times;
  for (size_t i = 0; i < docs.size(); ++i) {
    if (last[i] && !(*loader)->Add(std::move(docs[i])).ok()) return times;
  }
  times.add_s = Now() - t;
  if (!(*loader)->Finish(counters).ok()) return times;
  times.finish_s = Now() - t - times.add_s;
  if (!(*st)->Compact().ok()) return times;
  times.total_s = Now() - t;
  times.ok = true;
  return times;
}

int RunIngest(int argc, char** argv) {
  if (argc < 3) {
    std::fprintf(stderr, "usage: netra_bench ingest CORPUS.jsonl WORKDIR\n");
    return 1;
  }
  std::string corpus = argv[1], work = argv[2];
  fs::create_directories(work);
  auto res = cli::LoadResources();
  if (!res.ok()) return 1;
  Extracted ex;
  ExtractAll(corpus, *res, &ex, true);
  uint64_t ndocs = ex.docs.size();

  // Ordinary: WriteDocuments, 256 documents per atomic batch.
  std::string plain_dir = work + "/plain.db";
  fs::remove_all(plain_dir);
  uint64_t batches = 0;
  store::WriteCounters oc;
  double plain_s;
  {
    auto st = store::Store::Open(plain_dir);
    if (!st.ok()) return 1;
    double t = Now();
    for (size_t i = 0; i < ex.docs.size(); i += 256) {
      std::vector<store::DocumentFacts> batch(ex.docs.begin() + i, ex.docs.begin() + std::min(ex.docs.size(), i + 256));
      if (!(*st)->WriteDocuments(batch, nullptr, &oc).ok()) return 1;
      ++batches;
    }
    plain_s = Now() - t;
  }
  // Bulk: BulkLoader + Compact, the last user of the extracted documents
  // (the loader takes them as `netra ingest --bulk` gives them: moved).
  std::string bulk_dir = work + "/bulk.db";
  store::WriteCounters bc;
  BulkTimes bulk = BulkLoad(bulk_dir, std::move(ex.docs), &bc);
  if (!bulk.ok) return 1;
  double bulk_s = bulk.total_s, bulk_add_s = bulk.add_s, bulk_finish_s = bulk.finish_s;
  // Re-ingest of the unchanged corpus, as `netra ingest` runs it.
  double reingest_s;
  uint64_t read_bytes = 0;
  double read_s = ReadFileSeconds(corpus, &read_bytes);
  {
    auto st = store::Store::Open(plain_dir);
    if (!st.ok()) return 1;
    pipeline::IngestOptions io;
    pipeline::IngestReport rep;
    double t = Now();
    if (!pipeline::Ingest({corpus}, st->get(), *res, io, &rep).ok()) return 1;
    reingest_s = Now() - t;
    if (rep.counters.docs_unchanged == 0) std::fprintf(stderr, "re-ingest: nothing unchanged?\n");
  }
  uint64_t store_bytes = DirBytes(plain_dir), bulk_bytes = DirBytes(bulk_dir);
  KeyShape shape;
  if (!ReadShape(plain_dir, &shape)) return 1;
  double raw_wb_s = RawWriteBatch(work + "/raw_wb.db", shape, batches);
  double raw_sst_s = RawSst(work + "/raw_sst.db", shape);

  uint64_t triples = oc.triples_added - oc.triples_removed;
  std::printf("documents %llu\n", static_cast<unsigned long long>(ndocs));
  std::printf("facts %llu\n", static_cast<unsigned long long>(ex.facts));
  std::printf("triples %llu\n", static_cast<unsigned long long>(triples));
  std::printf("store_keys %llu\n", static_cast<unsigned long long>(shape.keys));
  std::printf("ordinary_s %.3f\n", plain_s);
  std::printf("ordinary_docs_s %.0f\n", ndocs / plain_s);
  std::printf("ordinary_facts_s %.0f\n", ex.facts / plain_s);
  std::printf("ordinary_keys_s %.0f\n", shape.keys / plain_s);
  std::printf("bulk_s %.3f\n", bulk_s);
  std::printf("bulk_add_s %.3f\n", bulk_add_s);
  std::printf("bulk_finish_s %.3f\n", bulk_finish_s);
  std::printf("bulk_compact_s %.3f\n", bulk_s - bulk_add_s - bulk_finish_s);
  std::printf("bulk_docs_s %.0f\n", ndocs / bulk_s);
  std::printf("bulk_facts_s %.0f\n", ex.facts / bulk_s);
  std::printf("bulk_keys_s %.0f\n", shape.keys / bulk_s);
  std::printf("raw_writebatch_keys_s %.0f\n", shape.keys / raw_wb_s);
  std::printf("raw_sst_keys_s %.0f\n", shape.keys / raw_sst_s);
  std::printf("ratio_ordinary_vs_writebatch %.2f\n", plain_s / raw_wb_s);
  std::printf("ratio_bulk_vs_sst %.2f\n", bulk_s / raw_sst_s);
  std::printf("reingest_s %.3f\n", reingest_s);
  std::printf("reingest_mb_s %.1f\n", read_bytes / 1e6 / reingest_s);
  std::printf("read_mb_s %.1f\n", read_bytes / 1e6 / read_s);
  std::printf("store_bytes_per_article %.0f\n", static_cast<double>(store_bytes) / ndocs);
  std::printf("bulk_store_bytes_per_article %.0f\n", static_cast<double>(bulk_bytes) / ndocs);
  return 0;
}

// Only the bulk loader, ROUNDS times on the same extracted facts (a fresh
// copy each round, made before the clock starts): for profiling the loader
// and comparing versions without the ordinary path's minutes.
int RunBulk(int argc, char** argv) {
  if (argc < 3) {
    std::fprintf(stderr, "usage: netra_bench bulk CORPUS.jsonl WORKDIR [ROUNDS=3]\n");
    return 1;
  }
  std::string corpus = argv[1], work = argv[2];
  int rounds = argc > 3 ? std::atoi(argv[3]) : 3;
  fs::create_directories(work);
  auto res = cli::LoadResources();
  if (!res.ok()) return 1;
  Extracted ex;
  ExtractAll(corpus, *res, &ex, true);
  std::printf("documents %zu\nfacts %llu\n", ex.docs.size(), static_cast<unsigned long long>(ex.facts));
  for (int r = 0; r < rounds; ++r) {
    store::WriteCounters counters;
    BulkTimes bulk = BulkLoad(work + "/bulk.db", ex.docs, &counters);
    if (!bulk.ok) return 1;
    std::printf("bulk_s %.3f\nbulk_add_s %.3f\nbulk_finish_s %.3f\nbulk_facts_s %.0f\n", bulk.total_s, bulk.add_s,
                bulk.finish_s, ex.facts / bulk.total_s);
  }
  return 0;
}

}  // namespace

int RunBulkBench(int argc, char** argv) { return RunBulk(argc, argv); }
int RunExtractBench(int argc, char** argv) { return RunExtract(argc, argv); }
int RunIngestBench(int argc, char** argv) { return RunIngest(argc, argv); }

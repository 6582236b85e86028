// The citation table kept per store version (derived_cache.h): computing it
// reads millions of keys at a million articles (two seconds and more), and
// every filter of regions-citing-laws and co-cited-laws reads the same
// table. Layout of the file, in sections of core/checked_file.h:
//
//   the head (checked_file.h: "netra-citations\n", format 1, byte-order
//   mark, key),
//   u64 rows, u64 articles, u64 docs, u64 doc starts, u64 doc bytes,
//   u64 region x rows, u64 statute x rows, u32 first doc x rows,
//   u32 doc count x rows, u32 article count x rows, u64 article x articles,
//   u32 doc x docs, u32 doc start x doc starts, doc bytes,
//   u64 checksum.
#include <string>
#include <string_view>
#include <vector>

#include "core/checked_file.h"
#include "query/canned/citations.h"
#include "store/derived_cache.h"

namespace netra::query {

namespace {

constexpr FileHead kHead{"netra-citations\n", 1};

Status Save(const CitationTable& t, const std::string& path, std::string_view key) {
  std::vector<store::TermId> regions, statutes, articles;
  std::vector<uint32_t> first_docs, num_docs, article_counts;
  for (const CitationRow& row : t.rows) {
    regions.push_back(row.region);
    statutes.push_back(row.statute);
    first_docs.push_back(row.first_doc);
    num_docs.push_back(row.num_docs);
    article_counts.push_back(static_cast<uint32_t>(row.articles.size()));
    articles.insert(articles.end(), row.articles.begin(), row.articles.end());
  }
  return WriteCheckedFile(path, [&](CheckedWriter* w) {
    PutHead(w, kHead, key);
    for (uint64_t n : {t.rows.size(), articles.size(), t.docs.size(), t.doc_start.size(), t.doc_bytes.size()}) {
      w->PutU64(n);
    }
    for (const auto* v : {&regions, &statutes}) w->PutVector(*v);
    for (const auto* v : {&first_docs, &num_docs, &article_counts}) w->PutVector(*v);
    w->PutVector(articles);
    w->PutVector(t.docs);
    w->PutVector(t.doc_start);
    w->Put(t.doc_bytes.data(), t.doc_bytes.size());
  });
}

Result<CitationTable> Restore(const std::string& path, std::string_view key) {
  std::string bytes;
  NETRA_RETURN_IF_ERROR(ReadWholeFile(path, &bytes));
  auto damaged = [&](const char* what) { return Status::Corruption("citation table file " + path + ": " + what); };
  CheckedReader r(bytes);
  NETRA_RETURN_IF_ERROR(TakeHead(&r, kHead, key, path));
  std::string_view doc_bytes;
  uint64_t rows = 0, article_total = 0, docs = 0, doc_starts = 0, doc_byte_count = 0;
  for (uint64_t* n : {&rows, &article_total, &docs, &doc_starts, &doc_byte_count}) {
    if (!r.TakeU64(n)) return damaged("truncated counts");
  }
  CitationTable t;
  std::vector<store::TermId> regions, statutes, articles;
  std::vector<uint32_t> first_docs, num_docs, article_counts;
  if (!r.TakeVector(rows, &regions) || !r.TakeVector(rows, &statutes) || !r.TakeVector(rows, &first_docs) ||
      !r.TakeVector(rows, &num_docs) || !r.TakeVector(rows, &article_counts) ||
      !r.TakeVector(article_total, &articles) || !r.TakeVector(docs, &t.docs) ||
      !r.TakeVector(doc_starts, &t.doc_start) || !r.Take(doc_byte_count, &doc_bytes)) {
    return damaged("truncated");
  }
  if (!r.TakeChecksum()) return damaged("checksum mismatch, or bytes missing or left over");
  // Every index in range, so that a table read back can be used as computed.
  if (t.doc_start.empty() || t.doc_start.front() != 0 || t.doc_start.back() != doc_byte_count) {
    return damaged("bad document starts");
  }
  for (size_t i = 1; i < t.doc_start.size(); ++i) {
    if (t.doc_start[i] < t.doc_start[i - 1]) return damaged("bad document starts");
  }
  for (uint32_t d : t.docs) {
    if (d + 1 >= t.doc_start.size()) return damaged("document out of range");
  }
  t.doc_bytes.assign(doc_bytes);
  t.rows.resize(rows);
  size_t next_article = 0;
  for (size_t i = 0; i < rows; ++i) {
    CitationRow& row = t.rows[i];
    row.region = regions[i];
    row.statute = statutes[i];
    row.first_doc = first_docs[i];
    row.num_docs = num_docs[i];
    if (uint64_t{row.first_doc} + row.num_docs > t.docs.size()) return damaged("row documents out of range");
    if (article_counts[i] > articles.size() - next_article) return damaged("row articles out of range");
    row.articles.assign(articles.begin() + next_article, articles.begin() + next_article + article_counts[i]);
    next_article += article_counts[i];
  }
  if (next_article != articles.size()) return damaged("articles left over");
  return t;
}

// Computes the table and saves it in `slot` if it is large enough; a table
// that cannot be saved is still the answer. `saved` (optional): it was.
Result<CitationTable> ComputeAndSave(const store::Store& store, const store::CacheSlot& slot,
                                     const CitationCacheOptions& options, bool* saved = nullptr) {
  if (saved != nullptr) *saved = false;
  NETRA_ASSIGN_OR_RETURN(CitationTable table, CitationRows(store));
  if (table.doc_start.size() - 1 >= options.min_supports) {
    bool ok = store::SaveToCacheSlot(slot, [&](const std::string& path) { return Save(table, path, slot.key); }).ok();
    if (saved != nullptr) *saved = ok;
  }
  return table;
}

}  // namespace

Result<CitationTable> CachedCitationRows(const store::Store& store, const CitationCacheOptions& options,
                                         bool* from_cache) {
  if (from_cache != nullptr) *from_cache = false;
  if (!options.enabled) return CitationRows(store);
  NETRA_ASSIGN_OR_RETURN(store::CacheSlot slot, store::CacheSlotFor(store, "citations", "regions-citing-laws table"));
  Result<CitationTable> cached = Restore(slot.path, slot.key);
  if (cached.ok()) {
    if (from_cache != nullptr) *from_cache = true;
    return cached;
  }
  return ComputeAndSave(store, slot, options);
}

Result<CitationCacheRefresh> RefreshCitationCache(const store::Store& store, const CitationCacheOptions& options) {
  if (!options.enabled) return CitationCacheRefresh::kSmall;
  NETRA_ASSIGN_OR_RETURN(store::StoreCounters counters, store.Counters());
  // The table's supports are those of `cites`, a part of all of them.
  if (counters.supports < options.min_supports) return CitationCacheRefresh::kSmall;
  NETRA_ASSIGN_OR_RETURN(store::CacheSlot slot, store::CacheSlotFor(store, "citations", "regions-citing-laws table"));
  if (Restore(slot.path, slot.key).ok()) return CitationCacheRefresh::kPresent;
  bool saved = false;
  NETRA_RETURN_IF_ERROR(ComputeAndSave(store, slot, options, &saved).status());
  return saved ? CitationCacheRefresh::kSaved : CitationCacheRefresh::kNotSaved;
}

}  // namespace netra::query

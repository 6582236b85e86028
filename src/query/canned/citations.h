// Which regions' actors cite which statutes, in which documents: the table
// behind `regions-citing-laws` and `co-cited-laws` (query/canned/), read
// from the store by ids.
//
// An actor is whoever `cites` a statute or `cites_article` an article of
// one. It belongs to regions by its kind: a person through the positions it
// holds (`holds_position`, `position_in`), an event where it was held
// (`held_in`), an organisation where it sits (`located_in`), a document the
// regions it is `about`. A row is a (region, statute) pair with the
// documents in which an actor of the region cites the statute, and the
// statute's articles its actors cite.
#pragma once

#include <cstdint>
#include <string>
#include <string_view>
#include <vector>

#include "core/status.h"
#include "store/store.h"

namespace netra::query {

struct CitationRow {
  store::TermId region = 0, statute = 0;
  // The row's documents: CitationTable::docs[first_doc, first_doc + num_docs),
  // in id order, distinct.
  uint32_t first_doc = 0, num_docs = 0;
  // The term ids of the cited articles (`StatuteArticle:...`), distinct, in
  // id order.
  std::vector<store::TermId> articles;
};

struct CitationTable {
  // By region term id, then statute term id: an order of ids, not of
  // names, which regions-citing-laws sorts its rows by.
  std::vector<CitationRow> rows;
  // The rows' documents (CitationRow::first_doc, num_docs), as indexes
  // into the document ids.
  std::vector<uint32_t> docs;
  std::string_view doc_id(uint32_t i) const {
    return {doc_bytes.data() + doc_start[i], doc_start[i + 1] - doc_start[i]};
  }

  // The document ids of the supports read, end to end: id i is
  // doc_bytes[doc_start[i], doc_start[i + 1]). Four bytes and the id's
  // bytes per support, where a std::string each cost 32 and a heap block.
  std::string doc_bytes;
  std::vector<uint32_t> doc_start = {0};
};

struct CitationOptions {
  // The walk over the supports of `cites` is cut into slices of actor ids
  // read side by side, one per thread: at most `threads` of them (0: one
  // per core), of `min_triples_per_slice` `cites` triples at least (as
  // the store estimates them). The scan of `cites_article` is cut likewise,
  // into ranges of articles, when it is large.
  size_t threads = 0;
  size_t min_triples_per_slice = 4096;
};

// Reads the table: one scan of the supports of `cites` (the provenance keys
// lead with the predicate), which gives the citing actors, their statutes
// and documents at once; one index scan of `cites_article`; the kinds of
// the actors; one scan of each membership predicate the actors' kinds need
// (query/canned/membership.h). The table does not depend on the options.
Result<CitationTable> CitationRows(const store::Store& store, const CitationOptions& options = {});

struct CitationCacheOptions {
  bool enabled = true;
  // Tables of fewer supports are not saved: they are computed in a
  // fraction of a second, and a file would only clutter the store's folder.
  size_t min_supports = 100'000;
};

// CitationRows through the store's cache (derived_cache.h): the table of a
// store version is computed once and read back by later questions, whose
// filters (region, statute, dates) all apply to the same table. A file that
// cannot be read or written is passed over. `from_cache` (optional): the
// table was read from a file.
Result<CitationTable> CachedCitationRows(const store::Store& store, const CitationCacheOptions& options = {},
                                         bool* from_cache = nullptr);

// What RefreshCitationCache found and did.
enum class CitationCacheRefresh {
  kSmall,     // the store has fewer supports than min_supports: nothing read
  kPresent,   // the table of this version was saved already
  kSaved,     // the table was computed and saved
  kNotSaved,  // computed, but too small to keep, or the file could not be written
};

// For a command that has just written to the store: computes and saves the
// table of the store's new version unless it is saved already, so that the
// first question after the write reads it as well instead of paying for
// computing it (seconds at a million articles; a write to such a store
// takes minutes, or seconds for a few documents). A store with fewer
// supports in all than `min_supports` is passed over without reading
// anything. Disabled options: kSmall.
Result<CitationCacheRefresh> RefreshCitationCache(const store::Store& store, const CitationCacheOptions& options = {});

}  // namespace netra::query

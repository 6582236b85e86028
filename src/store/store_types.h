// Plain value types of the store API; include store/store.h instead.
#pragma once

#include <cstdint>
#include <map>
#include <optional>
#include <string>
#include <vector>

#include "model/term.h"

namespace netra::store {

struct OpenOptions {
  // Open as a reader: a RocksDB secondary instance that works while another
  // process holds the store for writing. It sees one consistent committed
  // state, as of Open or of the last Refresh, and never modifies the store
  // folder (its own files go to a temporary folder, removed when it closes).
  bool read_only = false;
  // Create the store if `dir` does not exist or is an empty folder.
  bool create_if_missing = true;
  // Tune this session for a first big load through WriteDocuments: no
  // automatic compactions, large memtables. Call Compact() when done.
  bool bulk_load = false;
  // fsync the WAL on every WriteDocuments/Forget. The WAL is always on, so a
  // killed process loses nothing either way; this protects against power loss.
  bool sync_writes = true;
  // Bytes of decompressed blocks kept in memory, in one cache every column
  // family shares (and every Store of the process opened with the same
  // size, so that a Refresh starts warm); 0: RocksDB's default, a few MB
  // per column family. For a process that answers many questions (`netra
  // shell`): a second question over the same part of the store then reads
  // memory, not the files, and decompresses nothing. The cache fills only
  // as blocks are read.
  size_t block_cache_bytes = 0;
  // Read table files through mmap (store_internal.cpp says why). A process
  // that reads most of a big store once turns it off: every page it maps
  // stays in its resident memory until it exits, a few hundred MB per
  // 100k articles of a whole-store export.
  bool mmap_reads = true;
};

// The facts of one document. REQUIRES: every fact's provenance.document ==
// doc_id, and doc_id is not empty.
struct DocumentFacts {
  std::string doc_id;
  uint64_t content_hash = 0;
  std::string metadata;  // opaque to the store (e.g. JSON), returned verbatim
  std::vector<model::Fact> facts;
  // The document's original bytes, into which the facts' spans point, kept
  // (compressed) for Store::DocumentText; nullopt: not known (a fact file),
  // and a text stored for an earlier version of the document is dropped.
  std::optional<std::string> text = std::nullopt;  // (a default: aggregate inits may leave it out)
};

enum class DocOutcome { kNew, kChanged, kUnchanged };

// What one write call did. Triple counts are net: a triple retracted and
// re-added within one call counts as neither.
struct WriteCounters {
  uint64_t docs_new = 0, docs_changed = 0, docs_unchanged = 0, docs_forgotten = 0;
  uint64_t triples_added = 0, triples_removed = 0;
};

// The counters kept in the meta column family, exact and cheap to read.
struct StoreCounters {
  uint64_t documents = 0;
  uint64_t triples = 0;
  uint64_t supports = 0;  // (triple, document) pairs
};

struct StoreStats {
  uint64_t documents = 0;
  uint64_t triples = 0;
  uint64_t supports = 0;  // (triple, document) pairs
  uint64_t spans = 0;     // provenance records (a document may state a triple twice)
  uint64_t terms = 0;     // dictionary entries, including ones no triple uses any more
  // Distinct entities used as subject or object, by the prefix of their id:
  // `Region:16.73` counts under "Region"; an id without ':' under "".
  std::map<std::string, uint64_t> entities_by_type;
  // Triples by predicate, keyed by the predicate's Term::ToString().
  std::map<std::string, uint64_t> triples_by_predicate;
  uint64_t bytes_on_disk = 0;  // all files in the store folder
};

}  // namespace netra::store

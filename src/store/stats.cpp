// Store::ComputeStats: one scan of every column family.
#include <filesystem>
#include <string_view>
#include <system_error>
#include <unordered_map>

#include "core/id_map.h"
#include "store/record_codec.h"
#include "store/store_internal.h"

namespace netra::store {

namespace {

uint64_t FolderBytes(const std::string& dir) {
  namespace fs = std::filesystem;
  uint64_t bytes = 0;
  std::error_code ec;
  for (fs::recursive_directory_iterator it(dir, ec), end; !ec && it != end; it.increment(ec)) {
    std::error_code size_ec;
    if (it->is_regular_file(size_ec)) {
      uintmax_t size = it->file_size(size_ec);
      if (!size_ec) bytes += size;
    }
  }
  return bytes;
}

Status CountKeys(const ReadView& view, Cf cf, uint64_t* n) {
  *n = 0;
  return view.Scan(cf, "", [&](std::string_view, std::string_view) {
    ++*n;
    return true;
  });
}

}  // namespace

Result<StoreStats> Store::ComputeStats() const {
  ReadView view(*impl_);
  StoreStats stats;
  NETRA_RETURN_IF_ERROR(CountKeys(view, kDocs, &stats.documents));
  NETRA_RETURN_IF_ERROR(CountKeys(view, kDict, &stats.terms));

  // Subjects and objects, each once (four million at a million articles:
  // a flat map, and their types read from the dictionary in one sorted
  // pass, not one point read and a cached Term each).
  IdMap nodes;
  std::vector<TermId> node_ids;
  std::unordered_map<TermId, uint64_t> by_predicate;
  Status inner;
  NETRA_RETURN_IF_ERROR(view.Scan(kSpo, "", [&](std::string_view key, std::string_view) {
    TripleIds t;
    if (!DecodeTripleKey(key, IndexOrder::kSpo, &t)) {
      inner = Status::Corruption("malformed key in spo");
      return false;
    }
    ++stats.triples;
    for (TermId id : {t.s, t.o}) {
      if (nodes.Insert(id, 0).second) node_ids.push_back(id);
    }
    ++by_predicate[t.p];
    return true;
  }));
  NETRA_RETURN_IF_ERROR(inner);

  NETRA_RETURN_IF_ERROR(view.Scan(kProv, "", [&](std::string_view key, std::string_view value) {
    if (key.size() == kTripleKeyBytes) return true;  // a count key
    ++stats.supports;
    uint64_t spans = 0;
    if (!GetVarint64(&value, &spans)) {
      inner = Status::Corruption("malformed support");
      return false;
    }
    stats.spans += spans;
    return true;
  }));
  NETRA_RETURN_IF_ERROR(inner);

  NETRA_RETURN_IF_ERROR(ReadTermBytes(node_ids, [&](size_t, std::string_view encoded) {
    model::TermKind kind;
    std::string_view id;
    if (model::Term::DecodeView(encoded, &kind, &id) && kind == model::TermKind::kEntity) {
      ++stats.entities_by_type[std::string(model::Term::EntityTypeOf(id))];
    }
  }));
  TermReader terms(view);
  for (const auto& [id, n] : by_predicate) {
    NETRA_ASSIGN_OR_RETURN(const model::Term* term, terms.Get(id));
    stats.triples_by_predicate[term->ToString()] += n;
  }
  stats.bytes_on_disk = FolderBytes(impl_->dir);
  return stats;
}

}  // namespace netra::store

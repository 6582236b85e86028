// Layout of the cache file, in sections of core/checked_file.h:
//
//   the head (checked_file.h: "netra-supports\n", format 1, byte-order
//   mark, key), u64 entities, u64 id x entities (ascending),
//   u32 support x entities, u64 checksum.
#include "export/support_table.h"

#include <algorithm>
#include <filesystem>
#include <numeric>
#include <string>
#include <string_view>

#include "core/checked_file.h"
#include "core/id_map.h"
#include "store/derived_cache.h"

namespace netra::exporter {

using store::TermId;
using store::TripleIds;

struct SupportTableFile {
  static constexpr FileHead kHead{"netra-supports\n", 1};

  static Status Save(const SupportTable& t, const std::string& path, std::string_view key) {
    return WriteCheckedFile(path, [&](CheckedWriter* w) {
      PutHead(w, kHead, key);
      w->PutU64(t.ids_.size());
      w->PutVector(t.ids_);
      w->PutVector(t.counts_);
    });
  }

  static Result<SupportTable> Restore(const std::string& path, std::string_view key) {
    std::string bytes;
    NETRA_RETURN_IF_ERROR(ReadWholeFile(path, &bytes));
    CheckedReader r(bytes);
    NETRA_RETURN_IF_ERROR(TakeHead(&r, kHead, key, path));
    uint64_t n = 0;
    SupportTable t;
    if (!r.TakeU64(&n) || !r.TakeVector(n, &t.ids_) || !r.TakeVector(n, &t.counts_) || !r.TakeChecksum()) {
      return Status::Corruption("support table file " + path + ": truncated or damaged");
    }
    if (!std::is_sorted(t.ids_.begin(), t.ids_.end())) {
      return Status::Corruption("support table file " + path + ": ids out of order");
    }
    return t;
  }
};

Result<SupportTable> SupportTable::Compute(const store::Store& store) {
  // Which objects are entities: each distinct object once, in one
  // dictionary pass (an id says nothing of its term's kind).
  IdMap object_index;
  std::vector<TermId> objects;
  NETRA_RETURN_IF_ERROR(store.ForEachDocumentTriples([&](std::string_view, const std::vector<TripleIds>& triples) {
    for (const TripleIds& t : triples) {
      if (object_index.Insert(t.o, static_cast<uint32_t>(objects.size())).second) objects.push_back(t.o);
    }
  }));
  std::vector<char> is_entity(objects.size(), 0);
  NETRA_RETURN_IF_ERROR(store.ReadTermBytes(objects, [&](size_t i, std::string_view encoded) {
    is_entity[i] = !encoded.empty() && encoded[0] == static_cast<char>(model::TermKind::kEntity);
  }));
  std::vector<TermId>().swap(objects);

  // Each document adds one to every entity its entity-to-entity facts link.
  SupportTable t;
  IdMap entity_index;
  std::vector<TermId> linked;
  NETRA_RETURN_IF_ERROR(store.ForEachDocumentTriples([&](std::string_view, const std::vector<TripleIds>& triples) {
    linked.clear();
    for (const TripleIds& f : triples) {
      if (!is_entity[*object_index.Find(f.o)]) continue;
      linked.push_back(f.s);
      linked.push_back(f.o);
    }
    std::sort(linked.begin(), linked.end());
    linked.erase(std::unique(linked.begin(), linked.end()), linked.end());
    for (TermId id : linked) {
      auto [k, inserted] = entity_index.Insert(id, static_cast<uint32_t>(t.ids_.size()));
      if (inserted) {
        t.ids_.push_back(id);
        t.counts_.push_back(0);
      }
      ++t.counts_[k];
    }
  }));

  return t.SortedById();
}

SupportTable SupportTable::FromCounts(const std::vector<TermId>& ids, const std::vector<uint64_t>& counts) {
  SupportTable t;
  for (size_t k = 0; k < ids.size(); ++k) {
    if (counts[k] == 0) continue;
    t.ids_.push_back(ids[k]);
    t.counts_.push_back(static_cast<uint32_t>(counts[k]));
  }
  return t.SortedById();
}

SupportTable SupportTable::SortedById() const {
  std::vector<uint32_t> order(ids_.size());
  std::iota(order.begin(), order.end(), 0);
  std::sort(order.begin(), order.end(), [&](uint32_t a, uint32_t b) { return ids_[a] < ids_[b]; });
  SupportTable sorted;
  sorted.ids_.reserve(order.size());
  sorted.counts_.reserve(order.size());
  for (uint32_t k : order) {
    sorted.ids_.push_back(ids_[k]);
    sorted.counts_.push_back(counts_[k]);
  }
  return sorted;
}

uint64_t SupportTable::Of(TermId entity) const {
  auto it = std::lower_bound(ids_.begin(), ids_.end(), entity);
  if (it == ids_.end() || *it != entity) return 0;
  return counts_[static_cast<size_t>(it - ids_.begin())];
}

namespace {

Result<store::CacheSlot> Slot(const store::Store& store) {
  return store::CacheSlotFor(store, "supports", "entity support table");
}

// A folder that cannot be written leaves the table to be computed again.
void Save(const store::CacheSlot& slot, const SupportTable& table) {
  (void)store::SaveToCacheSlot(slot,
                               [&](const std::string& path) { return SupportTableFile::Save(table, path, slot.key); });
}

}  // namespace

void KeepSupportTable(const store::Store& store, const SupportTable& table) {
  Result<store::CacheSlot> slot = Slot(store);
  if (!slot.ok() || std::filesystem::exists(slot->path)) return;
  Save(*slot, table);
}

Result<SupportTable> CachedSupportTable(const store::Store& store) {
  NETRA_ASSIGN_OR_RETURN(store::CacheSlot slot, Slot(store));
  Result<SupportTable> cached = SupportTableFile::Restore(slot.path, slot.key);
  if (cached.ok()) return cached;
  NETRA_ASSIGN_OR_RETURN(SupportTable table, SupportTable::Compute(store));
  Save(slot, table);
  return table;
}

}  // namespace netra::exporter

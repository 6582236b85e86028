// Projection::Save and Projection::Restore: a loaded projection as a file,
// so that a cache (projection_cache.h) can skip the index scans and the
// decoding that built it. The Boost graphs are not saved: they are rebuilt
// from the edges, which are saved in their sorted order.
//
// Layout, in this machine's byte order (the file is a cache, never moved
// between machines), in sections of core/checked_file.h:
//
//   the head (checked_file.h: "netra-projection\n", format 1, byte-order
//   mark, key: what the projection is of, projection_cache.cpp),
//   u64 vertices, u64 predicates, u64 edges, u64 id bytes, u64 name bytes,
//   u64 term id x vertices, u8 named x vertices, u64 id end x vertices,
//   id bytes (the vertices' ids end to end),
//   u64 term id x predicates, u64 name end x predicates, name bytes,
//   3 x u32 (source, target, predicate) x edges,
//   u64 checksum of every section before it, in order.
#include <memory>
#include <string>
#include <string_view>

#include "core/checked_file.h"
#include "graph/projection.h"

namespace netra::graph {

namespace {

constexpr FileHead kHead{"netra-projection\n", 1};

// Ends of strings laid end to end: end[i] is where string i stops.
template <typename Strings>
std::vector<uint64_t> EndsOf(const Strings& strings, std::string* bytes) {
  std::vector<uint64_t> ends;
  ends.reserve(strings.size());
  for (const std::string& s : strings) {
    bytes->append(s);
    ends.push_back(bytes->size());
  }
  return ends;
}

bool SplitEnds(const std::vector<uint64_t>& ends, std::string_view bytes, std::vector<std::string>* out) {
  out->clear();
  out->reserve(ends.size());
  uint64_t begin = 0;
  for (uint64_t end : ends) {
    if (end < begin || end > bytes.size()) return false;
    out->emplace_back(bytes.substr(begin, end - begin));
    begin = end;
  }
  return begin == bytes.size();
}

}  // namespace

Status Projection::Save(const std::string& path, std::string_view key) const {
  std::string ids, names;
  std::vector<uint64_t> id_ends = EndsOf(ids_, &ids);
  std::vector<uint64_t> name_ends = EndsOf(predicates_, &names);
  static_assert(sizeof(Edge) == 3 * sizeof(uint32_t));
  return WriteCheckedFile(path, [&](CheckedWriter* w) {
    PutHead(w, kHead, key);
    for (uint64_t n : {ids_.size(), predicates_.size(), edges_.size(), ids.size(), names.size()}) w->PutU64(n);
    w->PutVector(term_ids_);
    w->PutVector(named_);
    w->PutVector(id_ends);
    w->Put(ids.data(), ids.size());
    w->PutVector(predicate_term_ids_);
    w->PutVector(name_ends);
    w->Put(names.data(), names.size());
    w->PutVector(edges_);
  });
}

Result<std::unique_ptr<Projection>> Projection::Restore(const std::string& path, std::string_view key) {
  std::string bytes;
  NETRA_RETURN_IF_ERROR(ReadWholeFile(path, &bytes));
  auto damaged = [&](const char* what) { return Status::Corruption("projection file " + path + ": " + what); };

  CheckedReader r(bytes);
  NETRA_RETURN_IF_ERROR(TakeHead(&r, kHead, key, path));
  uint64_t vertices = 0, predicates = 0, edges = 0, id_bytes = 0, name_bytes = 0;
  for (uint64_t* n : {&vertices, &predicates, &edges, &id_bytes, &name_bytes}) {
    if (!r.TakeU64(n)) return damaged("truncated counts");
  }
  if (vertices > UINT32_MAX || predicates > UINT32_MAX) return damaged("impossible counts");
  std::unique_ptr<Projection> p(new Projection());
  std::vector<uint64_t> id_ends, name_ends;
  std::string_view ids, names;
  if (!r.TakeVector(vertices, &p->term_ids_) || !r.TakeVector(vertices, &p->named_) ||
      !r.TakeVector(vertices, &id_ends) || !r.Take(id_bytes, &ids) ||
      !r.TakeVector(predicates, &p->predicate_term_ids_) || !r.TakeVector(predicates, &name_ends) ||
      !r.Take(name_bytes, &names) || !r.TakeVector(edges, &p->edges_)) {
    return damaged("truncated");
  }
  if (!r.TakeChecksum()) return damaged("checksum mismatch, or bytes missing or left over");
  if (!SplitEnds(id_ends, ids, &p->ids_) || !SplitEnds(name_ends, names, &p->predicates_)) {
    return damaged("bad string ends");
  }
  for (const Edge& e : p->edges_) {
    if (e.source >= vertices || e.target >= vertices || e.predicate >= predicates) return damaged("edge out of range");
  }
  p->index_ = IdMap(p->term_ids_.size());
  for (uint32_t v = 0; v < p->term_ids_.size(); ++v) p->index_.Insert(p->term_ids_[v], v);
  p->BuildGraphs();
  return p;
}

}  // namespace netra::graph

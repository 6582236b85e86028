// Key encodings of the store (schema/store_layout.md): term ids, triple keys
// of the three index orders, scan prefixes for triple patterns, and the
// provenance keys. Pure functions, no RocksDB.
//
// A triple key is three 8-byte big-endian term ids in the order of its index,
// so byte order is id order and every triple pattern is a prefix scan of one
// index: `(s ? o)` is the prefix `o s` of OSP, `(? p ?)` the prefix `p` of POS.
#pragma once

#include <compare>
#include <cstddef>
#include <cstdint>
#include <optional>
#include <string>
#include <string_view>

namespace netra::store {

// The dictionary id of a term: HashTerm(term.Encode()) (term_hash.h).
using TermId = uint64_t;

inline constexpr size_t kIdBytes = 8;
inline constexpr size_t kTripleKeyBytes = 3 * kIdBytes;

// A triple as term ids, in subject, predicate, object order whatever the index.
struct TripleIds {
  TermId s = 0;
  TermId p = 0;
  TermId o = 0;
  auto operator<=>(const TripleIds&) const = default;
};

// The three permutations. Persisted in the layout (column family names):
// DO NOT renumber.
enum class IndexOrder : uint8_t { kSpo = 0, kPos = 1, kOsp = 2 };

void PutFixed64BE(std::string* dst, uint64_t value);
// REQUIRES: at least 8 readable bytes at `p`.
uint64_t DecodeFixed64BE(const char* p);

// LEB128 varints, as in LevelDB.
void PutVarint64(std::string* dst, uint64_t value);
// Consumes a varint from the front of `in`; false if truncated or too long.
bool GetVarint64(std::string_view* in, uint64_t* value);
// A varint length followed by the bytes.
void PutLengthPrefixed(std::string* dst, std::string_view bytes);
bool GetLengthPrefixed(std::string_view* in, std::string_view* bytes);

// The 24-byte key of `t` in the index `order`.
std::string EncodeTripleKey(const TripleIds& t, IndexOrder order);
// The same key, appended to `dst` (for writers that reuse one buffer).
void AppendTripleKey(std::string* dst, const TripleIds& t, IndexOrder order);
// Inverse of EncodeTripleKey. False unless key is exactly 24 bytes.
bool DecodeTripleKey(std::string_view key, IndexOrder order, TripleIds* t);

// How to scan for a pattern: the index and the key prefix (0, 8, 16 or 24
// bytes) that every matching key starts with. Std::nullopt = variable.
struct ScanPlan {
  IndexOrder order = IndexOrder::kSpo;
  std::string prefix;
};
ScanPlan PlanScan(std::optional<TermId> s, std::optional<TermId> p, std::optional<TermId> o);

// Provenance column family. The count key of a triple is `P S O` (its ids
// with the predicate first, so that one predicate's supports are one
// stretch of keys); its supports follow it, one per document: `P S O` +
// document id. So one prefix scan from the count key yields the count and
// then the supports in document order. REQUIRES: doc_id is not empty.
std::string EncodeCountKey(const TripleIds& t);
std::string EncodeSupportKey(const TripleIds& t, std::string_view doc_id);
// The same keys, appended to `dst`.
void AppendCountKey(std::string* dst, const TripleIds& t);
void AppendSupportKey(std::string* dst, const TripleIds& t, std::string_view doc_id);
// Splits a provenance key; `doc_id` is empty for a count key. False if the
// key is shorter than 24 bytes.
bool DecodeProvenanceKey(std::string_view key, TripleIds* t, std::string_view* doc_id);
// The order of the count keys: by predicate, subject, object.
bool ProvenanceOrderLess(const TripleIds& a, const TripleIds& b);

}  // namespace netra::store

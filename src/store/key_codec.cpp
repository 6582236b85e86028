#include "store/key_codec.h"

#include <tuple>

namespace netra::store {

void PutFixed64BE(std::string* dst, uint64_t value) {
  char buf[8];
  for (int i = 7; i >= 0; --i) {
    buf[i] = static_cast<char>(value & 0xff);
    value >>= 8;
  }
  dst->append(buf, 8);
}

uint64_t DecodeFixed64BE(const char* p) {
  uint64_t value = 0;
  for (int i = 0; i < 8; ++i) value = (value << 8) | static_cast<unsigned char>(p[i]);
  return value;
}

void PutVarint64(std::string* dst, uint64_t value) {
  while (value >= 0x80) {
    dst->push_back(static_cast<char>((value & 0x7f) | 0x80));
    value >>= 7;
  }
  dst->push_back(static_cast<char>(value));
}

bool GetVarint64(std::string_view* in, uint64_t* value) {
  uint64_t result = 0;
  for (size_t i = 0; i < in->size() && i < 10; ++i) {
    auto byte = static_cast<unsigned char>((*in)[i]);
    result |= static_cast<uint64_t>(byte & 0x7f) << (7 * i);
    if ((byte & 0x80) == 0) {
      *value = result;
      in->remove_prefix(i + 1);
      return true;
    }
  }
  return false;
}

void PutLengthPrefixed(std::string* dst, std::string_view bytes) {
  PutVarint64(dst, bytes.size());
  dst->append(bytes);
}

bool GetLengthPrefixed(std::string_view* in, std::string_view* bytes) {
  uint64_t size = 0;
  if (!GetVarint64(in, &size) || size > in->size()) return false;
  *bytes = in->substr(0, size);
  in->remove_prefix(size);
  return true;
}

namespace {

// Positions of s, p, o in a key of each order: SPO = (0,1,2), POS = (2,0,1)
// meaning s sits third, p first, o second; OSP = (1,2,0).
struct Slots {
  int s, p, o;
};
Slots SlotsOf(IndexOrder order) {
  switch (order) {
    case IndexOrder::kSpo: return {0, 1, 2};
    case IndexOrder::kPos: return {2, 0, 1};
    case IndexOrder::kOsp: return {1, 2, 0};
  }
  return {0, 1, 2};
}

}  // namespace

void AppendTripleKey(std::string* dst, const TripleIds& t, IndexOrder order) {
  TermId ids[3];
  Slots slots = SlotsOf(order);
  ids[slots.s] = t.s;
  ids[slots.p] = t.p;
  ids[slots.o] = t.o;
  for (TermId id : ids) PutFixed64BE(dst, id);
}

std::string EncodeTripleKey(const TripleIds& t, IndexOrder order) {
  std::string key;
  key.reserve(kTripleKeyBytes);
  AppendTripleKey(&key, t, order);
  return key;
}

bool DecodeTripleKey(std::string_view key, IndexOrder order, TripleIds* t) {
  if (key.size() != kTripleKeyBytes) return false;
  Slots slots = SlotsOf(order);
  t->s = DecodeFixed64BE(key.data() + kIdBytes * slots.s);
  t->p = DecodeFixed64BE(key.data() + kIdBytes * slots.p);
  t->o = DecodeFixed64BE(key.data() + kIdBytes * slots.o);
  return true;
}

ScanPlan PlanScan(std::optional<TermId> s, std::optional<TermId> p, std::optional<TermId> o) {
  // Pick the order whose leading positions are exactly the bound ones.
  ScanPlan plan;
  if (s && !p && o) {
    plan.order = IndexOrder::kOsp;
  } else if (!s && p) {
    plan.order = IndexOrder::kPos;
  } else if (!s && !p && o) {
    plan.order = IndexOrder::kOsp;
  } else {
    plan.order = IndexOrder::kSpo;  // (s p o), (s p ?), (s ? ?), (? ? ?)
  }
  std::optional<TermId> in_order[3];
  Slots slots = SlotsOf(plan.order);
  in_order[slots.s] = s;
  in_order[slots.p] = p;
  in_order[slots.o] = o;
  for (const auto& id : in_order) {
    if (!id) break;
    PutFixed64BE(&plan.prefix, *id);
  }
  return plan;
}

// Provenance keys lead with the predicate (P S O): the supports of one
// predicate are one stretch of `prov`, so a question about one relation
// (who cites which statute, in which articles) reads that stretch and not
// a seek per subject across all of them.
std::string EncodeCountKey(const TripleIds& t) {
  std::string key;
  AppendCountKey(&key, t);
  return key;
}

void AppendCountKey(std::string* dst, const TripleIds& t) {
  PutFixed64BE(dst, t.p);
  PutFixed64BE(dst, t.s);
  PutFixed64BE(dst, t.o);
}

std::string EncodeSupportKey(const TripleIds& t, std::string_view doc_id) {
  std::string key;
  AppendSupportKey(&key, t, doc_id);
  return key;
}

void AppendSupportKey(std::string* dst, const TripleIds& t, std::string_view doc_id) {
  AppendCountKey(dst, t);
  dst->append(doc_id);
}

bool DecodeProvenanceKey(std::string_view key, TripleIds* t, std::string_view* doc_id) {
  if (key.size() < kTripleKeyBytes) return false;
  t->p = DecodeFixed64BE(key.data());
  t->s = DecodeFixed64BE(key.data() + kIdBytes);
  t->o = DecodeFixed64BE(key.data() + 2 * kIdBytes);
  *doc_id = key.substr(kTripleKeyBytes);
  return true;
}

bool ProvenanceOrderLess(const TripleIds& a, const TripleIds& b) {
  return std::tie(a.p, a.s, a.o) < std::tie(b.p, b.s, b.o);
}

}  // namespace netra::store

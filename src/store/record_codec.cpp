#include "store/record_codec.h"

#include <bit>
#include <tuple>

namespace netra::store {

bool SpanLess(const Span& a, const Span& b) {
  return std::forward_as_tuple(a.begin, a.end, a.extractor, std::bit_cast<uint32_t>(a.confidence)) <
         std::forward_as_tuple(b.begin, b.end, b.extractor, std::bit_cast<uint32_t>(b.confidence));
}

// varint count, then per span: varint begin, varint end, length-prefixed
// extractor, confidence as the 4 big-endian bytes of its IEEE-754 bits.
void AppendSpans(std::string* out, const Span* spans, size_t count) {
  PutVarint64(out, count);
  for (const Span* span = spans; span != spans + count; ++span) {
    PutVarint64(out, span->begin);
    PutVarint64(out, span->end);
    PutLengthPrefixed(out, span->extractor);
    uint32_t bits = std::bit_cast<uint32_t>(span->confidence);
    for (int shift = 24; shift >= 0; shift -= 8) out->push_back(static_cast<char>((bits >> shift) & 0xff));
  }
}

std::string EncodeSpans(const std::vector<Span>& spans) {
  std::string out;
  AppendSpans(&out, spans.data(), spans.size());
  return out;
}

namespace {

bool GetU32(std::string_view* in, uint32_t* value) {
  uint64_t v = 0;
  if (!GetVarint64(in, &v) || v > UINT32_MAX) return false;
  *value = static_cast<uint32_t>(v);
  return true;
}

}  // namespace

bool DecodeSpans(std::string_view value, std::vector<Span>* spans) {
  spans->clear();
  uint64_t n = 0;
  if (!GetVarint64(&value, &n) || n > value.size()) return false;
  for (uint64_t i = 0; i < n; ++i) {
    Span span;
    std::string_view extractor;
    if (!GetU32(&value, &span.begin) || !GetU32(&value, &span.end) || !GetLengthPrefixed(&value, &extractor) ||
        value.size() < 4) {
      return false;
    }
    span.extractor = std::string(extractor);
    uint32_t bits = 0;
    for (int i2 = 0; i2 < 4; ++i2) bits = (bits << 8) | static_cast<unsigned char>(value[i2]);
    value.remove_prefix(4);
    span.confidence = std::bit_cast<float>(bits);
    spans->push_back(std::move(span));
  }
  return value.empty();
}

Span SpanOf(const model::Provenance& p) { return Span{p.begin, p.end, p.extractor, p.confidence}; }

model::Provenance ProvenanceOf(std::string_view doc_id, const Span& span) {
  return model::Provenance{std::string(doc_id), span.begin, span.end, span.extractor, span.confidence};
}

// 8-byte big-endian hash, length-prefixed metadata, varint count, then the
// triples as 24-byte SPO keys.
std::string EncodeDocRecord(const DocRecord& record) {
  std::string out;
  AppendDocRecord(&out, record);
  return out;
}

void AppendDocRecord(std::string* out, const DocRecord& record) {
  PutFixed64BE(out, record.content_hash);
  PutLengthPrefixed(out, record.metadata);
  PutVarint64(out, record.triples.size());
  for (const TripleIds& t : record.triples) AppendTripleKey(out, t, IndexOrder::kSpo);
}

bool DecodeDocHash(std::string_view value, uint64_t* content_hash) {
  if (value.size() < 8) return false;
  *content_hash = DecodeFixed64BE(value.data());
  return true;
}

bool DecodeDocHeader(std::string_view value, uint64_t* content_hash, std::string_view* metadata) {
  if (!DecodeDocHash(value, content_hash)) return false;
  value.remove_prefix(8);
  return GetLengthPrefixed(&value, metadata);
}

bool DecodeDocRecord(std::string_view value, DocRecord* record) {
  if (!DecodeDocHash(value, &record->content_hash)) return false;
  value.remove_prefix(8);
  std::string_view metadata;
  uint64_t n = 0;
  if (!GetLengthPrefixed(&value, &metadata) || !GetVarint64(&value, &n)) return false;
  if (value.size() != n * kTripleKeyBytes) return false;
  record->metadata = std::string(metadata);
  record->triples.resize(n);
  for (uint64_t i = 0; i < n; ++i) {
    DecodeTripleKey(value.substr(i * kTripleKeyBytes, kTripleKeyBytes), IndexOrder::kSpo, &record->triples[i]);
  }
  return true;
}

std::string EncodeCount(uint64_t n) {
  std::string out;
  PutFixed64BE(&out, n);
  return out;
}

bool DecodeCount(std::string_view value, uint64_t* n) {
  if (value.size() != 8) return false;
  *n = DecodeFixed64BE(value.data());
  return true;
}

}  // namespace netra::store

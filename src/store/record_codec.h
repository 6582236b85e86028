// Value encodings of the store (schema/store_layout.md): the spans of one
// support, a document record, a support count. Pure functions, no RocksDB.
#pragma once

#include <cstdint>
#include <string>
#include <string_view>
#include <vector>

#include "model/term.h"
#include "store/key_codec.h"

namespace netra::store {

// One place a document states a triple: a Provenance without the document
// (which is in the key).
struct Span {
  uint32_t begin = 0;
  uint32_t end = 0;
  std::string extractor;
  float confidence = 1.0f;
};

// Canonical order of spans: begin, end, extractor, then the confidence's bits
// (a total order even for NaN). Both write paths sort with it, so the value
// bytes do not depend on the order facts arrived in.
bool SpanLess(const Span& a, const Span& b);

// REQUIRES: `spans` sorted by SpanLess.
std::string EncodeSpans(const std::vector<Span>& spans);
// The same bytes for spans[0, count), appended to `out`.
void AppendSpans(std::string* out, const Span* spans, size_t count);
bool DecodeSpans(std::string_view value, std::vector<Span>* spans);

Span SpanOf(const model::Provenance& p);
model::Provenance ProvenanceOf(std::string_view doc_id, const Span& span);

// The documents column family's value: what the document is and every triple
// it supports, so that it can be retracted without a scan.
struct DocRecord {
  uint64_t content_hash = 0;
  std::string metadata;
  std::vector<TripleIds> triples;  // sorted, distinct
};

std::string EncodeDocRecord(const DocRecord& record);
// The same bytes, appended to `out`.
void AppendDocRecord(std::string* out, const DocRecord& record);
bool DecodeDocRecord(std::string_view value, DocRecord* record);
// Just the hash: the prefix of the record (IsUnchanged reads only this).
bool DecodeDocHash(std::string_view value, uint64_t* content_hash);
// The hash and the metadata, without the triples.
bool DecodeDocHeader(std::string_view value, uint64_t* content_hash, std::string_view* metadata);

// A support count and the meta counters: 8 bytes big-endian.
std::string EncodeCount(uint64_t n);
bool DecodeCount(std::string_view value, uint64_t* n);

}  // namespace netra::store

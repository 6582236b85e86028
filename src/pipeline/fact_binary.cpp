// Binary fact files (fact_binary.h, docs/fact_format.md).
//
// Why a string table per record rather than one per file or per batch of
// records: a record then stands alone. A reader can check, skip or decode
// it without the records before it (the first pass of a load reads only
// ids), a damaged record loses only its own document, and files written by
// separate workers can be concatenated as they are. What it costs: a term
// used by many documents (a predicate, a region) is spelled once per
// document rather than once per file, which is a small part of a record
// beside the document's text.
#include "pipeline/fact_binary.h"

#include <algorithm>
#include <cstdlib>
#include <cstring>
#include <unordered_map>
#include <vector>

#include "core/check.h"
#include "core/crc32c.h"

namespace netra::pipeline {

namespace {

constexpr char kDocumentTag = 'D';
constexpr size_t kFramingBytes = 9;  // tag, length, checksum
// A record's payload is read in steps of at most this much, so that a
// damaged length field meets the end of the file instead of asking for
// gigabytes of memory up front.
constexpr size_t kReadStep = 64 << 20;

// The object kinds of a fact, as stored: DO NOT renumber (they are the
// bytes of files). The same numbers as model::TermKind, spelled out so that
// a change there cannot silently change the format.
enum class ObjectKind : uint8_t { kEntity = 1, kString = 2, kInteger = 3, kDate = 4 };

void PutFixed32(uint32_t v, std::string* out) {
  char b[4];
  std::memcpy(b, &v, 4);  // the format is little-endian, as is every machine netra builds on
  out->append(b, 4);
}

void PutFixed64(uint64_t v, std::string* out) {
  char b[8];
  std::memcpy(b, &v, 8);
  out->append(b, 8);
}

void PutVarint(uint64_t v, std::string* out) {
  char b[10];
  size_t n = 0;
  for (; v >= 0x80; v >>= 7) b[n++] = static_cast<char>(v | 0x80);
  b[n++] = static_cast<char>(v);
  out->append(b, n);
}

void PutString(std::string_view s, std::string* out) {
  PutVarint(s.size(), out);
  out->append(s);
}

uint64_t ZigZag(int64_t v) { return (static_cast<uint64_t>(v) << 1) ^ static_cast<uint64_t>(v >> 63); }
int64_t UnZigZag(uint64_t v) { return static_cast<int64_t>(v >> 1) ^ -static_cast<int64_t>(v & 1); }

uint32_t GetFixed32(const char* p) {
  uint32_t v;
  std::memcpy(&v, p, 4);
  return v;
}

// The strings of one record, each given an index the first time it is seen.
// One per worker thread, emptied per record, so that its memory is reused.
class StringTable {
 public:
  uint32_t IndexOf(std::string_view s) {
    auto [it, added] = index_.try_emplace(s, static_cast<uint32_t>(strings_.size()));
    if (added) strings_.push_back(s);
    return it->second;
  }
  const std::vector<std::string_view>& strings() const { return strings_; }
  void Clear() {
    index_.clear();
    strings_.clear();
  }

 private:
  std::unordered_map<std::string_view, uint32_t> index_;
  std::vector<std::string_view> strings_;
};

// Reads the fields of a payload in order; the first field that does not
// fit (or breaks a rule) leaves an error, after which every read yields
// zeroes, so a decoder checks once at the end rather than per field.
class PayloadCursor {
 public:
  explicit PayloadCursor(std::string_view bytes) : at_(bytes.data()), end_(bytes.data() + bytes.size()) {}

  uint64_t Varint() {
    uint64_t v = 0;
    for (int shift = 0; shift < 64; shift += 7) {
      if (at_ == end_) return Fail("a number runs past the end of the record");
      auto b = static_cast<unsigned char>(*at_++);
      v |= static_cast<uint64_t>(b & 0x7F) << shift;
      if (b < 0x80) return v;
    }
    return Fail("a number is longer than ten bytes");
  }
  uint8_t Byte() {
    if (at_ == end_) return static_cast<uint8_t>(Fail("the record ends early"));
    return static_cast<uint8_t>(*at_++);
  }
  uint64_t Fixed64() {
    uint64_t v = 0;
    if (Take(8)) std::memcpy(&v, at_ - 8, 8);
    return v;
  }
  float Float() {
    float v = 0;
    if (Take(4)) std::memcpy(&v, at_ - 4, 4);
    return v;
  }
  std::string_view String() {
    uint64_t n = Varint();
    if (!Take(n)) return {};
    return {at_ - n, n};
  }
  // The record's string at the index read next.
  std::string_view StringAt(const std::vector<std::string_view>& strings) {
    uint64_t i = Varint();
    if (i < strings.size()) return strings[i];
    Fail("a string index is out of range");
    return {};
  }

  uint64_t Fail(std::string message) {
    if (error_.empty()) error_ = std::move(message);
    at_ = end_;
    return 0;
  }
  bool at_end() const { return at_ == end_; }
  const std::string& error() const { return error_; }

 private:
  bool Take(uint64_t n) {
    if (static_cast<uint64_t>(end_ - at_) < n) {
      Fail("a field runs past the end of the record");
      return false;
    }
    at_ += n;
    return true;
  }

  const char* at_;
  const char* end_;
  std::string error_;
};

void AppendFact(const model::Fact& f, StringTable* strings, std::string* out) {
  const model::Term& object = f.triple.object;
  PutVarint(strings->IndexOf(f.triple.subject.value), out);
  PutVarint(strings->IndexOf(f.triple.predicate.value), out);
  auto kind = static_cast<ObjectKind>(object.kind);
  out->push_back(static_cast<char>(kind));
  if (kind == ObjectKind::kInteger) {
    PutVarint(ZigZag(std::atoll(object.value.c_str())), out);
  } else {
    PutVarint(strings->IndexOf(object.value), out);
  }
  PutVarint(f.provenance.begin, out);
  PutVarint(f.provenance.end, out);
  PutVarint(strings->IndexOf(f.provenance.extractor), out);
  float confidence = f.provenance.confidence;
  char b[4];
  std::memcpy(b, &confidence, 4);
  out->append(b, 4);
}

Result<model::Term> ObjectOf(uint8_t kind, PayloadCursor* in, const std::vector<std::string_view>& strings) {
  switch (static_cast<ObjectKind>(kind)) {
    case ObjectKind::kInteger: return model::Term::Integer(UnZigZag(in->Varint()));
    case ObjectKind::kEntity:
    case ObjectKind::kString:
    case ObjectKind::kDate: return model::Term{static_cast<model::TermKind>(kind), std::string(in->StringAt(strings))};
  }
  return Status::BadInput("unknown object kind " + std::to_string(kind));
}

Status DecodeFacts(PayloadCursor* in, const std::vector<std::string_view>& strings, store::DocumentFacts* doc) {
  // Each fact takes 11 bytes at least: a larger count is damage, not a
  // reason to allocate.
  uint64_t n = in->Varint();
  doc->facts.clear();
  doc->facts.reserve(std::min<uint64_t>(n, 1 << 16));
  for (uint64_t i = 0; i < n && in->error().empty(); ++i) {
    model::Fact f;
    f.triple.subject = model::Term::Entity(std::string(in->StringAt(strings)));
    f.triple.predicate = model::Term::Entity(std::string(in->StringAt(strings)));
    NETRA_ASSIGN_OR_RETURN(f.triple.object, ObjectOf(in->Byte(), in, strings));
    uint64_t begin = in->Varint(), end = in->Varint();
    f.provenance.extractor = in->StringAt(strings);
    f.provenance.confidence = in->Float();
    if (!in->error().empty()) break;
    if (f.triple.subject.value.empty() || f.triple.predicate.value.empty()) {
      return Status::BadInput("empty subject or predicate");
    }
    if (begin > end || end > UINT32_MAX) return Status::BadInput("a span is not [begin, end] byte offsets");
    // (NaN fails both comparisons, so it is refused too.)
    if (!(f.provenance.confidence >= 0 && f.provenance.confidence <= 1)) {
      return Status::BadInput("a confidence is not a number in [0, 1]");
    }
    f.provenance.document = doc->doc_id;
    f.provenance.begin = static_cast<uint32_t>(begin);
    f.provenance.end = static_cast<uint32_t>(end);
    doc->facts.push_back(std::move(f));
  }
  return Status::Ok();
}

}  // namespace

void AppendBinaryFactHeader(std::string* out) {
  out->append(kFactFileMagic);
  PutFixed32(kFactFileVersion, out);
}

void AppendBinaryFactRecord(const ProcessedDocument& p, std::string* out) {
  thread_local StringTable strings;
  thread_local std::string facts;
  strings.Clear();
  facts.clear();
  for (const model::Fact& f : p.facts) {
    NETRA_CHECK(f.provenance.document == p.doc.id);  // a record holds one document's facts
    AppendFact(f, &strings, &facts);
  }
  out->push_back(kDocumentTag);
  const size_t length_at = out->size();
  PutFixed32(0, out);  // length and checksum, once the payload is known
  PutFixed32(0, out);
  const size_t payload_at = out->size();
  PutString(p.doc.id, out);
  PutFixed64(p.content_hash, out);
  PutString(DocumentMetadata(p.doc), out);
  out->push_back(1);  // the text follows (kept for `netra evidence`)
  PutString(p.doc.text, out);
  PutVarint(strings.strings().size(), out);
  for (std::string_view s : strings.strings()) PutString(s, out);
  PutVarint(p.facts.size(), out);
  out->append(facts);
  const size_t length = out->size() - payload_at;
  NETRA_CHECK(length <= UINT32_MAX);
  auto length32 = static_cast<uint32_t>(length);
  uint32_t crc = Crc32c(std::string_view(out->data() + payload_at, length));
  std::memcpy(out->data() + length_at, &length32, 4);
  std::memcpy(out->data() + length_at + 4, &crc, 4);
}

bool BinaryFactReader::Next() {
  if (!status_.ok()) return false;
  if (!started_) {
    started_ = true;
    if (!ReadHeader()) return false;
  }
  for (;;) {
    offset_ = read_;
    char tag = 0;
    if (!in_->get(tag)) return false;  // the end of the file, between records
    ++read_;
    if (tag == kFactFileMagic[0]) {
      // A file concatenated after this one: its header, then its records.
      in_->unget();
      --read_;
      if (!ReadHeader()) return false;
      continue;
    }
    in_record_ = true;  // until the record is read whole
    if (tag != kDocumentTag) {
      return Fail(offset_, "not a record (a damaged or truncated file, or bytes that are not a binary fact file)");
    }
    char framing[kFramingBytes - 1];
    if (!ReadExactly(framing, sizeof framing)) return Fail(offset_, "the file ends inside a record's header");
    const uint32_t length = GetFixed32(framing), crc = GetFixed32(framing + 4);
    payload_.clear();
    for (size_t got = 0; got < length;) {
      size_t step = std::min<size_t>(length - got, kReadStep);
      payload_.resize(got + step);
      if (!ReadExactly(payload_.data() + got, step)) {
        return Fail(offset_, "the file ends inside a record (" + std::to_string(length) + " bytes announced, " +
                                 std::to_string(got + in_->gcount()) + " there): a truncated file");
      }
      got += step;
    }
    if (Crc32c(payload_) != crc) return Fail(offset_, "a record's checksum does not match: the file is damaged");
    in_record_ = false;
    return true;
  }
}

bool BinaryFactReader::ReadHeader() {
  const uint64_t at = read_;
  char header[kFactFileHeaderBytes];
  if (!ReadExactly(header, sizeof header) || !IsBinaryFactFile(std::string_view(header, sizeof header))) {
    return Fail(at, "not the header of a binary fact file");
  }
  uint32_t version = GetFixed32(header + kFactFileMagic.size());
  if (version != kFactFileVersion) {
    return Fail(at + kFactFileMagic.size(), "binary fact file version " + std::to_string(version) +
                                                ": this netra reads version " + std::to_string(kFactFileVersion));
  }
  return true;
}

bool BinaryFactReader::ReadExactly(char* dst, size_t n) {
  in_->read(dst, static_cast<std::streamsize>(n));
  read_ += static_cast<uint64_t>(in_->gcount());
  return static_cast<size_t>(in_->gcount()) == n;
}

bool BinaryFactReader::Fail(uint64_t at, const std::string& message) {
  status_ = Status::BadInput("byte " + std::to_string(at) + ": " + message);
  return false;
}

Result<std::string_view> BinaryRecordDocumentId(std::string_view payload) {
  PayloadCursor in(payload);
  std::string_view id = in.String();
  if (!in.error().empty()) return Status::BadInput(in.error());
  if (id.empty()) return Status::BadInput("empty document id");
  return id;
}

Status DecodeBinaryFactRecord(std::string_view payload, store::DocumentFacts* doc) {
  PayloadCursor in(payload);
  doc->doc_id = in.String();
  doc->content_hash = in.Fixed64();
  doc->metadata = in.String();
  const uint8_t has_text = in.Byte();
  if (has_text > 1) in.Fail("the text flag is neither 0 nor 1");
  if (has_text == 1) {
    doc->text = std::string(in.String());
  } else {
    doc->text.reset();
  }
  // Each string takes a byte at least: a larger count is damage, not a
  // reason to allocate.
  uint64_t n_strings = in.Varint();
  if (n_strings > payload.size()) n_strings = in.Fail("the count of strings is larger than the record");
  std::vector<std::string_view> strings(n_strings);
  for (std::string_view& s : strings) s = in.String();
  if (in.error().empty() && doc->doc_id.empty()) return Status::BadInput("empty document id");
  NETRA_RETURN_IF_ERROR(DecodeFacts(&in, strings, doc));
  if (!in.error().empty()) return Status::BadInput(in.error());
  if (!in.at_end()) return Status::BadInput("bytes left over after the record's last fact");
  return Status::Ok();
}

}  // namespace netra::pipeline

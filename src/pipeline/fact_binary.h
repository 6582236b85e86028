// Binary fact files: what `netra extract --format binary` writes and
// `netra ingest --facts` / `netra sst --facts` read beside the JSONL form
// (fact_writer.h, fact_loader.h), told apart by the file's first bytes.
// The same documents and facts, without the text of JSON: a record per
// document, its strings once each, numbers as varints, a checksum per
// record. docs/fact_format.md is the specification; in short:
//
//   file    := header record*            (files may be concatenated: a
//                                         header may follow any record)
//   header  := "\x89NFACTS\n"  version:u32le
//   record  := 'D'  length:u32le  crc32c(payload):u32le  payload
//   payload := id  content_hash:u64le  metadata  has_text:u8 [text]
//              n_strings strings...  n_facts facts...
//   fact    := subject predicate kind:u8 object begin end extractor confidence:f32le
//
// where strings are a varint length and bytes, and a fact's terms and
// extractor are indexes into its record's strings (an integer object is a
// zigzag varint instead).
#pragma once

#include <cstdint>
#include <istream>
#include <string>
#include <string_view>

#include "core/status.h"
#include "pipeline/pipeline.h"
#include "store/store_types.h"

namespace netra::pipeline {

// The first bytes of every binary fact file. The first byte is not ASCII,
// so no text file (JSONL) starts with it; the "\n" at the end is changed by
// a transfer that converts line ends, which the magic then catches.
inline constexpr std::string_view kFactFileMagic{"\x89NFACTS\n", 8};
// Bumped whenever the layout of a record changes; a reader refuses other
// versions (it does not guess). 1: the layout of docs/fact_format.md.
inline constexpr uint32_t kFactFileVersion = 1;
inline constexpr size_t kFactFileHeaderBytes = 12;  // magic and version

// Appends the file header: once, before the first record.
void AppendBinaryFactHeader(std::string* out);

// Appends the record of one document: its id, content hash, document record
// and original text, and its facts. Like AppendFactLines, for the worker
// threads of `netra extract`: no allocation per fact once `out` and the
// thread's string table have grown.
void AppendBinaryFactRecord(const ProcessedDocument& p, std::string* out);

// Reads the records of one binary fact file, in order, each checked against
// its checksum. Errors are kBadInput with the byte offset in the message;
// after one, the reader is spent (the bytes that follow cannot be trusted
// to be where a record starts).
//
//   BinaryFactReader reader(&in);
//   while (reader.Next()) { ... reader.offset(), reader.payload() ... }
//   if (!reader.status().ok()) ... report it ...
class BinaryFactReader {
 public:
  // REQUIRES: `in` is at the start of the file (its header).
  explicit BinaryFactReader(std::istream* in) : in_(in) {}

  // Moves to the next record: true if there is one (payload() holds it);
  // false at the end of the file, or on an error (status()).
  bool Next();

  // Where the current record starts in the file, in bytes.
  uint64_t offset() const { return offset_; }
  // The current record's payload; valid until the next call of Next.
  std::string_view payload() const { return payload_; }
  // Bytes read so far, headers and framing included.
  uint64_t bytes_read() const { return read_; }
  const Status& status() const { return status_; }
  // Whether the error (status()) is inside a record, which is then lost,
  // rather than in a file header.
  bool in_record() const { return in_record_; }

 private:
  bool ReadHeader();
  bool ReadExactly(char* dst, size_t n);
  bool Fail(uint64_t at, const std::string& message);

  std::istream* in_;
  std::string payload_;
  uint64_t offset_ = 0;
  uint64_t read_ = 0;
  Status status_;
  bool started_ = false;
  bool in_record_ = false;
};

// The document id of a record's payload (its first field), read without
// decoding the rest: the first pass of a load needs nothing else.
Result<std::string_view> BinaryRecordDocumentId(std::string_view payload);

// Decodes a whole record into `doc` (whose strings are reused). kBadInput
// if the payload breaks the layout or a rule a fact line follows (a span
// [begin, end) with begin > end, a confidence outside [0, 1], an empty
// subject or predicate, an unknown object kind).
Status DecodeBinaryFactRecord(std::string_view payload, store::DocumentFacts* doc);

// Whether a file starting with `first_bytes` is a binary fact file.
inline bool IsBinaryFactFile(std::string_view first_bytes) {
  return first_bytes.substr(0, kFactFileMagic.size()) == kFactFileMagic;
}

}  // namespace netra::pipeline

// Loading fact files written by `netra extract --format jsonl` (see fact_loader.h).
#include "pipeline/fact_loader.h"

#include <rapidjson/document.h>
#include <rapidjson/stringbuffer.h>
#include <rapidjson/writer.h>

#include <algorithm>
#include <chrono>
#include <cstdlib>
#include <fstream>
#include <functional>
#include <iostream>
#include <memory>
#include <sstream>
#include <string_view>
#include <thread>
#include <unordered_set>

#include "core/file_util.h"
#include "core/json_nesting.h"
#include "core/rewindable_stdin.h"
#include "pipeline/document_writer.h"
#include "pipeline/fact_binary.h"
#include "pipeline/fact_loader_internal.h"
#include "pipeline/latest_versions.h"

namespace netra::pipeline {

namespace {

// Whether a number in `line` (outside its strings) would send RapidJSON
// 1.1's full-precision strtod into a zero significand, which it then
// normalises with clz(0): undefined behaviour and a garbage value (found by
// fuzz/fact_loader). That happens for a double whose digits are all zeros
// and whose scale is beyond 10^±22 ("0e40", "0.000...0"), and for one whose
// digits start 18446744073709551615 and go on with 5 to 9 (its 64-bit
// significand, rounded up, wraps). Conservatively: any double of zeros,
// any number of 20 or more significant digits. netra writes neither (its
// doubles have at most 17 digits), so such a line is hostile or foreign.
bool HasUnsafeNumber(std::string_view line) {
  bool in_string = false;
  for (size_t i = 0; i < line.size(); ++i) {
    const char c = line[i];
    if (in_string) {
      if (c == '\\')
        ++i;
      else if (c == '"')
        in_string = false;
      continue;
    }
    if (c == '"') {
      in_string = true;
      continue;
    }
    if (c != '-' && (c < '0' || c > '9')) continue;
    size_t significant = 0;
    bool is_double = false, nonzero = false, exponent = false;
    for (; i < line.size(); ++i) {
      const char d = line[i];
      if (d >= '0' && d <= '9') {
        if (exponent) continue;
        nonzero = nonzero || d != '0';
        if (nonzero) ++significant;
      } else if (d == '.' || d == 'e' || d == 'E') {
        is_double = true;
        exponent = exponent || d != '.';
      } else if (d != '-' && d != '+') {
        break;
      }
    }
    --i;  // the loop's ++i reads the character that ended the number
    if ((is_double && !nonzero) || significant >= 20) return true;
  }
  return false;
}

// Whether `v` holds a double anywhere. The walk is as deep as the value,
// which the nesting limit checked before any parse bounds.
bool HoldsDouble(const rapidjson::Value& v) {
  if (v.IsDouble()) return true;
  if (v.IsObject()) {
    for (auto it = v.MemberBegin(); it != v.MemberEnd(); ++it) {
      if (HoldsDouble(it->value)) return true;
    }
  }
  if (v.IsArray()) {
    for (const rapidjson::Value& item : v.GetArray()) {
      if (HoldsDouble(item)) return true;
    }
  }
  return false;
}

const rapidjson::Value* Field(const rapidjson::Value& obj, const char* name) {
  auto it = obj.FindMember(name);
  return it == obj.MemberEnd() ? nullptr : &it->value;
}

std::string WriterJson(const rapidjson::Value& v) {
  rapidjson::StringBuffer buf;
  rapidjson::Writer<rapidjson::StringBuffer> w(buf);
  v.Accept(w);
  return std::string(buf.GetString(), buf.GetSize());
}

// The store's document record from a header's `metadata` object, written
// as DocumentMetadata (pipeline.cpp) writes it: strings through
// AppendJsonString, integers as digits, and the JSONL record's other fields
// (the nested `metadata`) as rapidjson wrote them when the record was read.
// So the record stored is byte for byte the one `netra ingest` stores.
std::string RecordJson(const rapidjson::Value& m) {
  std::string out = "{";
  for (auto it = m.MemberBegin(); it != m.MemberEnd(); ++it) {
    if (it != m.MemberBegin()) out += ",";
    AppendJsonString(std::string_view(it->name.GetString(), it->name.GetStringLength()), &out);
    out += ":";
    const rapidjson::Value& v = it->value;
    if (v.IsString()) {
      AppendJsonString(std::string_view(v.GetString(), v.GetStringLength()), &out);
    } else if (v.IsInt64()) {
      out += std::to_string(v.GetInt64());
    } else if (v.IsObject()) {
      out += "{";
      for (auto f = v.MemberBegin(); f != v.MemberEnd(); ++f) {
        if (f != v.MemberBegin()) out += ",";
        AppendJsonString(std::string_view(f->name.GetString(), f->name.GetStringLength()), &out);
        out += ":" + WriterJson(f->value);
      }
      out += "}";
    } else {
      out += WriterJson(v);
    }
  }
  return out + "}";
}

Result<std::string> StringField(const rapidjson::Value& obj, const char* name) {
  const rapidjson::Value* v = Field(obj, name);
  if (v == nullptr || !v->IsString()) return Status::BadInput(std::string("missing or non-string \"") + name + "\"");
  return std::string(v->GetString(), v->GetStringLength());
}

Result<model::Fact> ParseFact(const rapidjson::Value& j) {
  model::Fact f;
  auto s = StringField(j, "subject");
  if (!s.ok()) return s.status();
  auto p = StringField(j, "predicate");
  if (!p.ok()) return p.status();
  auto d = StringField(j, "document");
  if (!d.ok()) return d.status();
  auto type = StringField(j, "object_type");
  if (!type.ok()) return type.status();
  const rapidjson::Value* o = Field(j, "object");
  if (o == nullptr) return Status::BadInput("missing \"object\"");
  f.triple.subject = model::Term::Entity(std::move(s).value());
  f.triple.predicate = model::Term::Entity(std::move(p).value());
  if (*type == "integer") {
    if (o->IsInt64()) {
      f.triple.object = model::Term::Integer(o->GetInt64());
    } else {
      return Status::BadInput("\"object\" of type integer is not an integer");
    }
  } else {
    if (!o->IsString()) return Status::BadInput("\"object\" is not a string");
    std::string v(o->GetString(), o->GetStringLength());
    if (*type == "entity") {
      f.triple.object = model::Term::Entity(std::move(v));
    } else if (*type == "string") {
      f.triple.object = model::Term::String(std::move(v));
    } else if (*type == "date") {
      f.triple.object = model::Term::Date(std::move(v));
    } else {
      return Status::BadInput("unknown object_type \"" + *type + "\"");
    }
  }
  if (f.triple.subject.value.empty() || f.triple.predicate.value.empty()) {
    return Status::BadInput("empty subject or predicate");
  }
  const rapidjson::Value* span = Field(j, "span");
  if (span == nullptr || !span->IsArray() || span->Size() != 2 || !(*span)[0].IsUint() || !(*span)[1].IsUint() ||
      (*span)[0].GetUint() > (*span)[1].GetUint()) {
    return Status::BadInput("\"span\" is not [begin, end] byte offsets");
  }
  f.provenance.document = std::move(d).value();
  f.provenance.begin = (*span)[0].GetUint();
  f.provenance.end = (*span)[1].GetUint();
  auto ex = StringField(j, "extractor");
  if (!ex.ok()) return ex.status();
  f.provenance.extractor = std::move(ex).value();
  const rapidjson::Value* c = Field(j, "confidence");
  if (c == nullptr || !c->IsNumber() || c->GetDouble() < 0 || c->GetDouble() > 1) {
    return Status::BadInput("\"confidence\" is not a number in [0, 1]");
  }
  f.provenance.confidence = static_cast<float>(c->GetDouble());
  return f;
}

// What grouping needs of a line: whose it is, and whether it is a header
// (it has "content_hash" and no "predicate"). `owner` is the line's first
// "document" member, as FindMember finds it.
struct LineHead {
  enum Kind { kBroken, kNoDocument, kOwned } kind = kBroken;
  std::string owner;
  bool header = false;
};

LineHead HeadOf(const rapidjson::Document& j) {
  LineHead head;
  if (j.HasParseError() || !j.IsObject()) return head;
  auto id = StringField(j, "document");
  if (!id.ok() || id->empty()) {
    head.kind = LineHead::kNoDocument;
    return head;
  }
  head.kind = LineHead::kOwned;
  head.owner = std::move(id).value();
  head.header = Field(j, "content_hash") != nullptr && Field(j, "predicate") == nullptr;
  return head;
}

// HeadOf without building the line's DOM, for the first pass, which reads
// nothing else of most lines: it stops at the "document" of a fact line of
// `current` (the document being grouped), which cannot start a version
// whatever follows (if the rest is broken, the line starts none either).
// Half the time of a DOM parse on extract's lines, which put "predicate"
// and "document" before the span, extractor and confidence.
class HeadReader : public rapidjson::BaseReaderHandler<rapidjson::UTF8<>, HeadReader> {
 public:
  LineHead Read(const std::string& line, const std::string* current) {
    current_ = current;
    rapidjson::MemoryStream bytes(line.data(), line.size());
    rapidjson::EncodedInputStream<rapidjson::UTF8<>, rapidjson::MemoryStream> in(bytes);
    rapidjson::Reader reader;
    // The head is keys and strings: numbers are read at normal precision,
    // which never enters RapidJSON's full-precision strtod (HasUnsafeNumber).
    bool parsed = !reader.Parse(in, *this).IsError();
    LineHead head;
    if (!(parsed || stopped_) || !root_object_) return head;
    head.kind = document_ == kString && !owner_.empty() ? LineHead::kOwned : LineHead::kNoDocument;
    head.owner = std::move(owner_);
    head.header = content_hash_ && !predicate_;
    return head;
  }

  bool StartObject() {
    if (depth_ == 0) root_object_ = true;
    ++depth_;
    return Value(false);
  }
  bool EndObject(rapidjson::SizeType) {
    --depth_;
    return true;
  }
  bool StartArray() {
    ++depth_;
    return Value(false);
  }
  bool EndArray(rapidjson::SizeType) {
    --depth_;
    return true;
  }
  bool Key(const char* name, rapidjson::SizeType size, bool) {
    if (depth_ != 1) return true;
    std::string_view key(name, size);
    if (key == "document" && document_ == kUnread) document_ = kNext;
    predicate_ |= key == "predicate";
    content_hash_ |= key == "content_hash";
    return !Stop();
  }
  bool String(const char* value, rapidjson::SizeType size, bool) {
    if (document_ == kNext) owner_.assign(value, size);
    return Value(true);
  }
  bool Default() { return Value(false); }

 private:
  // A value: the document's if it was its key's turn.
  bool Value(bool is_string) {
    if (document_ != kNext) return true;
    document_ = is_string ? kString : kOther;
    return !Stop();
  }
  // Whether the line is known not to start a version: it has no document,
  // or it is a fact line of the current one.
  bool Stop() {
    const bool no_document = document_ == kOther || (document_ == kString && owner_.empty());
    const bool more_of_current = document_ == kString && predicate_ && current_ != nullptr && owner_ == *current_;
    stopped_ = no_document || more_of_current;
    return stopped_;
  }

  enum { kUnread, kNext, kString, kOther } document_ = kUnread;
  const std::string* current_ = nullptr;
  std::string owner_;
  int depth_ = 0;
  bool root_object_ = false, predicate_ = false, content_hash_ = false, stopped_ = false;
};

// One document being assembled from consecutive lines.
struct Pending {
  bool active = false;
  bool has_header = false;
  bool failed = false;
  // Its lines are not read: a later version of its id follows, or this is
  // the first pass, which only notes where versions start.
  bool passed_over = false;
  std::string lines;  // the fact lines, for the hash of a header-less document
  store::DocumentFacts doc;
};

// Reads the lines of fact files into documents, in two passes over the same
// lines (latest_versions.h): the first only notes where each version of a
// document starts, and of which id; the second assembles the last version
// of each id and hands it to `push` (a DocumentQueue's, see DocumentWriter),
// which returns false when no more are wanted. Both passes split the lines
// into versions with the same code, Line.
class FactSink {
 public:
  using Push = std::function<bool(store::DocumentFacts&&)>;
  FactSink(Push push, IngestReport* report) : push_(std::move(push)), report_(report) {}

  // Ends the first pass: the next lines are the same ones again, to write.
  void StartWriting() {
    cur_ = Pending();
    seen_.clear();
    noting_ = false;
  }

  void Line(const std::string& line, const std::string& where) {
    if (writer_stopped_) return;
    if (!noting_) report_->bytes += line.size() + 1;
    if (line.find_first_not_of(" \t\r") == std::string::npos) return;
    if (auto at = JsonNestingPastLimit(line)) {
      // Refused before either pass parses it, so both passes group it alike:
      // like a broken line, it fails the document being read.
      Problem(where, "JSON nested more than " + std::to_string(kMaxJsonNesting) + " levels deep at column " +
                         std::to_string(*at + 1));
      cur_.failed = cur_.active;
      return;
    }
    if (noting_) {
      Group(HeadReader().Read(line, cur_.active ? &cur_.doc.doc_id : nullptr), where);
      return;
    }
    // Normal precision: a fact's only double is its confidence, kept as a
    // float. A header whose metadata holds a double is parsed again at full
    // precision, so that RecordJson writes the very digits that were read,
    // unless a number of the line would trip RapidJSON (HasUnsafeNumber).
    rapidjson::Document j;
    j.Parse(line.data(), line.size());
    switch (Group(HeadOf(j), where)) {
      case Use::kNothing: break;
      case Use::kHeader:
        if (const rapidjson::Value* m = Field(j, "metadata");
            m != nullptr && HoldsDouble(*m) && !HasUnsafeNumber(line)) {
          j.Parse<rapidjson::kParseFullPrecisionFlag>(line.data(), line.size());
        }
        ReadHeader(j, where);
        break;
      case Use::kFact: AddFact(j, line, where); break;
    }
  }

  // A version of a document read whole, from a record of a binary fact
  // file: it ends the lines before it, and it is to be read (true) in the
  // writing pass if it is the last version of its id, as a header line.
  bool WholeVersion(std::string_view id) {
    Finish();
    cur_ = Pending();
    seen_.emplace(id);
    if (noting_) {
      versions_.Note(id);
      return false;
    }
    return versions_.Keep(id);
  }

  // Hands on a version WholeVersion asked for.
  void AddWhole(store::DocumentFacts&& doc) {
    if (writer_stopped_) return;
    if (!doc.text) ++report_->documents_without_text;
    if (!push_(std::move(doc))) writer_stopped_ = true;
  }

  // Bytes of a binary fact file that are no document: `lost` if they were
  // (part of) one, which then counts as failed.
  void Unreadable(const std::string& where, const std::string& message, bool lost) {
    Problem(where, message);
    if (lost && !noting_) ++report_->documents_failed;
  }

  // The end of the input: hands on the last document. The queue is left
  // for the caller to close.
  void Done() {
    Finish();
    report_->documents_superseded = versions_.dropped();
  }

 private:
  enum class Use { kNothing, kHeader, kFact };

  // Splits the lines into versions of documents, the same way in both
  // passes: a header starts one, and so does a line of another document
  // than the version before. Returns what the writing pass reads of the line.
  Use Group(const LineHead& head, const std::string& where) {
    if (head.kind == LineHead::kBroken) {
      // Without a parsed line we cannot tell whose it is: it fails the current document.
      Problem(where, "invalid JSON (not a fact or document line)");
      cur_.failed = cur_.active;
      return Use::kNothing;
    }
    if (head.kind == LineHead::kNoDocument) {
      Problem(where, "missing or empty \"document\"");
      cur_.failed = cur_.active;
      return Use::kNothing;
    }
    const std::string& id = head.owner;
    if (head.header || !cur_.active || cur_.doc.doc_id != id) {
      Finish();
      cur_ = Pending();
      cur_.active = true;
      cur_.doc.doc_id = id;
      if (!head.header && !seen_.insert(id).second) {
        // Not a version: there is no header to tell it from more facts of
        // the earlier one.
        cur_.failed = true;
        Problem(where, "facts of document \"" + id +
                           "\" are not contiguous (it appeared earlier, before other documents; keep each document's "
                           "lines together, e.g. a map-only job)");
        return Use::kNothing;
      }
      if (head.header) seen_.insert(id);
      if (noting_) versions_.Note(id);
      cur_.passed_over = noting_ || !versions_.Keep(id);
      if (cur_.passed_over) return Use::kNothing;
      if (head.header) return Use::kHeader;
    }
    return cur_.failed || cur_.passed_over ? Use::kNothing : Use::kFact;
  }

  void ReadHeader(const rapidjson::Document& j, const std::string& where) {
    cur_.has_header = true;
    const rapidjson::Value* h = Field(j, "content_hash");
    const rapidjson::Value* m = Field(j, "metadata");
    char* end = nullptr;
    if (!h->IsString() || h->GetStringLength() != 16 ||
        (cur_.doc.content_hash = std::strtoull(h->GetString(), &end, 16), *end != '\0')) {
      cur_.failed = true;
      Problem(where, "\"content_hash\" is not 16 hex digits");
      return;
    }
    if (m != nullptr && !m->IsString() && !m->IsObject()) {
      cur_.failed = true;
      Problem(where, "\"metadata\" is not an object (the document record; older netras wrote it as JSON text)");
      return;
    }
    if (m != nullptr && m->IsObject()) cur_.doc.metadata = RecordJson(*m);
    if (m != nullptr && m->IsString()) cur_.doc.metadata.assign(m->GetString(), m->GetStringLength());
    const rapidjson::Value* t = Field(j, "text");
    if (t != nullptr && !t->IsString()) {
      cur_.failed = true;
      Problem(where, "\"text\" is not a string (the document's original text)");
      return;
    }
    if (t != nullptr) cur_.doc.text.emplace(t->GetString(), t->GetStringLength());
  }

  void AddFact(const rapidjson::Document& j, const std::string& line, const std::string& where) {
    auto fact = ParseFact(j);
    if (!fact.ok()) {
      cur_.failed = true;
      Problem(where, fact.status().message());
      return;
    }
    if (!cur_.has_header) {
      cur_.lines += line;
      cur_.lines.push_back('\n');
    }
    cur_.doc.facts.push_back(std::move(fact).value());
  }

  void Problem(const std::string& where, const std::string& message) {
    if (!noting_) report_->problems.push_back({where, message});  // the writing pass meets it again
  }

  void Finish() {
    if (!cur_.active) return;
    cur_.active = false;
    if (noting_ || cur_.passed_over) return;
    if (cur_.failed) {
      ++report_->documents_failed;
      return;
    }
    if (!cur_.has_header) {
      cur_.doc.content_hash = Fnv1a64(std::string("facts-1\n") + cur_.lines);
      cur_.doc.metadata = "{}";
    }
    if (!cur_.doc.text) ++report_->documents_without_text;
    if (!push_(std::move(cur_.doc))) writer_stopped_ = true;
  }

  Push push_;
  IngestReport* report_;
  Pending cur_;
  std::unordered_set<std::string> seen_;  // ids of documents already loaded (~50 bytes each)
  bool noting_ = true;                    // the first pass
  LatestVersions versions_;
  bool writer_stopped_ = false;  // by a store error: reading on is useless
};

// Feeds the records of a binary fact file to `sink`, for one pass. A record
// that is whole but not a document loses that document; damage to the
// framing (a truncated file, a checksum that does not match) ends the file
// there, the records before it kept.
void ReadBinaryFacts(std::istream* in, const std::string& name, bool noting, FactSink* sink, IngestReport* report) {
  BinaryFactReader reader(in);
  store::DocumentFacts doc;
  while (reader.Next()) {
    std::string where = name + ": byte " + std::to_string(reader.offset());
    Result<std::string_view> id = BinaryRecordDocumentId(reader.payload());
    if (!id.ok()) {
      sink->Unreadable(where, id.status().message(), true);
      continue;
    }
    if (!sink->WholeVersion(*id)) continue;
    Status decoded = DecodeBinaryFactRecord(reader.payload(), &doc);
    if (!decoded.ok()) {
      sink->Unreadable(where, "document \"" + std::string(*id) + "\": " + decoded.message(), true);
      continue;
    }
    sink->AddWhole(std::move(doc));
  }
  if (!noting) report->bytes += reader.bytes_read();
  if (!reader.status().ok()) sink->Unreadable(name, reader.status().message(), reader.in_record());
}

// Feeds one fact file, JSONL or binary (told by its first byte), to `sink`
// for one pass.
void ReadFactStream(std::istream* in, const std::string& name, bool noting, FactSink* sink, IngestReport* report) {
  if (in->peek() == static_cast<unsigned char>(kFactFileMagic[0])) {
    ReadBinaryFacts(in, name, noting, sink, report);
    return;
  }
  std::string line;
  uint64_t n = 0;
  while (std::getline(*in, line)) {
    ++n;
    sink->Line(line, name + ":" + std::to_string(n));
  }
}

// Feeds every line of the fact files (every record, for a binary one) to a
// FactSink, twice, the second time with `writer` writing what it assembles
// on a thread of its own.
Status LoadFactFiles(const std::vector<std::string>& paths, DocumentWriter* writer, IngestReport* report) {
  auto start = std::chrono::steady_clock::now();
  NETRA_RETURN_IF_ERROR(writer->Start());
  const bool reads_stdin = std::find(paths.begin(), paths.end(), "-") != paths.end();
  if (reads_stdin) NETRA_RETURN_IF_ERROR(MakeStdinRewindable());
  DocumentQueue queue;
  FactSink sink([&queue](store::DocumentFacts&& doc) { return queue.Push(std::move(doc)); }, report);
  Status written;
  std::thread writing;
  for (bool noting : {true, false}) {
    if (!noting) {
      if (reads_stdin) NETRA_RETURN_IF_ERROR(RewindStdin());
      sink.StartWriting();
      writing = std::thread([&] { written = writer->WriteAll(&queue); });
    }
    for (const std::string& path : paths) {
      std::ifstream file;
      std::istream* in = &std::cin;
      std::string name = path == "-" ? "<stdin>" : path;
      if (path != "-") {
        file.open(path, std::ios::binary);
        if (!file) {
          if (!noting) report->problems.push_back({path, "cannot open (no such file, or not readable)"});
          continue;
        }
        in = &file;
      }
      ReadFactStream(in, name, noting, &sink, report);
    }
  }
  sink.Done();
  queue.Close();
  writing.join();
  writer->Report(report);
  report->seconds = std::chrono::duration<double>(std::chrono::steady_clock::now() - start).count();
  return written;
}

}  // namespace

void ReadFactBytes(std::string_view bytes, const std::string& name,
                   const std::function<void(store::DocumentFacts&&)>& on_document, IngestReport* report) {
  FactSink sink(
      [&](store::DocumentFacts&& doc) {
        on_document(std::move(doc));
        return true;
      },
      report);
  for (bool noting : {true, false}) {
    if (!noting) sink.StartWriting();
    std::istringstream in{std::string(bytes)};
    ReadFactStream(&in, name, noting, &sink, report);
  }
  sink.Done();
}

Status IngestFacts(const std::vector<std::string>& paths, store::Store* store, const IngestOptions& options,
                   IngestReport* report) {
  DocumentWriter writer(store, options);
  return LoadFactFiles(paths, &writer, report);
}

Status WriteSstSetFromFacts(const std::vector<std::string>& paths, const std::string& out_dir, IngestReport* report) {
  auto loader = store::BulkLoader::WriteSstSet(out_dir);
  if (!loader.ok()) return loader.status();
  IngestOptions options;
  options.bulk = true;
  DocumentWriter writer(std::move(loader).value(), options);
  return LoadFactFiles(paths, &writer, report);
}

}  // namespace netra::pipeline

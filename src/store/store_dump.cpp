// Store::Dump: the canonical text of a store, for tests and debugging.
//
//   netra-store-dump 1
//   counters documents=2 triples=1 supports=2
//   triple <Person:koimudin> <holds_position> <Position:pj-walikota/16.73> documents=2
//     support "a" [10,42) "people" 0.899999976
//     support "b" [0,12) "people" 1
//   document "a" hash=00000000000004d2 triples=1 metadata="{\"url\":\"...\"}" text=1830:5c1d...
//
// Triples are sorted by term (kind, then value), supports by document then
// span, documents by id. Entities print as <id>, literals quoted with a type
// suffix (^^integer, ^^date). Bytes \ " < > and controls are escaped.
#include <algorithm>
#include <cinttypes>
#include <cstdio>
#include <map>

#include "core/file_util.h"
#include "store/record_codec.h"
#include "store/store_internal.h"

namespace netra::store {

namespace {

std::string Escape(std::string_view bytes) {
  std::string out;
  for (char c : bytes) {
    auto u = static_cast<unsigned char>(c);
    switch (c) {
      case '\\': out += "\\\\"; break;
      case '"': out += "\\\""; break;
      case '<': out += "\\<"; break;
      case '>': out += "\\>"; break;
      case '\n': out += "\\n"; break;
      case '\t': out += "\\t"; break;
      default:
        if (u < 0x20 || u == 0x7f) {
          char buf[5];
          std::snprintf(buf, sizeof buf, "\\x%02x", u);
          out += buf;
        } else {
          out += c;
        }
    }
  }
  return out;
}

std::string DumpTerm(const model::Term& t) {
  switch (t.kind) {
    case model::TermKind::kEntity: return "<" + Escape(t.value) + ">";
    case model::TermKind::kString: return "\"" + Escape(t.value) + "\"";
    case model::TermKind::kInteger: return "\"" + Escape(t.value) + "\"^^integer";
    case model::TermKind::kDate: return "\"" + Escape(t.value) + "\"^^date";
  }
  return "?";
}

std::string DumpSpan(std::string_view doc_id, const Span& span) {
  char confidence[32];
  std::snprintf(confidence, sizeof confidence, "%.9g", static_cast<double>(span.confidence));
  return "  support \"" + Escape(doc_id) + "\" [" + std::to_string(span.begin) + "," + std::to_string(span.end) +
         ") \"" + Escape(span.extractor) + "\" " + confidence + "\n";
}

// What the store says about one triple, from the SPO index and `prov`. A
// triple missing from either shows up marked, so broken stores dump
// differently from sound ones.
struct TripleEntry {
  bool indexed = false;
  std::optional<uint64_t> count;
  std::string supports;
};

Status CollectTriples(const ReadView& view, std::map<TripleIds, TripleEntry>* entries) {
  Status inner;
  NETRA_RETURN_IF_ERROR(view.Scan(kSpo, "", [&](std::string_view key, std::string_view) {
    TripleIds t;
    if (!DecodeTripleKey(key, IndexOrder::kSpo, &t)) {
      inner = Status::Corruption("malformed key in spo");
      return false;
    }
    (*entries)[t].indexed = true;
    return true;
  }));
  NETRA_RETURN_IF_ERROR(inner);
  std::vector<Span> spans;
  NETRA_RETURN_IF_ERROR(view.Scan(kProv, "", [&](std::string_view key, std::string_view value) {
    TripleIds t;
    std::string_view doc_id;
    if (!DecodeProvenanceKey(key, &t, &doc_id)) {
      inner = Status::Corruption("malformed key in prov");
      return false;
    }
    TripleEntry& entry = (*entries)[t];
    if (doc_id.empty()) {
      uint64_t n = 0;
      if (!DecodeCount(value, &n)) {
        inner = Status::Corruption("malformed support count");
        return false;
      }
      entry.count = n;
      return true;
    }
    if (!DecodeSpans(value, &spans)) {
      inner = Status::Corruption("malformed support of document " + std::string(doc_id));
      return false;
    }
    for (const Span& span : spans) entry.supports += DumpSpan(doc_id, span);
    return true;
  }));
  return inner;
}

// ` text=BYTES:FNV` (its size and hash), or ` text=none`.
Status DumpText(const ReadView& view, std::string_view doc_id, std::ostream& out) {
  std::string text;
  bool found = false;
  if (view.impl().HasCf(kText)) NETRA_RETURN_IF_ERROR(view.Get(kText, doc_id, &text, &found));
  if (!found) {
    out << " text=none";
    return Status::Ok();
  }
  char hash[17];
  std::snprintf(hash, sizeof hash, "%016" PRIx64, Fnv1a64(text));
  out << " text=" << text.size() << ":" << hash;
  return Status::Ok();
}

}  // namespace

Status Store::Dump(std::ostream& out) const {
  ReadView view(*impl_);
  StoreCounters counters;
  NETRA_RETURN_IF_ERROR(ReadCounters(view, &counters));
  std::map<TripleIds, TripleEntry> entries;
  NETRA_RETURN_IF_ERROR(CollectTriples(view, &entries));

  TermReader terms(view);
  std::vector<std::pair<model::Triple, const TripleEntry*>> sorted;
  sorted.reserve(entries.size());
  for (const auto& [ids, entry] : entries) {
    model::Triple triple;
    NETRA_RETURN_IF_ERROR(terms.GetTriple(ids, &triple));
    sorted.emplace_back(std::move(triple), &entry);
  }
  std::sort(sorted.begin(), sorted.end(), [](const auto& a, const auto& b) { return a.first < b.first; });

  out << "netra-store-dump " << kFormatVersion << "\n";
  out << "counters documents=" << counters.documents << " triples=" << counters.triples
      << " supports=" << counters.supports << "\n";
  for (const auto& [triple, entry] : sorted) {
    out << "triple " << DumpTerm(triple.subject) << " " << DumpTerm(triple.predicate) << " " << DumpTerm(triple.object)
        << " documents=" << (entry->count ? std::to_string(*entry->count) : "none")
        << (entry->indexed ? "" : " NOT-INDEXED") << "\n"
        << entry->supports;
  }
  Status inner;
  NETRA_RETURN_IF_ERROR(view.Scan(kDocs, "", [&](std::string_view key, std::string_view value) {
    DocRecord record;
    if (!DecodeDocRecord(value, &record)) {
      inner = Status::Corruption("document record of " + std::string(key) + " is malformed");
      return false;
    }
    char hash[17];
    std::snprintf(hash, sizeof hash, "%016" PRIx64, record.content_hash);
    out << "document \"" << Escape(key) << "\" hash=" << hash << " triples=" << record.triples.size() << " metadata=\""
        << Escape(record.metadata) << "\"";
    inner = DumpText(view, key, out);
    out << "\n";
    return inner.ok();
  }));
  NETRA_RETURN_IF_ERROR(inner);
  if (!out) return Status::IoError("writing the dump failed");
  return Status::Ok();
}

}  // namespace netra::store

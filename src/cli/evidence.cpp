#include "cli/evidence.h"

#include <fmt/format.h>

#include <map>
#include <optional>

#include "core/value.h"
#include "text/analyze.h"
#include "text/excerpt.h"

namespace netra::cli {

namespace {

constexpr const char* kBoldOn = "\x1b[1m";
constexpr const char* kBoldOff = "\x1b[0m";

// What can be shown for one span of one document.
struct Excerpt {
  enum class State { kSentence, kWholeDocument, kNoText, kOutsideText } state = State::kNoText;
  text::Span cited;
  text::Span sentence;  // contains `cited`; set for kSentence
};

// Cuts sentences out of the documents' stored text, analysing each document
// once.
class SentenceFinder {
 public:
  Excerpt Find(const query::EvidenceDocument& doc, const model::Provenance& p) {
    Excerpt e;
    e.cited = {p.begin, p.end};
    if (!doc.text) return e;
    const std::string& text = *doc.text;
    if (p.begin > p.end || p.end > text.size()) {
      e.state = Excerpt::State::kOutsideText;
    } else if (p.begin == 0 && p.end == text.size()) {
      e.state = Excerpt::State::kWholeDocument;  // title, date, publisher: read off the whole article
    } else {
      e.state = Excerpt::State::kSentence;
      const text::AnalyzedText* analyzed = Analyzed(doc);
      e.sentence = analyzed != nullptr ? text::SentenceAround(*analyzed, e.cited) : e.cited;
    }
    return e;
  }

 private:
  // Null if the text cannot be analysed (it was when it was ingested).
  const text::AnalyzedText* Analyzed(const query::EvidenceDocument& doc) {
    auto it = cache_.find(doc.id);
    if (it == cache_.end()) {
      Result<text::AnalyzedText> a = text::Analyze(*doc.text);
      it =
          cache_.emplace(doc.id, a.ok() ? std::optional<text::AnalyzedText>(std::move(a).value()) : std::nullopt).first;
    }
    return it->second ? &*it->second : nullptr;
  }

  std::map<std::string, std::optional<text::AnalyzedText>> cache_;
};

std::string_view Bytes(const std::string& text, text::Span span) { return span.Slice(text); }

std::string OrUnknown(const std::string& value, const char* what) {
  return value.empty() ? std::string(what) + " unknown" : value;
}

// ---- text ----

// The sentence with the cited bytes marked: exactly the document's bytes
// around the markers.
std::string MarkedSentence(const std::string& text, const Excerpt& e, bool bold) {
  std::string out(Bytes(text, {e.sentence.begin, e.cited.begin}));
  out += bold ? kBoldOn : "»";
  out += Bytes(text, e.cited);
  out += bold ? kBoldOff : "«";
  out += Bytes(text, {e.cited.end, e.sentence.end});
  return out;
}

std::string ExcerptText(const query::EvidenceDocument& doc, const Excerpt& e, bool bold) {
  switch (e.state) {
    case Excerpt::State::kSentence: return MarkedSentence(*doc.text, e, bold);
    case Excerpt::State::kWholeDocument: return "(the document as a whole: its title, date or publisher)";
    case Excerpt::State::kOutsideText: return "(span outside the stored text: the store is inconsistent)";
    case Excerpt::State::kNoText: break;
  }
  return "(text not stored: ingested from a fact file or by a netra older than store format 3)";
}

void RenderDocumentLine(const query::EvidenceDocument& doc, std::ostream& out) {
  out << "  " << doc.id << "  " << OrUnknown(doc.publisher, "publisher") << "  " << OrUnknown(doc.date, "date");
  if (!doc.title.empty() && doc.title != doc.id) out << "  \"" << doc.title << "\"";
  out << "\n";
}

void RenderFactText(const query::FactSupports& fact, const query::Evidence& evidence, SentenceFinder* finder, bool bold,
                    std::ostream& out) {
  const model::Triple& t = fact.triple;
  out << t.subject.ToString() << " " << t.predicate.ToString() << " " << t.object.ToString() << "\n";
  const std::string* current = nullptr;
  for (const model::Provenance& p : fact.supports) {
    const query::EvidenceDocument& doc = evidence.documents.at(p.document);
    if (current == nullptr || *current != p.document) RenderDocumentLine(doc, out);
    current = &doc.id;
    Excerpt e = finder->Find(doc, p);
    out << fmt::format("    [{},{}) {} {:.2f}: ", p.begin, p.end, p.extractor, p.confidence)
        << ExcerptText(doc, e, bold) << "\n";
  }
}

// ---- json ----

Value SpanValue(const query::EvidenceDocument& doc, const model::Provenance& p, const Excerpt& e) {
  Value v = Value::Object();
  v.Set("begin", Value::Int(p.begin));
  v.Set("end", Value::Int(p.end));
  v.Set("extractor", Value::Str(p.extractor));
  v.Set("confidence", Value::Float(p.confidence));
  v.Set("whole_document", Value::Bool(e.state == Excerpt::State::kWholeDocument));
  bool sentence = e.state == Excerpt::State::kSentence;
  v.Set("cited", sentence ? Value::Str(std::string(Bytes(*doc.text, e.cited))) : Value::Null());
  Value s = Value::Null();
  if (sentence) {
    s = Value::Object();
    s.Set("begin", Value::Int(e.sentence.begin));
    s.Set("end", Value::Int(e.sentence.end));
    s.Set("text", Value::Str(std::string(Bytes(*doc.text, e.sentence))));
  }
  v.Set("sentence", std::move(s));
  return v;
}

Value DocumentValue(const query::EvidenceDocument& doc) {
  Value v = Value::Object();
  v.Set("document", Value::Str(doc.id));
  v.Set("title", Value::Str(doc.title));
  v.Set("publisher", Value::Str(doc.publisher));
  v.Set("date", Value::Str(doc.date));
  v.Set("text_stored", Value::Bool(doc.text.has_value()));
  return v;
}

Value FactValue(const query::FactSupports& fact, const query::Evidence& evidence, SentenceFinder* finder) {
  Value v = Value::Object();
  v.Set("subject", Value::Str(fact.triple.subject.value));
  v.Set("predicate", Value::Str(fact.triple.predicate.value));
  v.Set("object", Value::Str(fact.triple.object.value));
  v.Set("object_kind", Value::Str(model::TermKindName(fact.triple.object.kind)));
  Value& documents = v.Set("documents", Value::Array());
  const std::vector<model::Provenance>& supports = fact.supports;
  for (size_t i = 0; i < supports.size();) {
    const query::EvidenceDocument& doc = evidence.documents.at(supports[i].document);
    Value d = DocumentValue(doc);
    Value& spans = d.Set("spans", Value::Array());
    for (; i < supports.size() && supports[i].document == doc.id; ++i) {
      spans.Push(SpanValue(doc, supports[i], finder->Find(doc, supports[i])));
    }
    documents.Push(std::move(d));
  }
  return v;
}

}  // namespace

void RenderEvidence(const query::Evidence& evidence, const EvidenceOutput& output, std::ostream& out) {
  SentenceFinder finder;
  if (output.format == "json") {
    Value v = Value::Object();
    v.Set("text_stored_in_store", Value::Bool(evidence.store_keeps_text));
    Value& facts = v.Set("facts", Value::Array());
    for (const query::FactSupports& fact : evidence.facts) facts.Push(FactValue(fact, evidence, &finder));
    out << v.ToJson() << "\n";
    return;
  }
  if (!evidence.store_keeps_text) out << "(this store keeps no documents' text: it was made before format 3)\n";
  for (size_t i = 0; i < evidence.facts.size(); ++i) {
    if (i > 0) out << "\n";
    RenderFactText(evidence.facts[i], evidence, &finder, output.bold, out);
  }
}

Status PrintEvidence(const store::Store& store, const std::vector<std::string>& entity_ids,
                     const EvidenceOutput& output, std::ostream& out) {
  NETRA_ASSIGN_OR_RETURN(query::Evidence evidence, query::CollectEntityEvidence(store, entity_ids));
  RenderEvidence(evidence, output, out);
  return Status::Ok();
}

Status PrintFactEvidence(const store::Store& store, const std::vector<model::Triple>& facts,
                         const EvidenceOutput& output, std::ostream& out) {
  NETRA_ASSIGN_OR_RETURN(query::Evidence evidence, query::CollectFactEvidence(store, facts));
  RenderEvidence(evidence, output, out);
  return Status::Ok();
}

}  // namespace netra::cli

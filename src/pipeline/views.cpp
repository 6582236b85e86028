// JSON-shaped views of a processed document for `inspect` and `extract`.
#include <rapidjson/document.h>

#include "extract/statute_catalog.h"
#include "pipeline/fact_writer.h"
#include "pipeline/pipeline.h"

namespace netra::pipeline {

namespace {

Value FromJson(const rapidjson::Value& j) {
  if (j.IsNull()) return Value::Null();
  if (j.IsBool()) return Value::Bool(j.GetBool());
  if (j.IsInt64()) return Value::Int(j.GetInt64());
  if (j.IsNumber()) return Value::Double(j.GetDouble());
  if (j.IsString()) return Value::Str(std::string(j.GetString(), j.GetStringLength()));
  if (j.IsArray()) {
    Value v = Value::Array();
    for (const auto& item : j.GetArray()) v.Push(FromJson(item));
    return v;
  }
  Value v = Value::Object();
  for (const auto& m : j.GetObject())
    v.Set(std::string(m.name.GetString(), m.name.GetStringLength()), FromJson(m.value));
  return v;
}

// A JSONL record's other fields are kept as JSON text (model::Document):
// shown as the JSON values they are, not as strings of JSON.
Value ParsedJson(const std::string& json) {
  rapidjson::Document d;
  if (d.Parse(json.data(), json.size()).HasParseError()) return Value::Str(json);
  return FromJson(d);
}

Value SpanValue(text::Span s) {
  Value v = Value::Array();
  v.Push(Value::Int(s.begin));
  v.Push(Value::Int(s.end));
  return v;
}

Value RegionValue(const extract::Region* r) {
  if (r == nullptr) return Value::Null();
  Value v = Value::Object();
  v.Set("name", Value::Str(r->name));
  v.Set("kind", Value::Str(extract::RegionKindName(r->kind)));
  v.Set("code", Value::Str(r->code));
  return v;
}

Value TermValue(const model::Term& t) {
  switch (t.kind) {
    case model::TermKind::kInteger: return Value::Int(std::atoll(t.value.c_str()));
    default: return Value::Str(t.value);
  }
}

}  // namespace

Value InspectValue(const ProcessedDocument& p) {
  Value v = Value::Object();
  v.Set("id", Value::Str(p.doc.id));
  v.Set("source", Value::Str(p.doc.source));
  v.Set("title", Value::Str(p.doc.title));
  Value meta = Value::Object();
  if (!p.doc.url.empty()) meta.Set("url", Value::Str(p.doc.url));
  if (!p.doc.published.empty()) meta.Set("published", Value::Str(p.doc.published));
  if (!p.doc.publisher.empty()) meta.Set("publisher", Value::Str(p.doc.publisher));
  for (const auto& [k, json] : p.doc.metadata) meta.Set(k, ParsedJson(json));
  v.Set("metadata", std::move(meta));
  if (p.analyzed.dateline.has_value()) {
    Value d = Value::Object();
    d.Set("place", Value::Str(p.analyzed.dateline->place));
    d.Set("publisher", Value::Str(p.analyzed.dateline->publisher));
    d.Set("span", SpanValue(p.analyzed.dateline->span));
    v.Set("dateline", std::move(d));
  } else {
    v.Set("dateline", Value::Null());
  }
  Value lines = Value::Array();
  for (const text::Line& l : p.analyzed.lines) {
    if (l.cls == text::LineClass::kBlank) continue;
    Value lv = Value::Object();
    lv.Set("class", Value::Str(text::LineClassName(l.cls)));
    lv.Set("span", SpanValue(l.span));
    lv.Set("text", Value::Str(p.doc.text.substr(l.span.begin, l.span.end - l.span.begin)));
    lines.Push(std::move(lv));
  }
  v.Set("lines", std::move(lines));
  Value sentences = Value::Array();
  for (const text::Sentence& s : p.analyzed.sentences) {
    Value sv = Value::Object();
    sv.Set("span", SpanValue(s.span));
    sv.Set("text", Value::Str(s.text));
    sentences.Push(std::move(sv));
  }
  v.Set("sentences", std::move(sentences));
  return v;
}

Value ExtractionValue(const ProcessedDocument& p) {
  const extract::Extraction& x = p.extraction;
  Value v = Value::Object();
  v.Set("id", Value::Str(p.doc.id));
  v.Set("publisher", Value::Str(x.publisher));
  v.Set("dateline", Value::Str(x.dateline_place));
  v.Set("region", RegionValue(x.primary_region));
  Value regions = Value::Array();
  for (const auto& m : x.regions) {
    Value r = RegionValue(m.region);
    r.Set("span", SpanValue(m.span));
    regions.Push(std::move(r));
  }
  v.Set("regions", std::move(regions));
  Value statutes = Value::Array();
  for (const auto& s : x.statutes) {
    Value sv = Value::Object();
    sv.Set("label", Value::Str(s.label));
    sv.Set("type", Value::Str(s.ref.type));
    sv.Set("number", Value::Str(s.ref.number));
    sv.Set("year", s.ref.year > 0 ? Value::Int(s.ref.year) : Value::Null());
    sv.Set("title", s.title.empty() ? Value::Null() : Value::Str(s.title));
    Value arts = Value::Array();
    for (const auto& a : s.articles) arts.Push(Value::Str(a));
    sv.Set("articles", std::move(arts));
    sv.Set("span", SpanValue(s.span));
    statutes.Push(std::move(sv));
  }
  v.Set("statutes", std::move(statutes));
  Value officials = Value::Array();
  for (const auto& o : x.officials) {
    Value ov = Value::Object();
    ov.Set("name", Value::Str(o.name));
    ov.Set("role", Value::Str(o.role));
    ov.Set("region", RegionValue(o.region));
    Value h = Value::Array();
    for (const auto& s : o.honorifics) h.Push(Value::Str(s));
    ov.Set("honorifics", std::move(h));
    Value d = Value::Array();
    for (const auto& s : o.degrees) d.Push(Value::Str(s));
    ov.Set("degrees", std::move(d));
    ov.Set("span", SpanValue(o.span));
    officials.Push(std::move(ov));
  }
  v.Set("officials", std::move(officials));
  Value orgs = Value::Array();
  for (const auto& o : x.organizations) {
    Value ov = Value::Object();
    ov.Set("name", Value::Str(o.name));
    ov.Set("abbr", Value::Str(o.abbr));
    ov.Set("region", RegionValue(o.region));
    orgs.Push(std::move(ov));
  }
  v.Set("organizations", std::move(orgs));
  Value events = Value::Array();
  for (const auto& e : x.events) {
    Value ev = Value::Object();
    ev.Set("kind", Value::Str(e.kind));
    ev.Set("name", Value::Str(e.name));
    ev.Set("date", e.date.empty() ? Value::Null() : Value::Str(e.date));
    ev.Set("region", RegionValue(e.region));
    ev.Set("led_by", e.leader >= 0 ? Value::Str(x.officials[e.leader].name) : Value::Null());
    events.Push(std::move(ev));
  }
  v.Set("events", std::move(events));
  Value elections = Value::Array();
  for (const auto& e : x.elections) elections.Push(Value::Str(e.name));
  v.Set("elections", std::move(elections));
  Value facts = Value::Array();
  for (const auto& f : p.facts) facts.Push(FactValue(f));
  v.Set("facts", std::move(facts));
  return v;
}

Value FactValue(const model::Fact& f) {
  Value v = Value::Object();
  v.Set("subject", Value::Str(f.triple.subject.value));
  v.Set("predicate", Value::Str(f.triple.predicate.value));
  v.Set("object", TermValue(f.triple.object));
  v.Set("object_type", Value::Str(model::TermKindName(f.triple.object.kind)));
  v.Set("document", Value::Str(f.provenance.document));
  v.Set("span", SpanValue({f.provenance.begin, f.provenance.end}));
  v.Set("extractor", Value::Str(f.provenance.extractor));
  v.Set("confidence", Value::Float(f.provenance.confidence));
  return v;
}

}  // namespace netra::pipeline

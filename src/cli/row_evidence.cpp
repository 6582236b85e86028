#include "cli/row_evidence.h"

#include <algorithm>
#include <set>
#include <sstream>

#include "query/evidence.h"

namespace netra::cli {

namespace {

std::string IdOf(const Value* v) {
  if (v == nullptr) return "";
  const Value* id = v->type() == Value::Type::kString ? v : v->Get("id");
  return id == nullptr ? "" : id->ToText();
}

std::set<std::string> RowDocuments(const Value& row) {
  std::set<std::string> documents;
  if (const Value* d = row.Get("documents")) {
    for (const Value& doc : d->items()) documents.insert(doc.ToText());
  }
  return documents;
}

// Keeps the facts that tie the row's entity to another (who cites the law,
// where the event was held: not its label or number, which every mention
// states again) and, of their supports, those in the row's `documents`.
void KeepRelations(const std::set<std::string>& documents, query::Evidence* evidence) {
  for (query::FactSupports& f : evidence->facts) {
    auto& s = f.supports;
    s.erase(std::remove_if(s.begin(), s.end(),
                           [&](const model::Provenance& p) { return documents.count(p.document) == 0; }),
            s.end());
  }
  auto& facts = evidence->facts;
  facts.erase(std::remove_if(facts.begin(), facts.end(),
                             [](const query::FactSupports& f) {
                               return f.supports.empty() || !f.triple.object.is_entity() ||
                                      f.triple.subject.value.rfind("Document:", 0) == 0;
                             }),
              facts.end());
}

// One line naming the row: its cells as `query --format table` shows them.
std::string RowLine(const Value& row) {
  std::string line;
  for (const auto& [key, value] : row.fields()) {
    if (key == "id" || key == "documents") continue;
    std::string text = value.ToText();
    if (value.type() == Value::Type::kObject) text += " (" + IdOf(&value) + ")";  // "Kota Lubuk Linggau (Region:16.73)"
    if (text.empty()) continue;
    line += (line.empty() ? "" : ", ") + key + " " + text;
  }
  return line;
}

}  // namespace

std::vector<std::string> RowEntities(const Value& row) {
  for (const char* key : {"id", "statute"}) {
    if (std::string id = IdOf(row.Get(key)); !id.empty()) return {id};
  }
  std::vector<std::string> pair;
  for (const char* key : {"statute_a", "statute_b"}) {
    if (std::string id = IdOf(row.Get(key)); !id.empty()) pair.push_back(id);
  }
  return pair;
}

Status PrintRowsWithEvidence(const store::Store& store, const Value& rows, const EvidenceOutput& output,
                             std::ostream& out) {
  const bool json = output.format == "json";
  if (json) out << "{\"results\": " << rows.ToJson() << ", \"evidence\": [";
  size_t index = 0;
  bool first = true;
  for (const Value& row : rows.items()) {
    const std::vector<std::string> entities = RowEntities(row);
    if (entities.empty()) {
      ++index;
      continue;
    }
    auto evidence = query::CollectEntityEvidence(store, entities);
    if (!evidence.ok()) return evidence.status();
    KeepRelations(RowDocuments(row), &*evidence);
    if (json) {
      std::ostringstream one;
      RenderEvidence(*evidence, output, one);
      std::string body = one.str();
      while (!body.empty() && (body.back() == '\n' || body.back() == ' ')) body.pop_back();
      // {"row": i, <the evidence object's members>}
      out << (first ? "" : ", ") << "{\"row\": " << index << (body.size() > 2 ? ", " + body.substr(1) : "}");
      first = false;
    } else {
      out << "row " << index + 1 << ": " << RowLine(row) << "\n";
      RenderEvidence(*evidence, output, out);
      out << "\n";
    }
    ++index;
  }
  if (json) out << "]}\n";
  return Status::Ok();
}

}  // namespace netra::cli

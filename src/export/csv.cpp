// CSV node and edge lists. Gephi's spreadsheet importer recognises the
// columns Id, Label, Source, Target, Type and Weight by name; Neo4j's
// `neo4j-admin import` wants `:ID`, `:LABEL`, `:START_ID`, `:END_ID`,
// `:TYPE` and typed headers (`support:int`). One header cannot serve both,
// hence two styles.
#include "core/csv.h"

#include <string_view>

#include "export/attributes.h"
#include "export/escape.h"
#include "export/out_buffer.h"
#include "export/writers.h"

namespace netra::exporter {

namespace {

// One row's fields, with formula-like cells protected or not (csv.h). An
// id is protected alike in the node list and in the edges that name it, so
// the two files still refer to each other.
class Row {
 public:
  Row(std::string* out, csv::FormulaCells formulas) : out_(out), formulas_(formulas) {}
  void Field(std::string_view v, bool first = false) {
    if (!first) out_->push_back(',');
    if (formulas_ == csv::FormulaCells::kProtect && csv::LooksLikeFormula(v)) {
      AppendCsvField(csv::Protect(v), out_);  // the `'` inside the quotes, if any
    } else {
      AppendCsvField(v, out_);
    }
  }

 private:
  std::string* out_;
  csv::FormulaCells formulas_;
};

}  // namespace

Status WriteCsvNodes(const ExportGraph& g, CsvStyle style, csv::FormulaCells formulas, std::ostream& os) {
  OutBuffer out(os);
  std::string* s = out.str();
  Row row(s, formulas);
  const bool neo = style == CsvStyle::kNeo4j;
  s->append(neo ? "id:ID,label" : "Id,Label");
  for (const Column& c : kNodeColumns) {
    std::string name = c.name;
    if (neo && name == "type") name = ":LABEL";
    if (neo && c.type == AttrType::kInt) name += ":int";
    row.Field(name);
  }
  s->push_back('\n');
  std::string_view values[std::size(kNodeColumns)];
  ExportGraphSource source(g);
  for (size_t k = 0; k < g.nodes.size(); ++k) {
    const NodeView n = source.NodeAt(k);
    row.Field(n.id, true);
    row.Field(n.label);
    for (auto& v : values) v = {};
    // IntText views die with the callback: ints are formatted in place.
    std::string ints[std::size(kNodeColumns)];
    ForEachNodeValue(n, [&](size_t i, std::string_view v) {
      if (kNodeColumns[i].type == AttrType::kInt) {
        ints[i] = v;
        values[i] = ints[i];
      } else {
        values[i] = v;
      }
    });
    // Neo4j needs a label on every node.
    if (neo && values[0].empty()) values[0] = "Entity";
    for (auto v : values) row.Field(v);
    s->push_back('\n');
    out.Check();
  }
  return out.Finish();
}

Status WriteCsvEdges(const ExportGraph& g, CsvStyle style, csv::FormulaCells formulas, std::ostream& os) {
  OutBuffer out(os);
  std::string* s = out.str();
  Row row(s, formulas);
  const bool neo = style == CsvStyle::kNeo4j;
  s->append(neo ? ":START_ID,:END_ID,:TYPE,weight:int,first_date,last_date\n"
                : "Source,Target,Type,Label,Weight,predicate,first_date,last_date\n");
  for (const Edge& e : g.edges) {
    const std::string& src = g.nodes[e.source].id;
    const std::string& dst = g.nodes[e.target].id;
    if (neo) {
      // Neo4j relationships have one type each: one row per merged fact.
      for (uint32_t p : e.predicates) {
        row.Field(src, true);
        row.Field(dst);
        row.Field(g.predicates[p]);
        row.Field(IntText(static_cast<int64_t>(e.weight)).view());
        row.Field(e.first_date);
        row.Field(e.last_date);
        s->push_back('\n');
      }
    } else {
      std::string predicate = g.PredicateLabel(e);
      row.Field(src, true);
      row.Field(dst);
      row.Field("Directed");
      row.Field(predicate);
      row.Field(IntText(static_cast<int64_t>(e.weight)).view());
      row.Field(predicate);
      row.Field(e.first_date);
      row.Field(e.last_date);
      s->push_back('\n');
    }
    out.Check();
  }
  return out.Finish();
}

}  // namespace netra::exporter

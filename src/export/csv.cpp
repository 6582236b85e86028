// CSV node and edge lists. Gephi's spreadsheet importer recognises the
// columns Id, Label, Source, Target, Type and Weight by name; Neo4j's
// `neo4j-admin import` wants `:ID`, `:LABEL`, `:START_ID`, `:END_ID`,
// `:TYPE` and typed headers (`support:int`). One header cannot serve both,
// hence two styles.
#include <string_view>

#include "export/attributes.h"
#include "export/escape.h"
#include "export/out_buffer.h"
#include "export/writers.h"

namespace netra::exporter {

namespace {

void Field(std::string* s, std::string_view v, bool first = false) {
  if (!first) s->push_back(',');
  AppendCsvField(v, s);
}

}  // namespace

Status WriteCsvNodes(const ExportGraph& g, CsvStyle style, std::ostream& os) {
  OutBuffer out(os);
  std::string* s = out.str();
  const bool neo = style == CsvStyle::kNeo4j;
  s->append(neo ? "id:ID,label" : "Id,Label");
  for (const Column& c : kNodeColumns) {
    std::string name = c.name;
    if (neo && name == "type") name = ":LABEL";
    if (neo && c.type == AttrType::kInt) name += ":int";
    Field(s, name);
  }
  s->push_back('\n');
  std::string_view values[std::size(kNodeColumns)];
  ExportGraphSource source(g);
  for (size_t k = 0; k < g.nodes.size(); ++k) {
    const NodeView n = source.NodeAt(k);
    Field(s, n.id, true);
    Field(s, n.label);
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
    for (auto v : values) Field(s, v);
    s->push_back('\n');
    out.Check();
  }
  return out.Finish();
}

Status WriteCsvEdges(const ExportGraph& g, CsvStyle style, std::ostream& os) {
  OutBuffer out(os);
  std::string* s = out.str();
  const bool neo = style == CsvStyle::kNeo4j;
  s->append(neo ? ":START_ID,:END_ID,:TYPE,weight:int,first_date,last_date\n"
                : "Source,Target,Type,Label,Weight,predicate,first_date,last_date\n");
  for (const Edge& e : g.edges) {
    const std::string& src = g.nodes[e.source].id;
    const std::string& dst = g.nodes[e.target].id;
    if (neo) {
      // Neo4j relationships have one type each: one row per merged fact.
      for (uint32_t p : e.predicates) {
        Field(s, src, true);
        Field(s, dst);
        Field(s, g.predicates[p]);
        Field(s, IntText(static_cast<int64_t>(e.weight)).view());
        Field(s, e.first_date);
        Field(s, e.last_date);
        s->push_back('\n');
      }
    } else {
      std::string predicate = g.PredicateLabel(e);
      Field(s, src, true);
      Field(s, dst);
      Field(s, "Directed");
      Field(s, predicate);
      Field(s, IntText(static_cast<int64_t>(e.weight)).view());
      Field(s, predicate);
      Field(s, e.first_date);
      Field(s, e.last_date);
      s->push_back('\n');
    }
    out.Check();
  }
  return out.Finish();
}

}  // namespace netra::exporter

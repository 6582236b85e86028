// GraphML, shaped by what Gephi's importer does (ImporterGraphML): a key is
// matched to a node property (label, x, y, size, r, g, b) by its id or its
// attr.name; a key without attr.type becomes a string column, one without a
// valid `for` is dropped, and the id `d3` means "label" (yEd's habit), so
// every key here is named for what it holds.
#include <string_view>

#include "export/attributes.h"
#include "export/escape.h"
#include "export/out_buffer.h"
#include "export/writers.h"

namespace netra::exporter {

namespace {

const char* GraphmlType(AttrType t) { return t == AttrType::kInt ? "int" : "string"; }

void Key(OutBuffer& out, std::string_view id, const char* for_what, std::string_view name, const char* type) {
  out << "  <key id=\"" << id << "\" for=\"" << for_what << "\" attr.name=\"" << name << "\" attr.type=\"" << type
      << "\"/>\n";
}

void Data(std::string* out, std::string_view key, std::string_view value) {
  out->append("<data key=\"").append(key).append("\">");
  AppendXmlText(value, out);
  out->append("</data>");
}

}  // namespace

Status WriteGraphml(const GraphSource& g, std::ostream& os) {
  OutBuffer out(os);
  out << "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n"
         "<graphml xmlns=\"http://graphml.graphdrawing.org/xmlns\" "
         "xmlns:xsi=\"http://www.w3.org/2001/XMLSchema-instance\" "
         "xsi:schemaLocation=\"http://graphml.graphdrawing.org/xmlns "
         "http://graphml.graphdrawing.org/xmlns/1.0/graphml.xsd\">\n";
  Key(out, "label", "node", "label", "string");
  for (const Column& c : kNodeColumns) Key(out, c.name, "node", c.name, GraphmlType(c.type));
  for (const char* rgb : {"r", "g", "b"}) Key(out, rgb, "node", rgb, "int");
  for (const char* d : {"size", "x", "y"}) Key(out, d, "node", d, "double");
  // Edge key ids must differ from the node ones: `edgelabel` is Gephi's.
  Key(out, "edgelabel", "edge", "label", "string");
  Key(out, "weight", "edge", "weight", "int");
  for (const Column& c : kEdgeColumns) Key(out, c.name, "edge", c.name, GraphmlType(c.type));
  out << "  <graph id=\"netra\" edgedefault=\"directed\">\n";

  std::string* s = out.str();
  for (size_t v = 0; v < g.NodeCount(); ++v) {
    const NodeView n = g.NodeAt(v);
    s->append("    <node id=\"");
    AppendXmlAttr(n.id, s);
    s->append("\">");
    Data(s, "label", n.label);
    ForEachNodeValue(n, [&](size_t i, std::string_view value) { Data(s, kNodeColumns[i].name, value); });
    out << "<data key=\"r\">" << IntText(n.color.r).view() << "</data><data key=\"g\">" << IntText(n.color.g).view()
        << "</data><data key=\"b\">" << IntText(n.color.b).view() << "</data><data key=\"size\">";
    out.Num(n.size) << "</data><data key=\"x\">";
    out.Num(n.x) << "</data><data key=\"y\">";
    out.Num(n.y) << "</data></node>\n";
    out.Check();
  }
  for (size_t i = 0; i < g.EdgeCount(); ++i) {
    const EdgeView e = g.EdgeAt(i);
    s->append("    <edge id=\"e");
    out.Num(i) << "\" source=\"";
    AppendXmlAttr(g.NodeId(e.source), s);
    s->append("\" target=\"");
    AppendXmlAttr(g.NodeId(e.target), s);
    s->append("\">");
    Data(s, "edgelabel", e.predicate);
    out << "<data key=\"weight\">";
    out.Num(e.weight) << "</data>";
    ForEachEdgeValue(e, [&](size_t k, std::string_view value) { Data(s, kEdgeColumns[k].name, value); });
    s->append("</edge>\n");
    out.Check();
  }
  out << "  </graph>\n</graphml>\n";
  return out.Finish();
}

Status WriteGraphml(const ExportGraph& g, std::ostream& out) { return WriteGraphml(ExportGraphSource(g), out); }

}  // namespace netra::exporter

// GEXF 1.3, Gephi's own format, or 1.2draft on request. graphology-gexf (Gephi Lite) finds viz
// elements only under the literal prefix `viz:`, so that prefix is fixed
// here. Attribute ids equal their titles: graphology names a value by the
// attribute id when the id is not a number, NetworkX by the title.
#include <string>
#include <string_view>

#include "export/attributes.h"
#include "export/escape.h"
#include "export/out_buffer.h"
#include "export/writers.h"

namespace netra::exporter {

namespace {

const char* GexfType(AttrType t) { return t == AttrType::kInt ? "integer" : "string"; }

template <size_t N>
void Attributes(OutBuffer& out, const char* for_class, const Column (&columns)[N]) {
  out << "    <attributes class=\"" << for_class << "\" mode=\"static\">\n";
  for (const Column& c : columns) {
    out << "      <attribute id=\"" << c.name << "\" title=\"" << c.name << "\" type=\"" << GexfType(c.type)
        << "\"/>\n";
  }
  out << "    </attributes>\n";
}

void AttValue(std::string* out, const char* name, std::string_view value) {
  out->append("<attvalue for=\"").append(name).append("\" value=\"");
  AppendXmlAttr(value, out);
  out->append("\"/>");
}

}  // namespace

Status WriteGexf(const GraphSource& g, std::ostream& os, const std::string& version) {
  if (version != "1.3" && version != "1.2") {
    return Status::InvalidArgument("GEXF version " + version + ": 1.3 or 1.2 (1.2draft)");
  }
  OutBuffer out(os);
  out << "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n";
  if (version == "1.2") {
    out << "<gexf xmlns=\"http://www.gexf.net/1.2draft\" xmlns:viz=\"http://www.gexf.net/1.2draft/viz\" "
           "xmlns:xsi=\"http://www.w3.org/2001/XMLSchema-instance\" "
           "xsi:schemaLocation=\"http://www.gexf.net/1.2draft http://www.gexf.net/1.2draft/gexf.xsd\" "
           "version=\"1.2\">\n";
  } else {
    out << "<gexf xmlns=\"http://gexf.net/1.3\" xmlns:viz=\"http://gexf.net/1.3/viz\" "
           "xmlns:xsi=\"http://www.w3.org/2001/XMLSchema-instance\" "
           "xsi:schemaLocation=\"http://gexf.net/1.3 http://gexf.net/1.3/gexf.xsd\" version=\"1.3\">\n";
  }
  out << "  <meta><creator>netra</creator><description>entities and the facts linking them; "
         "edge weight = supporting documents</description></meta>\n"
         // Dated nodes and edges carry `start` only: a fact stays in the
         // picture from its first report on, so the timeline accumulates.
         "  <graph defaultedgetype=\"directed\" mode=\"dynamic\" timeformat=\"date\">\n";
  Attributes(out, "node", kNodeColumns);
  Attributes(out, "edge", kEdgeColumns);

  std::string* s = out.str();
  out << "    <nodes>\n";
  for (size_t v = 0; v < g.NodeCount(); ++v) {
    const NodeView n = g.NodeAt(v);
    s->append("      <node id=\"");
    AppendXmlAttr(n.id, s);
    s->append("\" label=\"");
    AppendXmlAttr(n.label, s);
    s->push_back('"');
    if (!n.date.empty()) {
      s->append(" start=\"");
      AppendXmlAttr(n.date, s);
      s->push_back('"');
    }
    s->append("><attvalues>");
    ForEachNodeValue(n, [&](size_t i, std::string_view value) { AttValue(s, kNodeColumns[i].name, value); });
    out << "</attvalues><viz:color r=\"" << IntText(n.color.r).view() << "\" g=\"" << IntText(n.color.g).view()
        << "\" b=\"" << IntText(n.color.b).view() << "\"/><viz:size value=\"";
    out.Num(n.size) << "\"/><viz:position x=\"";
    out.Num(n.x) << "\" y=\"";
    out.Num(n.y) << "\" z=\"0\"/></node>\n";
    out.Check();
  }
  out << "    </nodes>\n    <edges>\n";
  for (size_t i = 0; i < g.EdgeCount(); ++i) {
    const EdgeView e = g.EdgeAt(i);
    s->append("      <edge id=\"e");
    out.Num(i) << "\" source=\"";
    AppendXmlAttr(g.NodeId(e.source), s);
    s->append("\" target=\"");
    AppendXmlAttr(g.NodeId(e.target), s);
    s->append("\" label=\"");
    AppendXmlAttr(e.predicate, s);
    s->append("\" weight=\"");
    out.Num(e.weight) << '"';
    if (!e.first_date.empty()) {
      s->append(" start=\"");
      AppendXmlAttr(e.first_date, s);
      s->push_back('"');
    }
    s->append("><attvalues>");
    ForEachEdgeValue(e, [&](size_t k, std::string_view value) { AttValue(s, kEdgeColumns[k].name, value); });
    s->append("</attvalues></edge>\n");
    out.Check();
  }
  out << "    </edges>\n  </graph>\n</gexf>\n";
  return out.Finish();
}

Status WriteGexf(const ExportGraph& g, std::ostream& out, const std::string& version) {
  return WriteGexf(ExportGraphSource(g), out, version);
}

}  // namespace netra::exporter

// DOT for Graphviz. Ninja's graphviz.cc printf's names unescaped; here every
// id and label goes through AppendDotString, and labels are cut for the
// picture (the full name stays in the tooltip, which SVG keeps).
#include <map>
#include <set>
#include <string_view>
#include <vector>

#include "export/attributes.h"
#include "export/escape.h"
#include "export/out_buffer.h"
#include "export/style.h"
#include "export/writers.h"
#include "model/vocab.h"

namespace netra::exporter {

namespace {

void Quoted(std::string* out, std::string_view s) {
  out->push_back('"');
  AppendDotString(s, out);
  out->push_back('"');
}

void WriteNode(const NodeView& n, const DotOptions& o, const std::string& indent, std::string* s) {
  const TypeStyle& style = StyleOf(n.type);
  s->append(indent);
  Quoted(s, n.id);
  s->append(" [label=");
  Quoted(s, DisplayText(n.label, o.max_label_chars));
  s->append(", tooltip=");
  std::string tooltip(n.label);
  tooltip.append("\n").append(n.id);
  Quoted(s, tooltip);
  s->append(", shape=").append(style.shape).append(", fillcolor=\"").append(HexColor(n.color)).push_back('"');
  // Dark fills (people, organisations, statutes) need white text to stay legible.
  double luma = 0.299 * n.color.r + 0.587 * n.color.g + 0.114 * n.color.b;
  if (luma < 140) s->append(", fontcolor=\"white\"");
  s->append("]\n");
}

// A colour key under the picture, as an HTML-like label: it works with
// every layout engine, where clusters work only with `dot`.
void Legend(const GraphSource& g, OutBuffer& out) {
  std::set<std::string_view> present;
  for (size_t v = 0; v < g.NodeCount(); ++v) present.insert(StyleOf(g.NodeAt(v).type).type);
  out << "  label=<<table border=\"0\" cellspacing=\"4\"><tr>";
  for (std::string_view type : present) {
    const TypeStyle& st = StyleOf(type);
    out << "<td bgcolor=\"" << HexColor(st.color) << "\"> " << (type.empty() ? "other" : type) << " </td>";
  }
  out << "<td><font color=\"#e41a1c\">&#8594; cites</font></td></tr></table>>\n";
}

}  // namespace

Status WriteDot(const GraphSource& g, const DotOptions& o, std::ostream& os) {
  OutBuffer out(os);
  out << "digraph \"netra\" {\n"
         "  graph [charset=\"UTF-8\", fontname=\"DejaVu Sans\", fontsize=11, labelloc=b, overlap=false, "
         "outputorder=edgesfirst, pad=0.3, bgcolor=\"white\"]\n"
         "  node [style=filled, fontname=\"DejaVu Sans\", fontsize=10, penwidth=0.6, color=\"#444444\", "
         "margin=\"0.08,0.03\"]\n"
         "  edge [color=\"#7a7a7a99\", arrowsize=0.5, penwidth=0.7]\n";
  Legend(g, out);
  std::string* s = out.str();
  if (o.cluster_by_region) {
    std::map<std::string, std::vector<size_t>, std::less<>> by_region;
    std::map<std::string, std::string, std::less<>> region_label;
    for (size_t v = 0; v < g.NodeCount(); ++v) {
      const NodeView n = g.NodeAt(v);
      auto it = by_region.find(n.region);
      if (it == by_region.end()) it = by_region.emplace(std::string(n.region), std::vector<size_t>()).first;
      it->second.push_back(v);
      if (n.type == vocab::kRegion) region_label.emplace(std::string(n.id), std::string(n.label));
    }
    size_t k = 0;
    for (const auto& [region, nodes] : by_region) {
      if (region.empty()) continue;
      auto it = region_label.find(region);
      out << "  subgraph \"cluster_" << IntText(static_cast<int64_t>(k++)).view() << "\" {\n    label=";
      Quoted(s, it == region_label.end() ? region : DisplayText(it->second, o.max_label_chars));
      out << "; style=\"rounded,filled\"; fillcolor=\"#f4f9f3\"; color=\"#4daf4a\"\n";
      for (size_t v : nodes) WriteNode(g.NodeAt(v), o, "    ", s);
      out << "  }\n";
      out.Check();
    }
    auto it = by_region.find("");
    if (it != by_region.end()) {
      for (size_t v : it->second) WriteNode(g.NodeAt(v), o, "  ", s);
    }
  } else {
    for (size_t v = 0; v < g.NodeCount(); ++v) {
      WriteNode(g.NodeAt(v), o, "  ", s);
      out.Check();
    }
  }
  std::string tip;
  for (size_t i = 0; i < g.EdgeCount(); ++i) {
    const EdgeView e = g.EdgeAt(i);
    s->append("  ");
    Quoted(s, g.NodeId(e.source));
    s->append(" -> ");
    Quoted(s, g.NodeId(e.target));
    tip.assign(e.predicate).append(" (").append(IntText(static_cast<int64_t>(e.weight)).view());
    tip.append(e.weight == 1 ? " doc)" : " docs)");
    s->append(" [tooltip=");
    Quoted(s, tip);
    if (e.citation) {
      // Citations are what readers come for: red, heavier with support.
      s->append(", color=\"#e41a1c\", penwidth=");
      out.Num(1.2 + 0.4 * static_cast<double>(e.weight > 5 ? 5 : e.weight));
    }
    s->append("]\n");
    out.Check();
  }
  out << "}\n";
  return out.Finish();
}

Status WriteDot(const ExportGraph& g, const DotOptions& o, std::ostream& out) {
  return WriteDot(ExportGraphSource(g), o, out);
}

}  // namespace netra::exporter

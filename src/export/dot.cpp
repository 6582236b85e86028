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

void WriteNode(const Node& n, const DotOptions& o, const std::string& indent, std::string* s) {
  const TypeStyle& style = StyleOf(n.type);
  s->append(indent);
  Quoted(s, n.id);
  s->append(" [label=");
  Quoted(s, DisplayText(n.label, o.max_label_chars));
  s->append(", tooltip=");
  Quoted(s, n.label + "\n" + n.id);
  s->append(", shape=").append(style.shape).append(", fillcolor=\"").append(HexColor(n.color)).push_back('"');
  // Dark fills (people, organisations, statutes) need white text to stay legible.
  double luma = 0.299 * n.color.r + 0.587 * n.color.g + 0.114 * n.color.b;
  if (luma < 140) s->append(", fontcolor=\"white\"");
  s->append("]\n");
}

bool IsCitation(const ExportGraph& g, const Edge& e) {
  for (uint32_t p : e.predicates) {
    if (g.predicates[p] == vocab::kCites || g.predicates[p] == vocab::kCitesArticle) return true;
  }
  return false;
}

// A colour key under the picture, as an HTML-like label: it works with
// every layout engine, where clusters work only with `dot`.
void Legend(const ExportGraph& g, OutBuffer& out) {
  std::set<std::string_view> present;
  for (const Node& n : g.nodes) present.insert(StyleOf(n.type).type);
  out << "  label=<<table border=\"0\" cellspacing=\"4\"><tr>";
  for (std::string_view type : present) {
    const TypeStyle& st = StyleOf(type);
    out << "<td bgcolor=\"" << HexColor(st.color) << "\"> " << (type.empty() ? "other" : type) << " </td>";
  }
  out << "<td><font color=\"#e41a1c\">&#8594; cites</font></td></tr></table>>\n";
}

}  // namespace

Status WriteDot(const ExportGraph& g, const DotOptions& o, std::ostream& os) {
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
    std::map<std::string, std::vector<const Node*>> by_region;
    std::map<std::string, const Node*> region_node;
    for (const Node& n : g.nodes) {
      by_region[n.region].push_back(&n);
      if (n.type == vocab::kRegion) region_node[n.id] = &n;
    }
    size_t k = 0;
    for (const auto& [region, nodes] : by_region) {
      if (region.empty()) continue;
      auto it = region_node.find(region);
      out << "  subgraph \"cluster_" << IntText(static_cast<int64_t>(k++)).view() << "\" {\n    label=";
      Quoted(s, it == region_node.end() ? region : DisplayText(it->second->label, o.max_label_chars));
      out << "; style=\"rounded,filled\"; fillcolor=\"#f4f9f3\"; color=\"#4daf4a\"\n";
      for (const Node* n : nodes) WriteNode(*n, o, "    ", s);
      out << "  }\n";
      out.Check();
    }
    auto it = by_region.find("");
    if (it != by_region.end()) {
      for (const Node* n : it->second) WriteNode(*n, o, "  ", s);
    }
  } else {
    for (const Node& n : g.nodes) {
      WriteNode(n, o, "  ", s);
      out.Check();
    }
  }
  for (const Edge& e : g.edges) {
    s->append("  ");
    Quoted(s, g.nodes[e.source].id);
    s->append(" -> ");
    Quoted(s, g.nodes[e.target].id);
    std::string tip = g.PredicateLabel(e) + " (" + std::to_string(e.weight) + " doc" + (e.weight == 1 ? ")" : "s)");
    s->append(" [tooltip=");
    Quoted(s, tip);
    if (IsCitation(g, e)) {
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

}  // namespace netra::exporter

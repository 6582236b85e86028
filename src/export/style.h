// How entity types look: one colour and one Graphviz shape per type, node
// sizes from degree. Shared by every writer so that a Region is the same
// green in Gephi, in graphology and in the SVG.
#pragma once

#include <string>
#include <string_view>

#include "export/export_graph.h"

namespace netra::exporter {

struct TypeStyle {
  std::string_view type;  // "Region"; "" for the fallback
  Rgb color;
  std::string_view shape;  // Graphviz node shape
};

// The style of an entity type; unknown types get a neutral grey.
const TypeStyle& StyleOf(std::string_view type);

// "#4daf4a"
std::string HexColor(Rgb c);

// A node's size from its degree (logarithmic, so hubs stand out without
// swallowing the picture), rounded to 0.01.
double SizeOf(uint32_t degree);

// Sets every node's colour from its type and its size from its degree.
void Style(ExportGraph* g);

}  // namespace netra::exporter

#include "export/style.h"

#include <cmath>
#include <string>

#include "model/vocab.h"

namespace netra::exporter {

namespace {

// ColorBrewer Set1/Paired hues: the four kinds readers look for first
// (regions green, officials blue, events orange, statutes red) are the
// most saturated; supporting types are paler or grey.
const TypeStyle kStyles[] = {
    {vocab::kRegion, {77, 175, 74}, "box"},         {vocab::kPerson, {55, 126, 184}, "ellipse"},
    {vocab::kPosition, {166, 206, 227}, "ellipse"}, {vocab::kOrganization, {152, 78, 163}, "hexagon"},
    {vocab::kEvent, {255, 127, 0}, "diamond"},      {vocab::kElection, {255, 217, 47}, "octagon"},
    {vocab::kStatute, {228, 26, 28}, "note"},       {vocab::kStatuteArticle, {251, 154, 153}, "note"},
    {vocab::kDocument, {190, 190, 190}, "tab"},     {vocab::kPublisher, {166, 86, 40}, "cylinder"},
};
const TypeStyle kFallback = {"", {102, 102, 102}, "ellipse"};

}  // namespace

const TypeStyle& StyleOf(std::string_view type) {
  for (const TypeStyle& s : kStyles) {
    if (s.type == type) return s;
  }
  return kFallback;
}

std::string HexColor(Rgb c) {
  static const char kHex[] = "0123456789abcdef";
  std::string out = "#";
  for (uint8_t v : {c.r, c.g, c.b}) {
    out.push_back(kHex[v >> 4]);
    out.push_back(kHex[v & 0xF]);
  }
  return out;
}

double SizeOf(uint32_t degree) { return std::round((5.0 + 10.0 * std::log10(1.0 + degree)) * 100.0) / 100.0; }

void Style(ExportGraph* g) {
  for (Node& n : g->nodes) {
    n.color = StyleOf(n.type).color;
    n.size = SizeOf(n.degree);
  }
}

}  // namespace netra::exporter

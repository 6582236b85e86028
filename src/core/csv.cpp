#include "core/csv.h"

#include <cctype>

namespace netra::csv {

void AppendField(std::string_view field, char sep, std::string* out) {
  const bool quote = field.find_first_of(std::string_view("\"\r\n", 3)) != std::string_view::npos ||
                     field.find(sep) != std::string_view::npos ||
                     (!field.empty() && (field.front() == ' ' || field.back() == ' '));
  if (!quote) {
    out->append(field);
    return;
  }
  out->push_back('"');
  for (char c : field) {
    if (c == '"') out->push_back('"');
    out->push_back(c);
  }
  out->push_back('"');
}

bool LooksLikeFormula(std::string_view cell) {
  if (cell.empty() || std::string_view("=+-@\t\r").find(cell[0]) == std::string_view::npos) return false;
  const bool signed_number = cell.size() > 1 && (cell[0] == '-' || cell[0] == '+') &&
                             std::isdigit(static_cast<unsigned char>(cell[1])) &&
                             cell.find_first_not_of("0123456789.", 1) == std::string_view::npos;
  return !signed_number;
}

std::string Protect(std::string_view cell, FormulaCells mode) {
  if (mode == FormulaCells::kProtect && LooksLikeFormula(cell)) return "'" + std::string(cell);
  return std::string(cell);
}

}  // namespace netra::csv

#include "cli/output.h"

#include <algorithm>
#include <vector>

namespace netra::cli {

namespace {

std::string CsvField(const std::string& s, char sep) {
  bool quote = s.find_first_of(std::string("\"\n\r") + sep) != std::string::npos;
  if (!quote) return s;
  std::string out = "\"";
  for (char c : s) {
    if (c == '"') out += "\"\"";
    else out.push_back(c);
  }
  return out + "\"";
}

// A table cell as a terminal may show it: control characters (C0, DEL,
// C1) and the bidirectional overrides that reorder what follows are written
// as escapes (`\n`, `\x1b`, `\u202e`), so a document id or a name carrying
// them cannot move the cursor, recolour the terminal or disguise a row.
std::string Visible(const std::string& s) {
  static const char* const kHex = "0123456789abcdef";
  std::string out;
  out.reserve(s.size());
  for (size_t i = 0; i < s.size(); ++i) {
    const auto c = static_cast<unsigned char>(s[i]);
    if (c == '\n') {
      out += "\\n";
    } else if (c == '\t') {
      out += "\\t";
    } else if (c < 0x20 || c == 0x7f) {
      out += std::string("\\x") + kHex[c >> 4] + kHex[c & 15];
    } else if (c == 0xC2 && i + 1 < s.size() && static_cast<unsigned char>(s[i + 1]) >= 0x80 &&
               static_cast<unsigned char>(s[i + 1]) <= 0x9F) {  // U+0080..U+009F
      const auto low = static_cast<unsigned char>(s[i + 1]);
      out += std::string("\\u00") + kHex[low >> 4] + kHex[low & 15];
      ++i;
    } else if (c == 0xE2 && i + 2 < s.size() &&
               ((s[i + 1] == '\x80' && static_cast<unsigned char>(s[i + 2]) >= 0xAA &&
                 static_cast<unsigned char>(s[i + 2]) <= 0xAE) ||  // U+202A..U+202E
                (s[i + 1] == '\x81' && static_cast<unsigned char>(s[i + 2]) >= 0xA6 &&
                 static_cast<unsigned char>(s[i + 2]) <= 0xA9))) {  // U+2066..U+2069
      const unsigned code = ((c & 0x0F) << 12) | ((static_cast<unsigned char>(s[i + 1]) & 0x3F) << 6) |
                            (static_cast<unsigned char>(s[i + 2]) & 0x3F);
      out += std::string("\\u") + kHex[(code >> 12) & 15] + kHex[(code >> 8) & 15] + kHex[(code >> 4) & 15] +
             kHex[code & 15];
      i += 2;
    } else {
      out.push_back(s[i]);
    }
  }
  return out;
}

// Display width in characters (UTF-8 continuation bytes do not count).
size_t Width(const std::string& s) {
  return static_cast<size_t>(std::count_if(s.begin(), s.end(), [](char c) {
    return (static_cast<unsigned char>(c) & 0xC0) != 0x80;
  }));
}

// A table leaves out `id` and the `*_id` columns beside names (`from_id`
// beside `from`): ids are for machines. CSV and TSV keep the `*_id` ones,
// JSON all of them.
std::vector<std::string> Columns(const Value& rows, bool table) {
  std::vector<std::string> cols;
  for (const Value& row : rows.items()) {
    for (const auto& [k, v] : row.fields()) {
      if (k == "id") continue;
      if (table && k.size() > 3 && k.compare(k.size() - 3, 3, "_id") == 0) continue;
      if (std::find(cols.begin(), cols.end(), k) == cols.end()) cols.push_back(k);
    }
  }
  return cols;
}

// CSV and TSV are for machines: the row's `id` first, and beside each
// entity a cell the table leaves out, `<column>_id` ("region", "region_id").
std::vector<std::string> MachineColumns(const Value& rows, const std::vector<std::string>& shown) {
  std::vector<std::string> cols;
  const bool any_id = std::any_of(rows.items().begin(), rows.items().end(),
                                  [](const Value& row) { return row.Get("id") != nullptr; });
  if (any_id) cols.push_back("id");
  for (const std::string& col : shown) {
    cols.push_back(col);
    const bool entity = std::any_of(rows.items().begin(), rows.items().end(), [&](const Value& row) {
      const Value* v = row.Get(col);
      return v != nullptr && v->Get("id") != nullptr;
    });
    if (entity) cols.push_back(col + "_id");
  }
  return cols;
}

std::string Cell(const Value& row, const std::string& col) {
  if (const Value* v = row.Get(col)) return v->ToText();
  // "region_id": the id of the row's "region".
  if (col.size() > 3 && col.compare(col.size() - 3, 3, "_id") == 0) {
    const Value* entity = row.Get(col.substr(0, col.size() - 3));
    const Value* id = entity == nullptr ? nullptr : entity->Get("id");
    if (id != nullptr) return id->ToText();
  }
  return "";
}

}  // namespace

void PrintRows(const Value& rows, const std::string& format, std::ostream& out,
               const std::vector<std::string>& columns, const std::vector<std::string>& csv_columns) {
  if (format == "json") {
    out << rows.ToJson() << "\n";
    return;
  }
  std::vector<std::string> cols = columns.empty() ? Columns(rows, format == "table") : columns;
  if (format == "csv" || format == "tsv") {
    if (columns.empty()) cols = !csv_columns.empty() ? csv_columns : MachineColumns(rows, cols);
    char sep = format == "csv" ? ',' : '\t';
    for (size_t i = 0; i < cols.size(); ++i) out << (i ? std::string(1, sep) : "") << cols[i];
    out << "\n";
    for (const Value& row : rows.items()) {
      for (size_t i = 0; i < cols.size(); ++i) {
        std::string cell = Cell(row, cols[i]);
        if (sep == '\t') std::replace(cell.begin(), cell.end(), '\t', ' ');
        out << (i ? std::string(1, sep) : "") << CsvField(cell, sep);
      }
      out << "\n";
    }
    return;
  }
  // Table: aligned columns, long cells cut so a row fits a wide terminal.
  const size_t kMaxCell = 60;
  std::vector<std::vector<std::string>> cells;
  std::vector<size_t> widths(cols.size());
  for (size_t i = 0; i < cols.size(); ++i) widths[i] = Width(cols[i]);
  for (const Value& row : rows.items()) {
    std::vector<std::string> line;
    for (size_t i = 0; i < cols.size(); ++i) {
      std::string c = Visible(Cell(row, cols[i]));
      if (Width(c) > kMaxCell) {
        size_t cut = 0, chars = 0;
        while (cut < c.size() && chars < kMaxCell - 1) {
          ++cut;
          while (cut < c.size() && (static_cast<unsigned char>(c[cut]) & 0xC0) == 0x80) ++cut;
          ++chars;
        }
        c = c.substr(0, cut) + "…";
      }
      widths[i] = std::max(widths[i], Width(c));
      line.push_back(std::move(c));
    }
    cells.push_back(std::move(line));
  }
  auto print_line = [&](const std::vector<std::string>& line) {
    for (size_t i = 0; i < line.size(); ++i) {
      out << line[i];
      if (i + 1 < line.size()) out << std::string(widths[i] - Width(line[i]) + 2, ' ');
    }
    out << "\n";
  };
  if (cols.empty()) {  // no rows and no columns given: no header to draw
    out << "(0 rows)\n";
    return;
  }
  print_line(cols);
  std::vector<std::string> rule;
  for (size_t w : widths) rule.push_back(std::string(w, '-'));
  print_line(rule);
  for (const auto& line : cells) print_line(line);
  out << "(" << rows.items().size() << " rows)\n";
}

}  // namespace netra::cli

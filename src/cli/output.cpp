#include "cli/output.h"

#include <algorithm>
#include <string_view>
#include <vector>

namespace netra::cli {

namespace {

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
  return static_cast<size_t>(
      std::count_if(s.begin(), s.end(), [](char c) { return (static_cast<unsigned char>(c) & 0xC0) != 0x80; }));
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
  const bool any_id =
      std::any_of(rows.items().begin(), rows.items().end(), [](const Value& row) { return row.Get("id") != nullptr; });
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

void PrintRows(const Value& rows, const std::string& format, std::ostream& out, const std::vector<std::string>& columns,
               const std::vector<std::string>& csv_columns, FormulaCells formulas, const Value& incomplete) {
  std::vector<std::string> cols = columns;
  if (format == "csv" || format == "tsv") {
    if (columns.empty()) cols = !csv_columns.empty() ? csv_columns : MachineColumns(rows, Columns(rows, false));
  } else if (columns.empty() && format == "table") {
    cols = Columns(rows, true);
  }
  RowPrinter printer(format, out, std::move(cols), formulas, SIZE_MAX);
  for (const Value& row : rows.items()) printer.Add(row);
  printer.End(incomplete);
}

RowPrinter::RowPrinter(const std::string& format, std::ostream& out, std::vector<std::string> columns,
                       FormulaCells formulas, size_t width_rows)
    : format_(format == "json"  ? Format::kJson
              : format == "csv" ? Format::kCsv
              : format == "tsv" ? Format::kTsv
                                : Format::kTable),
      out_(out),
      columns_(std::move(columns)),
      formulas_(formulas),
      width_rows_(width_rows) {
  if (format_ == Format::kJson) {
    out_ << "[";
  } else if (format_ == Format::kTable) {
    for (const std::string& c : columns_) widths_.push_back(Width(c));
  } else {
    char sep = format_ == Format::kCsv ? ',' : '\t';
    for (size_t i = 0; i < columns_.size(); ++i) out_ << (i ? std::string(1, sep) : "") << columns_[i];
    out_ << "\n";
  }
}

void RowPrinter::Add(const Value& row) {
  ++rows_;
  if (format_ == Format::kJson) {
    out_ << (rows_ > 1 ? "," : "") << row.ToJson();
    return;
  }
  if (format_ != Format::kTable) {
    char sep = format_ == Format::kCsv ? ',' : '\t';
    std::string line;
    for (size_t i = 0; i < columns_.size(); ++i) {
      std::string cell = csv::Protect(Cell(row, columns_[i]), formulas_);
      if (sep == '\t') std::replace(cell.begin(), cell.end(), '\t', ' ');
      if (i) line.push_back(sep);
      csv::AppendField(cell, sep, &line);
    }
    line.push_back('\n');
    out_ << line;
    return;
  }
  // Table: long cells cut so a row fits a wide terminal.
  const size_t kMaxCell = 60;
  std::vector<std::string> line;
  for (size_t i = 0; i < columns_.size(); ++i) {
    std::string c = Visible(Cell(row, columns_[i]));
    if (Width(c) > kMaxCell) {
      size_t cut = 0, chars = 0;
      while (cut < c.size() && chars < kMaxCell - 1) {
        ++cut;
        while (cut < c.size() && (static_cast<unsigned char>(c[cut]) & 0xC0) == 0x80) ++cut;
        ++chars;
      }
      c = c.substr(0, cut) + "…";
    }
    line.push_back(std::move(c));
  }
  if (widths_fixed_) {
    PrintCells(line);
    return;
  }
  for (size_t i = 0; i < line.size(); ++i) widths_[i] = std::max(widths_[i], Width(line[i]));
  held_.push_back(std::move(line));
  if (held_.size() >= width_rows_) PrintHeld();
}

void RowPrinter::PrintCells(const std::vector<std::string>& cells) {
  for (size_t i = 0; i < cells.size(); ++i) {
    out_ << cells[i];
    size_t w = Width(cells[i]);
    if (i + 1 < cells.size()) out_ << std::string((widths_[i] > w ? widths_[i] - w : 0) + 2, ' ');
  }
  out_ << "\n";
}

// The table's header, rule and held rows, once their widths are known.
void RowPrinter::PrintHeld() {
  widths_fixed_ = true;
  PrintCells(columns_);
  std::vector<std::string> rule;
  for (size_t w : widths_) rule.push_back(std::string(w, '-'));
  PrintCells(rule);
  for (const auto& line : held_) PrintCells(line);
  held_.clear();
  held_.shrink_to_fit();
}

void RowPrinter::End(const Value& incomplete) {
  if (format_ == Format::kJson) {
    if (!incomplete.is_null()) {
      Value marker = Value::Object();
      marker.Set("incomplete", incomplete);
      out_ << (rows_ > 0 ? "," : "") << marker.ToJson();
    }
    out_ << "]\n";
  } else if (format_ == Format::kTable) {
    if (columns_.empty()) {  // no rows and no columns given: no header to draw
      out_ << "(0 rows)\n";
    } else {
      if (!widths_fixed_) PrintHeld();
      out_ << "(" << rows_ << " rows";
      if (const Value* message = incomplete.Get("message")) out_ << ", incomplete: " << message->ToText();
      out_ << ")\n";
    }
  }
  out_.flush();
}

}  // namespace netra::cli

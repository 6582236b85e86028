// Printing query results as table, JSON, CSV or TSV.
#pragma once

#include <ostream>
#include <string>
#include <vector>

#include "core/csv.h"
#include "core/value.h"

namespace netra::cli {

// REQUIRES: rows is an array of objects. Columns are `columns` when given,
// else the keys of the rows; nested objects print by name, arrays joined
// with "; ". `csv_columns`, when given, are the CSV and TSV columns of this
// kind of answer (query::CannedColumns ...): the same header whatever rows
// it has, empty or with a field none of them carries.
//
// A CSV or TSV cell that a spreadsheet would take for a formula
// (csv::LooksLikeFormula) gets a `'` in front, so that opening the file runs
// nothing (the OWASP rule for CSV injection: names and ids come from the
// articles, which anyone can write). kRaw (`--csv-raw`) keeps such cells as
// they are.
//
// `incomplete`, when not null, is the object saying which limit cut the
// answer ({"limit": "max-rows", "message": "..."}); see RowPrinter::End.
using csv::FormulaCells;
void PrintRows(const Value& rows, const std::string& format, std::ostream& out,
               const std::vector<std::string>& columns = {}, const std::vector<std::string>& csv_columns = {},
               FormulaCells formulas = FormulaCells::kProtect, const Value& incomplete = Value());

// Prints rows as PrintRows does, as they come, under columns known before
// the first row. JSON is one array written a row at a time, CSV and TSV a
// header then a line per row. A table is aligned on the widths of its
// first `width_rows` rows, held until then; the later rows are printed as
// they come (a wider cell pushes the rest of its own line only).
class RowPrinter {
 public:
  RowPrinter(const std::string& format, std::ostream& out, std::vector<std::string> columns, FormulaCells formulas,
             size_t width_rows);
  // REQUIRES: `row` is an object.
  void Add(const Value& row);
  // What was added reaches the reader (a table's held rows stay held).
  void Flush() { out_.flush(); }
  // Ends the answer. `incomplete`, when not null, says which limit cut it:
  // JSON's array ends with the element {"incomplete": incomplete} (rows'
  // values are never such an object), a table's last line is "(N rows,
  // incomplete: MESSAGE)"; CSV and TSV end as a whole answer does (the
  // command says it on stderr and in its exit status).
  void End(const Value& incomplete = Value());

 private:
  void PrintCells(const std::vector<std::string>& cells);
  void PrintHeld();

  enum class Format { kTable, kJson, kCsv, kTsv };
  Format format_;
  std::ostream& out_;
  std::vector<std::string> columns_;
  FormulaCells formulas_;
  size_t width_rows_;
  size_t rows_ = 0;
  std::vector<size_t> widths_;                  // table
  std::vector<std::vector<std::string>> held_;  // table, until width_rows_ rows
  bool widths_fixed_ = false;                   // table: the header is printed
};

}  // namespace netra::cli

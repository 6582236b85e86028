// Printing query results as table, JSON, CSV or TSV.
#pragma once

#include <ostream>
#include <string>
#include <vector>

#include "core/value.h"

namespace netra::cli {

// REQUIRES: rows is an array of objects. Columns are `columns` when given,
// else the keys of the rows; nested objects print by name, arrays joined
// with "; ". `csv_columns`, when given, are the CSV and TSV columns of this
// kind of answer (query::CannedColumns ...): the same header whatever rows
// it has, empty or with a field none of them carries.
//
// A CSV or TSV cell that a spreadsheet would take for a formula (it starts
// with `=`, `+`, `-`, `@`, a tab or a carriage return, and is not a number)
// gets a `'` in front, so that opening the file runs nothing (the OWASP
// rule for CSV injection: names and ids come from the articles, which
// anyone can write). kRaw (`--csv-raw`) keeps such cells as they are.
enum class FormulaCells { kProtect, kRaw };
void PrintRows(const Value& rows, const std::string& format, std::ostream& out,
               const std::vector<std::string>& columns = {}, const std::vector<std::string>& csv_columns = {},
               FormulaCells formulas = FormulaCells::kProtect);

// `cell` with a `'` in front if a spreadsheet would take it for a formula
// (see PrintRows).
std::string ProtectFormula(const std::string& cell);

}  // namespace netra::cli

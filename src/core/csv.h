// CSV and TSV cells: the one home of how every table netra writes quotes a
// field (answers in `--format csv|tsv`, SPARQL results CSV, the exported
// node and edge lists) and of which cells are protected from spreadsheets.
#pragma once

#include <string>
#include <string_view>

namespace netra::csv {

// Whether a cell a spreadsheet would run as a formula is written as it is
// (`--csv-raw`) or with a `'` in front, which spreadsheets show as text.
enum class FormulaCells { kProtect, kRaw };

// Appends `field` (RFC 4180), quoted when it holds `sep`, `"`, CR or LF or
// starts or ends with a space (readers that trim fields would lose it),
// with `"` doubled. Bytes are copied as they are: a caller that may hold
// invalid UTF-8 repairs it first.
void AppendField(std::string_view field, char sep, std::string* out);

// True for a cell a spreadsheet would run as a formula: it starts with `=`,
// `+`, `-`, `@`, tab or CR and is not a signed number ("-3", "+1.5", which
// spreadsheets read as numbers).
bool LooksLikeFormula(std::string_view cell);

// `cell`, with a `'` in front when LooksLikeFormula and `mode` is kProtect.
std::string Protect(std::string_view cell, FormulaCells mode = FormulaCells::kProtect);

}  // namespace netra::csv

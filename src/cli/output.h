// Printing query results as table, JSON, CSV or TSV.
#pragma once

#include <ostream>
#include <string>

#include "core/value.h"

namespace netra::cli {

// REQUIRES: rows is an array of objects. Columns are the keys of the first
// row; nested objects print by name, arrays joined with "; ".
void PrintRows(const Value& rows, const std::string& format, std::ostream& out);

}  // namespace netra::cli

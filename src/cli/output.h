// Printing query results as table, JSON, CSV or TSV.
#pragma once

#include <ostream>
#include <string>
#include <vector>

#include "core/value.h"

namespace netra::cli {

// REQUIRES: rows is an array of objects. Columns are `columns` when given
// (so that an empty answer keeps its header), else the keys of the rows;
// nested objects print by name, arrays joined with "; ".
void PrintRows(const Value& rows, const std::string& format, std::ostream& out,
               const std::vector<std::string>& columns = {});

}  // namespace netra::cli

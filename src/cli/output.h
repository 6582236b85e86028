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
// kind of answer (graph::CannedColumns ...): the same header whatever rows
// it has, empty or with a field none of them carries.
void PrintRows(const Value& rows, const std::string& format, std::ostream& out,
               const std::vector<std::string>& columns = {}, const std::vector<std::string>& csv_columns = {});

}  // namespace netra::cli

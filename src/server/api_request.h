// How a JSON API request becomes a command line:
//   /api/path?arg=16.73&arg=UU%2020%2F2023&exclude-type=Document&paths=2
//   -> path --exclude-type=Document --paths=2 --format=json -- 16.73 "UU 20/2023"
// `arg` values are the positional arguments in the order given; every other
// parameter is a flag (`--name=VALUE`, or `--name` alone when it has no
// value: `&no-subregions`); `--format=json` is added unless `format` is
// given (export's graphml, gexf ...). The flags come first, then `--`, then
// the positional arguments: a value that starts with `-` (`arg=--db`,
// `region=-h`) stays a value, never a flag.
#pragma once

#include <map>
#include <string>
#include <vector>

#include "core/status.h"

namespace netra::server {

// InvalidArgument for a command or flag name that is not a lower-case word
// (`[a-z][a-z0-9-]*`), or a value that is not UTF-8.
Result<std::vector<std::string>> ApiCommandLine(const std::string& command,
                                                const std::multimap<std::string, std::string>& params);

// InvalidArgument unless every `%` of a raw request target (path and query
// string, before decoding) starts a `%XX` escape.
Status CheckPercentEncoding(const std::string& target);

}  // namespace netra::server

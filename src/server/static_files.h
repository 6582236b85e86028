// The explorer's files, served from one folder and never from outside it.
#pragma once

#include <string>

#include "core/status.h"

namespace netra::server {

// The file under `root` that the (already percent-decoded) request path
// names: "/" and "" are "/index.html". InvalidArgument for a path that
// could leave the folder or name something hidden (`..`, `.`-files,
// backslashes, NUL bytes); NotFound for a path that names no regular file
// inside the folder once symbolic links are followed (a link that points
// outside is NotFound, as if it were not there).
Result<std::string> ResolveStaticFile(const std::string& root, const std::string& request_path);

// The Content-Type of a file by its extension ("application/octet-stream"
// for one not listed).
std::string ContentTypeOf(const std::string& path);

}  // namespace netra::server

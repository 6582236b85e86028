#include "server/static_files.h"

#include <filesystem>
#include <map>
#include <system_error>

namespace netra::server {

namespace fs = std::filesystem;

namespace {

// Whether `path` lies inside `dir` (both canonical).
bool Inside(const fs::path& dir, const fs::path& path) {
  auto [d, p] = std::mismatch(dir.begin(), dir.end(), path.begin(), path.end());
  return d == dir.end();
}

}  // namespace

Result<std::string> ResolveStaticFile(const std::string& root, const std::string& request_path) {
  std::string rel = request_path.empty() || request_path == "/" ? "/index.html" : request_path;
  if (rel.front() != '/' || rel.find('\\') != std::string::npos || rel.find('\0') != std::string::npos) {
    return Status::InvalidArgument("not a path the server serves");
  }
  // Segment by segment: no `..`, no `.`, no hidden files, no empty segment
  // (`//etc/passwd` would read as an absolute path).
  size_t start = 1;
  while (start <= rel.size()) {
    size_t end = rel.find('/', start);
    if (end == std::string::npos) end = rel.size();
    std::string segment = rel.substr(start, end - start);
    if (segment.empty() || segment[0] == '.') return Status::InvalidArgument("not a path the server serves");
    start = end + 1;
  }
  std::error_code ec;
  fs::path dir = fs::canonical(root, ec);
  if (ec) return Status::NotFound("no static folder");
  fs::path file = fs::canonical(dir / rel.substr(1), ec);
  if (ec || !Inside(dir, file) || !fs::is_regular_file(file, ec)) return Status::NotFound("no such file");
  return file.string();
}

std::string ContentTypeOf(const std::string& path) {
  static const std::map<std::string, std::string> kTypes = {
      {".html", "text/html; charset=utf-8"},
      {".js", "text/javascript; charset=utf-8"},
      {".mjs", "text/javascript; charset=utf-8"},
      {".css", "text/css; charset=utf-8"},
      {".json", "application/json; charset=utf-8"},
      {".svg", "image/svg+xml"},
      {".png", "image/png"},
      {".jpg", "image/jpeg"},
      {".ico", "image/x-icon"},
      {".woff2", "font/woff2"},
      {".woff", "font/woff"},
      {".map", "application/json; charset=utf-8"},
      {".txt", "text/plain; charset=utf-8"},
      {".wasm", "application/wasm"},
  };
  auto it = kTypes.find(fs::path(path).extension().string());
  return it == kTypes.end() ? "application/octet-stream" : it->second;
}

}  // namespace netra::server

#include "ingest/loader.h"

#include <unistd.h>

#include <algorithm>
#include <cerrno>
#include <cstdio>
#include <cstring>
#include <filesystem>
#include <fstream>

#include "core/file_util.h"

namespace netra::ingest {

namespace fs = std::filesystem;

namespace {

bool HasExtension(const fs::path& p, const char* ext) { return p.extension() == ext; }

bool IsJsonlPath(const fs::path& p) { return HasExtension(p, ".jsonl") || HasExtension(p, ".ndjson"); }

// Binary junk is recognised by NUL bytes, which no article text contains;
// invalid UTF-8 in otherwise textual files is reported by the text layer
// with its byte offset.
bool LooksBinary(const std::string& bytes) {
  size_t n = std::min<size_t>(bytes.size(), 8192);
  return std::memchr(bytes.data(), '\0', n) != nullptr;  // NOLINT(bugprone-not-null-terminated-result): reads only
}

std::string HumanBytes(uint64_t n) {
  char buf[32];
  if (n >= (1ull << 20)) {
    std::snprintf(buf, sizeof buf, "%.1f MiB", static_cast<double>(n) / (1 << 20));
  } else if (n >= 1024) {
    std::snprintf(buf, sizeof buf, "%.1f KiB", static_cast<double>(n) / 1024);
  } else {
    std::snprintf(buf, sizeof buf, "%llu bytes", static_cast<unsigned long long>(n));
  }
  return buf;
}

uint64_t LoadTextFile(const InputFile& input, const LoadOptions& options, const DocumentSink& on_document,
                      const ProblemSink& on_problem) {
  if (input.bytes == 0) {
    on_problem({input.path, "empty file"});
    return 0;
  }
  if (input.bytes > options.max_document_bytes) {
    on_problem({input.path, "file is " + HumanBytes(input.bytes) + ", over the " +
                                HumanBytes(options.max_document_bytes) + " limit (raise it with --max-doc-size)"});
    return 0;
  }
  auto bytes = ReadFile(input.path);
  if (!bytes.ok()) {
    on_problem({input.path, bytes.status().message()});
    return 0;
  }
  if (LooksBinary(*bytes)) {
    on_problem({input.path, "binary file (contains NUL bytes), not an article"});
    return 0;
  }
  model::Document doc;
  doc.id = fs::path(input.path).stem().string();
  doc.source = input.path;
  doc.text = std::move(bytes).value();
  on_document(std::move(doc));
  return 1;
}

// Reads lines of at most `limit` bytes; longer lines are skipped to their
// end and reported as too long, so one enormous line cannot exhaust memory.
// Reads blocks with read(2) and copies each line at once: a getc() per byte
// was a tenth of the thread that feeds `extract --jobs N` its documents.
// read(2) rather than fread, which on a pipe would wait for a full block
// before handing on lines that have already arrived. REQUIRES: nothing else
// reads `f` (bytes stdio had buffered would be skipped).
class LineReader {
 public:
  LineReader(std::FILE* f, uint64_t limit) : fd_(fileno(f)), limit_(limit), block_(1 << 16) {}

  // Returns false at end of input (or on a read error, which ends it too).
  // *too_long is set when the line was cut.
  bool Next(std::string* line, bool* too_long) {
    line->clear();
    *too_long = false;
    bool any = false;
    for (;;) {
      if (begin_ == end_ && !Fill()) return any;
      any = true;
      const char* start = block_.data() + begin_;
      size_t available = end_ - begin_;
      const void* newline = std::memchr(start, '\n', available);
      size_t n = newline != nullptr ? static_cast<const char*>(newline) - start : available;
      size_t room = line->size() < limit_ ? limit_ - line->size() : 0;
      if (n > room) *too_long = true;
      line->append(start, std::min(n, room));
      begin_ += n;
      if (newline != nullptr) {
        ++begin_;
        return true;
      }
    }
  }

 private:
  bool Fill() {
    ssize_t got;
    do {
      got = read(fd_, block_.data(), block_.size());
    } while (got < 0 && errno == EINTR);
    begin_ = 0;
    end_ = got > 0 ? static_cast<size_t>(got) : 0;
    return end_ > 0;
  }

  int fd_;
  uint64_t limit_;
  std::vector<char> block_;
  size_t begin_ = 0, end_ = 0;  // the unread bytes of block_
};

uint64_t LoadJsonlStream(std::FILE* f, const std::string& name, const LoadOptions& options,
                         const DocumentSink& on_document, const ProblemSink& on_problem) {
  // A JSON line carries escapes and metadata, so allow it some room over the
  // document limit before calling it too long.
  LineReader reader(f, options.max_document_bytes + (1 << 16));
  std::string line;
  bool too_long = false;
  uint64_t line_no = 0, loaded = 0, non_blank = 0;
  while (reader.Next(&line, &too_long)) {
    ++line_no;
    std::string where = name + ":" + std::to_string(line_no);
    if (too_long) {
      ++non_blank;
      on_problem({where, "line is over the " + HumanBytes(options.max_document_bytes) +
                             " document limit (raise it with --max-doc-size)"});
      continue;
    }
    if (!line.empty() && line.back() == '\r') line.pop_back();
    if (line.find_first_not_of(" \t") == std::string::npos) continue;
    ++non_blank;
    auto doc = ParseJsonLine(line, where);
    if (!doc.ok()) {
      on_problem({where, doc.status().message()});
      continue;
    }
    if (doc->text.size() > options.max_document_bytes) {
      on_problem({where, "text is " + HumanBytes(doc->text.size()) + ", over the " +
                             HumanBytes(options.max_document_bytes) + " limit"});
      continue;
    }
    on_document(std::move(doc).value());
    ++loaded;
  }
  if (non_blank == 0) on_problem({name, "empty file"});
  return loaded;
}

}  // namespace

std::vector<InputFile> ListInputs(const std::vector<std::string>& paths, std::vector<Diagnostic>* problems) {
  std::vector<InputFile> out;
  for (const std::string& path : paths) {
    if (path == "-") {
      out.push_back({"-", 0, true});
      continue;
    }
    std::error_code ec;
    fs::file_status st = fs::status(path, ec);
    if (ec || !fs::exists(st)) {
      problems->push_back({path, "no such file or folder"});
      continue;
    }
    if (fs::is_directory(st)) {
      std::vector<InputFile> found;
      fs::recursive_directory_iterator it(path, fs::directory_options::skip_permission_denied, ec);
      for (; !ec && it != fs::recursive_directory_iterator(); it.increment(ec)) {
        const fs::path& p = it->path();
        if (!it->is_regular_file(ec)) continue;
        // In folders only article files are taken: READMEs and the like are not articles.
        if (!HasExtension(p, ".txt") && !IsJsonlPath(p)) continue;
        found.push_back({p.string(), static_cast<uint64_t>(it->file_size(ec)), IsJsonlPath(p)});
      }
      if (ec) problems->push_back({path, "cannot walk folder: " + ec.message()});
      std::sort(found.begin(), found.end(), [](const InputFile& a, const InputFile& b) { return a.path < b.path; });
      out.insert(out.end(), found.begin(), found.end());
      continue;
    }
    out.push_back({path, static_cast<uint64_t>(fs::file_size(path, ec)), IsJsonlPath(path)});
  }
  return out;
}

uint64_t LoadFile(const InputFile& input, const LoadOptions& options, const DocumentSink& on_document,
                  const ProblemSink& on_problem) {
  if (!input.jsonl) return LoadTextFile(input, options, on_document, on_problem);
  if (input.path == "-") return LoadJsonlStream(stdin, "<stdin>", options, on_document, on_problem);
  std::FILE* f = std::fopen(input.path.c_str(), "rb");
  if (f == nullptr) {
    on_problem({input.path, std::strerror(errno)});
    return 0;
  }
  uint64_t n = LoadJsonlStream(f, input.path, options, on_document, on_problem);
  std::fclose(f);
  return n;
}

}  // namespace netra::ingest

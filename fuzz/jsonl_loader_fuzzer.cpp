// The JSONL article loader on any bytes, through the same reading path as
// a `.jsonl` file (line reader, length limit, JSON, fields): every line
// becomes a document or a problem naming it, and nothing else happens.
#include <sys/mman.h>
#include <unistd.h>

#include <cstddef>
#include <cstdint>
#include <string>

#include "fuzz_support.h"
#include "ingest/loader.h"

namespace netra::fuzz {
namespace {

// The input as a file: an in-memory one, reopened by its /proc path as the
// loader opens any file.
class MemoryFile {
 public:
  MemoryFile() : fd_(memfd_create("netra-fuzz-jsonl", 0)) { Check(fd_ >= 0, "memfd_create"); }
  ~MemoryFile() { close(fd_); }

  std::string Write(const uint8_t* data, size_t size) {
    Check(ftruncate(fd_, 0) == 0 && pwrite(fd_, data, size, 0) == static_cast<ssize_t>(size),
          "writing the memory file");
    return "/proc/self/fd/" + std::to_string(fd_);
  }

 private:
  int fd_;
};

void Run(const uint8_t* data, size_t size) {
  static MemoryFile file;
  ingest::InputFile input{file.Write(data, size), size, /*jsonl=*/true};
  ingest::LoadOptions options;
  // Small, so that inputs of a few KB reach the limits on lines and texts.
  options.max_document_bytes = 512;
  uint64_t documents = 0;
  const uint64_t loaded = ingest::LoadFile(
      input, options,
      [&](model::Document&& doc) {
        ++documents;
        Check(!doc.id.empty(), "a document has an id");
        Check(doc.text.find_first_not_of(" \t\r\n") != std::string::npos, "a document has text");
        Check(doc.text.size() <= options.max_document_bytes, "a document's text is within the limit");
        Check(doc.published.empty() || doc.published.size() == 10, "published is an ISO date");
      },
      [&](const ingest::Diagnostic& problem) {
        Check(problem.where.rfind(input.path, 0) == 0 && !problem.message.empty(),
              "a problem names the file and what is wrong");
      });
  Check(loaded == documents, "LoadFile counts the documents it hands on");
}

}  // namespace
}  // namespace netra::fuzz

extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, size_t size) {
  netra::fuzz::Run(data, size);
  return 0;
}

#include "core/direct_file.h"

#include <doctest/doctest.h>

#include <ostream>
#include <string>

#include "core/file_util.h"
#include "support/temp_dir.h"

namespace netra {

namespace {

// Bytes that differ from block to block, so that a block written twice or
// out of place shows.
std::string Pattern(size_t n) {
  std::string s(n, '\0');
  for (size_t i = 0; i < n; ++i) s[i] = static_cast<char>('a' + (i * 7 + i / 4096) % 26);
  return s;
}

}  // namespace

TEST_SUITE("core.direct_file") {
  TEST_CASE("a file written past the page cache holds every byte, whole blocks or not") {
    testing::TempDir dir;
    const std::string path = (dir.path() / "out.graphml").string();
    // Empty, under a block, whole blocks, past the 4 MiB buffer and not a
    // whole block, in pieces of awkward sizes.
    for (size_t size : {size_t{0}, size_t{1}, size_t{4095}, size_t{8192}, size_t{(4u << 20) + 12345}}) {
      CAPTURE(size);
      const std::string data = Pattern(size);
      auto buf = DirectFileBuf::Open(path);
      REQUIRE(buf.ok());
      std::ostream out(buf->get());
      for (size_t at = 0; at < size;) {
        size_t piece = std::min<size_t>(size - at, 1 + (at % 100003));
        out.write(data.data() + at, static_cast<std::streamsize>(piece));
        at += piece;
      }
      out.put('!');
      out.flush();
      REQUIRE((*buf)->Close().ok());
      CHECK(out.good());
      Result<std::string> back = ReadFile(path);
      REQUIRE(back.ok());
      CHECK(back->size() == size + 1);
      CHECK(*back == data + "!");
    }
  }

  TEST_CASE("a file that cannot be opened is an IoError naming it") {
    testing::TempDir dir;
    const std::string path = (dir.path() / "missing" / "out.gexf").string();
    auto buf = DirectFileBuf::Open(path);
    REQUIRE_FALSE(buf.ok());
    CHECK(buf.status().ToString().find(path) != std::string::npos);
  }
}

}  // namespace netra

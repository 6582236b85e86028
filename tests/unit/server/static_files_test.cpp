#include "server/static_files.h"

#include <doctest/doctest.h>

#include <filesystem>

#include "temp_dir.h"

namespace netra::server {

namespace {

using testing::TempDir;

TEST_SUITE("server.static_files") {
  TEST_CASE("a file of the folder is served, and / is its index.html") {
    TempDir dir;
    dir.Write("site/index.html", "<p>hi</p>");
    dir.Write("site/js/app.js", "1");
    std::string root = (dir.path() / "site").string();
    auto index = ResolveStaticFile(root, "/");
    REQUIRE(index.ok());
    CHECK(*index == std::filesystem::canonical(dir.path() / "site/index.html").string());
    auto js = ResolveStaticFile(root, "/js/app.js");
    REQUIRE(js.ok());
    CHECK(ContentTypeOf(*js) == "text/javascript; charset=utf-8");
  }

  TEST_CASE("no path leaves the folder: .., hidden segments, backslashes, empty segments, links out") {
    TempDir dir;
    dir.Write("site/index.html", "x");
    dir.Write("site/.hidden", "x");
    dir.Write("secret.txt", "x");
    std::filesystem::create_symlink(dir.path() / "secret.txt", dir.path() / "site/link.txt");
    std::filesystem::create_directory_symlink(dir.path(), dir.path() / "site/up");
    std::string root = (dir.path() / "site").string();
    for (const char* bad : {"/../secret.txt", "/a/../../secret.txt", "/.hidden", "/..", "//etc/passwd",
                            "/a\\..\\secret.txt", "relative.txt"}) {
      CAPTURE(bad);
      auto r = ResolveStaticFile(root, bad);
      REQUIRE_FALSE(r.ok());
      CHECK(r.status().code() == StatusCode::kInvalidArgument);
    }
    for (const char* missing : {"/link.txt", "/up/secret.txt", "/nothing.html", "/up"}) {
      CAPTURE(missing);
      auto r = ResolveStaticFile(root, missing);
      REQUIRE_FALSE(r.ok());
      CHECK(r.status().code() == StatusCode::kNotFound);
    }
    CHECK(ResolveStaticFile(root, std::string("/index.html\0/x", 14)).status().code() == StatusCode::kInvalidArgument);
  }

  TEST_CASE("without a folder nothing is served") {
    CHECK(ResolveStaticFile("", "/").status().code() == StatusCode::kNotFound);
    CHECK(ResolveStaticFile("/nonexistent/netra/explorer", "/index.html").status().code() == StatusCode::kNotFound);
  }
}

}  // namespace

}  // namespace netra::server

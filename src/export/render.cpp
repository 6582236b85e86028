#include "export/render.h"

#include <errno.h>
#include <signal.h>
#include <spawn.h>
#include <sys/wait.h>
#include <unistd.h>

#include <cstring>
#include <vector>

extern char** environ;

namespace netra::exporter {

const char* ChooseEngine(size_t nodes) {
  if (nodes <= 60) return "dot";
  return nodes <= 500 ? "neato" : "sfdp";
}

namespace {

// Writes everything, retrying on EINTR; false on a broken pipe or error.
bool WriteAll(int fd, const std::string& data) {
  size_t done = 0;
  while (done < data.size()) {
    ssize_t n = write(fd, data.data() + done, data.size() - done);
    if (n < 0 && errno == EINTR) continue;
    if (n <= 0) return false;
    done += static_cast<size_t>(n);
  }
  return true;
}

}  // namespace

Status RenderWithGraphviz(const std::string& dot_text, const std::string& engine, const std::string& format,
                          const std::string& out_path) {
  int fds[2];
  if (pipe(fds) != 0) return Status::IoError(std::string("pipe: ") + std::strerror(errno));
  posix_spawn_file_actions_t actions;
  posix_spawn_file_actions_init(&actions);
  posix_spawn_file_actions_adddup2(&actions, fds[0], 0);
  posix_spawn_file_actions_addclose(&actions, fds[0]);
  posix_spawn_file_actions_addclose(&actions, fds[1]);
  std::vector<std::string> args = {engine, "-T" + format};
  if (!out_path.empty()) {
    args.push_back("-o");
    args.push_back(out_path);
  }
  std::vector<char*> argv;
  for (auto& a : args) argv.push_back(a.data());
  argv.push_back(nullptr);
  pid_t pid = 0;
  int rc = posix_spawnp(&pid, engine.c_str(), &actions, nullptr, argv.data(), environ);
  posix_spawn_file_actions_destroy(&actions);
  close(fds[0]);
  if (rc != 0) {
    close(fds[1]);
    if (rc == ENOENT) return Status::NotFound("Graphviz `" + engine + "` not found (apt-get install graphviz)");
    return Status::IoError("cannot run " + engine + ": " + std::strerror(rc));
  }
  // If the engine dies early, write() must fail with EPIPE, not kill netra.
  struct sigaction ignore {
  }, old{};
  ignore.sa_handler = SIG_IGN;
  sigaction(SIGPIPE, &ignore, &old);
  bool written = WriteAll(fds[1], dot_text);
  close(fds[1]);
  sigaction(SIGPIPE, &old, nullptr);
  int status = 0;
  while (waitpid(pid, &status, 0) < 0) {
    if (errno != EINTR) return Status::IoError(std::string("waiting for ") + engine + ": " + std::strerror(errno));
  }
  if (WIFEXITED(status) && WEXITSTATUS(status) == 0 && written) return Status::Ok();
  if (WIFEXITED(status) && WEXITSTATUS(status) == 127) {
    return Status::NotFound("Graphviz `" + engine + "` not found (apt-get install graphviz)");
  }
  return Status::IoError(engine + " failed" +
                         (WIFEXITED(status) ? " with exit status " + std::to_string(WEXITSTATUS(status))
                                            : std::string(" (killed by a signal)")));
}

}  // namespace netra::exporter

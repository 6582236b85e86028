#include "run_command.h"

#include <fcntl.h>
#include <poll.h>
#include <signal.h>
#include <sys/wait.h>
#include <unistd.h>

#include <cstdio>
#include <cstdlib>
#include <filesystem>
#include <fstream>
#include <sstream>
#include <stdexcept>

#include "temp_dir.h"

namespace netra::testing {

namespace {

std::string Slurp(const std::string& path) {
  std::ifstream in(path, std::ios::binary);
  std::ostringstream s;
  s << in.rdbuf();
  return s.str();
}

// In a forked child: becomes netra with `args`; 127 if it cannot.
[[noreturn]] void ExecNetra(const std::vector<std::string>& args) {
  std::vector<char*> argv;
  std::string binary = NETRA_BINARY;
  argv.push_back(binary.data());
  std::vector<std::string> copy = args;
  for (std::string& a : copy) argv.push_back(a.data());
  argv.push_back(nullptr);
  execv(binary.c_str(), argv.data());
  _exit(127);
}

}  // namespace

CommandResult RunNetra(const std::vector<std::string>& args, const std::string& stdin_text) {
  TempDir dir;
  std::string out_path = (dir.path() / "stdout").string();
  std::string err_path = (dir.path() / "stderr").string();
  std::string in_path = dir.Write("stdin", stdin_text);
  pid_t pid = fork();
  if (pid == 0) {
    int in = open(in_path.c_str(), O_RDONLY);
    int out = open(out_path.c_str(), O_WRONLY | O_CREAT | O_TRUNC, 0644);
    int err = open(err_path.c_str(), O_WRONLY | O_CREAT | O_TRUNC, 0644);
    dup2(in, 0);
    dup2(out, 1);
    dup2(err, 2);
    ExecNetra(args);
  }
  int status = 0;
  waitpid(pid, &status, 0);
  CommandResult r;
  r.exit_code = WIFEXITED(status) ? WEXITSTATUS(status) : 128 + WTERMSIG(status);
  r.out = Slurp(out_path);
  r.err = Slurp(err_path);
  return r;
}

NetraProcess::NetraProcess(const std::vector<std::string>& args) {
  std::string pattern = (std::filesystem::temp_directory_path() / "netra-process-XXXXXX").string();
  if (mkdtemp(pattern.data()) == nullptr) throw std::runtime_error("cannot create a temporary folder");
  dir_ = pattern;
  err_path_ = dir_ + "/stderr";
  int in[2], out[2];
  if (pipe(in) != 0 || pipe(out) != 0) throw std::runtime_error("cannot make pipes");
  pid_ = fork();
  if (pid_ == 0) {
    int err = open(err_path_.c_str(), O_WRONLY | O_CREAT | O_TRUNC, 0644);
    dup2(in[0], 0);
    dup2(out[1], 1);
    dup2(err, 2);
    close(in[1]);
    close(out[0]);
    ExecNetra(args);
  }
  close(in[0]);
  close(out[1]);
  in_ = in[1];
  out_ = out[0];
  signal(SIGPIPE, SIG_IGN);  // a process that died early must fail the test, not kill it
}

NetraProcess::~NetraProcess() {
  if (pid_ > 0) {
    kill(pid_, SIGKILL);
    waitpid(pid_, nullptr, 0);
  }
  if (in_ >= 0) close(in_);
  if (out_ >= 0) close(out_);
  std::error_code ec;
  std::filesystem::remove_all(dir_, ec);
}

void NetraProcess::Write(const std::string& text) {
  size_t done = 0;
  while (done < text.size()) {
    ssize_t n = write(in_, text.data() + done, text.size() - done);
    if (n <= 0) return;
    done += static_cast<size_t>(n);
  }
}

std::string NetraProcess::ReadUntil(const std::string& marker, int timeout_ms) {
  while (pending_.find(marker) == std::string::npos) {
    pollfd p{out_, POLLIN, 0};
    if (poll(&p, 1, timeout_ms) <= 0) break;
    char buffer[4096];
    ssize_t n = read(out_, buffer, sizeof buffer);
    if (n <= 0) break;
    pending_.append(buffer, static_cast<size_t>(n));
  }
  size_t at = pending_.find(marker);
  size_t end = at == std::string::npos ? pending_.size() : at + marker.size();
  std::string out = pending_.substr(0, end);
  pending_.erase(0, end);
  return out;
}

CommandResult NetraProcess::Finish() {
  close(in_);
  in_ = -1;
  CommandResult r;
  r.out = ReadUntil(std::string(1, '\0'));  // all of it: netra prints no NUL
  int status = 0;
  waitpid(pid_, &status, 0);
  pid_ = -1;
  r.exit_code = WIFEXITED(status) ? WEXITSTATUS(status) : 128 + WTERMSIG(status);
  r.err = Slurp(err_path_);
  return r;
}

}  // namespace netra::testing

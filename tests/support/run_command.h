// Runs the netra binary as a user would, capturing its exit code, stdout
// and stderr: the CLI tests check messages and exit codes end to end.
#pragma once

#include <string>
#include <vector>

namespace netra::testing {

struct CommandResult {
  int exit_code = -1;
  std::string out;
  std::string err;
};

// Runs `netra` with these arguments (each passed as one argv entry) and,
// when `stdin_text` is not empty, feeds it on standard input.
CommandResult RunNetra(const std::vector<std::string>& args, const std::string& stdin_text = "");

// A netra process the test talks to while it runs (`netra shell`): its
// standard input is a pipe the test writes to, in steps; its standard
// output a pipe the test reads; stderr goes to a file, read at the end.
//
//   NetraProcess shell({"shell", "--db", db});
//   shell.Write("query regions\n");
//   std::string answer = shell.ReadUntil("rows)\n");
//   CommandResult end = shell.Finish();  // closes stdin, waits
class NetraProcess {
 public:
  explicit NetraProcess(const std::vector<std::string>& args);
  ~NetraProcess();  // kills the process if Finish was not called
  NetraProcess(const NetraProcess&) = delete;
  NetraProcess& operator=(const NetraProcess&) = delete;

  void Write(const std::string& text);
  // Standard output from where the last read stopped up to and including
  // the first `marker`; what came before it if the output ends first or
  // nothing arrives for `timeout_ms`.
  std::string ReadUntil(const std::string& marker, int timeout_ms = 60000);
  // Closes standard input, waits for the exit: its code, the rest of its
  // standard output, and all of stderr.
  CommandResult Finish();

 private:
  int pid_ = -1;
  int in_ = -1, out_ = -1;
  std::string err_path_;
  std::string pending_;  // read past the last marker
  std::string dir_;
};

}  // namespace netra::testing

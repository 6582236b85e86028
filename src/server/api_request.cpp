#include "server/api_request.h"

#include <cctype>

#include "core/utf8.h"

namespace netra::server {

namespace {

bool IsName(const std::string& s) {
  if (s.empty() || !std::islower(static_cast<unsigned char>(s[0]))) return false;
  for (char c : s) {
    if (!std::islower(static_cast<unsigned char>(c)) && !std::isdigit(static_cast<unsigned char>(c)) && c != '-') {
      return false;
    }
  }
  return true;
}

}  // namespace

Result<std::vector<std::string>> ApiCommandLine(const std::string& command,
                                                const std::multimap<std::string, std::string>& params) {
  if (!IsName(command)) return Status::InvalidArgument("no such command: `" + command + "`");
  std::vector<std::string> args = {command};
  std::vector<std::string> positional;
  bool format = false;
  for (const auto& [key, value] : params) {
    if (!ValidateUtf8(value).ok()) return Status::InvalidArgument("the value of `" + key + "` is not UTF-8");
    if (key == "arg") {
      positional.push_back(value);
      continue;
    }
    if (!IsName(key)) return Status::InvalidArgument("`" + key + "` is not a flag name (a-z, 0-9 and -)");
    args.push_back(value.empty() ? "--" + key : "--" + key + "=" + value);
    format = format || key == "format";
  }
  if (!format) args.push_back("--format=json");
  if (!positional.empty()) {
    args.push_back("--");
    args.insert(args.end(), positional.begin(), positional.end());
  }
  return args;
}

Status CheckPercentEncoding(const std::string& target) {
  for (size_t i = 0; i < target.size(); ++i) {
    if (target[i] != '%') continue;
    if (i + 2 >= target.size() || !std::isxdigit(static_cast<unsigned char>(target[i + 1])) ||
        !std::isxdigit(static_cast<unsigned char>(target[i + 2]))) {
      return Status::InvalidArgument("malformed percent-encoding at byte " + std::to_string(i) + " of the URL");
    }
  }
  return Status::Ok();
}

}  // namespace netra::server

#include "cli/shell_words.h"

namespace netra::cli {

namespace {

bool IsBlank(char c) { return c == ' ' || c == '\t' || c == '\r'; }

}  // namespace

Result<std::vector<std::string>> SplitWords(std::string_view line) {
  std::vector<std::string> words;
  std::string word;
  bool in_word = false;  // a word has begun (it may be empty: '')
  size_t i = 0;
  auto column = [](size_t at) { return std::to_string(at + 1); };
  while (i < line.size()) {
    char c = line[i];
    if (IsBlank(c)) {
      if (in_word) words.push_back(std::move(word));
      word.clear();
      in_word = false;
      ++i;
    } else if (c == '#' && !in_word) {
      break;
    } else if (c == '\'') {
      size_t close = line.find('\'', i + 1);
      if (close == std::string_view::npos) {
        return Status::InvalidArgument("the single quote at column " + column(i) + " is not closed");
      }
      word.append(line.substr(i + 1, close - i - 1));
      in_word = true;
      i = close + 1;
    } else if (c == '"') {
      size_t open = i++;
      while (i < line.size() && line[i] != '"') {
        bool escape = line[i] == '\\' && i + 1 < line.size() && (line[i + 1] == '"' || line[i + 1] == '\\');
        if (escape) ++i;
        word.push_back(line[i++]);
      }
      if (i >= line.size()) {
        return Status::InvalidArgument("the double quote at column " + column(open) + " is not closed");
      }
      in_word = true;
      ++i;
    } else if (c == '\\') {
      if (i + 1 >= line.size()) {
        return Status::InvalidArgument("the backslash at column " + column(i) + " ends the line: it escapes nothing");
      }
      word.push_back(line[i + 1]);
      in_word = true;
      i += 2;
    } else {
      word.push_back(c);
      in_word = true;
      ++i;
    }
  }
  if (in_word) words.push_back(std::move(word));
  return words;
}

}  // namespace netra::cli

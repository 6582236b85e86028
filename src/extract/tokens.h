// Word and punctuation tokens of one sentence, with byte offsets into it.
#pragma once

#include <cstdint>
#include <string>
#include <string_view>
#include <vector>

namespace netra::extract {

struct Token {
  uint32_t begin = 0;  // byte offsets into the tokenized text
  uint32_t end = 0;
  bool word = false;         // letters/digits (hyphen-joined: "Undang-undang"); else one punctuation char
  bool capitalized = false;  // first byte is an ASCII capital, or a non-ASCII letter
  bool number = false;       // all digits
};

// Splits `text` into tokens. Non-ASCII bytes count as letters, except the
// UTF-8 punctuation the press uses (“ ” ‘ ’ – — …), which become
// punctuation tokens.
std::vector<Token> Tokenize(std::string_view text);

inline std::string_view TokenText(std::string_view text, const Token& t) {
  return text.substr(t.begin, t.end - t.begin);
}

}  // namespace netra::extract

// Tokens of the pattern language (a SPARQL subset, see pattern_query.h).
#pragma once

#include <string>
#include <string_view>

#include "core/status.h"
#include "query/pattern_ast.h"

namespace netra::query::pattern {

enum class TokenKind {
  kEnd,
  kIri,      // <Region:16.73>: text is what is between the brackets
  kPname,    // netra:cites, Region:16.73, region: (text is all of it)
  kVar,      // ?x or $x: text is the name
  kString,   // "..." or '...': text is the unescaped value
  kInteger,  // 42, -3
  kWord,     // SELECT, filter, lcase, a (text as written)
  kPunct,    // { } ( ) . ; , * ^^ = != < > <= >= && || !, and in paths / | ^ + ?
};

// What the parser expects next, where a character reads two ways.
enum class LexMode {
  kTerm,      // `<` opens an IRI
  kOperator,  // `<` compares
  kPath,      // a predicate: `/ | ^ * + ?` are path operators and a prefixed
              // name ends at `/` (`netra:a/netra:b` is a sequence)
};

struct Token {
  TokenKind kind = TokenKind::kEnd;
  std::string text;
  Pos pos;
  bool Is(TokenKind k, std::string_view t) const { return kind == k && text == t; }
  // Case-insensitive keyword test.
  bool IsWord(std::string_view keyword) const;
  // How the token reads in an error message.
  std::string Describe() const;
};

// Splits the query text into tokens on demand. `<` is ambiguous in SPARQL
// (an IRI or less-than); the parser says which one it expects.
class Lexer {
 public:
  explicit Lexer(std::string_view text) : text_(text) {}

  // The next token, read as `mode` says. InvalidArgument with line and
  // column on a malformed token.
  Result<Token> Next(LexMode mode);

  struct State {
    size_t offset = 0;
    Pos pos;
  };
  State Save() const { return {offset_, pos_}; }
  void Restore(const State& s) {
    offset_ = s.offset;
    pos_ = s.pos;
  }

 private:
  void SkipSpaceAndComments();
  Token Punct(Token t, size_t n);
  Result<Token> IriRef(Token t);
  Result<Token> Variable(Token t);
  Result<Token> StringLiteral(Token t);
  Token Integer(Token t);
  Token Name(Token t, LexMode mode);
  void Advance(size_t n);
  Status Error(const Pos& at, const std::string& msg) const;

  std::string_view text_;
  size_t offset_ = 0;
  Pos pos_;
};

// "line 3, column 14: <msg>": the form of every parse error.
Status SyntaxError(const Pos& at, const std::string& msg);

}  // namespace netra::query::pattern

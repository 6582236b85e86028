#include "query/pattern_lexer.h"

#include <cctype>

namespace netra::query::pattern {

namespace {

bool IsNameStart(char c) { return std::isalpha(static_cast<unsigned char>(c)) || c == '_'; }
bool IsNameChar(char c) { return std::isalnum(static_cast<unsigned char>(c)) || c == '_' || c == '-'; }
// Characters of the local part of a prefixed name. Wider than SPARQL's
// PN_LOCAL so that netra's ids read as written: `Statute:UU/20/2023`,
// `Person:rahmat-hidayat-saputra@16.73`.
bool IsLocalChar(char c) {
  return IsNameChar(c) || c == '.' || c == ':' || c == '/' || c == '@' || c == '%' ||
         (static_cast<unsigned char>(c) & 0x80) != 0;
}

}  // namespace

bool Token::IsWord(std::string_view keyword) const {
  if (kind != TokenKind::kWord || text.size() != keyword.size()) return false;
  for (size_t i = 0; i < text.size(); ++i) {
    if (std::toupper(static_cast<unsigned char>(text[i])) != std::toupper(static_cast<unsigned char>(keyword[i]))) {
      return false;
    }
  }
  return true;
}

std::string Token::Describe() const {
  switch (kind) {
    case TokenKind::kEnd: return "the end of the query";
    case TokenKind::kIri: return "`<" + text + ">`";
    case TokenKind::kVar: return "`?" + text + "`";
    case TokenKind::kString: return "the string \"" + text + "\"";
    default: return "`" + text + "`";
  }
}

Status SyntaxError(const Pos& at, const std::string& msg) {
  return Status::InvalidArgument("line " + std::to_string(at.line) + ", column " + std::to_string(at.column) + ": " +
                                 msg);
}

Status Lexer::Error(const Pos& at, const std::string& msg) const { return SyntaxError(at, msg); }

void Lexer::Advance(size_t n) {
  for (size_t i = 0; i < n && offset_ < text_.size(); ++i, ++offset_) {
    char c = text_[offset_];
    if (c == '\n') {
      ++pos_.line;
      pos_.column = 1;
    } else if ((static_cast<unsigned char>(c) & 0xC0) != 0x80) {
      ++pos_.column;  // columns count characters, not UTF-8 bytes
    }
  }
}

void Lexer::SkipSpaceAndComments() {
  while (offset_ < text_.size()) {
    char c = text_[offset_];
    if (c == '#') {
      while (offset_ < text_.size() && text_[offset_] != '\n') Advance(1);
    } else if (std::isspace(static_cast<unsigned char>(c))) {
      Advance(1);
    } else {
      break;
    }
  }
}

Token Lexer::Punct(Token t, size_t n) {
  t.kind = TokenKind::kPunct;
  t.text = std::string(text_.substr(offset_, n));
  Advance(n);
  return t;
}

Result<Token> Lexer::IriRef(Token t) {
  std::string_view rest = text_.substr(offset_);
  size_t end = 1;
  while (end < rest.size() && rest[end] != '>' && !std::isspace(static_cast<unsigned char>(rest[end])) &&
         rest[end] != '<' && rest[end] != '"' && rest[end] != '{' && rest[end] != '}') {
    ++end;
  }
  if (end >= rest.size() || rest[end] != '>') return Error(t.pos, "unterminated IRI: expected `>`");
  t.kind = TokenKind::kIri;
  t.text = std::string(rest.substr(1, end - 1));
  Advance(end + 1);
  return t;
}

Result<Token> Lexer::Variable(Token t) {
  std::string_view rest = text_.substr(offset_);
  size_t end = 1;
  while (end < rest.size() && IsNameChar(rest[end]) && rest[end] != '-') ++end;
  if (end == 1) return Error(t.pos, "a variable needs a name after `" + std::string(1, rest[0]) + "`");
  t.kind = TokenKind::kVar;
  t.text = std::string(rest.substr(1, end - 1));
  Advance(end);
  return t;
}

Result<Token> Lexer::StringLiteral(Token t) {
  std::string_view rest = text_.substr(offset_);
  char quote = rest[0];
  std::string value;
  size_t i = 1;
  for (; i < rest.size() && rest[i] != quote; ++i) {
    if (rest[i] == '\n') break;
    if (rest[i] == '\\' && i + 1 < rest.size()) {
      char e = rest[++i];
      value.push_back(e == 'n' ? '\n' : e == 't' ? '\t' : e == 'r' ? '\r' : e);
    } else {
      value.push_back(rest[i]);
    }
  }
  if (i >= rest.size() || rest[i] != quote) return Error(t.pos, "unterminated string");
  t.kind = TokenKind::kString;
  t.text = std::move(value);
  Advance(i + 1);
  return t;
}

Token Lexer::Integer(Token t) {
  std::string_view rest = text_.substr(offset_);
  size_t end = 1;
  while (end < rest.size() && std::isdigit(static_cast<unsigned char>(rest[end]))) ++end;
  bool plus = rest[0] == '+';
  t.kind = TokenKind::kInteger;
  t.text = std::string(rest.substr(plus ? 1 : 0, plus ? end - 1 : end));
  Advance(end);
  return t;
}

// A keyword or a prefixed name. The local part may use \-escapes; a
// trailing `.` ends the triple, as in SPARQL; in a path `/` is an operator.
Token Lexer::Name(Token t, LexMode mode) {
  std::string_view rest = text_.substr(offset_);
  size_t end = 0;
  while (end < rest.size() && IsNameChar(rest[end])) ++end;
  if (end >= rest.size() || rest[end] != ':') {
    t.kind = TokenKind::kWord;
    t.text = std::string(rest.substr(0, end));
    Advance(end);
    return t;
  }
  std::string text(rest.substr(0, end + 1));
  size_t i = end + 1;
  while (i < rest.size()) {
    if (rest[i] == '\\' && i + 1 < rest.size()) {
      text.push_back(rest[i + 1]);
      i += 2;
    } else if (IsLocalChar(rest[i]) && !(mode == LexMode::kPath && rest[i] == '/')) {
      text.push_back(rest[i++]);
    } else {
      break;
    }
  }
  while (text.size() > end + 1 && text.back() == '.') {
    text.pop_back();
    --i;
  }
  t.kind = TokenKind::kPname;
  t.text = std::move(text);
  Advance(i);
  return t;
}

Result<Token> Lexer::Next(LexMode mode) {
  SkipSpaceAndComments();
  Token t;
  t.pos = pos_;
  if (offset_ >= text_.size()) return t;
  std::string_view rest = text_.substr(offset_);
  char c = rest[0];
  bool path = mode == LexMode::kPath;
  if (path && std::string_view("/|^+").find(c) != std::string_view::npos) return Punct(t, 1);
  if (path && c == '?' && (rest.size() == 1 || !IsNameChar(rest[1]))) return Punct(t, 1);
  for (std::string_view two : {"^^", "!=", "<=", ">=", "&&", "||"}) {
    if (rest.substr(0, 2) == two && !(two == "<=" && mode != LexMode::kOperator)) return Punct(t, 2);
  }
  if (c == '<' && mode != LexMode::kOperator) return IriRef(t);
  if (std::string_view("{}().;,*=<>!").find(c) != std::string_view::npos) return Punct(t, 1);
  if (c == '?' || c == '$') return Variable(t);
  if (c == '"' || c == '\'') return StringLiteral(t);
  if (std::isdigit(static_cast<unsigned char>(c)) ||
      ((c == '-' || c == '+') && rest.size() > 1 && std::isdigit(static_cast<unsigned char>(rest[1])))) {
    return Integer(t);
  }
  if (IsNameStart(c) || c == ':') return Name(t, mode);
  return Error(t.pos, "unexpected character `" + std::string(1, c) + "`");
}

}  // namespace netra::query::pattern

#include "query/pattern_parser.h"

#include <algorithm>
#include <cctype>
#include <charconv>
#include <set>

#include "model/iri.h"
#include "model/vocab.h"
#include "query/pattern_lexer.h"

namespace netra::query::pattern {

namespace {

constexpr std::string_view kXsd = model::iri::kXsd;

bool IsIsoDate(const std::string& s) {
  if (s.size() != 10 || s[4] != '-' || s[7] != '-') return false;
  for (size_t i : {0, 1, 2, 3, 5, 6, 8, 9}) {
    if (!std::isdigit(static_cast<unsigned char>(s[i]))) return false;
  }
  return true;
}

// Functions FILTER knows, with their number of arguments.
const std::map<std::string, size_t>& Functions() {
  static const std::map<std::string, size_t> kFunctions = {
      {"lcase", 1},     {"ucase", 1},   {"str", 1},        {"bound", 1},          {"year", 1},       {"contains", 2},
      {"strstarts", 2}, {"strends", 2}, {"netra:fold", 1}, {"netra:contains", 2}, {"netra:type", 1},
  };
  return kFunctions;
}

class Parser {
 public:
  explicit Parser(std::string_view text) : lexer_(text), prefixes_(DefaultPrefixes()) {}

  Result<Query> Run() {
    NETRA_RETURN_IF_ERROR(Prologue());
    NETRA_RETURN_IF_ERROR(Select());
    NETRA_ASSIGN_OR_RETURN(Token t, Peek());
    if (t.IsWord("WHERE")) NETRA_RETURN_IF_ERROR(Take().status());
    NETRA_RETURN_IF_ERROR(GroupPattern(&q_.where, false));
    NETRA_RETURN_IF_ERROR(Modifiers());
    NETRA_ASSIGN_OR_RETURN(Token end, Take());
    if (end.kind != TokenKind::kEnd)
      return SyntaxError(end.pos, "expected the end of the query, found " + end.Describe());
    NETRA_RETURN_IF_ERROR(Check());
    return std::move(q_);
  }

 private:
  // One token of look-ahead, lexed in the context the caller expects.
  Result<Token> Peek(LexMode mode = LexMode::kTerm) {
    if (peeked_ && peeked_mode_ == mode) return *peeked_;
    if (peeked_) lexer_.Restore(before_peek_);
    before_peek_ = lexer_.Save();
    NETRA_ASSIGN_OR_RETURN(Token t, lexer_.Next(mode));
    peeked_ = t;
    peeked_mode_ = mode;
    return t;
  }
  Result<Token> Take(LexMode mode = LexMode::kTerm) {
    NETRA_ASSIGN_OR_RETURN(Token t, Peek(mode));
    peeked_.reset();
    return t;
  }
  Status Expect(std::string_view punct, LexMode mode = LexMode::kTerm) {
    NETRA_ASSIGN_OR_RETURN(Token t, Take(mode));
    if (!t.Is(TokenKind::kPunct, punct)) {
      return SyntaxError(t.pos, "expected `" + std::string(punct) + "`, found " + t.Describe());
    }
    return Status::Ok();
  }
  // Each nested group, path step and expression operand is a level of
  // recursion here, and again in the planner and evaluator that walk the
  // parsed tree; a query nested deeper than any real one is refused where
  // the nesting passes the limit, instead of running out of stack.
  static constexpr int kMaxNesting = 64;
  class Nesting {
   public:
    explicit Nesting(int* depth) : depth_(depth) { ++*depth_; }
    ~Nesting() { --*depth_; }
    Nesting(const Nesting&) = delete;
    Nesting& operator=(const Nesting&) = delete;
    bool too_deep() const { return *depth_ > kMaxNesting; }

   private:
    int* depth_;
  };
  Status TooDeep(const Pos& pos) const {
    return SyntaxError(
        pos, "the query nests groups, paths or expressions more than " + std::to_string(kMaxNesting) + " levels deep");
  }

  Result<bool> TakeIf(std::string_view punct, LexMode mode = LexMode::kTerm) {
    NETRA_ASSIGN_OR_RETURN(Token t, Peek(mode));
    if (!t.Is(TokenKind::kPunct, punct)) return false;
    NETRA_RETURN_IF_ERROR(Take(mode).status());
    return true;
  }

  int Var(const std::string& name) {
    auto it = std::find(q_.vars.begin(), q_.vars.end(), name);
    if (it != q_.vars.end()) return static_cast<int>(it - q_.vars.begin());
    q_.vars.push_back(name);
    return static_cast<int>(q_.vars.size() - 1);
  }

  Status Prologue() {
    for (;;) {
      NETRA_ASSIGN_OR_RETURN(Token t, Peek());
      if (!t.IsWord("PREFIX")) return Status::Ok();
      NETRA_RETURN_IF_ERROR(Take().status());
      NETRA_ASSIGN_OR_RETURN(Token name, Take());
      if (name.kind != TokenKind::kPname || name.text.back() != ':' || name.text.find(':') != name.text.size() - 1) {
        return SyntaxError(name.pos, "expected a prefix name such as `ex:`, found " + name.Describe());
      }
      NETRA_ASSIGN_OR_RETURN(Token iri, Take());
      if (iri.kind != TokenKind::kIri) return SyntaxError(iri.pos, "expected `<...>` after PREFIX " + name.text);
      prefixes_[name.text.substr(0, name.text.size() - 1)] = iri.text;
    }
  }

  Status Select() {
    NETRA_ASSIGN_OR_RETURN(Token t, Take());
    if (!t.IsWord("SELECT")) return SyntaxError(t.pos, "expected SELECT, found " + t.Describe());
    NETRA_ASSIGN_OR_RETURN(Token d, Peek());
    if (d.IsWord("DISTINCT")) {
      q_.distinct = true;
      NETRA_RETURN_IF_ERROR(Take().status());
    }
    NETRA_ASSIGN_OR_RETURN(bool star, TakeIf("*"));
    if (star) {
      q_.select_all = true;
      return Status::Ok();
    }
    for (;;) {
      NETRA_ASSIGN_OR_RETURN(Token item, Peek());
      if (item.kind == TokenKind::kVar) {
        NETRA_RETURN_IF_ERROR(Take().status());
        q_.select.push_back({Var(item.text), false, false, -1, item.pos});
      } else if (item.Is(TokenKind::kPunct, "(")) {
        NETRA_RETURN_IF_ERROR(Take().status());
        NETRA_RETURN_IF_ERROR(CountItem(item.pos));
      } else {
        break;
      }
    }
    if (q_.select.empty()) {
      NETRA_ASSIGN_OR_RETURN(Token bad, Peek());
      return SyntaxError(bad.pos,
                         "expected `*`, variables or (COUNT(...) AS ?n) after SELECT, found " + bad.Describe());
    }
    return Status::Ok();
  }

  // After `(`: COUNT([DISTINCT] ?x|*) AS ?n )
  Status CountItem(const Pos& pos) {
    NETRA_ASSIGN_OR_RETURN(Token fn, Take());
    if (!fn.IsWord("COUNT"))
      return SyntaxError(fn.pos, "only COUNT(...) is supported in SELECT, found " + fn.Describe());
    SelectItem item;
    item.is_count = true;
    item.pos = pos;
    NETRA_RETURN_IF_ERROR(Expect("("));
    NETRA_ASSIGN_OR_RETURN(Token d, Peek());
    if (d.IsWord("DISTINCT")) {
      item.count_distinct = true;
      NETRA_RETURN_IF_ERROR(Take().status());
    }
    NETRA_ASSIGN_OR_RETURN(Token arg, Take());
    if (arg.kind == TokenKind::kVar) {
      item.count_of = Var(arg.text);
    } else if (!arg.Is(TokenKind::kPunct, "*")) {
      return SyntaxError(arg.pos, "COUNT takes a variable or `*`, found " + arg.Describe());
    }
    NETRA_RETURN_IF_ERROR(Expect(")"));
    NETRA_ASSIGN_OR_RETURN(Token as, Take());
    if (!as.IsWord("AS")) return SyntaxError(as.pos, "expected AS ?name after COUNT(...), found " + as.Describe());
    NETRA_ASSIGN_OR_RETURN(Token alias, Take());
    if (alias.kind != TokenKind::kVar)
      return SyntaxError(alias.pos, "expected a variable after AS, found " + alias.Describe());
    item.var = Var(alias.text);
    aliases_.insert(item.var);
    alias_pos_[item.var] = alias.pos;
    q_.select.push_back(item);
    return Expect(")");
  }

  // `{ ... }`. Inside GRAPH, only triple patterns.
  Status GroupPattern(Group* g, bool graph_only, const Slot* graph = nullptr) {
    NETRA_ASSIGN_OR_RETURN(Token open, Peek());
    Nesting level(&depth_);
    if (level.too_deep()) return TooDeep(open.pos);
    NETRA_RETURN_IF_ERROR(Expect("{"));
    for (;;) {
      NETRA_ASSIGN_OR_RETURN(Token t, Peek());
      if (t.Is(TokenKind::kPunct, "}")) return Take().status();
      if (t.Is(TokenKind::kPunct, ".")) {
        NETRA_RETURN_IF_ERROR(Take().status());
        continue;
      }
      if (t.kind == TokenKind::kEnd) return SyntaxError(t.pos, "expected `}` before the end of the query");
      if (!graph_only && t.IsWord("FILTER")) {
        NETRA_RETURN_IF_ERROR(Take().status());
        NETRA_ASSIGN_OR_RETURN(Expr e, Constraint());
        g->filters.push_back(std::move(e));
      } else if (!graph_only && t.IsWord("OPTIONAL")) {
        NETRA_RETURN_IF_ERROR(Take().status());
        Group opt;
        NETRA_RETURN_IF_ERROR(GroupPattern(&opt, false));
        g->optionals.push_back(std::move(opt));
      } else if (!graph_only && t.IsWord("GRAPH")) {
        NETRA_RETURN_IF_ERROR(Take().status());
        NETRA_ASSIGN_OR_RETURN(Slot doc, TermSlot(false));
        if (!doc.is_var() && doc.constant.EntityType() != vocab::kDocument) {
          return SyntaxError(t.pos, "GRAPH takes a variable or a Document id (documents are the graphs)");
        }
        NETRA_RETURN_IF_ERROR(GroupPattern(g, true, &doc));
      } else {
        NETRA_RETURN_IF_ERROR(Triples(g, graph));
      }
    }
  }

  // Subject predicate object, with `;` and `,` lists.
  Status Triples(Group* g, const Slot* graph) {
    NETRA_ASSIGN_OR_RETURN(Token first, Peek());
    NETRA_ASSIGN_OR_RETURN(Slot s, TermSlot(true));
    for (;;) {
      NETRA_ASSIGN_OR_RETURN(Token verb_token, Peek(LexMode::kPath));
      NETRA_ASSIGN_OR_RETURN(Verb verb, ParseVerb());
      if (graph && verb.path) {
        return SyntaxError(verb_token.pos,
                           "a property path cannot be used inside GRAPH; write its steps as "
                           "separate patterns with variables between them");
      }
      for (;;) {
        NETRA_ASSIGN_OR_RETURN(Slot o, TermSlot(true));
        g->triples.push_back(MakeTriple(s, verb, o, graph, first.pos));
        NETRA_ASSIGN_OR_RETURN(bool more, TakeIf(","));
        if (!more) break;
      }
      NETRA_ASSIGN_OR_RETURN(bool more, TakeIf(";"));
      if (!more) return Status::Ok();
      NETRA_ASSIGN_OR_RETURN(Token next, Peek());
      if (next.Is(TokenKind::kPunct, ".") || next.Is(TokenKind::kPunct, "}")) return Status::Ok();
    }
  }

  // A triple's predicate: a variable, or a property path, of which a
  // single predicate and `^predicate` become ordinary patterns.
  struct Verb {
    Slot slot;
    bool inverse = false;
    std::optional<Path> path;
    std::string text;  // as written, for --explain
  };

  Result<Verb> ParseVerb() {
    Verb v;
    NETRA_ASSIGN_OR_RETURN(Token t, Peek(LexMode::kPath));
    if (t.kind == TokenKind::kVar) {
      NETRA_RETURN_IF_ERROR(Take(LexMode::kPath).status());
      v.slot.var = Var(t.text);
      v.text = "?" + t.text;
      return v;
    }
    NETRA_ASSIGN_OR_RETURN(Path p, PathAlternative());
    v.text = PathText(p, true);
    if (p.kind == Path::Kind::kInverse && p.args[0].kind == Path::Kind::kLink) {
      v.inverse = true;
      p = std::move(p.args[0]);
    }
    if (p.kind == Path::Kind::kLink) {
      v.slot.constant = std::move(p.predicate);
    } else {
      v.path = std::move(p);
    }
    return v;
  }

  TriplePattern MakeTriple(const Slot& s, const Verb& verb, const Slot& o, const Slot* graph, const Pos& pos) {
    TriplePattern tp;
    tp.s = verb.inverse ? o : s;
    tp.p = verb.slot;
    tp.o = verb.inverse ? s : o;
    tp.path = verb.path;
    if (graph) tp.graph = *graph;
    tp.in_graph = graph != nullptr;
    tp.pos = pos;
    tp.text = SlotText(s) + " " + verb.text + " " + SlotText(o);
    if (graph) tp.text = "GRAPH " + SlotText(*graph) + " { " + tp.text + " }";
    return tp;
  }

  // PathAlternative: PathSequence ( '|' PathSequence )*
  Result<Path> PathAlternative() { return PathList(Path::Kind::kAlternative, "|"); }
  // PathSequence: PathEltOrInverse ( '/' PathEltOrInverse )*
  Result<Path> PathSequence() { return PathList(Path::Kind::kSequence, "/"); }

  Result<Path> PathList(Path::Kind kind, std::string_view op) {
    Path list{kind, {}, {}};
    for (;;) {
      NETRA_ASSIGN_OR_RETURN(Path p, kind == Path::Kind::kAlternative ? PathSequence() : PathEltOrInverse());
      list.args.push_back(std::move(p));
      NETRA_ASSIGN_OR_RETURN(bool more, TakeIf(op, LexMode::kPath));
      if (!more) break;
    }
    if (list.args.size() == 1) return std::move(list.args[0]);
    return list;
  }

  // PathEltOrInverse: '^'? PathPrimary ( '*' | '+' | '?' )?
  Result<Path> PathEltOrInverse() {
    NETRA_ASSIGN_OR_RETURN(Token first, Peek(LexMode::kPath));
    Nesting level(&depth_);
    if (level.too_deep()) return TooDeep(first.pos);
    NETRA_ASSIGN_OR_RETURN(bool inverse, TakeIf("^", LexMode::kPath));
    NETRA_ASSIGN_OR_RETURN(Path p, PathPrimary());
    NETRA_ASSIGN_OR_RETURN(Token m, Peek(LexMode::kPath));
    for (auto [op, kind] : {std::pair{"*", Path::Kind::kZeroOrMore}, std::pair{"+", Path::Kind::kOneOrMore},
                            std::pair{"?", Path::Kind::kZeroOrOne}}) {
      if (m.Is(TokenKind::kPunct, op)) {
        NETRA_RETURN_IF_ERROR(Take(LexMode::kPath).status());
        p = Path{kind, {}, {std::move(p)}};
        break;
      }
    }
    if (inverse) p = Path{Path::Kind::kInverse, {}, {std::move(p)}};
    return p;
  }

  // PathPrimary: an IRI, a prefixed name or '(' PathAlternative ')'.
  Result<Path> PathPrimary() {
    NETRA_ASSIGN_OR_RETURN(Token t, Take(LexMode::kPath));
    if (t.Is(TokenKind::kPunct, "(")) {
      NETRA_ASSIGN_OR_RETURN(Path p, PathAlternative());
      NETRA_RETURN_IF_ERROR(Expect(")", LexMode::kPath));
      return p;
    }
    if (t.IsWord("a")) return Path{Path::Kind::kType, {}, {}};
    if (t.Is(TokenKind::kPunct, "!")) {
      return SyntaxError(t.pos, "negated property sets (`!p`, `!(p|q)`) are not supported");
    }
    if (t.kind == TokenKind::kVar) {
      return SyntaxError(t.pos, "a variable cannot be a step of a property path (only predicates can)");
    }
    if (t.kind != TokenKind::kIri && t.kind != TokenKind::kPname) {
      return SyntaxError(t.pos, "expected a predicate, a variable or a property path, found " + t.Describe());
    }
    NETRA_ASSIGN_OR_RETURN(model::Term predicate, IriTerm(t));
    if (predicate.value == model::iri::kRdfType) return Path{Path::Kind::kType, {}, {}};
    return Path{Path::Kind::kLink, std::move(predicate), {}};
  }

  // The path as written, with netra: names; `top` omits the outer brackets.
  std::string PathText(const Path& p, bool top = false) const {
    switch (p.kind) {
      case Path::Kind::kLink: return SlotText(Slot{-1, p.predicate});
      case Path::Kind::kType: return "a";
      case Path::Kind::kInverse: return "^" + PathText(p.args[0]);
      case Path::Kind::kZeroOrMore: return PathText(p.args[0]) + "*";
      case Path::Kind::kOneOrMore: return PathText(p.args[0]) + "+";
      case Path::Kind::kZeroOrOne: return PathText(p.args[0]) + "?";
      default: break;
    }
    std::string out;
    for (const Path& a : p.args) out += (out.empty() ? "" : p.kind == Path::Kind::kSequence ? "/" : "|") + PathText(a);
    return top ? out : "(" + out + ")";
  }

  std::string SlotText(const Slot& s) const {
    if (s.is_var()) return "?" + q_.vars[s.var];
    // Predicates read as written: `netra:cites`, not `cites`.
    if (s.constant.is_entity() && s.constant.value.find(':') == std::string::npos) return "netra:" + s.constant.value;
    return s.constant.ToString();
  }

  Result<std::string> Expand(const Token& t) {
    size_t colon = t.text.find(':');
    std::string prefix = t.text.substr(0, colon);
    auto it = prefixes_.find(prefix);
    if (it == prefixes_.end()) {
      return SyntaxError(t.pos, "unknown prefix `" + prefix + ":` (declare it with PREFIX " + prefix +
                                    ": <...>, or see `netra query --help` for the built-in ones)");
    }
    return it->second + t.text.substr(colon + 1);
  }

  // The term an IRI or a prefixed name names (model/iri.h).
  Result<model::Term> IriTerm(const Token& t) {
    if (t.kind == TokenKind::kIri) return model::iri::TermForIri(t.text);
    NETRA_ASSIGN_OR_RETURN(std::string iri, Expand(t));
    return model::iri::TermForIri(iri);
  }

  // A variable or a constant term. Literals only where `literal_ok`.
  Result<Slot> TermSlot(bool literal_ok) {
    NETRA_ASSIGN_OR_RETURN(Token t, Take());
    Slot s;
    switch (t.kind) {
      case TokenKind::kVar: s.var = Var(t.text); return s;
      case TokenKind::kIri:
      case TokenKind::kPname: {
        NETRA_ASSIGN_OR_RETURN(s.constant, IriTerm(t));
        return s;
      }
      case TokenKind::kString:
      case TokenKind::kInteger:
        if (literal_ok) {
          NETRA_ASSIGN_OR_RETURN(s.constant, Literal(t));
          return s;
        }
        break;
      default: break;
    }
    return SyntaxError(t.pos, std::string("expected ") +
                                  (literal_ok ? "a variable, an entity or a literal" : "a variable or an entity") +
                                  ", found " + t.Describe());
  }

  // A string, integer or typed literal ("2024-08-31"^^xsd:date).
  Result<model::Term> Literal(const Token& t) {
    if (t.kind == TokenKind::kInteger) return IntegerTerm(t);
    NETRA_ASSIGN_OR_RETURN(bool typed, TakeIf("^^", LexMode::kOperator));
    if (!typed) return model::Term::String(t.text);
    NETRA_ASSIGN_OR_RETURN(Token type, Take());
    std::string iri = type.text;
    if (type.kind == TokenKind::kPname) {
      NETRA_ASSIGN_OR_RETURN(iri, Expand(type));
    } else if (type.kind != TokenKind::kIri) {
      return SyntaxError(type.pos, "expected a datatype after `^^`, found " + type.Describe());
    }
    if (iri == std::string(kXsd) + "date") {
      if (!IsIsoDate(t.text)) return SyntaxError(t.pos, "not a date (YYYY-MM-DD): \"" + t.text + "\"");
      return model::Term::Date(t.text);
    }
    if (iri == std::string(kXsd) + "integer" || iri == std::string(kXsd) + "int" || iri == std::string(kXsd) + "long") {
      return IntegerTerm(t);
    }
    if (iri == std::string(kXsd) + "string") return model::Term::String(t.text);
    return SyntaxError(type.pos, "unsupported datatype <" + iri + ">: use xsd:date, xsd:integer or xsd:string");
  }

  Result<model::Term> IntegerTerm(const Token& t) {
    int64_t n = 0;
    auto [end, ec] = std::from_chars(t.text.data(), t.text.data() + t.text.size(), n);
    if (ec != std::errc() || end != t.text.data() + t.text.size()) {
      return SyntaxError(t.pos, "not an integer (or out of range): " + t.text);
    }
    return model::Term::Integer(n);
  }

  // FILTER's argument: `( expr )` or a bare function call.
  Result<Expr> Constraint() {
    NETRA_ASSIGN_OR_RETURN(Token t, Peek());
    if (!t.Is(TokenKind::kPunct, "(") && t.kind != TokenKind::kWord && t.kind != TokenKind::kPname) {
      return SyntaxError(t.pos, "expected `(` after FILTER, found " + t.Describe());
    }
    return Primary();
  }

  Result<Expr> OrExpr() {
    NETRA_ASSIGN_OR_RETURN(Expr left, AndExpr());
    for (;;) {
      NETRA_ASSIGN_OR_RETURN(Token t, Peek(LexMode::kOperator));
      if (!t.Is(TokenKind::kPunct, "||")) return left;
      NETRA_RETURN_IF_ERROR(Take(LexMode::kOperator).status());
      NETRA_ASSIGN_OR_RETURN(Expr right, AndExpr());
      left = Expr{Expr::Kind::kOr, -1, {}, "||", {std::move(left), std::move(right)}, t.pos};
    }
  }
  Result<Expr> AndExpr() {
    NETRA_ASSIGN_OR_RETURN(Expr left, Relational());
    for (;;) {
      NETRA_ASSIGN_OR_RETURN(Token t, Peek(LexMode::kOperator));
      if (!t.Is(TokenKind::kPunct, "&&")) return left;
      NETRA_RETURN_IF_ERROR(Take(LexMode::kOperator).status());
      NETRA_ASSIGN_OR_RETURN(Expr right, Relational());
      left = Expr{Expr::Kind::kAnd, -1, {}, "&&", {std::move(left), std::move(right)}, t.pos};
    }
  }
  Result<Expr> Relational() {
    NETRA_ASSIGN_OR_RETURN(Expr left, Unary());
    NETRA_ASSIGN_OR_RETURN(Token t, Peek(LexMode::kOperator));
    for (const char* op : {"=", "!=", "<", ">", "<=", ">="}) {
      if (t.Is(TokenKind::kPunct, op)) {
        NETRA_RETURN_IF_ERROR(Take(LexMode::kOperator).status());
        NETRA_ASSIGN_OR_RETURN(Expr right, Unary());
        return Expr{Expr::Kind::kCompare, -1, {}, op, {std::move(left), std::move(right)}, t.pos};
      }
    }
    return left;
  }
  Result<Expr> Unary() {
    NETRA_ASSIGN_OR_RETURN(Token t, Peek());
    Nesting level(&depth_);
    if (level.too_deep()) return TooDeep(t.pos);
    if (t.Is(TokenKind::kPunct, "!")) {
      NETRA_RETURN_IF_ERROR(Take().status());
      NETRA_ASSIGN_OR_RETURN(Expr inner, Unary());
      return Expr{Expr::Kind::kNot, -1, {}, "!", {std::move(inner)}, t.pos};
    }
    return Primary();
  }
  Result<Expr> Primary() {
    NETRA_ASSIGN_OR_RETURN(Token t, Take());
    Expr e;
    e.pos = t.pos;
    if (t.Is(TokenKind::kPunct, "(")) {
      NETRA_ASSIGN_OR_RETURN(e, OrExpr());
      NETRA_RETURN_IF_ERROR(Expect(")", LexMode::kOperator));
      return e;
    }
    if (t.kind == TokenKind::kVar) {
      e.kind = Expr::Kind::kVar;
      e.var = Var(t.text);
      return e;
    }
    if (t.kind == TokenKind::kString || t.kind == TokenKind::kInteger) {
      e.kind = Expr::Kind::kConst;
      NETRA_ASSIGN_OR_RETURN(e.constant, Literal(t));
      return e;
    }
    if (t.kind == TokenKind::kIri) {
      e.kind = Expr::Kind::kConst;
      NETRA_ASSIGN_OR_RETURN(e.constant, IriTerm(t));
      return e;
    }
    if (t.kind == TokenKind::kWord || t.kind == TokenKind::kPname) {
      NETRA_ASSIGN_OR_RETURN(Token open, Peek(LexMode::kOperator));
      if (open.Is(TokenKind::kPunct, "(")) return Call(t);
      if (t.kind == TokenKind::kPname) {
        e.kind = Expr::Kind::kConst;
        NETRA_ASSIGN_OR_RETURN(e.constant, IriTerm(t));
        return e;
      }
      if (t.IsWord("true") || t.IsWord("false")) {
        e.kind = Expr::Kind::kConst;
        e.constant = model::Term::Integer(t.IsWord("true") ? 1 : 0);
        return e;
      }
    }
    return SyntaxError(t.pos, "expected a value, a variable or a function call, found " + t.Describe());
  }
  // `name(args)`; `name` is known to be followed by `(`.
  Result<Expr> Call(const Token& name) {
    std::string fn = name.text;
    for (char& c : fn) c = static_cast<char>(std::tolower(static_cast<unsigned char>(c)));
    auto it = Functions().find(fn);
    if (it == Functions().end()) {
      return SyntaxError(name.pos, "unknown function `" + name.text +
                                       "` (known: LCASE UCASE STR BOUND YEAR CONTAINS STRSTARTS STRENDS "
                                       "netra:fold netra:contains netra:type)");
    }
    NETRA_RETURN_IF_ERROR(Expect("(", LexMode::kOperator));
    Expr e{Expr::Kind::kCall, -1, {}, fn, {}, name.pos};
    NETRA_ASSIGN_OR_RETURN(Token close, Peek(LexMode::kOperator));
    if (!close.Is(TokenKind::kPunct, ")")) {
      for (;;) {
        NETRA_ASSIGN_OR_RETURN(Expr arg, OrExpr());
        e.args.push_back(std::move(arg));
        NETRA_ASSIGN_OR_RETURN(bool more, TakeIf(",", LexMode::kOperator));
        if (!more) break;
      }
    }
    NETRA_RETURN_IF_ERROR(Expect(")", LexMode::kOperator));
    if (fn == "bound" && (e.args.size() != 1 || e.args[0].kind != Expr::Kind::kVar)) {
      return SyntaxError(name.pos, "BOUND takes one variable");
    }
    if (e.args.size() != it->second) {
      return SyntaxError(name.pos, name.text + " takes " + std::to_string(it->second) + " argument(s), given " +
                                       std::to_string(e.args.size()));
    }
    return e;
  }

  Status Modifiers() {
    NETRA_ASSIGN_OR_RETURN(Token t, Peek());
    if (t.IsWord("GROUP")) {
      NETRA_RETURN_IF_ERROR(Take().status());
      NETRA_RETURN_IF_ERROR(ExpectWord("BY"));
      for (;;) {
        NETRA_ASSIGN_OR_RETURN(Token v, Peek());
        if (v.kind != TokenKind::kVar) break;
        NETRA_RETURN_IF_ERROR(Take().status());
        q_.group_by.push_back(Var(v.text));
      }
      if (q_.group_by.empty()) return SyntaxError(t.pos, "GROUP BY needs at least one variable");
    }
    NETRA_ASSIGN_OR_RETURN(t, Peek());
    if (t.IsWord("ORDER")) {
      NETRA_RETURN_IF_ERROR(Take().status());
      NETRA_RETURN_IF_ERROR(ExpectWord("BY"));
      for (;;) {
        NETRA_ASSIGN_OR_RETURN(Token k, Peek());
        if (k.kind == TokenKind::kVar) {
          NETRA_RETURN_IF_ERROR(Take().status());
          q_.order_by.push_back({Var(k.text), false});
        } else if (k.IsWord("ASC") || k.IsWord("DESC")) {
          NETRA_RETURN_IF_ERROR(Take().status());
          NETRA_RETURN_IF_ERROR(Expect("("));
          NETRA_ASSIGN_OR_RETURN(Token v, Take());
          if (v.kind != TokenKind::kVar)
            return SyntaxError(v.pos, "ORDER BY sorts by variables, found " + v.Describe());
          NETRA_RETURN_IF_ERROR(Expect(")"));
          q_.order_by.push_back({Var(v.text), k.IsWord("DESC")});
        } else {
          break;
        }
      }
      if (q_.order_by.empty()) return SyntaxError(t.pos, "ORDER BY needs at least one variable");
    }
    for (;;) {
      NETRA_ASSIGN_OR_RETURN(Token m, Peek());
      if (!m.IsWord("LIMIT") && !m.IsWord("OFFSET")) return Status::Ok();
      NETRA_RETURN_IF_ERROR(Take().status());
      NETRA_ASSIGN_OR_RETURN(Token n, Take());
      if (n.kind != TokenKind::kInteger || n.text[0] == '-') {
        return SyntaxError(n.pos, m.text + " takes a number, found " + n.Describe());
      }
      uint64_t value = 0;
      auto [end, ec] = std::from_chars(n.text.data(), n.text.data() + n.text.size(), value);
      if (ec != std::errc() || end != n.text.data() + n.text.size()) return SyntaxError(n.pos, "number out of range");
      if (m.IsWord("LIMIT"))
        q_.limit = value;
      else
        q_.offset = value;
    }
  }
  Status ExpectWord(std::string_view word) {
    NETRA_ASSIGN_OR_RETURN(Token t, Take());
    if (!t.IsWord(word)) return SyntaxError(t.pos, "expected " + std::string(word) + ", found " + t.Describe());
    return Status::Ok();
  }

  // What the grammar cannot say: grouped SELECTs name only grouped variables.
  Status Check() {
    for (int alias : aliases_) {
      if (UsesVar(q_.where, alias)) {
        return SyntaxError(alias_pos_[alias], "?" + q_.vars[alias] + " names a COUNT and is also used in WHERE");
      }
    }
    if (!q_.has_aggregates()) return Status::Ok();
    if (q_.select_all) return SyntaxError({1, 1}, "SELECT * cannot be used with GROUP BY or COUNT");
    for (const SelectItem& item : q_.select) {
      if (item.is_count) continue;
      if (std::find(q_.group_by.begin(), q_.group_by.end(), item.var) == q_.group_by.end()) {
        return SyntaxError(item.pos, "?" + q_.vars[item.var] + " is selected but not in GROUP BY");
      }
    }
    return Status::Ok();
  }

  static bool UsesVar(const Group& g, int var) {
    for (const TriplePattern& t : g.triples) {
      for (const Slot* s : {&t.s, &t.p, &t.o, &t.graph}) {
        if (s->var == var) return true;
      }
    }
    for (const Group& o : g.optionals) {
      if (UsesVar(o, var)) return true;
    }
    return false;
  }

  Lexer lexer_;
  int depth_ = 0;  // the nesting levels open (Nesting)
  std::optional<Token> peeked_;
  LexMode peeked_mode_ = LexMode::kTerm;
  Lexer::State before_peek_;
  std::map<std::string, std::string> prefixes_;
  Query q_;
  std::set<int> aliases_;
  std::map<int, Pos> alias_pos_;
};

}  // namespace

const std::map<std::string, std::string>& DefaultPrefixes() {
  static const std::map<std::string, std::string> kPrefixes = [] {
    const std::string base(model::iri::kDefaultBase);
    std::map<std::string, std::string> m{{"netra", base + "vocab/"},
                                         {"xsd", std::string(kXsd)},
                                         {"rdf", "http://www.w3.org/1999/02/22-rdf-syntax-ns#"},
                                         {"rdfs", "http://www.w3.org/2000/01/rdf-schema#"}};
    for (const char* type :
         {vocab::kRegion, vocab::kPerson, vocab::kPosition, vocab::kOrganization, vocab::kEvent, vocab::kElection,
          vocab::kStatute, vocab::kStatuteArticle, vocab::kDocument, vocab::kPublisher}) {
      std::string lower(type);
      for (char& c : lower) c = static_cast<char>(std::tolower(static_cast<unsigned char>(c)));
      m[type] = base + "id/" + type + ":";
      m[lower] = base + "id/" + type + ":";
    }
    return m;
  }();
  return kPrefixes;
}

Result<Query> Parse(std::string_view text) { return Parser(text).Run(); }

}  // namespace netra::query::pattern

#include "query/pattern_eval.h"

#include <charconv>

#include "model/iri.h"
#include "query/fold.h"

namespace netra::query::pattern {

namespace {

using model::Term;
using model::TermKind;

// A value during evaluation: a term, a boolean, or an error.
struct Val {
  enum class Type { kError, kBool, kInt, kString, kDate, kEntity };
  Type type = Type::kError;
  int64_t i = 0;
  std::string s;

  static Val Bool(bool b) { return {Type::kBool, b ? 1 : 0, ""}; }
  static Val Int(int64_t n) { return {Type::kInt, n, ""}; }
  static Val Str(std::string v) { return {Type::kString, 0, std::move(v)}; }
};

std::optional<int64_t> ParseInt(const std::string& s) {
  int64_t n = 0;
  auto [end, ec] = std::from_chars(s.data(), s.data() + s.size(), n);
  if (ec != std::errc() || end != s.data() + s.size() || s.empty()) return std::nullopt;
  return n;
}

bool LooksLikeDate(const std::string& s) {
  return s.size() == 10 && s[4] == '-' && s[7] == '-' && ParseInt(s.substr(0, 4)) && ParseInt(s.substr(5, 2)) &&
         ParseInt(s.substr(8, 2));
}

Val FromTerm(const Term& t) {
  switch (t.kind) {
    case TermKind::kEntity: return {Val::Type::kEntity, 0, t.value};
    case TermKind::kString: return Val::Str(t.value);
    case TermKind::kDate: return {Val::Type::kDate, 0, t.value};
    case TermKind::kInteger: {
      auto n = ParseInt(t.value);
      return n ? Val::Int(*n) : Val();
    }
  }
  return Val();
}

// An entity's id, a number or a date as text: what the string functions
// read. STR() of an entity is its IRI instead (TermIri), as SPARQL has it
// and as the sparql-* formats print it.
std::optional<std::string> Text(const Val& v) {
  switch (v.type) {
    case Val::Type::kString:
    case Val::Type::kDate:
    case Val::Type::kEntity: return v.s;
    case Val::Type::kInt: return std::to_string(v.i);
    default: return std::nullopt;
  }
}

// Effective boolean value; nullopt for an error.
std::optional<bool> Truth(const Val& v) {
  switch (v.type) {
    case Val::Type::kBool:
    case Val::Type::kInt: return v.i != 0;
    case Val::Type::kString: return !v.s.empty();
    default: return std::nullopt;
  }
}

// <0, 0, >0, or nullopt when the two cannot be ordered. Equality is also
// defined where order is not (two entities, an entity and a string).
std::optional<int> Compare(const Val& a, const Val& b, bool equality_only) {
  using T = Val::Type;
  auto cmp = [](auto x, auto y) { return x < y ? -1 : x > y ? 1 : 0; };
  if (a.type == T::kError || b.type == T::kError) return std::nullopt;
  if (a.type == T::kInt && b.type == T::kInt) return cmp(a.i, b.i);
  if (a.type == T::kBool && b.type == T::kBool) return cmp(a.i, b.i);
  // A number stored as text ("number" = "20") compares with an integer.
  if (a.type == T::kInt && b.type == T::kString) {
    if (auto n = ParseInt(b.s)) return cmp(a.i, *n);
    return std::nullopt;
  }
  if (a.type == T::kString && b.type == T::kInt) {
    if (auto n = ParseInt(a.s)) return cmp(*n, b.i);
    return std::nullopt;
  }
  // Dates compare as dates: ISO text orders like the calendar; a string
  // shaped like a date ("2024-08-31") is taken as one.
  if (a.type == T::kDate || b.type == T::kDate) {
    const Val& other = a.type == T::kDate ? b : a;
    if (other.type != T::kDate && !(other.type == T::kString && LooksLikeDate(other.s))) return std::nullopt;
    return a.s.compare(b.s);
  }
  if (a.type == T::kString && b.type == T::kString) return a.s.compare(b.s);
  if (equality_only && (a.type == T::kEntity || b.type == T::kEntity)) {
    auto ta = Text(a), tb = Text(b);
    if (ta && tb && (a.type == b.type || a.type == T::kString || b.type == T::kString)) return ta->compare(*tb);
    return 1;  // different kinds of term are simply not equal
  }
  return std::nullopt;
}

std::string AsciiCase(std::string s, bool upper) {
  for (char& c : s) {
    if (upper && c >= 'a' && c <= 'z') c = static_cast<char>(c - 32);
    if (!upper && c >= 'A' && c <= 'Z') c = static_cast<char>(c + 32);
  }
  return s;
}

Val Eval(const Expr& e, const VarValue& row);

Val Call(const Expr& e, const VarValue& row) {
  const std::string& fn = e.op;
  if (fn == "bound") return Val::Bool(row(e.args[0].var) != nullptr);
  Val a = Eval(e.args[0], row);
  if (fn == "netra:type") {
    if (a.type != Val::Type::kEntity) return Val();
    return Val::Str(std::string(Term::Entity(a.s).EntityType()));
  }
  if (fn == "year") {
    if (a.type != Val::Type::kDate && !(a.type == Val::Type::kString && LooksLikeDate(a.s))) return Val();
    return Val::Int(*ParseInt(a.s.substr(0, 4)));
  }
  auto ta = Text(a);
  if (!ta) return Val();
  if (fn == "str") return Val::Str(a.type == Val::Type::kEntity ? model::iri::TermIri(Term::Entity(a.s)) : *ta);
  if (fn == "lcase") return Val::Str(AsciiCase(*ta, false));
  if (fn == "ucase") return Val::Str(AsciiCase(*ta, true));
  if (fn == "netra:fold") return Val::Str(FoldCase(*ta));
  auto tb = Text(Eval(e.args[1], row));
  if (!tb) return Val();
  if (fn == "contains") return Val::Bool(ta->find(*tb) != std::string::npos);
  if (fn == "strstarts") return Val::Bool(ta->compare(0, tb->size(), *tb) == 0);
  if (fn == "strends")
    return Val::Bool(ta->size() >= tb->size() && ta->compare(ta->size() - tb->size(), tb->size(), *tb) == 0);
  if (fn == "netra:contains") return Val::Bool(FoldKey(*ta).find(FoldKey(*tb)) != std::string::npos);
  return Val();
}

Val Eval(const Expr& e, const VarValue& row) {
  switch (e.kind) {
    case Expr::Kind::kVar: {
      const Term* t = row(e.var);
      return t != nullptr ? FromTerm(*t) : Val();
    }
    case Expr::Kind::kConst: return FromTerm(e.constant);
    case Expr::Kind::kNot: {
      auto t = Truth(Eval(e.args[0], row));
      return t ? Val::Bool(!*t) : Val();
    }
    case Expr::Kind::kAnd:
    case Expr::Kind::kOr: {
      // SPARQL's three-valued logic: false && error is false, true || error is true.
      auto l = Truth(Eval(e.args[0], row));
      auto r = Truth(Eval(e.args[1], row));
      bool is_and = e.kind == Expr::Kind::kAnd;
      if (l && r) return Val::Bool(is_and ? (*l && *r) : (*l || *r));
      if (is_and && ((l && !*l) || (r && !*r))) return Val::Bool(false);
      if (!is_and && ((l && *l) || (r && *r))) return Val::Bool(true);
      return Val();
    }
    case Expr::Kind::kCompare: {
      bool eq = e.op == "=" || e.op == "!=";
      auto c = Compare(Eval(e.args[0], row), Eval(e.args[1], row), eq);
      if (!c) return Val();
      if (e.op == "=") return Val::Bool(*c == 0);
      if (e.op == "!=") return Val::Bool(*c != 0);
      if (e.op == "<") return Val::Bool(*c < 0);
      if (e.op == ">") return Val::Bool(*c > 0);
      if (e.op == "<=") return Val::Bool(*c <= 0);
      return Val::Bool(*c >= 0);
    }
    case Expr::Kind::kCall: return Call(e, row);
  }
  return Val();
}

}  // namespace

bool FilterHolds(const Expr& e, const VarValue& row) {
  auto t = Truth(Eval(e, row));
  return t.has_value() && *t;
}

void ExprVars(const Expr& e, std::set<int>* out) {
  if (e.kind == Expr::Kind::kVar) out->insert(e.var);
  for (const Expr& a : e.args) ExprVars(a, out);
}

std::string ExprText(const Expr& e, const std::vector<std::string>& vars) {
  switch (e.kind) {
    case Expr::Kind::kVar: return "?" + vars[e.var];
    case Expr::Kind::kConst: return e.constant.ToString();
    case Expr::Kind::kNot: return "!" + ExprText(e.args[0], vars);
    case Expr::Kind::kCall: {
      std::string s = e.op + "(";
      for (size_t i = 0; i < e.args.size(); ++i) s += (i ? ", " : "") + ExprText(e.args[i], vars);
      return s + ")";
    }
    default: return "(" + ExprText(e.args[0], vars) + " " + e.op + " " + ExprText(e.args[1], vars) + ")";
  }
}

int CompareForOrder(const std::optional<Term>& a, const std::optional<Term>& b) {
  if (!a || !b) return a ? 1 : b ? -1 : 0;
  auto rank = [](const Term& t) {
    switch (t.kind) {
      case TermKind::kInteger: return 0;
      case TermKind::kDate:
      case TermKind::kString: return 1;
      case TermKind::kEntity: return 2;
    }
    return 3;
  };
  if (rank(*a) != rank(*b)) return rank(*a) < rank(*b) ? -1 : 1;
  if (a->kind == TermKind::kInteger) {
    auto x = ParseInt(a->value).value_or(0), y = ParseInt(b->value).value_or(0);
    return x < y ? -1 : x > y ? 1 : 0;
  }
  int c = a->value.compare(b->value);
  return c < 0 ? -1 : c > 0 ? 1 : 0;
}

}  // namespace netra::query::pattern

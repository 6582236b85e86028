#include "model/iri.h"

#include "model/vocab.h"

namespace netra::model::iri {

namespace {

bool IsIsoDate(std::string_view s) {
  if (s.size() != 10 || s[4] != '-' || s[7] != '-') return false;
  for (size_t i : {0, 1, 2, 3, 5, 6, 8, 9}) {
    if (s[i] < '0' || s[i] > '9') return false;
  }
  return true;
}

bool IsInteger(std::string_view s) {
  if (!s.empty() && (s[0] == '-' || s[0] == '+')) s.remove_prefix(1);
  if (s.empty()) return false;
  for (char c : s) {
    if (c < '0' || c > '9') return false;
  }
  return true;
}

bool KeptInSegment(unsigned char c) {
  if ((c >= 'A' && c <= 'Z') || (c >= 'a' && c <= 'z') || (c >= '0' && c <= '9')) return true;
  return std::string_view("-._~/:@!$&'()*+,;=").find(static_cast<char>(c)) != std::string_view::npos;
}

int HexValue(char c) {
  if (c >= '0' && c <= '9') return c - '0';
  if (c >= 'A' && c <= 'F') return c - 'A' + 10;
  if (c >= 'a' && c <= 'f') return c - 'a' + 10;
  return -1;
}

// %XX decoded; a `%` not followed by two hex digits stays as it is.
std::string PercentDecode(std::string_view s) {
  std::string out;
  for (size_t i = 0; i < s.size(); ++i) {
    if (s[i] == '%' && i + 2 < s.size() && HexValue(s[i + 1]) >= 0 && HexValue(s[i + 2]) >= 0) {
      out.push_back(static_cast<char>(HexValue(s[i + 1]) * 16 + HexValue(s[i + 2])));
      i += 2;
    } else {
      out.push_back(s[i]);
    }
  }
  return out;
}

bool StartsWith(std::string_view s, std::string_view a, std::string_view b) {
  return s.size() >= a.size() + b.size() && s.substr(0, a.size()) == a && s.substr(a.size(), b.size()) == b;
}

}  // namespace

void AppendIriSegment(std::string_view s, std::string* out) {
  static const char kHex[] = "0123456789ABCDEF";
  for (char ch : s) {
    auto c = static_cast<unsigned char>(ch);
    if (KeptInSegment(c)) {
      out->push_back(ch);
    } else {
      out->push_back('%');
      out->push_back(kHex[c >> 4]);
      out->push_back(kHex[c & 0xF]);
    }
  }
}

std::string EntityIri(std::string_view id, std::string_view base) {
  std::string out(base);
  out += "id/";
  AppendIriSegment(id, &out);
  return out;
}

std::string VocabIri(std::string_view name, std::string_view base) {
  std::string out(base);
  out += "vocab/";
  AppendIriSegment(name, &out);
  return out;
}

std::string TermIri(const Term& t, std::string_view base) {
  // rdf:type, and any other IRI a query names that is not netra's own.
  if (t.value.starts_with("http://") || t.value.starts_with("https://")) return t.value;
  if (t.value.find(':') == std::string::npos) return VocabIri(t.value, base);
  return EntityIri(t.value, base);
}

Term TermForIri(std::string_view iri, std::string_view base) {
  if (StartsWith(iri, base, "id/")) return Term::Entity(PercentDecode(iri.substr(base.size() + 3)));
  if (StartsWith(iri, base, "vocab/")) return Term::Entity(PercentDecode(iri.substr(base.size() + 6)));
  if (iri == kRdfsLabel) return Term::Entity(vocab::kLabel);
  return Term::Entity(std::string(iri));
}

std::string DatatypeOf(const Term& literal) {
  if (literal.kind == TermKind::kDate && IsIsoDate(literal.value)) return std::string(kXsd) + "date";
  if (literal.kind == TermKind::kInteger && IsInteger(literal.value)) return std::string(kXsd) + "integer";
  return "";
}

}  // namespace netra::model::iri

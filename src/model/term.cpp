#include "model/term.h"

namespace netra::model {

const char* TermKindName(TermKind kind) {
  switch (kind) {
    case TermKind::kEntity: return "entity";
    case TermKind::kString: return "string";
    case TermKind::kInteger: return "integer";
    case TermKind::kDate: return "date";
  }
  return "?";
}

std::string_view Term::EntityType() const {
  if (kind != TermKind::kEntity) return {};
  return EntityTypeOf(value);
}

std::string_view Term::EntityTypeOf(std::string_view id) {
  size_t colon = id.find(':');
  return colon == std::string_view::npos ? std::string_view() : id.substr(0, colon);
}

std::string Term::Encode() const {
  std::string out;
  out.reserve(value.size() + 1);
  EncodeTo(&out);
  return out;
}

void Term::EncodeTo(std::string* out) const {
  out->push_back(static_cast<char>(kind));
  out->append(value);
}

bool Term::DecodeView(std::string_view bytes, TermKind* kind, std::string_view* value) {
  if (bytes.empty()) return false;
  auto k = static_cast<uint8_t>(bytes[0]);
  if (k < static_cast<uint8_t>(TermKind::kEntity) || k > static_cast<uint8_t>(TermKind::kDate)) return false;
  *kind = static_cast<TermKind>(k);
  *value = bytes.substr(1);
  return true;
}

Result<Term> Term::Decode(std::string_view bytes) {
  TermKind kind;
  std::string_view value;
  if (!DecodeView(bytes, &kind, &value)) {
    if (bytes.empty()) return Status::Corruption("empty term");
    return Status::Corruption("unknown term kind " + std::to_string(static_cast<uint8_t>(bytes[0])));
  }
  return Term{kind, std::string(value)};
}

std::string Term::ToString() const {
  switch (kind) {
    case TermKind::kEntity: return value;
    case TermKind::kString: return "\"" + value + "\"";
    case TermKind::kInteger: return value;
    case TermKind::kDate: return value + "^^date";
  }
  return value;
}

}  // namespace netra::model

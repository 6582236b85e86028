#include "core/value.h"

#include <algorithm>
#include <charconv>
#include <cmath>
#include <cstdio>
#include <cstring>

namespace netra {

Value Value::Shared(Value v) {
  // A scalar, or a value already shared, copies as cheaply as a pointer.
  bool scalar = v.type_ != Type::kString && v.type_ != Type::kArray && v.type_ != Type::kObject;
  if (scalar || std::holds_alternative<SharedValue>(v.data_)) return v;
  Value out;
  out.type_ = v.type_;
  out.data_ = std::make_shared<const Value>(std::move(v));
  return out;
}

void Value::Unshare() {
  if (const SharedValue* shared = std::get_if<SharedValue>(&data_)) {
    SharedValue keep = *shared;  // alive while its payload is copied
    data_ = keep->data_;
  }
}

void Value::Reserve(size_t n) {
  Unshare();
  if (Items* items = std::get_if<Items>(&data_)) items->reserve(n);
  if (Fields* fields = std::get_if<Fields>(&data_)) fields->reserve(n);
}

const std::string& Value::as_string() const {
  static const std::string kEmpty;
  const std::string* s = std::get_if<std::string>(&Target().data_);
  return s != nullptr ? *s : kEmpty;
}

const std::vector<Value>& Value::items() const {
  static const Items kEmpty;
  const Items* items = std::get_if<Items>(&Target().data_);
  return items != nullptr ? *items : kEmpty;
}

std::vector<Value>& Value::items() {
  Unshare();
  if (!std::holds_alternative<Items>(data_)) data_.emplace<Items>();
  return std::get<Items>(data_);
}

const std::vector<std::pair<std::string, Value>>& Value::fields() const {
  static const Fields kEmpty;
  const Fields* fields = std::get_if<Fields>(&Target().data_);
  return fields != nullptr ? *fields : kEmpty;
}

Value& Value::Set(const std::string& key, Value v) {
  Unshare();
  if (!std::holds_alternative<Fields>(data_)) data_.emplace<Fields>();
  Fields& fields = std::get<Fields>(data_);
  for (auto& f : fields) {
    if (f.first == key) {
      f.second = std::move(v);
      return f.second;
    }
  }
  fields.emplace_back(key, std::move(v));
  return fields.back().second;
}

const Value* Value::Get(const std::string& key) const {
  for (const auto& f : fields()) {
    if (f.first == key) return &f.second;
  }
  return nullptr;
}

namespace {

// True for the bytes a JSON string cannot hold as they are: '"', '\\' and
// the control characters. Every other byte (UTF-8 included) passes through.
constexpr bool NeedsEscape(unsigned char c) { return c < 0x20 || c == '"' || c == '\\'; }

// Writes the escape of a byte for which NeedsEscape holds (at most 6 bytes).
char* WriteEscaped(unsigned char c, char* dst) {
  char short_form = 0;
  switch (c) {
    case '"': short_form = '"'; break;
    case '\\': short_form = '\\'; break;
    case '\n': short_form = 'n'; break;
    case '\r': short_form = 'r'; break;
    case '\t': short_form = 't'; break;
  }
  *dst++ = '\\';
  if (short_form != 0) {
    *dst++ = short_form;
    return dst;
  }
  static constexpr char kHex[] = "0123456789abcdef";
  const char u[] = {'u', '0', '0', kHex[c >> 4], kHex[c & 0xf]};
  std::memcpy(dst, u, sizeof u);
  return dst + sizeof u;
}

// True if any of the 8 bytes in `x` needs an escape: a byte below 0x20, or
// equal to '"' or '\\', sets the high bit of its byte in the result (bytes
// of 0x80 and above never do). So an article's text costs a test per word.
bool AnyNeedsEscape(uint64_t x) {
  constexpr uint64_t kOnes = 0x0101010101010101ull, kHighs = 0x8080808080808080ull;
  uint64_t quote = x ^ (kOnes * '"'), backslash = x ^ (kOnes * '\\');
  return (((x - kOnes * 0x20) | (quote - kOnes) | (backslash - kOnes)) & ~x & kHighs) != 0;
}

uint64_t Load8(const char* p) {
  uint64_t x;
  std::memcpy(&x, p, 8);
  return x;
}

// The length of the run of bytes at the start of [p, end) that need no escape.
size_t PlainRun(const char* p, const char* end) {
  const char* start = p;
  while (end - p >= 8 && !AnyNeedsEscape(Load8(p))) p += 8;
  while (p != end && !NeedsEscape(static_cast<unsigned char>(*p))) ++p;
  return p - start;
}

}  // namespace

// Runs of bytes that need no escape (nearly all of an article) are appended
// at once: a byte at a time through push_back was a third of `extract
// --format jsonl`'s instructions.
void AppendJsonString(std::string_view s, std::string* out) {
  out->push_back('"');
  const char* p = s.data();
  const char* end = p + s.size();
  while (p != end) {
    size_t run = PlainRun(p, end);
    out->append(p, run);
    p += run;
    if (p == end) break;
    char escape[6];
    out->append(escape, WriteEscaped(static_cast<unsigned char>(*p++), escape) - escape);
  }
  out->push_back('"');
}

// Copies eight plain bytes at a time while testing them, and a byte at a
// time around the ones to escape: the reserved room makes the copy safe.
char* WriteJsonString(std::string_view s, char* dst) {
  *dst++ = '"';
  const char* p = s.data();
  const char* end = p + s.size();
  for (;;) {
    while (end - p >= 8) {
      uint64_t x = Load8(p);
      if (AnyNeedsEscape(x)) break;
      std::memcpy(dst, &x, 8);
      p += 8;
      dst += 8;
    }
    if (p == end) break;
    unsigned char c = static_cast<unsigned char>(*p++);
    if (NeedsEscape(c)) {
      dst = WriteEscaped(c, dst);
    } else {
      *dst++ = static_cast<char>(c);
    }
  }
  *dst++ = '"';
  return dst;
}

void Value::AppendJson(std::string* out) const {
  switch (type_) {
    case Type::kNull: *out += "null"; break;
    case Type::kBool: *out += as_bool() ? "true" : "false"; break;
    case Type::kInt: *out += std::to_string(as_int()); break;
    case Type::kDouble: {
      if (!std::isfinite(as_double())) {
        *out += "null";
        break;
      }
      // The shortest text that reads back as the same double.
      char buf[32];
      *out += std::string_view(buf, std::to_chars(buf, buf + sizeof buf, as_double()).ptr - buf);
      break;
    }
    case Type::kString: AppendJsonString(as_string(), out); break;
    case Type::kArray: {
      out->push_back('[');
      const Items& elements = items();
      for (size_t i = 0; i < elements.size(); ++i) {
        if (i) out->push_back(',');
        elements[i].AppendJson(out);
      }
      out->push_back(']');
      break;
    }
    case Type::kObject: {
      out->push_back('{');
      const Fields& members = fields();
      for (size_t i = 0; i < members.size(); ++i) {
        if (i) out->push_back(',');
        AppendJsonString(members[i].first, out);
        out->push_back(':');
        members[i].second.AppendJson(out);
      }
      out->push_back('}');
      break;
    }
  }
}

std::string Value::ToJson() const {
  std::string out;
  AppendJson(&out);
  return out;
}

std::string Value::ToText() const {
  switch (type_) {
    case Type::kNull: return "";
    case Type::kBool: return as_bool() ? "yes" : "no";
    case Type::kInt: return std::to_string(as_int());
    case Type::kDouble: return FormatNumber(as_double());
    case Type::kString: return as_string();
    case Type::kArray: {
      std::string out;
      const Items& elements = items();
      for (size_t i = 0; i < elements.size(); ++i) {
        if (i) out += "; ";
        out += elements[i].ToText();
      }
      return out;
    }
    case Type::kObject: {
      for (const char* key : {"name", "label"}) {
        if (const Value* v = Get(key)) return v->ToText();
      }
      return ToJson();
    }
  }
  return "";
}

}  // namespace netra

namespace netra {

std::string FormatNumber(double d) {
  if (!std::isfinite(d)) return "";
  double magnitude = std::fabs(d);
  if (magnitude < 1e15 && d == std::trunc(d)) {
    return std::to_string(static_cast<int64_t>(d));
  }
  // Six significant digits in fixed notation: as many decimals as leave
  // six digits in all, at most 15 (a score of 1e-20 prints as 0).
  int exponent = magnitude == 0 ? 0 : static_cast<int>(std::floor(std::log10(magnitude)));
  int decimals = std::clamp(5 - exponent, 0, 15);
  char buf[400];
  std::snprintf(buf, sizeof buf, "%.*f", decimals, d);
  std::string out = buf;
  if (out.find('.') != std::string::npos) {
    while (out.back() == '0') out.pop_back();
    if (out.back() == '.') out.pop_back();
  }
  if (out == "-0") out = "0";
  return out;
}

}  // namespace netra

namespace netra {

Value Value::Float(float f) {
  // The float's shortest text (0.9f is "0.9"), read back as a double: what
  // JSON then prints is "0.9", not the float's exact 0.899999976158142.
  char buf[32];
  auto end = std::to_chars(buf, buf + sizeof buf, f).ptr;
  double d = 0;
  std::from_chars(buf, end, d);
  return Double(d);
}

}  // namespace netra

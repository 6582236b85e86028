// A small JSON-shaped value: what queries return and what the CLI prints as
// JSON, CSV or a table. Objects keep their keys in insertion order so output
// reads in the order the query built it.
#pragma once

#include <cstdint>
#include <memory>
#include <string_view>
#include <string>
#include <utility>
#include <vector>

namespace netra {

class Value {
 public:
  enum class Type { kNull, kBool, kInt, kDouble, kString, kArray, kObject };

  Value() = default;
  static Value Null() { return Value(); }
  static Value Bool(bool b) { Value v; v.type_ = Type::kBool; v.int_ = b; return v; }
  static Value Int(int64_t n) { Value v; v.type_ = Type::kInt; v.int_ = n; return v; }
  static Value Double(double d) { Value v; v.type_ = Type::kDouble; v.double_ = d; return v; }
  static Value Str(std::string s) { Value v; v.type_ = Type::kString; v.string_ = std::move(s); return v; }
  static Value Array() { Value v; v.type_ = Type::kArray; return v; }
  static Value Object() { Value v; v.type_ = Type::kObject; return v; }

  Type type() const { return type_; }
  bool is_null() const { return type_ == Type::kNull; }
  bool as_bool() const { return int_ != 0; }
  int64_t as_int() const { return int_; }
  double as_double() const { return double_; }
  const std::string& as_string() const { return string_; }

  // Arrays.
  Value& Push(Value v) { items_.push_back(std::move(v)); return items_.back(); }
  const std::vector<Value>& items() const { return items_; }
  std::vector<Value>& items() { return items_; }

  // Objects. Set replaces an existing key.
  Value& Set(const std::string& key, Value v);
  const Value* Get(const std::string& key) const;
  const std::vector<std::pair<std::string, Value>>& fields() const { return fields_; }

  // Compact JSON (RFC 8259), UTF-8 passed through, control characters escaped.
  std::string ToJson() const;
  void AppendJson(std::string* out) const;
  // A one-line human rendering: strings bare, arrays joined with "; ",
  // objects by their "name"/"label" field when they have one.
  std::string ToText() const;

 private:
  Type type_ = Type::kNull;
  int64_t int_ = 0;
  double double_ = 0;
  std::string string_;
  std::vector<Value> items_;
  std::vector<std::pair<std::string, Value>> fields_;
};

// Appends s as a JSON string literal (with quotes).
void AppendJsonString(std::string_view s, std::string* out);

}  // namespace netra

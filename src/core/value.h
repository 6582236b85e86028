// A small JSON-shaped value: what queries return and what the CLI prints as
// JSON, CSV or a table. Objects keep their keys in insertion order so output
// reads in the order the query built it.
#pragma once

#include <cstdint>
#include <memory>
#include <string>
#include <string_view>
#include <utility>
#include <variant>
#include <vector>

namespace netra {

class Value {
 public:
  enum class Type { kNull, kBool, kInt, kDouble, kString, kArray, kObject };

  Value() = default;
  static Value Null() { return Value(); }
  static Value Bool(bool b) {
    Value v;
    v.type_ = Type::kBool;
    v.data_ = int64_t{b};
    return v;
  }
  static Value Int(int64_t n) {
    Value v;
    v.type_ = Type::kInt;
    v.data_ = n;
    return v;
  }
  static Value Double(double d) {
    Value v;
    v.type_ = Type::kDouble;
    v.data_ = d;
    return v;
  }
  // A float (a stored confidence) as the double of its shortest decimal.
  static Value Float(float f);
  static Value Str(std::string s) {
    Value v;
    v.type_ = Type::kString;
    v.data_ = std::move(s);
    return v;
  }
  static Value Array() {
    Value v;
    v.type_ = Type::kArray;
    v.data_.emplace<Items>();
    return v;
  }
  static Value Object() {
    Value v;
    v.type_ = Type::kObject;
    v.data_.emplace<Fields>();
    return v;
  }
  // A value that refers to `v` instead of holding it: copies of the result
  // share one immutable `v`. For a sub-object repeated in many rows (a
  // region named by thousands of rows of regions-citing-laws), where each
  // row would otherwise hold a deep copy: a heap block and a few strings
  // each. Reads see `v`; the first change (Set, Push, items()) gives the
  // value its own copy. Scalars are returned as they are.
  static Value Shared(Value v);

  Type type() const { return type_; }
  bool is_null() const { return type_ == Type::kNull; }
  // 0 (false) unless a bool or an int; 0 unless a double.
  bool as_bool() const { return as_int() != 0; }
  int64_t as_int() const {
    const int64_t* n = std::get_if<int64_t>(&data_);
    return n != nullptr ? *n : 0;
  }
  double as_double() const {
    const double* d = std::get_if<double>(&data_);
    return d != nullptr ? *d : 0;
  }
  // Empty unless a string.
  const std::string& as_string() const;

  // Arrays. items() is empty unless an array; the non-const one makes the
  // value an array's payload if it was not.
  Value& Push(Value v) {
    items().push_back(std::move(v));
    return items().back();
  }
  // Room for `n` items (array) or fields (object), allocated at once.
  void Reserve(size_t n);
  const std::vector<Value>& items() const;
  std::vector<Value>& items();

  // Objects. Set replaces an existing key. fields() is empty unless an object.
  Value& Set(const std::string& key, Value v);
  const Value* Get(const std::string& key) const;
  const std::vector<std::pair<std::string, Value>>& fields() const;

  // Compact JSON (RFC 8259), UTF-8 passed through, control characters escaped.
  std::string ToJson() const;
  void AppendJson(std::string* out) const;
  // A one-line human rendering: strings bare, arrays joined with "; ",
  // objects by their "name"/"label" field when they have one.
  std::string ToText() const;

 private:
  using Items = std::vector<Value>;
  using Fields = std::vector<std::pair<std::string, Value>>;
  using SharedValue = std::shared_ptr<const Value>;  // see Shared()

  // The value reads go to: the shared one, or this.
  const Value& Target() const {
    const SharedValue* shared = std::get_if<SharedValue>(&data_);
    return shared != nullptr ? **shared : *this;
  }
  // Before a change: a shared value takes its own copy of the payload.
  void Unshare();

  Type type_ = Type::kNull;
  // The payload, one at a time (a bool as an int): a query result of a
  // hundred thousand rows holds millions of values, and members side by
  // side made each 104 bytes, then 64, instead of 48.
  std::variant<std::string, Items, Fields, SharedValue, int64_t, double> data_;
};

// How every command prints a number in a table, CSV or TSV (through
// Value::ToText): plain decimal notation, never an exponent, so that a
// column reads alike from top to bottom (`10140.4` beside `6522`, not
// `1.014e+04`). Integral values print as integers (`6522`, not `6522.0`);
// others with six significant digits, trailing zeros dropped (`0.0123457`,
// `1.5`). Non-finite values print as "" (JSON has no NaN either).
std::string FormatNumber(double d);

// Appends s as a JSON string literal (with quotes).
void AppendJsonString(std::string_view s, std::string* out);

// The most bytes WriteJsonString writes for a string of `n` bytes: every
// byte a "\u00XX" escape, and the quotes.
constexpr size_t JsonStringBound(size_t n) { return 6 * n + 2; }
// Writes s as a JSON string literal (the same bytes AppendJsonString
// appends) at `dst`, for writers that reserve room for a whole line first.
// REQUIRES: room for JsonStringBound(s.size()) bytes at `dst`. Returns the
// end of what was written.
char* WriteJsonString(std::string_view s, char* dst);

}  // namespace netra

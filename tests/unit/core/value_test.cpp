// Value: shared sub-values read like copies and are copied on change.
#include "core/value.h"

#include <doctest/doctest.h>

#include <cstdio>
#include <string>

namespace netra {
namespace {

Value Region() {
  Value v = Value::Object();
  v.Set("id", Value::Str("Region:16.73"));
  v.Set("name", Value::Str("Kota Lubuk Linggau"));
  Value codes = Value::Array();
  codes.Push(Value::Str("16.73"));
  v.Set("codes", std::move(codes));
  return v;
}

TEST_SUITE("core.value") {
  TEST_CASE("scalars read as they were written, and as 0 or false as other types") {
    CHECK(Value::Int(-7).as_int() == -7);
    CHECK(Value::Int(2).as_bool());
    CHECK(Value::Int(2).as_double() == 0);
    CHECK(Value::Bool(true).as_int() == 1);
    CHECK(Value::Double(2.5).as_double() == 2.5);
    CHECK(Value::Double(2.5).as_int() == 0);
    CHECK_FALSE(Value::Double(2.5).as_bool());
    CHECK(Value::Str("x").as_int() == 0);
    CHECK(Value::Null().as_string().empty());
    CHECK(Value::Double(0.25).ToJson() == "0.25");
    CHECK(Value::Bool(false).ToJson() == "false");
    CHECK(Value::Int(42).ToText() == "42");
    // Millions of them in a large query result.
    CHECK(sizeof(Value) <= 48);
  }

  TEST_CASE("a shared value reads, prints and copies like the value itself") {
    Value plain = Region();
    Value shared = Value::Shared(Region());
    CHECK(shared.type() == Value::Type::kObject);
    CHECK(shared.ToJson() == plain.ToJson());
    CHECK(shared.ToText() == "Kota Lubuk Linggau");
    CHECK(shared.Get("name")->as_string() == "Kota Lubuk Linggau");
    CHECK(shared.fields().size() == 3);
    Value row = Value::Object();
    row.Set("region", shared);
    row.Set("again", shared);
    CHECK(row.ToJson() == "{\"region\":" + plain.ToJson() + ",\"again\":" + plain.ToJson() + "}");
    // Strings and arrays too; scalars stay as they are.
    CHECK(Value::Shared(Value::Str("x")).as_string() == "x");
    Value items = Value::Shared(plain.Get("codes") ? *plain.Get("codes") : Value());
    CHECK(items.items().size() == 1);
    CHECK(Value::Shared(Value::Int(7)).as_int() == 7);
    CHECK(Value::Shared(Value::Bool(true)).as_bool());
    CHECK(Value::Shared(Value::Null()).is_null());
  }

  TEST_CASE("changing a copy of a shared value leaves the other copies alone") {
    Value shared = Value::Shared(Region());
    Value a = shared, b = shared;
    a.Set("name", Value::Str("Lubuklinggau"));
    b.Reserve(8);
    b.Set("kind", Value::Str("kota"));
    CHECK(shared.Get("name")->as_string() == "Kota Lubuk Linggau");
    CHECK(shared.Get("kind") == nullptr);
    CHECK(a.Get("name")->as_string() == "Lubuklinggau");
    CHECK(b.Get("kind")->as_string() == "kota");
    CHECK(b.Get("name")->as_string() == "Kota Lubuk Linggau");
    Value list = Value::Shared(Value::Array());
    Value mine = list;
    mine.Push(Value::Int(1));
    CHECK(list.items().empty());
    CHECK(mine.items().size() == 1);
  }

  TEST_CASE("numbers print alike in every table and CSV: plain decimals, never an exponent") {
    // Before, `%.4g`: a betweenness of 10140.37 printed as 1.014e+04 beside
    // a degree of 6522.
    CHECK(Value::Double(10140.37).ToText() == "10140.4");
    CHECK(Value::Double(10140).ToText() == "10140");
    CHECK(Value::Int(6522).ToText() == "6522");
    CHECK(Value::Double(1.5).ToText() == "1.5");
    CHECK(Value::Double(0.0123456789).ToText() == "0.0123457");
    CHECK(Value::Double(0.0000001234).ToText() == "0.0000001234");
    CHECK(Value::Double(-2.25).ToText() == "-2.25");
    CHECK(Value::Double(0.9999999).ToText() == "1");
    CHECK(Value::Double(1234567.891).ToText() == "1234568");
    CHECK(Value::Double(1e20).ToText() == "100000000000000000000");
    CHECK(FormatNumber(-0.0) == "0");
    // JSON keeps the shortest text that reads back as the same double.
    CHECK(Value::Double(10140.37).ToJson() == "10140.37");
    CHECK(Value::Double(0.1).ToJson() == "0.1");
    // A stored float confidence prints as written, not as 0.899999976...
    CHECK(Value::Float(0.9f).ToJson() == "0.9");
  }

  TEST_CASE("JSON strings: every byte escaped as before, wherever it falls in an eight-byte word") {
    // The byte-at-a-time escaper netra used before runs were copied whole.
    auto reference = [](const std::string& s) {
      std::string out = "\"";
      for (char ch : s) {
        unsigned char c = static_cast<unsigned char>(ch);
        switch (c) {
          case '"': out += "\\\""; break;
          case '\\': out += "\\\\"; break;
          case '\n': out += "\\n"; break;
          case '\r': out += "\\r"; break;
          case '\t': out += "\\t"; break;
          default:
            if (c < 0x20) {
              char buf[8];
              std::snprintf(buf, sizeof buf, "\\u%04x", c);
              out += buf;
            } else {
              out.push_back(ch);
            }
        }
      }
      return out + "\"";
    };
    for (int byte = 0; byte < 256; ++byte) {
      for (size_t length : {1, 7, 8, 9, 16, 23}) {
        for (size_t at = 0; at < length; ++at) {
          std::string s(length, 'a');
          s[at] = static_cast<char>(byte);
          std::string appended = "x";
          AppendJsonString(s, &appended);
          std::string written(JsonStringBound(s.size()), '\0');
          written.resize(WriteJsonString(s, written.data()) - written.data());
          CHECK_MESSAGE(appended == "x" + reference(s), "byte ", byte, " at ", at, " of ", length);
          CHECK(written == reference(s));
        }
      }
    }
    std::string text = "Kota \xe2\x80\x9cLubuk\xe2\x80\x9d Linggau\n\n\"Netral\"\\ ASN\x01";
    std::string appended;
    AppendJsonString(text, &appended);
    CHECK(appended == reference(text));
    CHECK(appended == "\"Kota \xe2\x80\x9cLubuk\xe2\x80\x9d Linggau\\n\\n\\\"Netral\\\"\\\\ ASN\\u0001\"");
  }
}

}  // namespace
}  // namespace netra

#include "core/value.h"

#include <cmath>
#include <cstdio>

namespace netra {

Value& Value::Set(const std::string& key, Value v) {
  for (auto& f : fields_) {
    if (f.first == key) {
      f.second = std::move(v);
      return f.second;
    }
  }
  fields_.emplace_back(key, std::move(v));
  return fields_.back().second;
}

const Value* Value::Get(const std::string& key) const {
  for (const auto& f : fields_) {
    if (f.first == key) return &f.second;
  }
  return nullptr;
}

void AppendJsonString(std::string_view s, std::string* out) {
  out->push_back('"');
  for (char ch : s) {
    unsigned char c = static_cast<unsigned char>(ch);
    switch (c) {
      case '"': *out += "\\\""; break;
      case '\\': *out += "\\\\"; break;
      case '\n': *out += "\\n"; break;
      case '\r': *out += "\\r"; break;
      case '\t': *out += "\\t"; break;
      default:
        if (c < 0x20) {
          char buf[8];
          std::snprintf(buf, sizeof buf, "\\u%04x", c);
          *out += buf;
        } else {
          out->push_back(ch);
        }
    }
  }
  out->push_back('"');
}

void Value::AppendJson(std::string* out) const {
  switch (type_) {
    case Type::kNull: *out += "null"; break;
    case Type::kBool: *out += int_ ? "true" : "false"; break;
    case Type::kInt: *out += std::to_string(int_); break;
    case Type::kDouble: {
      if (!std::isfinite(double_)) {
        *out += "null";
        break;
      }
      char buf[32];
      std::snprintf(buf, sizeof buf, "%.6g", double_);
      *out += buf;
      break;
    }
    case Type::kString: AppendJsonString(string_, out); break;
    case Type::kArray: {
      out->push_back('[');
      for (size_t i = 0; i < items_.size(); ++i) {
        if (i) out->push_back(',');
        items_[i].AppendJson(out);
      }
      out->push_back(']');
      break;
    }
    case Type::kObject: {
      out->push_back('{');
      for (size_t i = 0; i < fields_.size(); ++i) {
        if (i) out->push_back(',');
        AppendJsonString(fields_[i].first, out);
        out->push_back(':');
        fields_[i].second.AppendJson(out);
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
    case Type::kBool: return int_ ? "yes" : "no";
    case Type::kInt: return std::to_string(int_);
    case Type::kDouble: {
      char buf[32];
      std::snprintf(buf, sizeof buf, "%.4g", double_);
      return buf;
    }
    case Type::kString: return string_;
    case Type::kArray: {
      std::string out;
      for (size_t i = 0; i < items_.size(); ++i) {
        if (i) out += "; ";
        out += items_[i].ToText();
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

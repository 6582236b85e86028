// JSONL article parsing with RapidJSON.
#include <rapidjson/document.h>
#include <rapidjson/error/en.h>
#include <rapidjson/stringbuffer.h>
#include <rapidjson/writer.h>

#include "core/json_nesting.h"
#include "core/utf8.h"
#include "ingest/loader.h"

namespace netra::ingest {

namespace {

std::string ToJson(const rapidjson::Value& v) {
  rapidjson::StringBuffer buf;
  rapidjson::Writer<rapidjson::StringBuffer> w(buf);
  v.Accept(w);
  return std::string(buf.GetString(), buf.GetSize());
}

bool IsKnownField(const std::string& name) {
  static const char* const kKnown[] = {"id", "title", "text", "body", "content", "url", "published", "publisher"};
  for (const char* k : kKnown) {
    if (name == k) return true;
  }
  return false;
}

// Published dates are kept as the ISO calendar date; a timestamp
// ("2024-11-21T08:00:00+07:00") is cut to its date part.
bool IsoDatePrefix(const std::string& s, std::string* date) {
  if (s.size() < 10) return false;
  for (int i = 0; i < 10; ++i) {
    char c = s[i];
    bool ok = (i == 4 || i == 7) ? c == '-' : (c >= '0' && c <= '9');
    if (!ok) return false;
  }
  *date = s.substr(0, 10);
  return true;
}

}  // namespace

Result<model::Document> ParseJsonLine(const std::string& line, const std::string& where) {
  if (auto at = JsonNestingPastLimit(line)) {
    return Status::BadInput("JSON nested more than " + std::to_string(kMaxJsonNesting) + " levels deep at column " +
                            std::to_string(*at + 1));
  }
  rapidjson::Document json;
  // kParseValidateEncodingFlag: invalid UTF-8 inside strings is an error here,
  // named with its offset, rather than bytes passed on to the text layer.
  // RapidJSON then reads strings a byte at a time (about a tenth of `netra
  // extract`), so a line is first checked whole, eight bytes at a time: the
  // strings of a well-formed line are well-formed (RapidJSON accepts the same
  // UTF-8), and only a line that fails is parsed with the flag, for its
  // message.
  if (ValidateUtf8(line).ok()) {
    json.Parse(line.data(), line.size());
  } else {
    json.Parse<rapidjson::kParseValidateEncodingFlag>(line.data(), line.size());
  }
  if (json.HasParseError()) {
    return Status::BadInput("invalid JSON at column " + std::to_string(json.GetErrorOffset() + 1) + ": " +
                            rapidjson::GetParseError_En(json.GetParseError()));
  }
  if (!json.IsObject()) return Status::BadInput("a JSONL line must be a JSON object");
  model::Document doc;
  doc.source = where;
  auto string_field = [&](const char* name, std::string* out) -> Status {
    auto it = json.FindMember(name);
    if (it == json.MemberEnd() || it->value.IsNull()) return Status::Ok();
    if (it->value.IsString()) {
      out->assign(it->value.GetString(), it->value.GetStringLength());
    } else if (it->value.IsNumber()) {
      *out = ToJson(it->value);
    } else {
      return Status::BadInput(std::string("field `") + name + "` must be a string");
    }
    return Status::Ok();
  };
  NETRA_RETURN_IF_ERROR(string_field("id", &doc.id));
  if (doc.id.empty()) return Status::BadInput("no `id` field");
  NETRA_RETURN_IF_ERROR(string_field("title", &doc.title));
  for (const char* name : {"text", "body", "content"}) {
    NETRA_RETURN_IF_ERROR(string_field(name, &doc.text));
    if (!doc.text.empty()) break;
  }
  if (doc.text.find_first_not_of(" \t\r\n") == std::string::npos) {
    return Status::BadInput("document `" + doc.id + "` has no text (expected `text`, `body` or `content`)");
  }
  NETRA_RETURN_IF_ERROR(string_field("url", &doc.url));
  NETRA_RETURN_IF_ERROR(string_field("publisher", &doc.publisher));
  std::string published;
  NETRA_RETURN_IF_ERROR(string_field("published", &published));
  if (!published.empty() && !IsoDatePrefix(published, &doc.published)) {
    return Status::BadInput("field `published` is not an ISO date: " + published);
  }
  for (auto it = json.MemberBegin(); it != json.MemberEnd(); ++it) {
    std::string name(it->name.GetString(), it->name.GetStringLength());
    if (!IsKnownField(name)) doc.metadata.emplace_back(name, ToJson(it->value));
  }
  return doc;
}

}  // namespace netra::ingest

#include "extract/lexicon.h"

#include <fstream>
#include <set>

#include "core/file_util.h"

namespace netra::extract {

namespace {

// One row of a lexicon file, with the line it came from for messages.
struct Row {
  size_t line = 0;
  std::vector<std::string> fields;
};

// Reads `dir`/`name`: one row per line, fields separated by tabs, `#`
// starting a comment line, blank lines skipped. Every row has `columns`
// fields; its first field (the key) is lower case, single-spaced and
// unique in the file.
Result<std::vector<Row>> ReadRows(const std::string& dir, const std::string& name, size_t columns) {
  const std::string path = dir + "/" + name;
  std::ifstream in(path);
  if (!in) return Status::IoError("cannot open lexicon file " + path);
  std::vector<Row> rows;
  std::set<std::string> keys;
  std::string line;
  for (size_t number = 1; std::getline(in, line); ++number) {
    if (!line.empty() && line.back() == '\r') line.pop_back();
    if (line.empty() || line[0] == '#') continue;
    const std::string where = path + ":" + std::to_string(number) + ": ";
    Row row{number, {}};
    SplitTabs(line, &row.fields);
    if (row.fields.size() != columns) {
      return Status::Corruption(where + "expected " + std::to_string(columns) + " tab-separated field(s), found " +
                                std::to_string(row.fields.size()));
    }
    const std::string& key = row.fields[0];
    bool clean = !key.empty() && key.front() != ' ' && key.back() != ' ' && key.find("  ") == std::string::npos;
    for (char c : key) clean = clean && !(c >= 'A' && c <= 'Z') && static_cast<unsigned char>(c) < 0x80;
    if (!clean) return Status::Corruption(where + "`" + key + "` must be ASCII lower case, words single-spaced");
    if (!keys.insert(key).second) return Status::Corruption(where + "`" + key + "` is listed twice");
    rows.push_back(std::move(row));
  }
  return rows;
}

Status ReadWords(const std::string& dir, const std::string& name, std::vector<std::string>* out) {
  auto rows = ReadRows(dir, name, 1);
  if (!rows.ok()) return rows.status();
  for (Row& r : *rows) out->push_back(std::move(r.fields[0]));
  return Status::Ok();
}

Status ParseYesNo(const std::string& where, const std::string& field, bool* out) {
  if (field == "yes")
    *out = true;
  else if (field == "no")
    *out = false;
  else
    return Status::Corruption(where + "expected yes or no, found `" + field + "`");
  return Status::Ok();
}

Status ParseScope(const std::string& where, const std::string& field, OfficeScope* out) {
  static const std::pair<const char*, OfficeScope> kScopes[] = {
      {"regional", OfficeScope::kRegional}, {"kabupaten", OfficeScope::kKabupaten}, {"kota", OfficeScope::kKota},
      {"provinsi", OfficeScope::kProvinsi}, {"national", OfficeScope::kNational},   {"any", OfficeScope::kAny}};
  for (const auto& [word, scope] : kScopes) {
    if (field == word) {
      *out = scope;
      return Status::Ok();
    }
  }
  return Status::Corruption(where + "unknown scope `" + field +
                            "` (regional, kabupaten, kota, provinsi, national or any)");
}

Status CheckKind(const std::string& where, const std::string& kind) {
  for (const char* k : {"apel", "sosialisasi", "rapat", "kampanye", "pelantikan", "pemilihan", "other"}) {
    if (kind == k) return Status::Ok();
  }
  return Status::Corruption(where + "unknown event kind `" + kind +
                            "` (apel, sosialisasi, rapat, kampanye, pelantikan, pemilihan or other)");
}

std::string_view FirstWord(std::string_view words) { return words.substr(0, words.find(' ')); }

WordSet SetOf(const std::vector<std::string>& words) { return WordSet(words.begin(), words.end()); }

}  // namespace

Result<std::shared_ptr<const Lexicon>> Lexicon::Load(const std::string& dir) {
  std::shared_ptr<Lexicon> lexicon(new Lexicon());
  NETRA_RETURN_IF_ERROR(lexicon->Read(dir));
  lexicon->Index();
  return std::shared_ptr<const Lexicon>(std::move(lexicon));
}

Status Lexicon::Read(const std::string& dir) {
  const std::pair<const char*, std::vector<std::string>*> kWordFiles[] = {
      {"honorifics.tsv", &honorific_words_},
      {"degrees.tsv", &degree_words_},
      {"unit_words.tsv", &unit_word_list_},
      {"not_name_words.tsv", &not_name_words_},
      {"speech_verbs.tsv", &speech_verb_words_},
      {"place_heads.tsv", &place_head_words_},
      {"national_words.tsv", &national_word_list_},
      {"reporting_verbs.tsv", &reporting_verb_words_},
      {"event_cues.tsv", &event_cue_words_},
      {"audience_verbs.tsv", &audience_verb_words_},
      {"ambiguous_region_names.tsv", &ambiguous_region_words_},
      {"building_words.tsv", &building_word_list_},
      {"leading_verbs.tsv", &leading_verb_words_},
      {"appointment_cues.tsv", &appointment_cue_words_},
      {"event_name_stops.tsv", &event_name_stop_words_},
      {"appointment_stems.tsv", &appointment_stems_}};
  for (const auto& [name, words] : kWordFiles) NETRA_RETURN_IF_ERROR(ReadWords(dir, name, words));

  auto offices = ReadRows(dir, "offices.tsv", 4);
  if (!offices.ok()) return offices.status();
  for (Row& r : *offices) {
    const std::string where = dir + "/offices.tsv:" + std::to_string(r.line) + ": ";
    OfficeTitle o{r.fields[0], r.fields[1], OfficeScope::kRegional, false};
    NETRA_RETURN_IF_ERROR(ParseScope(where, r.fields[2], &o.scope));
    NETRA_RETURN_IF_ERROR(ParseYesNo(where, r.fields[3], &o.needs_unit));
    offices_.push_back(std::move(o));
  }
  auto modifiers = ReadRows(dir, "role_modifiers.tsv", 2);
  if (!modifiers.ok()) return modifiers.status();
  for (Row& r : *modifiers) modifiers_.push_back({r.fields[0], r.fields[1]});

  auto triggers = ReadRows(dir, "event_triggers.tsv", 3);
  if (!triggers.ok()) return triggers.status();
  for (Row& r : *triggers) {
    const std::string where = dir + "/event_triggers.tsv:" + std::to_string(r.line) + ": ";
    EventTrigger t{r.fields[0], r.fields[1], false};
    NETRA_RETURN_IF_ERROR(CheckKind(where, t.kind));
    NETRA_RETURN_IF_ERROR(ParseYesNo(where, r.fields[2], &t.needs_date));
    triggers_.push_back(std::move(t));
  }

  // Statute type words, heads and issuers: their own columns, checked by StatuteTypes.
  auto statute_rows = ReadRows(dir, "statute_types.tsv", 5);
  if (!statute_rows.ok()) return statute_rows.status();
  std::vector<std::pair<size_t, std::vector<std::string>>> statute_words;
  for (Row& r : *statute_rows) statute_words.emplace_back(r.line, std::move(r.fields));
  auto statute_types = StatuteTypes::Build(dir + "/statute_types.tsv", statute_words);
  if (!statute_types.ok()) return statute_types.status();
  statute_types_ = std::move(statute_types).value();
  auto kinds = ReadRows(dir, "region_kind_words.tsv", 2);
  if (!kinds.ok()) return kinds.status();
  for (Row& r : *kinds) {
    const std::string& kind = r.fields[1];
    const int k = kind == "provinsi" ? 0 : kind == "kabupaten" ? 1 : kind == "kota" ? 2 : -1;
    if (k < 0) {
      return Status::Corruption(dir + "/region_kind_words.tsv:" + std::to_string(r.line) + ": unknown kind `" + kind +
                                "` (provinsi, kabupaten or kota)");
    }
    kind_word_list_.push_back(std::move(r.fields[0]));
    kind_of_word_.push_back(k);
  }
  return ReadBodies(dir);
}

int Lexicon::RegionKindOf(std::string_view w) const {
  const int i = kind_words_.Find(w);
  return i < 0 ? -1 : kind_of_word_[i];
}

Status Lexicon::ReadBodies(const std::string& dir) {
  auto rows = ReadRows(dir, "bodies.tsv", 4);
  if (!rows.ok()) return rows.status();
  for (Row& r : *rows) {
    const std::string where = dir + "/bodies.tsv:" + std::to_string(r.line) + ": ";
    Body b{r.fields[0], r.fields[1], Body::Naming::kNational};
    const std::string& scope = r.fields[2];
    const std::string& naming = r.fields[3];
    if (scope == "national" && naming == "-") {
      b.naming = Body::Naming::kNational;
    } else if (scope == "regional" && naming == "government") {
      b.naming = Body::Naming::kGovernment;
    } else if (scope == "regional" && naming == "base") {
      b.naming = Body::Naming::kBase;
    } else if (scope == "regional" && naming == "region") {
      b.naming = Body::Naming::kRegion;
    } else {
      return Status::Corruption(where +
                                "expected `regional` with government, base or region, or `national` "
                                "with -; found `" +
                                scope + "` `" + naming + "`");
    }
    bodies_.push_back(std::move(b));
  }
  return Status::Ok();
}

void Lexicon::Index() {
  honorifics_ = SetOf(honorific_words_);
  degrees_ = SetOf(degree_words_);
  unit_words_ = SetOf(unit_word_list_);
  not_name_ = SetOf(not_name_words_);
  speech_verbs_ = SetOf(speech_verb_words_);
  place_heads_ = SetOf(place_head_words_);
  national_words_ = SetOf(national_word_list_);
  reporting_verbs_ = SetOf(reporting_verb_words_);
  event_cues_ = SetOf(event_cue_words_);
  audience_verbs_ = SetOf(audience_verb_words_);
  ambiguous_regions_ = SetOf(ambiguous_region_words_);
  kind_words_ = SetOf(kind_word_list_);
  building_words_ = SetOf(building_word_list_);
  leading_verbs_ = SetOf(leading_verb_words_);
  appointment_cues_ = SetOf(appointment_cue_words_);
  event_name_stops_ = SetOf(event_name_stop_words_);

  std::vector<std::string_view> starts;
  for (const RoleModifier& m : modifiers_) starts.push_back(m.word);
  for (const OfficeTitle& o : offices_) starts.push_back(FirstWord(o.words));
  role_starts_ = WordSet(starts.begin(), starts.end());
  std::vector<std::string_view> modifier_words;
  for (const RoleModifier& m : modifiers_) modifier_words.push_back(m.word);
  modifier_words_ = WordSet(modifier_words.begin(), modifier_words.end());

  // Offices and triggers by first word: WordSet::Find gives the position of
  // a first word in the list of distinct first words.
  for (const OfficeTitle& o : offices_) office_first_words_.emplace_back(FirstWord(o.words));
  office_firsts_ = SetOf(office_first_words_);
  offices_by_first_.resize(office_first_words_.size());
  for (const OfficeTitle& o : offices_) offices_by_first_[office_firsts_.Find(FirstWord(o.words))].push_back(&o);

  for (const Body& b : bodies_) body_first_words_.emplace_back(FirstWord(b.written));
  body_firsts_ = SetOf(body_first_words_);
  bodies_by_first_.resize(body_first_words_.size());
  for (const Body& b : bodies_) bodies_by_first_[body_firsts_.Find(FirstWord(b.written))].push_back(&b);

  for (const EventTrigger& t : triggers_) trigger_first_words_.emplace_back(FirstWord(t.words));
  trigger_firsts_ = SetOf(trigger_first_words_);
  triggers_by_first_.resize(trigger_first_words_.size());
  for (const EventTrigger& t : triggers_) triggers_by_first_[trigger_firsts_.Find(FirstWord(t.words))].push_back(&t);
}

const std::vector<const Body*>& Lexicon::BodiesStartingWith(std::string_view w) const {
  static const std::vector<const Body*> kNone;
  const int i = body_firsts_.Find(w);
  return i < 0 ? kNone : bodies_by_first_[i];
}

const std::vector<const OfficeTitle*>& Lexicon::OfficesStartingWith(std::string_view w) const {
  static const std::vector<const OfficeTitle*> kNone;
  const int i = office_firsts_.Find(w);
  return i < 0 ? kNone : offices_by_first_[i];
}

const RoleModifier* Lexicon::FindModifier(std::string_view w) const {
  const int i = modifier_words_.Find(w);
  return i < 0 ? nullptr : &modifiers_[i];
}

const std::vector<const EventTrigger*>& Lexicon::TriggersStartingWith(std::string_view w) const {
  static const std::vector<const EventTrigger*> kNone;
  const int i = trigger_firsts_.Find(w);
  return i < 0 ? kNone : triggers_by_first_[i];
}

}  // namespace netra::extract

// The extraction lexicon: what the extractors know about how Indonesian
// officialdom and its press write (honorifics and ranks, degrees, office
// titles and their abbreviations, the words unit names are made of, event
// words, reporting verbs), loaded from the files in schema/lexicon/ so that
// a user can extend it without recompiling. schema/lexicon/README.md
// documents every file; the code here holds only the mechanism.
//
// All entries are ASCII lower case; look-ups take lower-cased words.
// Read-only once loaded, so one Lexicon is shared by every worker thread.
#pragma once

#include <memory>
#include <string>
#include <string_view>
#include <vector>

#include "core/status.h"
#include "extract/statute_catalog.h"
#include "extract/word_set.h"

namespace netra::extract {

// What an office asks of the region it belongs to.
enum class OfficeScope { kRegional, kKabupaten, kKota, kProvinsi, kNational, kAny };

// One office title as the press writes it: "wali kota", "kapolres".
struct OfficeTitle {
  std::string words;    // lower case, single spaces: "koordinator divisi"
  std::string display;  // how the role is written in output: "Koordinator Divisi"
  OfficeScope scope = OfficeScope::kRegional;
  bool needs_unit = false;  // "Ketua" alone is no role; "Ketua Bawaslu" is
};

// A word written before a title: "Pj", "Penjabat", "Plt", "Wakil".
struct RoleModifier {
  std::string word;     // "penjabat"
  std::string display;  // "Pj"
};

// A word or phrase that names a happening: "apel", "kunjungan kerja".
struct EventTrigger {
  std::string words;        // lower case, single spaces
  std::string kind;         // apel, sosialisasi, rapat, kampanye, pelantikan, other; pemilihan
                            // for elections, which the elections extractor finds
  bool needs_date = false;  // an event only with a date in its sentence
};

// A government body the press names: "Pemkot", "Bawaslu", "BKN".
struct Body {
  enum class Naming { kGovernment, kBase, kRegion, kNational };
  std::string written;  // lower case: "pemkot", "badan kepegawaian negara"
  std::string name;     // "Pemerintah Kota", "Badan Kepegawaian Negara"
  Naming naming = Naming::kNational;
};

class Lexicon {
 public:
  // Loads every file of schema/lexicon/ from `dir`. Fails with the file and
  // line of the first row that is malformed (wrong field count, upper case,
  // unknown scope or kind, a duplicate).
  static Result<std::shared_ptr<const Lexicon>> Load(const std::string& dir);

  Lexicon(const Lexicon&) = delete;
  Lexicon& operator=(const Lexicon&) = delete;

  // Titles written before a name and kept as attributes: H, Hj, Drs, AKBP.
  bool IsHonorific(std::string_view w) const { return honorifics_.contains(w); }
  // Degrees written after a name's comma; `compact` has no dots or spaces.
  bool IsDegree(std::string_view compact) const { return degrees_.contains(compact); }
  // Words agency and unit names are made of: they extend a role, never
  // start a name.
  bool IsUnitWord(std::string_view w) const { return unit_words_.contains(w); }
  // Words that are never part of a person's name.
  bool IsNotName(std::string_view w) const { return not_name_.contains(w); }
  // Speech verbs that name a speaker after a quote: "ujar", "kata".
  bool IsSpeechVerb(std::string_view w) const { return speech_verbs_.contains(w); }
  // Words after which the next capitalised word is a place: "Kecamatan".
  bool TakesPlaceName(std::string_view w) const { return place_heads_.contains(w); }
  // Words that make an office national: "RI", "BKN", "Kemendagri".
  bool IsNationalWord(std::string_view w) const { return national_words_.contains(w); }
  // Verbs that report a happening: "menggelar", "berlangsung".
  bool IsReportingVerb(std::string_view w) const { return reporting_verbs_.contains(w); }
  // Words before a post that a transfer verb gives someone: "menjadi".
  bool IsAppointmentCue(std::string_view w) const { return appointment_cues_.contains(w); }
  // Words that end an event's name: "di", "yang", "oleh".
  bool EndsEventName(std::string_view w) const { return event_name_stops_.contains(w); }
  // Passive verbs with the event's leader after them: "dipimpin", "dibuka".
  bool IsLeadingVerb(std::string_view w) const { return leading_verbs_.contains(w); }
  // Words that make an office title after them a building's name: "Kantor".
  bool IsBuildingWord(std::string_view w) const { return building_words_.contains(w); }
  // Reporting verbs that with an official as object report an audience:
  // "menerima" (Gubernur menerima Wali Kota).
  bool IsAudienceVerb(std::string_view w) const { return audience_verbs_.contains(w); }
  // Words that frame a happening: "acara", "kegiatan", "saat".
  bool IsEventCue(std::string_view w) const { return event_cues_.contains(w); }
  // Stems of appointment and transfer verbs: "lantik", "mutasi".
  const std::vector<std::string>& appointment_stems() const { return appointment_stems_; }

  // Office titles whose first word is `w`, in file order.
  const std::vector<const OfficeTitle*>& OfficesStartingWith(std::string_view w) const;
  // The modifier written as `w`, or null.
  const RoleModifier* FindModifier(std::string_view w) const;
  // Whether a role can start with `w` (a modifier or a title's first word).
  bool CanStartRole(std::string_view w) const { return role_starts_.contains(w); }

  // Region names that count only with their kind or an office before them.
  bool IsAmbiguousRegionName(std::string_view key) const { return ambiguous_regions_.contains(key); }
  // The region kind a word before a name states ("kab", "pemkot",
  // "bupati"): 0 provinsi, 1 kabupaten, 2 kota (RegionKind's order), or -1.
  int RegionKindOf(std::string_view w) const;

  // Whether an event word or phrase starts with `w`: one probe, for the
  // per-token loop.
  bool IsTriggerStart(std::string_view w) const { return trigger_firsts_.contains(w); }
  // Bodies whose written form starts with the word `w` (up to its first
  // space), in file order.
  const std::vector<const Body*>& BodiesStartingWith(std::string_view w) const;

  // Event words and phrases whose first word is `w`, in file order.
  const std::vector<const EventTrigger*>& TriggersStartingWith(std::string_view w) const;

  // The words statutes are cited with (statute_types.tsv).
  const StatuteTypes& statute_types() const { return *statute_types_; }

 private:
  Lexicon() = default;
  Status Read(const std::string& dir);
  Status ReadBodies(const std::string& dir);
  void Index();

  std::vector<std::string> honorific_words_, degree_words_, unit_word_list_, not_name_words_, speech_verb_words_,
      place_head_words_, national_word_list_, reporting_verb_words_, event_cue_words_, audience_verb_words_,
      building_word_list_, leading_verb_words_, appointment_cue_words_, event_name_stop_words_, appointment_stems_;
  std::vector<OfficeTitle> offices_;
  std::vector<RoleModifier> modifiers_;
  std::vector<EventTrigger> triggers_;
  std::vector<Body> bodies_;
  std::vector<std::string> ambiguous_region_words_, kind_word_list_;
  std::vector<int> kind_of_word_;  // parallel to kind_word_list_
  std::shared_ptr<const StatuteTypes> statute_types_;

  // Built by Index() over the vectors above, which never change afterwards
  // (the sets keep views of their strings).
  WordSet honorifics_{}, degrees_{}, unit_words_{}, not_name_{}, speech_verbs_{}, place_heads_{}, national_words_{},
      reporting_verbs_{}, event_cues_{}, audience_verbs_{}, ambiguous_regions_{}, kind_words_{}, building_words_{},
      leading_verbs_{}, appointment_cues_{}, event_name_stops_{}, role_starts_{}, modifier_words_{}, office_firsts_{},
      trigger_firsts_{};
  std::vector<std::string> office_first_words_, trigger_first_words_;
  std::vector<std::vector<const OfficeTitle*>> offices_by_first_;
  std::vector<std::vector<const EventTrigger*>> triggers_by_first_;
  WordSet body_firsts_{};
  std::vector<std::string> body_first_words_;
  std::vector<std::vector<const Body*>> bodies_by_first_;
};

}  // namespace netra::extract

// Word lists the officials, organisations and events extractors share:
// honorifics, degrees, office heads, the words agency names are made of.
// All entries are ASCII lower case.
#pragma once

#include <string_view>

namespace netra::extract::lexicon {

// Titles written before a name and kept as attributes: H, Hj, KH, Drs ...
bool IsHonorific(std::string_view lower);
// Academic degrees written after a name's comma: S.Pd, M.Si, SSos ...
// `compact` is the degree with dots and spaces removed, lower case.
bool IsDegree(std::string_view compact);
// Words agency and unit names are made of ("dinas", "pendidikan",
// "kepegawaian", "bkpsdm"): they extend a role, never start a name.
bool IsUnitWord(std::string_view lower);
// Words that are never part of a person's name (weekdays, months,
// election words, pronouns).
bool IsNotName(std::string_view lower);
// Speech verbs that introduce a speaker after a quote: "ujar Sisardi".
bool IsSpeechVerb(std::string_view lower);
// Words after which the next capitalised word is a place, not a person:
// "Kecamatan Karanggede", "Panwaslucam Karanggede", "Camat Musuk".
bool TakesPlaceName(std::string_view lower);

}  // namespace netra::extract::lexicon

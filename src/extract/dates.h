// Dates as Indonesian news writes them:
//   `Kamis 21 November 2024`, `Rabu, 31 Juli 2024`, `pada 14 Oktober 2024`,
//   `Jumat (2/2/2024)`, `Senin (12/8/2024)`, `Senin(04/11)`, `( 23 / 5 )`,
//   `Selasa (8/10)`.
// A date written without its year takes the year from the document's date
// or the years the text states, checked against the weekday when one is
// written.
#pragma once

#include <string>
#include <string_view>
#include <vector>

namespace netra::extract {

struct DateMention {
  uint32_t begin = 0, end = 0;  // in the scanned text
  int year = 0;                 // 0 when not written
  int month = 0, day = 0;
  int weekday = -1;    // 0 = Senin ... 6 = Minggu; -1 when not written
  bool range = false;  // the first day of a range ("7 s/d 10 November")
};

// All dates in `text` (a sentence), in order.
std::vector<DateMention> FindDates(std::string_view text, std::string_view lower);

// Day of week (0 = Monday) of a Gregorian date.
int Weekday(int year, int month, int day);

bool ValidDate(int year, int month, int day);

// Completes a date without a year: the first of `candidate_years` on which
// the written weekday falls (all of them qualify when no weekday is
// written). Returns the ISO date or "" when none fits.
std::string CompleteDate(const DateMention& d, const std::vector<int>& candidate_years);

std::string IsoDate(int year, int month, int day);

// The first full date (with its year) in a byline or date line, as the
// press writes the day a story went out: `Oleh Humas Pemkab Sleman - 12
// Maret 2024`, `Selasa, 05/03/2024 09:30 WIB`, `(14/05/2024)`. ISO, or ""
// when the line has none. `lower` is the line ASCII-lower-cased.
std::string FullDateIn(std::string_view lower);

}  // namespace netra::extract

#include "extract/dates.h"

#include <re2/re2.h>

#include <algorithm>
#include <cstdio>

namespace netra::extract {

namespace {

const char* const kWeekdays[] = {"senin", "selasa", "rabu", "kamis", "jumat", "sabtu", "minggu"};

int WeekdayIndex(const std::string& w) {
  std::string clean;
  for (char c : w) {
    if (c != '\'') clean.push_back(c);
  }
  for (int i = 0; i < 7; ++i) {
    if (clean == kWeekdays[i]) return i;
  }
  if (clean == "ahad") return 6;
  return -1;
}

int MonthIndex(const std::string& m) {
  static const char* const kMonths[][2] = {{"januari", "jan"}, {"februari", "feb"}, {"maret", "mar"},
                                           {"april", "apr"},   {"mei", "mei"},      {"juni", "jun"},
                                           {"juli", "jul"},    {"agustus", "agu"},  {"september", "sep"},
                                           {"oktober", "okt"}, {"november", "nov"}, {"desember", "des"}};
  for (int i = 0; i < 12; ++i) {
    if (m == kMonths[i][0] || m == kMonths[i][1]) return i + 1;
  }
  if (m == "pebruari" || m == "agust" || m == "sept" || m == "nopember" || m == "ags") {
    return m == "pebruari" ? 2 : (m == "nopember" ? 11 : (m == "sept" ? 9 : 8));
  }
  return 0;
}

#define NETRA_WEEKDAY "(senin|selasa|rabu|kamis|jumat|jum'at|sabtu|minggu|ahad)"
#define NETRA_MONTH                                                                 \
  "(januari|februari|pebruari|maret|april|mei|juni|juli|agustus|september|oktober|" \
  "november|nopember|desember|jan|feb|mar|apr|jun|jul|agu|agust|ags|sep|sept|okt|nov|des)"

// "Kamis 21 November 2024", "Rabu, 31 Juli 2024", "21 November 2024", "(21/11/2024)" ...
const RE2& LongDate() {
  static const RE2 re("(?:" NETRA_WEEKDAY " ?,? ?\\(? ?)?\\b([0-9]{1,2}) " NETRA_MONTH "\\.?(?: ,?([0-9]{4}))?\\b");
  return re;
}

const RE2& SlashDate() {
  static const RE2 re("(?:" NETRA_WEEKDAY
                      " ?,? ?)?\\( ?([0-9]{1,2}) ?[/-] ?([0-9]{1,2})(?: ?[/-] ?([0-9]{2,4}))? ?\\)");
  return re;
}

// "Rabu-Kamis (17-18/7/2024)", "(17 - 18/7)": a range of days in one month
// written with slashes; the event starts on its first day.
const RE2& SlashRangeDate() {
  static const RE2 re("(?:" NETRA_WEEKDAY " ?(?:-|s/d|sampai) ?" NETRA_WEEKDAY
                      " ?,? ?)?\\( ?([0-9]{1,2}) ?- ?[0-9]{1,2} ?/ ?([0-9]{1,2})(?: ?/ ?([0-9]{2,4}))? ?\\)");
  return re;
}

// "05/03/2024", "14-05-2024": a day, a month and a four-digit year with no
// brackets, as bylines and date lines write them.
const RE2& NumericDate() {
  static const RE2 re("\\b([0-9]{1,2})[/.-]([0-9]{1,2})[/.-]((?:19|20)[0-9]{2})\\b");
  return re;
}

// "24 sampai 30 September 2023", "7 s/d 10 November 2023", "15 – 29 Mei 2024":
// a range written with one month; the event starts on its first day.
const RE2& RangeDate() {
  static const RE2 re(
      "\\b([0-9]{1,2}) ?(?:s/d|s\\.d\\.?|sampai dengan|sampai|hingga|-|\xe2\x80\x93|\xe2\x80\x94) "
      "?[0-9]{1,2} " NETRA_MONTH "\\.?(?: ,?([0-9]{4}))?\\b");
  return re;
}

// "15 Mei – 29 Mei 2024", "9 Januari sampai dengan 15 Januari 2024".
const RE2& RangeDate2() {
  static const RE2 re("\\b([0-9]{1,2}) " NETRA_MONTH
                      " ?(?:s/d|s\\.d\\.?|sampai dengan|sampai|hingga|-|\xe2\x80\x93|\xe2\x80\x94) ?[0-9]{1,2} "
                      "[a-z]+\\.?(?: ,?([0-9]{4}))?\\b");
  return re;
}

bool IsDigitChar(char c) { return c >= '0' && c <= '9'; }

// Whether a digit, a space and a letter that starts a month name follow
// each other somewhere: LongDate, RangeDate and RangeDate2 all contain
// `[0-9]{1,2} ` NETRA_MONTH, so without this none can match.
bool HasDayThenMonth(std::string_view lower) {
  for (size_t i = 0; i + 2 < lower.size(); ++i) {
    if (lower[i + 1] != ' ' || !IsDigitChar(lower[i])) continue;
    switch (lower[i + 2]) {
      case 'j':
      case 'f':
      case 'p':
      case 'm':
      case 'a':
      case 's':
      case 'o':
      case 'n':
      case 'd': return true;
      default: break;
    }
  }
  return false;
}

// A date match's bounds and written weekday (group 1); *pos moves past it.
DateMention MatchedAt(std::string_view lower, const re2::StringPiece* m, size_t* pos) {
  const size_t b = m[0].data() - lower.data();
  *pos = b + m[0].size();
  DateMention d;
  d.begin = static_cast<uint32_t>(b);
  d.end = static_cast<uint32_t>(*pos);
  d.weekday = m[1].empty() ? -1 : WeekdayIndex(std::string(m[1]));
  return d;
}

// Adds every match of a slash form: groups weekday, (a second weekday in the
// range form), day, month, year. "(2/10/2023)", "Rabu-Kamis (17-18/7/2024)".
void AddSlashDates(std::string_view lower, const RE2& re, bool range, std::vector<DateMention>* out) {
  const int groups = 1 + re.NumberOfCapturingGroups();
  const int day = groups - 3;  // day, month and year are the last three groups
  re2::StringPiece m[6];
  size_t pos = 0;
  while (pos < lower.size() &&
         re.Match(re2::StringPiece(lower.data(), lower.size()), pos, lower.size(), RE2::UNANCHORED, m, groups)) {
    DateMention d = MatchedAt(lower, m, &pos);
    d.day = std::stoi(std::string(m[day]));
    d.month = std::stoi(std::string(m[day + 1]));
    if (!m[day + 2].empty()) {
      d.year = std::stoi(std::string(m[day + 2]));
      if (d.year < 100) d.year += 2000;
    }
    d.range = range;
    if (ValidDate(d.year, d.month, d.day)) out->push_back(d);
  }
}

}  // namespace

bool ValidDate(int year, int month, int day) {
  if (month < 1 || month > 12 || day < 1) return false;
  static const int kDays[] = {31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31};
  int max = kDays[month - 1];
  if (month == 2 && year > 0 && ((year % 4 == 0 && year % 100 != 0) || year % 400 == 0)) max = 29;
  if (month == 2 && year == 0) max = 29;
  return day <= max;
}

int Weekday(int y, int m, int d) {
  // Sakamoto's method: 0 = Sunday; shifted so 0 = Monday.
  static const int t[] = {0, 3, 2, 5, 0, 3, 5, 1, 4, 6, 2, 4};
  if (m < 3) y -= 1;
  int sunday_based = (y + y / 4 - y / 100 + y / 400 + t[m - 1] + d) % 7;
  return (sunday_based + 6) % 7;
}

std::string IsoDate(int year, int month, int day) {
  char buf[16];
  std::snprintf(buf, sizeof buf, "%04d-%02d-%02d", year, month, day);
  return buf;
}

std::string CompleteDate(const DateMention& d, const std::vector<int>& candidate_years) {
  if (d.year > 0) return ValidDate(d.year, d.month, d.day) ? IsoDate(d.year, d.month, d.day) : "";
  for (int y : candidate_years) {
    if (!ValidDate(y, d.month, d.day)) continue;
    if (d.weekday < 0 || Weekday(y, d.month, d.day) == d.weekday) return IsoDate(y, d.month, d.day);
  }
  return "";
}

std::vector<DateMention> FindDates(std::string_view text, std::string_view lower) {
  std::vector<DateMention> out;
  // Every date form has a day in digits; most sentences have no digit at
  // all, and four regex searches per sentence are the costliest part of
  // events extraction.
  if (std::none_of(lower.begin(), lower.end(), IsDigitChar)) return out;
  const bool day_month = HasDayThenMonth(lower);
  const bool bracket = lower.find('(') != std::string_view::npos;
  std::string weekday, day, month, year;
  re2::StringPiece m[5];
  size_t pos = 0;
  while (day_month && pos < lower.size() &&
         LongDate().Match(re2::StringPiece(lower.data(), lower.size()), pos, lower.size(), RE2::UNANCHORED, m, 5)) {
    DateMention d = MatchedAt(lower, m, &pos);
    d.day = std::stoi(std::string(m[2]));
    d.month = MonthIndex(std::string(m[3]));
    d.year = m[4].empty() ? 0 : std::stoi(std::string(m[4]));
    // "3 Mar" could be a count ("3 mar..."): short month forms need a year or weekday.
    bool short_month =
        m[3].size() <= 4 && std::string(m[3]) != "mei" && std::string(m[3]) != "juni" && std::string(m[3]) != "juli";
    if (short_month && d.year == 0 && d.weekday < 0) continue;
    if (d.month > 0 && ValidDate(d.year, d.month, d.day)) out.push_back(d);
  }
  // Both slash forms need their "(".
  if (bracket) {
    AddSlashDates(lower, SlashDate(), /*range=*/false, &out);
    AddSlashDates(lower, SlashRangeDate(), /*range=*/true, &out);
  }
  // Ranges: "24 sampai 30 September 2023", "15 Mei – 29 Mei 2024". Their
  // ends were also matched as plain dates above; the range's first day
  // replaces them.
  for (const RE2* range : {&RangeDate(), &RangeDate2()}) {
    if (!day_month) break;
    pos = 0;
    while (pos < lower.size() &&
           range->Match(re2::StringPiece(lower.data(), lower.size()), pos, lower.size(), RE2::UNANCHORED, m, 4)) {
      size_t b = m[0].data() - lower.data();
      pos = b + m[0].size();
      DateMention d;
      d.begin = static_cast<uint32_t>(b);
      d.end = static_cast<uint32_t>(pos);
      d.day = std::stoi(std::string(m[1]));
      d.month = MonthIndex(std::string(m[2]));
      d.year = m[3].empty() ? 0 : std::stoi(std::string(m[3]));
      if (d.month == 0 || !ValidDate(d.year, d.month, d.day)) continue;
      d.range = true;
      out.erase(std::remove_if(out.begin(), out.end(),
                               [&](const DateMention& x) { return x.begin >= d.begin && x.begin < d.end; }),
                out.end());
      out.push_back(d);
    }
  }
  (void)text;
  std::sort(out.begin(), out.end(), [](const DateMention& a, const DateMention& b) { return a.begin < b.begin; });
  return out;
}

std::string FullDateIn(std::string_view lower) {
  for (const DateMention& d : FindDates(lower, lower)) {
    if (d.year > 0 && !d.range) return IsoDate(d.year, d.month, d.day);
  }
  int day = 0, month = 0, year = 0;
  if (RE2::PartialMatch(re2::StringPiece(lower.data(), lower.size()), NumericDate(), &day, &month, &year) &&
      ValidDate(year, month, day)) {
    return IsoDate(year, month, day);
  }
  return "";
}

}  // namespace netra::extract

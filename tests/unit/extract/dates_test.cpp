#include "extract/dates.h"

#include <doctest/doctest.h>

#include "extract/fold.h"

namespace netra::extract {

namespace {

std::vector<std::string> Dates(const std::string& text, const std::vector<int>& years = {2024}) {
  std::string lower = LowerAscii(text);
  std::vector<std::string> out;
  for (const DateMention& d : FindDates(text, lower)) out.push_back(CompleteDate(d, years));
  return out;
}

}  // namespace

TEST_SUITE("extract.dates") {
  TEST_CASE("written-out dates with and without a weekday") {
    CHECK(Dates("Apel digelar Kamis 21 November 2024.") == std::vector<std::string>{"2024-11-21"});
    CHECK(Dates("pada Rabu, 31 Juli 2024 di aula") == std::vector<std::string>{"2024-07-31"});
    CHECK(Dates("pada 14 Oktober 2024") == std::vector<std::string>{"2024-10-14"});
  }

  TEST_CASE("numeric dates in brackets, with and without a year") {
    CHECK(Dates("Jumat (2/2/2024).") == std::vector<std::string>{"2024-02-02"});
    CHECK(Dates("Senin (12/8/2024)") == std::vector<std::string>{"2024-08-12"});
    CHECK(Dates("saat apel pagi Senin(04/11).") == std::vector<std::string>{"2024-11-04"});
    CHECK(Dates("Rabu ( 22 / 11 ) .", {2017}) == std::vector<std::string>{"2017-11-22"});
  }

  TEST_CASE("a missing year is taken only where the weekday agrees") {
    // 4 November was a Monday in 2024, not in 2023.
    CHECK(Dates("Senin (4/11)", {2023, 2024}) == std::vector<std::string>{"2024-11-04"});
    CHECK(Dates("Selasa (4/11)", {2024}) == std::vector<std::string>{""});
  }

  TEST_CASE("a range is dated by its first day") {
    CHECK(Dates("mulai tanggal 24 sampai 30 September 2023") == std::vector<std::string>{"2023-09-24"});
    CHECK(Dates("pada tanggal 15 Mei – 29 Mei 2024, pendaftaran") == std::vector<std::string>{"2024-05-15"});
  }

  TEST_CASE("weekdays and validity") {
    CHECK(Weekday(2024, 11, 21) == 3);  // Thursday
    CHECK(ValidDate(2024, 2, 29));
    CHECK_FALSE(ValidDate(2023, 2, 29));
    CHECK_FALSE(ValidDate(2024, 13, 1));
  }
}

}  // namespace netra::extract

// The dates extractor on any text: `Kamis 21 November 2024`, `Jumat
// (2/2/2024)`, `Senin(04/11)`, ranges, and the full dates of bylines; each
// date without a year completed against candidate years.
#include <cstddef>
#include <cstdint>
#include <string>
#include <string_view>

#include "extract/dates.h"
#include "extract/fold.h"
#include "fuzz_support.h"

namespace netra::fuzz {
namespace {

void Run(const uint8_t* data, size_t size) {
  const std::string_view text(reinterpret_cast<const char*>(data), size);
  const std::string lower = extract::LowerAscii(text);
  for (const extract::DateMention& d : extract::FindDates(text, lower)) {
    Check(d.begin < d.end && d.end <= size, "a date lies in the text");
    Check(d.weekday >= -1 && d.weekday <= 6, "a weekday is -1 or 0..6");
    if (d.year != 0 && extract::ValidDate(d.year, d.month, d.day)) {
      Check(extract::IsoDate(d.year, d.month, d.day).size() >= 10, "an ISO date");
      const int weekday = extract::Weekday(d.year, d.month, d.day);
      Check(weekday >= 0 && weekday <= 6, "Weekday is 0..6");
    }
    const std::string completed = extract::CompleteDate(d, {2024, 2023, 1999, 2100});
    Check(completed.empty() || completed.size() == 10, "a completed date is ISO or empty");
  }
  const std::string full = extract::FullDateIn(lower);
  Check(full.empty() || full.size() == 10, "a byline's date is ISO or empty");
}

}  // namespace
}  // namespace netra::fuzz

extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, size_t size) {
  netra::fuzz::Run(data, size);
  return 0;
}

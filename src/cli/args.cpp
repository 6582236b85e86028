#include "cli/args.h"

#include <algorithm>
#include <cstdio>
#include <sstream>

#include "model/vocab.h"
#include "query/fold.h"

namespace netra::cli {

namespace {

bool AllDigits(const std::string& s, size_t from, size_t n) {
  if (from + n > s.size()) return false;
  return std::all_of(s.begin() + from, s.begin() + from + n, [](char c) { return c >= '0' && c <= '9'; });
}

int DaysIn(int year, int month) {
  static const int kDays[] = {31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31};
  bool leap = (year % 4 == 0 && year % 100 != 0) || year % 400 == 0;
  return month == 2 && leap ? 29 : kDays[month - 1];
}

// The day `s` names (YYYY-MM-DD, YYYY-MM, YYYY), as YYYY-MM-DD, or "".
std::string ExpandDate(const std::string& s, DateBound bound) {
  bool day = s.size() == 10 && s[7] == '-' && AllDigits(s, 8, 2);
  bool month = (s.size() == 7 || day) && s[4] == '-' && AllDigits(s, 5, 2);
  if (!AllDigits(s, 0, 4) || !(s.size() == 4 || month)) return "";
  int y = std::stoi(s.substr(0, 4));
  int m = month ? std::stoi(s.substr(5, 2)) : (bound == DateBound::kFirst ? 1 : 12);
  if (m < 1 || m > 12) return "";
  int d = day ? std::stoi(s.substr(8, 2)) : (bound == DateBound::kFirst ? 1 : DaysIn(y, m));
  if (d < 1 || d > DaysIn(y, m)) return "";
  char out[40];
  std::snprintf(out, sizeof out, "%04d-%02d-%02d", y, m, d);
  return out;
}

std::string Joined(const std::vector<std::string>& values) {
  std::string out;
  for (const std::string& v : values) out += (out.empty() ? "" : ", ") + v;
  return out;
}

}  // namespace

CLI::Validator IsoDate(DateBound bound) {
  return CLI::Validator(
      [bound](std::string& s) -> std::string {
        std::string day = ExpandDate(s, bound);
        if (day.empty()) {
          return "`" + s + "` is not a date: give YYYY-MM-DD, YYYY-MM or YYYY (2024-08-12, 2024-08, 2024)";
        }
        s = day;
        return "";
      },
      "DATE");
}

std::string DidYouMean(const std::string& typed, const std::vector<std::string>& candidates) {
  std::vector<std::string> near = query::NearMisses(typed, candidates);
  return near.empty() ? "" : " (did you mean `" + near.front() + "`?)";
}

CLI::Validator OneOf(const std::vector<std::string>& allowed, const std::string& what) {
  return CLI::Validator(
      [allowed, what](std::string& s) -> std::string {
        if (std::find(allowed.begin(), allowed.end(), s) != allowed.end()) return "";
        return "unknown " + what + " `" + s + "`" + DidYouMean(s, allowed) + "; one of: " + Joined(allowed);
      },
      what);
}

const std::vector<std::string>& EntityTypes() {
  static const std::vector<std::string> kTypes(std::begin(vocab::kAllEntityTypes), std::end(vocab::kAllEntityTypes));
  return kTypes;
}

const std::vector<std::string>& EdgePredicates() {
  static const std::vector<std::string> kPredicates = {
      vocab::kHoldsPosition, vocab::kPositionIn,   vocab::kLeads,  vocab::kOrganizes, vocab::kHeldIn,
      vocab::kCites,         vocab::kCitesArticle, vocab::kPartOf, vocab::kLocatedIn, vocab::kMentions,
      vocab::kPublishedBy,   vocab::kReplacedBy,   vocab::kAbout,  vocab::kDateline};
  return kPredicates;
}

namespace {

// The arguments a parse error left over: those an ExtrasError names, or,
// when no command was given, the command line's first word.
std::vector<std::string> LeftOver(const CLI::ParseError& e, const std::vector<std::string>& args, bool command) {
  std::vector<std::string> out;
  if (dynamic_cast<const CLI::ExtrasError*>(&e) != nullptr) {
    std::string what = e.what();
    std::istringstream words(what.substr(what.find(':') + 1));
    for (std::string w; words >> w;) out.push_back(w);
  } else if (!command) {
    for (const std::string& a : args) {
      if (a.rfind('-', 0) != 0) return {a};
    }
  }
  return out;
}

}  // namespace

std::string HintForParseError(const CLI::App& app, const CLI::ParseError& e, const std::vector<std::string>& args) {
  const CLI::App* sub = nullptr;
  for (const CLI::App* s : app.get_subcommands()) sub = s;
  std::vector<std::string> extras = LeftOver(e, args, sub != nullptr);
  // A mistyped flag first: it is what most often leaves arguments over.
  auto typed = std::find_if(extras.begin(), extras.end(), [](const std::string& x) { return x.rfind("--", 0) == 0; });
  if (typed == extras.end() && sub == nullptr) typed = extras.begin();
  if (typed == extras.end()) return "";
  std::vector<std::string> names;
  if (typed->rfind("--", 0) == 0) {
    for (const CLI::Option* o : (sub != nullptr ? sub : &app)->get_options()) {
      for (const std::string& name : o->get_lnames()) names.push_back("--" + name);
    }
  } else {
    for (const CLI::App* s : app.get_subcommands({})) names.push_back(s->get_name());
  }
  std::vector<std::string> near = query::NearMisses(*typed, names);
  if (near.empty()) return "";
  // The command's own flag, written before the command (`netra --db X
  // query`): only --schema-dir is global.
  if (sub != nullptr && near.front() == *typed) return "netra " + sub->get_name() + " " + *typed + " ...";
  return near.front();
}

}  // namespace netra::cli

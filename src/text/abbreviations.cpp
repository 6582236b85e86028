#include "text/abbreviations.h"

#include <unicode/uchar.h>

#include <algorithm>

#include "text/ascii_internal.h"
#include "text/utf8.h"

namespace netra::text {
namespace {

using internal::EqualsIgnoreCase;
using internal::IsAsciiAlpha;
using internal::IsAsciiDigit;
using internal::IsAsciiLower;
using internal::IsAsciiUpper;

// clang-format off

// Titles, ranks and prefixes: always followed by a name, number or place.
// Words that are also ordinary lowercase Indonesian words (`hal`, `bab`) are
// left out on purpose: "dalam segala hal. Selain itu" must still split.
constexpr std::string_view kPrefixes[] = {
    // honorifics and titles before names
    "H", "Hj", "KH", "Dr", "Dra", "Drs", "Ir", "Prof", "Bpk", "Bp", "Sdr", "Sdri", "Tn", "Ny",
    "Nn", "Yth", "Ust", "Mr", "Mrs", "Drg", "Ns", "Pdt", "Sr", "Fr", "Tgk", "Dt",
    // Javanese, Sundanese and Banten nobility: `Rd. Agus`, `R.A.`, `Rr.`, `Tb.`
    "Rd", "Ra", "Rr", "Rm", "Tb",
    // abbreviated given names: `Moh. Yamin`, `Akh. Zaini`, `Th. Eko Ismada`
    "Moh", "Moch", "Mochd", "Muh", "Mhd", "Akh", "Ach", "Achm", "Abd", "Th",
    // ranks and the corps after them: `Letkol Inf. Lizardo Gumay`
    "Jend", "Kol", "Kapt", "Inf", "Kav", "Arm", "Arh", "Czi", "Chk", "Ckm", "Cpl", "Pnb", "Psk",
    // acting officials: `Pj. Bupati`, `Plt. Kepala Dinas`
    "Pj", "Pjs", "Plt", "Plh",
    // administrative units and addresses: `Kab. OKI`, `Jl. Sudirman`
    "Prov", "Kab", "Kec", "Kel", "Ds", "Kp", "Jl", "Jln", "Gg", "Komp", "Perum", "Blok",
    // numbers and money: `No. 20`, `Rp. 2.000`, `hlm. 5`, `Tgl. 3`
    "No", "Nomor", "Rp", "Hlm", "Tgl", "Vol",
    // legal and letter forms: `PP Nomor 99 Tahun 2000 jo. PP Nomor 12`, `a.n. Bupati`
    "jo", "jis", "a.n", "u.p",
};

// Degrees written without inner periods, as in `Nursula, SSos.`; the dotted
// forms (`S.Sos`) are recognized by shape in IsDottedAbbreviation.
constexpr std::string_view kUndottedDegrees[] = {
    "SH", "MH", "SE", "MM", "ME", "ST", "MT", "SPd", "MPd", "SSos", "MSi", "SIP", "SKom", "MKom",
    "SAg", "MAg", "SP", "MP", "SSTP", "MAP", "SKM", "MKes", "SKep", "SFarm", "SPsi", "SHut",
    "SAk", "AMd", "Lc", "PhD", "Apt", "MIS", "MBA",
};

// List enders and company suffixes.
constexpr std::string_view kEnders[] = {"dll", "dsb", "dst", "dkk", "Tbk", "cs"};

// clang-format on

// `S.Pd`, `M.Si`, `Ph.D`, `S.I.Kom`, `A.Md`: two or more groups of one to
// five letters joined by periods, the first capitalized.
bool IsDottedAbbreviation(std::string_view word) {
  if (word.empty() || !IsAsciiUpper(word[0])) return false;
  size_t groups = 0, group_len = 0;
  for (char c : word) {
    if (c == '.') {
      if (group_len == 0) return false;
      ++groups;
      group_len = 0;
    } else if (IsAsciiAlpha(c)) {
      if (++group_len > 5) return false;
    } else {
      return false;
    }
  }
  return group_len > 0 && groups >= 1;
}

// `G.L` in `Ayodhia G.L. Kalake`: initials run together.
bool IsInitials(std::string_view word) {
  if (word.size() < 3) return false;
  for (size_t i = 0; i < word.size(); ++i) {
    if (i % 2 == 0 ? !IsAsciiUpper(word[i]) : word[i] != '.') return false;
  }
  return word.size() % 2 == 1;
}

bool IsListMarker(std::string_view word) {
  if (word.empty() || word.size() > 4) return false;
  bool digits = true, roman = true;
  for (char c : word) {
    digits = digits && IsAsciiDigit(c);
    roman = roman && (c == 'I' || c == 'V' || c == 'X');
  }
  return digits || roman || (word.size() == 1 && IsAsciiAlpha(word[0]));
}

// The last whitespace-separated word of `s`, without opening brackets or
// quotes in front: `(Dr.` -> `Dr.`, `“H.` -> `H.`.
std::string_view LastWord(std::string_view s) {
  size_t b = s.size();
  while (b > 0 && !internal::IsSpace(s[b - 1])) --b;
  std::string_view word = s.substr(b);
  for (bool stripped = true; stripped && !word.empty();) {
    stripped = false;
    for (std::string_view opener : {"(", "[", "\"", "'", "\u201C", "\u2018", "\u00AB"}) {
      if (word.substr(0, opener.size()) == opener) {
        word.remove_prefix(opener.size());
        stripped = true;
      }
    }
  }
  return word;
}

std::string_view FirstWord(std::string_view s) {
  size_t e = 0;
  while (e < s.size() && !internal::IsSpace(s[e]) && s[e] != ',' && s[e] != ';') ++e;
  return s.substr(0, e);
}

bool StartsWithLowercase(std::string_view s) {
  if (s.empty()) return false;
  if (static_cast<unsigned char>(s[0]) < 0x80) return IsAsciiLower(s[0]);
  size_t pos = 0;
  return u_islower(static_cast<UChar32>(DecodeUtf8(s, &pos)));
}

}  // namespace

bool IsPrefixAbbreviation(std::string_view word) {
  for (std::string_view p : kPrefixes) {
    if (EqualsIgnoreCase(word, p)) return true;
  }
  return false;
}

bool IsPostfixAbbreviation(std::string_view word) {
  if (IsDottedAbbreviation(word)) return true;
  for (std::string_view d : kUndottedDegrees) {
    if (word == d) return true;
  }
  for (std::string_view e : kEnders) {
    if (word == e) return true;
  }
  return false;
}

bool ContinuesSentence(std::string_view sentence, std::string_view rest) {
  sentence = internal::TrimRight(sentence);
  rest = internal::TrimLeft(rest);
  if (sentence.empty() || rest.empty()) return false;
  // News sentences start with a capital, a digit or a quote; a lowercase
  // letter means the break was wrong (`"Apa?" kata dia`, `dr. Budi`).
  if (StartsWithLowercase(rest)) return true;
  if (sentence.back() != '.') return false;

  const std::string_view token = LastWord(sentence);
  const std::string_view word = token.substr(0, token.size() - 1);
  if (word.empty()) return false;
  if (IsPrefixAbbreviation(word)) return true;
  // A code in a reference number: `Nomor BKD. 013.1/I/207`, `Kep. 1065`.
  if (IsAsciiDigit(rest[0]) && word.size() <= 6 &&
      std::all_of(word.begin(), word.end(), [](char c) { return IsAsciiAlpha(c); })) {
    return true;
  }
  if (word.size() == 1 && IsAsciiUpper(word[0])) return true;  // an initial: `M. Hadjoh`
  if (IsInitials(word)) return true;
  if (IsListMarker(word)) {
    // `1. Menjaga ...` at the start, or inline: `yaitu : 1. Staf Ahli ...; 2. Kepala ...`.
    const std::string_view before = internal::TrimRight(sentence.substr(0, sentence.size() - token.size()));
    if (before.empty() || before.back() == ':' || before.back() == ';' || before.back() == ',') {
      return true;
    }
  }
  if (IsPostfixAbbreviation(word)) {
    // `Budi, S.Pd. M.Pd. hadir`: another degree follows. Before a capitalized
    // word a degree usually ends the sentence, so that break stays.
    // `Budi, S.Psi. (Psikolog)`: a function in brackets follows the name.
    if (rest[0] == '(') return true;
    std::string_view next = FirstWord(rest);
    if (!next.empty() && next.back() == '.') next.remove_suffix(1);
    return IsPostfixAbbreviation(next) || IsPrefixAbbreviation(next);
  }
  return false;
}

}  // namespace netra::text

#include "text/normalize.h"

#include <unicode/bytestream.h>
#include <unicode/uchar.h>
#include <unicode/unistr.h>

#include <array>
#include <cstring>
#include <limits>

#include "core/check.h"
#include "text/icu_internal.h"
#include "text/utf8.h"

namespace netra::text {
namespace internal {

const icu::Normalizer2& Nfc() {
  static const icu::Normalizer2* nfc = [] {
    UErrorCode status = U_ZERO_ERROR;
    const icu::Normalizer2* n = icu::Normalizer2::getNFCInstance(status);
    NETRA_CHECK(U_SUCCESS(status) && n != nullptr);
    return n;
  }();
  return *nfc;
}

const icu::Normalizer2& Nfkd() {
  static const icu::Normalizer2* nfkd = [] {
    UErrorCode status = U_ZERO_ERROR;
    const icu::Normalizer2* n = icu::Normalizer2::getNFKDInstance(status);
    NETRA_CHECK(U_SUCCESS(status) && n != nullptr);
    return n;
  }();
  return *nfkd;
}

}  // namespace internal

namespace {

// What the whitespace/invisible pass does to one character.
enum class Mapping : uint8_t { kKeep, kSpace, kNewline, kDelete };

// ASCII bytes that need work; all others are copied as they are.
constexpr std::array<Mapping, 128> MakeAsciiTable() {
  std::array<Mapping, 128> table{};
  table['\t'] = Mapping::kSpace;
  table['\v'] = Mapping::kSpace;
  table['\f'] = Mapping::kSpace;
  table['\r'] = Mapping::kNewline;
  return table;
}
constexpr std::array<Mapping, 128> kAscii = MakeAsciiTable();

Mapping MapNonAscii(char32_t cp) {
  switch (cp) {
    case 0x0085:  // NEL
    case 0x2028:  // LINE SEPARATOR
    case 0x2029:  // PARAGRAPH SEPARATOR
      return Mapping::kNewline;
    case 0x00A0:  // NBSP: pasted from HTML, very common in the corpus
    case 0x1680:
    case 0x202F:
    case 0x205F:
    case 0x3000: return Mapping::kSpace;
    case 0x00AD:  // soft hyphen: invisible, but splits words for matching
    case 0x200B:
    case 0x200C:
    case 0x200D:
    case 0x2060:
    case 0xFEFF:  // BOM, or a zero-width no-break space inside the text
      return Mapping::kDelete;
    default: return cp >= 0x2000 && cp <= 0x200A ? Mapping::kSpace : Mapping::kKeep;
  }
}

// ASCII characters NFC never combines with anything (space, digits, most
// punctuation; not letters, and not `<=>`, which compose with U+0338).
const std::array<bool, 128>& AsciiInert() {
  static const std::array<bool, 128> inert = [] {
    std::array<bool, 128> table{};
    for (UChar32 c = 0; c < 128; ++c) table[c] = internal::Nfc().isInert(c);
    return table;
  }();
  return inert;
}

// One left-to-right pass doing the whitespace mapping and NFC together, so
// that every output byte keeps an exact source offset.
//
// NFC is applied per segment: a character with a normalization boundary
// before it plus the combining characters that follow it. Segments are
// independent (NFC of a concatenation split at such boundaries is the
// concatenation of the NFCs), and almost all of them are one character that
// is already in NFC, which is checked without calling the normalizer. A
// segment that does change, e.g. `e` U+0301, is rewritten as one replace run.
// Inert characters (space, `\n`, `–`) never join a segment, so a line or a
// sentence never starts inside a replace run because of the marks after it.
class Normalizer {
 public:
  Normalizer(std::string_view in, std::string* out, OffsetMapBuilder* map)
      : in_(in), out_(out), map_(map), nfc_(internal::Nfc()), ascii_inert_(AsciiInert()) {}

  void Run() {
    size_t i = 0;
    while (i < in_.size()) {
      const auto c = static_cast<unsigned char>(in_[i]);
      if (c < 0x80) {
        i = kAscii[c] != Mapping::kKeep ? SpecialAscii(i) : AsciiRun(i);
      } else {
        i = NonAscii(i);
      }
    }
    FlushSegment();
  }

 private:
  // Copies a run of plain ASCII starting at `i`; returns where it ends. Its
  // last byte may combine with a following non-ASCII mark, so it opens a
  // segment if one follows.
  size_t AsciiRun(size_t i) {
    size_t j = i;
    while (j < in_.size()) {
      const auto c = static_cast<unsigned char>(in_[j]);
      if (c >= 0x80 || kAscii[c] != Mapping::kKeep) break;
      ++j;
    }
    FlushSegment();
    const bool mark_follows = j < in_.size() && static_cast<unsigned char>(in_[j]) >= 0x80 &&
                              !ascii_inert_[static_cast<unsigned char>(in_[j - 1])];
    const size_t plain_end = mark_follows ? j - 1 : j;
    out_->append(in_.data() + i, plain_end - i);
    map_->Copy(static_cast<uint32_t>(plain_end - i));
    if (mark_follows) {
      OpenSegment(/*check=*/false);
      out_->push_back(in_[j - 1]);
      map_->Copy(1);
    }
    return j;
  }

  size_t SpecialAscii(size_t i) {
    FlushSegment();  // what it becomes, ` ` or `\n`, is inert
    if (in_[i] == '\r') {
      out_->push_back('\n');
      if (i + 1 < in_.size() && in_[i + 1] == '\n') {
        map_->Replace(2, 1);
        return i + 2;
      }
    } else {
      out_->push_back(' ');
    }
    map_->Copy(1);  // one byte for one byte: offsets stay exact
    return i + 1;
  }

  size_t NonAscii(size_t i) {
    const size_t start = i;
    const char32_t cp = DecodeUtf8(in_, &i);
    const auto len = static_cast<uint32_t>(i - start);
    const Mapping mapping = MapNonAscii(cp);
    switch (mapping) {
      case Mapping::kDelete:
        // Inside an open segment the deleted bytes become part of it, so
        // `e` U+200B U+0301 still composes to `é`.
        map_->Replace(len, 0);
        break;
      case Mapping::kSpace:
      case Mapping::kNewline:
        FlushSegment();  // ` ` and `\n` are inert
        out_->push_back(mapping == Mapping::kSpace ? ' ' : '\n');
        map_->Replace(len, 1);
        break;
      case Mapping::kKeep:
        if (!segment_open_ || nfc_.hasBoundaryBefore(static_cast<UChar32>(cp))) {
          FlushSegment();
          if (!nfc_.isInert(static_cast<UChar32>(cp))) {
            OpenSegment(u_getIntPropertyValue(static_cast<UChar32>(cp), UCHAR_NFC_QUICK_CHECK) != UNORM_YES);
          }
        } else {
          segment_check_ = true;  // a combining character: NFC may compose or reorder
        }
        out_->append(in_.data() + start, len);
        map_->Copy(len);
        break;
    }
    return i;
  }

  void OpenSegment(bool check) {
    segment_open_ = true;
    segment_check_ = check;
    segment_out_begin_ = out_->size();
    segment_orig_begin_ = map_->original_size();
    segment_mark_ = map_->Mark();
  }

  void FlushSegment() {
    if (!segment_open_) return;
    segment_open_ = false;
    if (!segment_check_) return;
    const icu::StringPiece segment(out_->data() + segment_out_begin_,
                                   static_cast<int32_t>(out_->size() - segment_out_begin_));
    UErrorCode status = U_ZERO_ERROR;
    if (nfc_.isNormalizedUTF8(segment, status) && U_SUCCESS(status)) return;
    composed_.clear();
    icu::StringByteSink<std::string> sink(&composed_);
    status = U_ZERO_ERROR;
    nfc_.normalizeUTF8(0, segment, sink, nullptr, status);
    NETRA_CHECK(U_SUCCESS(status));  // the input was validated
    out_->resize(segment_out_begin_);
    out_->append(composed_);
    const uint32_t orig_len = map_->original_size() - segment_orig_begin_;
    map_->Rewind(segment_mark_);
    map_->Replace(orig_len, static_cast<uint32_t>(composed_.size()));
  }

  std::string_view in_;
  std::string* out_;
  OffsetMapBuilder* map_;
  const icu::Normalizer2& nfc_;
  const std::array<bool, 128>& ascii_inert_;

  bool segment_open_ = false;
  bool segment_check_ = false;  // may the open segment not be in NFC?
  size_t segment_out_begin_ = 0;
  uint32_t segment_orig_begin_ = 0;
  OffsetMapBuilder::Checkpoint segment_mark_;
  std::string composed_;
};

// Appends the folded form of one character of an NFKD decomposition.
void AppendFolded(UChar32 cp, std::string* out) {
  const int8_t type = u_charType(cp);
  if (type == U_NON_SPACING_MARK || type == U_FORMAT_CHAR) return;
  AppendUtf8(static_cast<char32_t>(u_tolower(cp)), out);
}

}  // namespace

Result<NormalizedText> Normalize(std::string_view original) {
  NETRA_RETURN_IF_ERROR(ValidateUtf8(original));
  // NFC may grow the text a little; keep a margin below the 32-bit limit.
  if (original.size() > std::numeric_limits<uint32_t>::max() / 2) {
    return Status::BadInput("text too large: " + std::to_string(original.size()) + " bytes");
  }
  NormalizedText result;
  result.text.reserve(original.size());
  OffsetMapBuilder map;
  Normalizer(original, &result.text, &map).Run();
  result.offsets = map.Finish();
  return result;
}

std::string FoldForMatch(std::string_view text, OffsetMap* offsets) {
  std::string out;
  out.reserve(text.size());
  OffsetMapBuilder map;
  const icu::Normalizer2& nfkd = internal::Nfkd();
  icu::UnicodeString decomposition;  // reused: short strings stay in its inline buffer
  size_t i = 0;
  while (i < text.size()) {
    if (static_cast<unsigned char>(text[i]) < 0x80) {
      const size_t start = i;
      for (; i < text.size() && static_cast<unsigned char>(text[i]) < 0x80; ++i) {
        const char c = text[i];
        out.push_back(c >= 'A' && c <= 'Z' ? static_cast<char>(c - 'A' + 'a') : c);
      }
      map.Copy(static_cast<uint32_t>(i - start));
      continue;
    }
    const size_t start = i;
    const size_t out_start = out.size();
    const auto cp = static_cast<UChar32>(DecodeUtf8(text, &i));
    if (nfkd.getDecomposition(cp, decomposition)) {
      for (int32_t k = 0; k < decomposition.length();) {
        const UChar32 d = decomposition.char32At(k);
        AppendFolded(d, &out);
        k += U16_LENGTH(d);
      }
    } else {
      AppendFolded(cp, &out);
    }
    const size_t in_len = i - start;
    const size_t out_len = out.size() - out_start;
    if (in_len == out_len && std::memcmp(text.data() + start, out.data() + out_start, in_len) == 0) {
      map.Copy(static_cast<uint32_t>(in_len));
    } else {
      map.Replace(static_cast<uint32_t>(in_len), static_cast<uint32_t>(out_len));
    }
  }
  if (offsets != nullptr) *offsets = map.Finish();
  return out;
}

}  // namespace netra::text

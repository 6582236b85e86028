// Normalization of a document's original bytes into the text the rest of
// netra reads, plus the folding used for case- and accent-insensitive keys.
#pragma once

#include <string>
#include <string_view>

#include "core/status.h"
#include "text/offset_map.h"

namespace netra::text {

struct NormalizedText {
  std::string text;
  OffsetMap offsets;  // text offsets -> original offsets
};

// Normalizes `original`:
//  - Unicode NFC;
//  - CRLF, lone CR, NEL, U+2028 and U+2029 become `\n`;
//  - tab, VT, FF, NBSP and the other Unicode space separators (U+1680,
//    U+2000..U+200A, U+202F, U+205F, U+3000) become ` `;
//  - zero-width and invisible characters are removed: U+200B..U+200D,
//    U+2060, U+FEFF (a leading BOM included) and the soft hyphen U+00AD;
//  - everything else, "smart" quotes and dashes included, stays.
// Fails with Status::BadInput("invalid UTF-8 at byte N") (see ValidateUtf8),
// or if the text does not fit 32-bit offsets.
// Thread-safe.
Result<NormalizedText> Normalize(std::string_view original);

// Folds `text` into a key for case- and accent-insensitive matching:
// NFKD, combining marks (and invisible format characters) removed, then
// lowercased: "Andre\u0301" and "ANDRÉ" both give "andre", "Ｐｊ" gives "pj".
// If `offsets` is not null it receives the map from the folded text back to
// `text`, so a match in the key can be reported as a span of `text`.
// REQUIRES: `text` is valid UTF-8 (e.g. normalized text). Thread-safe.
std::string FoldForMatch(std::string_view text, OffsetMap* offsets = nullptr);

}  // namespace netra::text

// What each line of an article is: body text, the title, or one of the kinds
// of page furniture that scraped Indonesian news carries along (related-story
// links, menus, footers, photo credits, sign-offs, bylines). In these texts
// a line is a paragraph.
#pragma once

#include <cstdint>
#include <string_view>
#include <vector>

#include "text/span.h"

namespace netra::text {

enum class LineClass : uint8_t {
  kBody,
  kTitle,
  kBlank,
  kDateline,     // starts with the dateline (`KAYUAGUNG, KORANPALPRES.COM – `); body after it
  kRelatedLink,  // `BACA JUGA: ...`, `Related Posts` and the titles listed under it
  kMenu,         // tags, share buttons, section headers, `|`, `in Berita, Kehumasan`
  kFooter,       // `©`, `All Right Reserved`, `Sumber: ...`, `TRIBUNnews.com Network`
  kPhotoCredit,  // `Dok. Prokompim Kota Magelang`, `Foto: ...`, `Ilustrasi`
  kSignOff,      // a line that is only `(Yuko)`, `(*)`, `(adv)`, `(rls/ant)`
  kByline,       // `Editor: ...`, `Penulis: ...`, `by Bawaslu Boyolali - 3 Agustus 2023`
};

// "body", "title", "blank", "dateline", "related-link", "menu", "footer",
// "photo-credit", "sign-off", "byline".
const char* LineClassName(LineClass cls);

// Page furniture: lines whose text is not part of the article.
inline bool IsBoilerplate(LineClass cls) {
  switch (cls) {
    case LineClass::kRelatedLink:
    case LineClass::kMenu:
    case LineClass::kFooter:
    case LineClass::kPhotoCredit:
    case LineClass::kSignOff:
    case LineClass::kByline: return true;
    default: return false;
  }
}

struct Line {
  Span span;  // original bytes of the line without its line break, spaces trimmed
  LineClass cls = LineClass::kBody;
  uint32_t norm_begin = 0;  // the same trimmed line in the normalized text
  uint32_t norm_end = 0;
};

// Splits normalized text at `\n` and classifies each line by its own text
// and by the lines before it (the short titles after a `Related Posts`
// header are related links too). Fills norm_begin, norm_end and cls; spans
// are left for the caller, which owns the offset map. Datelines and titles
// are not decided here (see MarkTitle and dateline.h).
std::vector<Line> ClassifyLines(std::string_view normalized);

// Marks the title. With `title_is_first_line` the first non-blank line is
// the title, whatever it looks like (the loader knows). Otherwise the first
// line that is neither blank nor boilerplate is the title if it is body text
// that looks like a headline: shorter than
// 200 bytes, not ending like a sentence (`.`, `,`, `:`, `;`), at least two
// words, and followed by a blank line or by body text.
void MarkTitle(std::string_view normalized, bool title_is_first_line, std::vector<Line>* lines);

}  // namespace netra::text

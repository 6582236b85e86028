// Indonesian abbreviations that end in a period without ending a sentence.
//
// ICU's sentence rules break after `Dr. Budi` or `Jl. Sudirman` (a period,
// a space, a capital letter). News text is full of them: titles before names
// (`H.`, `Hj.`, `Dr.`, `Pj.`), academic degrees after names (`S.Pd.`,
// `M.Si.`), place and number prefixes (`Kab.`, `Kec.`, `Jl.`, `No.`) and
// initials (`George M. Hadjoh`). These functions decide which breaks to undo.
#pragma once

#include <string_view>

namespace netra::text {

// True for a title or prefix that is always followed by what it qualifies,
// so a period after it never ends a sentence: `Dr`, `dr`, `H`, `Hj`, `KH`,
// `Drs`, `Ir`, `Prof`, `Pj`, `Plt`, `Kab`, `Kec`, `Jl`, `No`, `Rp`, `Moh`, ...
// `word` is given without its final period; ASCII case is ignored.
bool IsPrefixAbbreviation(std::string_view word);

// True for a word that often sits at the end of a name or list and so may
// end a sentence: degrees (`S.Pd`, `M.Si`, `SSos`, `Ph.D`, and any dotted
// form like `S.I.Kom`) and `dll`, `dsb`, `dst`, `dkk`, `Tbk`. Without the
// final period; case-sensitive (`SE` is a degree, `se` is not).
bool IsPostfixAbbreviation(std::string_view word);

// Decides whether a break ICU found should be undone. `sentence` is the text
// from the current sentence's start up to the break, `rest` the text after
// it to the end of the paragraph. Undoes breaks
//  - after a prefix abbreviation or initials (`M.`, `G.L.`);
//  - after a postfix abbreviation when another abbreviation follows
//    (`S.Pd. M.Pd.`);
//  - after a list marker that starts the sentence or follows `:`, `;` or
//    `,` (`1. Menjaga ...`, `yaitu: 1. Staf Ahli; 2. Kepala Dinas`);
//  - before a lowercase letter: `"Apa?" kata dia` is one sentence.
bool ContinuesSentence(std::string_view sentence, std::string_view rest);

}  // namespace netra::text

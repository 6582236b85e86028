// What every extractor reads: the analysed document, its sentences prepared
// once (lower-cased copy, tokens), and the shared resources from schema/.
#pragma once

#include <memory>
#include <string>
#include <string_view>
#include <vector>

#include "core/status.h"
#include "extract/gazetteer.h"
#include "extract/lexicon.h"
#include "extract/statute_catalog.h"
#include "extract/tokens.h"
#include "model/document.h"
#include "text/analyze.h"

namespace netra::extract {

// Loaded once per process and shared, read-only, by every extraction.
struct Resources {
  std::shared_ptr<const Gazetteer> gazetteer;
  std::shared_ptr<const StatuteCatalog> catalog;
  std::shared_ptr<const Lexicon> lexicon;

  // Loads regions.tsv, statutes.tsv and the lexicon/ folder from the
  // schema folder.
  static Result<Resources> Load(const std::string& schema_dir);
};

// One match of a region name inside a sentence, before kind resolution.
struct RegionMatch {
  uint32_t begin = 0, end = 0;  // in the sentence text
  std::vector<const Region*> candidates;
  int stated_kind = -1;        // a RegionKind stated right before the name, or -1
  uint32_t context_begin = 0;  // where the kind word starts, when stated
};

struct SentenceView {
  size_t index = 0;
  std::string_view text;  // normalised sentence text
  std::string lower;      // ASCII-lower-cased copy: same byte offsets as text
  std::vector<Token> tokens;
  uint32_t norm_begin = 0;  // offset of text in AnalyzedText::normalized
  // The gazetteer's matches in this sentence (MatchRegions), found once and
  // read by the regions, officials and organisations extractors.
  std::vector<RegionMatch> regions;
};

class DocContext {
 public:
  DocContext(const model::Document& doc, const text::AnalyzedText& analyzed, const Resources& res);

  const model::Document& doc() const { return doc_; }
  const text::AnalyzedText& analyzed() const { return analyzed_; }
  const Resources& res() const { return res_; }
  const std::vector<SentenceView>& sentences() const { return sentences_; }

  // Maps [begin, end) of a sentence's text to the original bytes.
  text::Span ToOriginal(const SentenceView& s, uint32_t begin, uint32_t end) const;

 private:
  const model::Document& doc_;
  const text::AnalyzedText& analyzed_;
  const Resources& res_;
  std::vector<SentenceView> sentences_;
};

}  // namespace netra::extract

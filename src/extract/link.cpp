#include "extract/link.h"

#include "extract/fold.h"
#include "extract/lexicon.h"
#include "extract/officials.h"

namespace netra::extract {

namespace {

// The official a sentence's speech verb names: "ujar Sisardi", "kata Kiai Mansyur".
int SpeakerNamed(const SentenceView& s, const Extraction& out, const Lexicon& lexicon) {
  const auto& t = s.tokens;
  for (size_t i = 0; i + 1 < t.size(); ++i) {
    if (!t[i].word) continue;
    std::string_view w = TokenText(s.lower, t[i]);
    // "ujarnya" is "ujar" with a pronoun: no name follows.
    if (!lexicon.IsSpeechVerb(w)) continue;
    size_t b = i + 1, e = b;
    while (e < t.size() && t[e].word && t[e].capitalized && e - b < 4) ++e;
    if (e == b) continue;
    std::string written(s.text.substr(t[b].begin, t[e - 1].end - t[b].begin));
    int who = FindPersonByShortName(out, lexicon, written);
    if (who >= 0) return who;
  }
  return -1;
}

}  // namespace

std::vector<int> SpeakerBySentence(const DocContext& ctx, const Extraction& out) {
  std::vector<int> speaker(ctx.sentences().size(), -1);
  int current = -1;
  for (const SentenceView& s : ctx.sentences()) {
    for (size_t k = 0; k < out.officials.size(); ++k) {
      if (out.officials[k].sentence == s.index) {
        current = static_cast<int>(k);
        break;  // the first named in a sentence is its subject
      }
    }
    int named = SpeakerNamed(s, out, *ctx.res().lexicon);
    if (named >= 0) current = named;
    speaker[s.index] = current;
  }
  return speaker;
}

void LinkCitations(const DocContext& ctx, Extraction* out) {
  if (out->speaker_by_sentence.size() != ctx.sentences().size()) {
    out->speaker_by_sentence = SpeakerBySentence(ctx, *out);  // ExtractEvents did not run
  }
  const std::vector<int>& speaker = out->speaker_by_sentence;
  for (size_t i = 0; i < out->statutes.size(); ++i) {
    const StatuteMention& st = out->statutes[i];
    Citation c;
    c.statute = i;
    int who = st.sentence < speaker.size() ? speaker[st.sentence] : -1;
    if (who < 0 && !out->officials.empty()) who = 0;
    if (who >= 0 && out->officials[who].region != nullptr) {
      c.actor = Citation::Actor::kOfficial;
      c.actor_index = static_cast<size_t>(who);
      c.region = out->officials[who].region;
    } else if (!out->events.empty() && out->events[0].region != nullptr) {
      c.actor = Citation::Actor::kEvent;
      c.actor_index = 0;
      c.region = out->events[0].region;
    } else {
      for (size_t k = 0; k < out->organizations.size(); ++k) {
        if (out->organizations[k].region != nullptr) {
          c.actor = Citation::Actor::kOrganization;
          c.actor_index = k;
          c.region = out->organizations[k].region;
          break;
        }
      }
    }
    if (c.region == nullptr) c.region = out->primary_region;
    out->citations.push_back(c);
  }
}

}  // namespace netra::extract

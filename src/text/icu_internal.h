// Shared ICU instances for the text layer. Normalizer2 instances are owned by
// ICU, immutable and thread-safe, so one per process is enough.
#pragma once

#include <unicode/normalizer2.h>

namespace netra::text::internal {

const icu::Normalizer2& Nfc();
const icu::Normalizer2& Nfkd();

}  // namespace netra::text::internal

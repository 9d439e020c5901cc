/// \file
/// The Snowball English ("Porter2") stemmer, for the imperative-mood check (D401).
#pragma once

#include <string>
#include <string_view>

namespace tenet::english {

/// Stems \p word with the Snowball English (Porter2) algorithm: `returns` -> `return`,
/// `generalization` -> `general`, `skies` -> `sky`.
/// \param word A lower-case word (ASCII letters; other bytes are treated as consonants).
/// \return The stem.
std::string stem(std::string_view word);

}  // namespace tenet::english

/// \file
/// Is a word an imperative verb? The D401 check: the first word of a docstring, stemmed,
/// looked up among the stems of a list of English verbs (compiled for this project from
/// the verbs docstrings begin with), plus a short list of words that never start an
/// imperative sentence and a few adverbs and nouns that share a verb's stem but are fine
/// (`recursively`, `token`).
#pragma once

#include <optional>
#include <string_view>

namespace tenet::english {

/// Judges \p word, a lower-case word with punctuation removed.
/// \param word E.g. "returns", "return", "this".
/// \return true when the word is an imperative form of a known verb ("return"); false
///   when it is another form of a known verb ("returns", "returning") or a word on the
///   never-imperative list ("this", "helper"); nullopt when the word is unknown (unknown
///   words are never flagged).
std::optional<bool> is_imperative(std::string_view word);

}  // namespace tenet::english

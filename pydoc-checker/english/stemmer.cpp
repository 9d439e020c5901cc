// The Snowball English stemmer (Porter2), written from the published description of the
// algorithm: special words, prelude (y -> Y), regions R1/R2, steps 0-5, postlude.
#include "pydoc-checker/english/stemmer.h"

#include <array>
#include <utility>

namespace tenet::english {

namespace {

bool is_vowel(char c) { return c == 'a' || c == 'e' || c == 'i' || c == 'o' || c == 'u' || c == 'y'; }

bool is_double(std::string_view w) {
  if (w.size() < 2) return false;
  const char c = w.back();
  if (c != w[w.size() - 2]) return false;
  return c == 'b' || c == 'd' || c == 'f' || c == 'g' || c == 'm' || c == 'n' || c == 'p' || c == 'r' ||
         c == 't';
}

bool is_valid_li(char c) {
  return c == 'c' || c == 'd' || c == 'e' || c == 'g' || c == 'h' || c == 'k' || c == 'm' || c == 'n' ||
         c == 'r' || c == 't';
}

/// The word state while stemming: the letters (with `Y` for a consonant y) and R1/R2 starts.
struct Word {
  std::string w;
  std::size_t r1 = 0;
  std::size_t r2 = 0;

  [[nodiscard]] bool ends_with(std::string_view s) const { return std::string_view(w).ends_with(s); }
  /// Start of suffix \p s (which the word ends with).
  [[nodiscard]] std::size_t start_of(std::string_view s) const { return w.size() - s.size(); }
  [[nodiscard]] bool in_r1(std::string_view s) const { return start_of(s) >= r1; }
  [[nodiscard]] bool in_r2(std::string_view s) const { return start_of(s) >= r2; }
  void replace(std::string_view suffix, std::string_view by) {
    w.resize(w.size() - suffix.size());
    w += by;
  }
  /// Whether the letters before position \p end contain a vowel.
  [[nodiscard]] bool vowel_before(std::size_t end) const {
    for (std::size_t i = 0; i < end; ++i) {
      if (is_vowel(w[i])) return true;
    }
    return false;
  }
  /// Whether w[0, end) ends in a short syllable: non-vowel, vowel, non-vowel other than
  /// w, x, Y; or, at the start of the word, vowel then non-vowel.
  [[nodiscard]] bool ends_short_syllable(std::size_t end) const {
    if (end >= 3) {
      const char a = w[end - 3], b = w[end - 2], c = w[end - 1];
      if (!is_vowel(a) && is_vowel(b) && !is_vowel(c) && c != 'w' && c != 'x' && c != 'Y') return true;
    }
    return end == 2 && is_vowel(w[0]) && !is_vowel(w[1]);
  }
  /// A short word: ends in a short syllable and R1 is empty.
  [[nodiscard]] bool is_short() const { return r1 >= w.size() && ends_short_syllable(w.size()); }
};

/// The longest of \p suffixes that \p word ends with, or -1.
template <std::size_t N>
int longest(const Word& word, const std::array<std::string_view, N>& suffixes) {
  int best = -1;
  for (std::size_t i = 0; i < N; ++i) {
    if (word.ends_with(suffixes[i]) && (best < 0 || suffixes[i].size() > suffixes[best].size())) {
      best = static_cast<int>(i);
    }
  }
  return best;
}

std::size_t region_after(const std::string& w, std::size_t from) {
  std::size_t i = from;
  while (i < w.size() && !is_vowel(w[i])) ++i;
  while (i < w.size() && is_vowel(w[i])) ++i;
  return i < w.size() ? i + 1 : w.size();
}

void mark_regions(Word& word) {
  const std::string& w = word.w;
  word.r1 = w.size();
  for (const std::string_view prefix :
       {std::string_view("gener"), std::string_view("commun"), std::string_view("arsen")}) {
    if (std::string_view(w).starts_with(prefix)) {
      word.r1 = prefix.size();
      break;
    }
  }
  if (word.r1 == w.size()) word.r1 = region_after(w, 0);
  word.r2 = region_after(w, word.r1);
}

void step_0(Word& word) {
  for (const std::string_view s : {std::string_view("'s'"), std::string_view("'s"), std::string_view("'")}) {
    if (word.ends_with(s)) {
      word.replace(s, "");
      return;
    }
  }
}

void step_1a(Word& word) {
  if (word.ends_with("sses")) {
    word.replace("sses", "ss");
  } else if (word.ends_with("ied") || word.ends_with("ies")) {
    word.replace("ies", word.w.size() > 4 ? "i" : "ie");  // "ied" and "ies" have the same length
  } else if (word.ends_with("us") || word.ends_with("ss")) {
    // unchanged
  } else if (word.ends_with("s")) {
    // Delete when a vowel occurs before the letter just before the s.
    if (word.w.size() >= 2 && word.vowel_before(word.w.size() - 2)) word.replace("s", "");
  }
}

void step_1b(Word& word) {
  static constexpr std::array<std::string_view, 6> kSuffixes{"eed", "eedly", "ed", "edly", "ing", "ingly"};
  const int i = longest(word, kSuffixes);
  if (i < 0) return;
  const std::string_view suffix = kSuffixes[i];
  if (i <= 1) {
    if (word.in_r1(suffix)) word.replace(suffix, "ee");
    return;
  }
  if (!word.vowel_before(word.start_of(suffix))) return;
  word.replace(suffix, "");
  if (word.ends_with("at") || word.ends_with("bl") || word.ends_with("iz")) {
    word.w += 'e';
  } else if (is_double(word.w)) {
    word.w.pop_back();
  } else if (word.is_short()) {
    word.w += 'e';
  }
}

void step_1c(Word& word) {
  std::string& w = word.w;
  if (w.size() > 2 && (w.back() == 'y' || w.back() == 'Y') && !is_vowel(w[w.size() - 2])) w.back() = 'i';
}

void step_2(Word& word) {
  static constexpr std::array<std::pair<std::string_view, std::string_view>, 24> kRules{{
      {"tional", "tion"}, {"enci", "ence"},   {"anci", "ance"},   {"abli", "able"},   {"entli", "ent"},
      {"izer", "ize"},    {"ization", "ize"}, {"ational", "ate"}, {"ation", "ate"},   {"ator", "ate"},
      {"alism", "al"},    {"aliti", "al"},    {"alli", "al"},     {"fulness", "ful"}, {"ousli", "ous"},
      {"ousness", "ous"}, {"iveness", "ive"}, {"iviti", "ive"},   {"biliti", "ble"},  {"bli", "ble"},
      {"ogi", "og"},      {"fulli", "ful"},   {"lessli", "less"}, {"li", ""},
  }};
  int best = -1;
  for (std::size_t i = 0; i < kRules.size(); ++i) {
    if (word.ends_with(kRules[i].first) && (best < 0 || kRules[i].first.size() > kRules[best].first.size())) {
      best = static_cast<int>(i);
    }
  }
  if (best < 0) return;
  const auto [suffix, by] = kRules[best];
  if (!word.in_r1(suffix)) return;
  const std::size_t start = word.start_of(suffix);
  if (suffix == "ogi" && (start == 0 || word.w[start - 1] != 'l')) return;
  if (suffix == "li" && (start == 0 || !is_valid_li(word.w[start - 1]))) return;
  word.replace(suffix, by);
}

void step_3(Word& word) {
  static constexpr std::array<std::pair<std::string_view, std::string_view>, 9> kRules{{
      {"tional", "tion"},
      {"ational", "ate"},
      {"alize", "al"},
      {"icate", "ic"},
      {"iciti", "ic"},
      {"ical", "ic"},
      {"ful", ""},
      {"ness", ""},
      {"ative", ""},
  }};
  int best = -1;
  for (std::size_t i = 0; i < kRules.size(); ++i) {
    if (word.ends_with(kRules[i].first) && (best < 0 || kRules[i].first.size() > kRules[best].first.size())) {
      best = static_cast<int>(i);
    }
  }
  if (best < 0) return;
  const auto [suffix, by] = kRules[best];
  if (!word.in_r1(suffix)) return;
  if (suffix == "ative" && !word.in_r2(suffix)) return;
  word.replace(suffix, by);
}

void step_4(Word& word) {
  static constexpr std::array<std::string_view, 18> kSuffixes{"al",   "ance", "ence",  "er",   "ic",  "able",
                                                              "ible", "ant",  "ement", "ment", "ent", "ism",
                                                              "ate",  "iti",  "ous",   "ive",  "ize", "ion"};
  const int i = longest(word, kSuffixes);
  if (i < 0) return;
  const std::string_view suffix = kSuffixes[i];
  if (!word.in_r2(suffix)) return;
  if (suffix == "ion") {
    const std::size_t start = word.start_of(suffix);
    if (start == 0 || (word.w[start - 1] != 's' && word.w[start - 1] != 't')) return;
  }
  word.replace(suffix, "");
}

void step_5(Word& word) {
  if (word.ends_with("e")) {
    const std::size_t start = word.start_of("e");
    if (start >= word.r2 || (start >= word.r1 && !word.ends_short_syllable(start))) word.replace("e", "");
  } else if (word.ends_with("l")) {
    const std::size_t start = word.start_of("l");
    if (start >= word.r2 && start > 0 && word.w[start - 1] == 'l') word.replace("l", "");
  }
}

}  // namespace

std::string stem(std::string_view input) {
  static constexpr std::array<std::pair<std::string_view, std::string_view>, 18> kSpecial{{
      {"skis", "ski"},
      {"skies", "sky"},
      {"dying", "die"},
      {"lying", "lie"},
      {"tying", "tie"},
      {"idly", "idl"},
      {"gently", "gentl"},
      {"ugly", "ugli"},
      {"early", "earli"},
      {"only", "onli"},
      {"singly", "singl"},
      {"sky", "sky"},
      {"news", "news"},
      {"howe", "howe"},
      {"atlas", "atlas"},
      {"cosmos", "cosmos"},
      {"bias", "bias"},
      {"andes", "andes"},
  }};
  for (const auto& [word, result] : kSpecial) {
    if (input == word) return std::string(result);
  }
  if (input.size() <= 2) return std::string(input);

  Word word;
  word.w.assign(input);
  if (word.w.front() == '\'') word.w.erase(0, 1);
  // Prelude: a y at the start or after a vowel is a consonant, written Y.
  bool has_y = false;
  for (std::size_t i = 0; i < word.w.size(); ++i) {
    if (word.w[i] == 'y' && (i == 0 || is_vowel(word.w[i - 1]))) {
      word.w[i] = 'Y';
      has_y = true;
    }
  }
  mark_regions(word);
  step_0(word);
  step_1a(word);
  static constexpr std::array<std::string_view, 8> kInvariant{"inning",  "outing",  "canning", "herring",
                                                              "earring", "proceed", "exceed",  "succeed"};
  bool invariant = false;
  for (const std::string_view w : kInvariant) invariant = invariant || word.w == w;
  if (!invariant) {
    step_1b(word);
    step_1c(word);
    step_2(word);
    step_3(word);
    step_4(word);
    step_5(word);
  }
  if (has_y) {
    for (char& c : word.w) {
      if (c == 'Y') c = 'y';
    }
  }
  return word.w;
}

}  // namespace tenet::english

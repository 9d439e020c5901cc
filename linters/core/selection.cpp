#include "linters/core/selection.h"

#include <algorithm>
#include <limits>

namespace tenet {

RuleSelection::RuleSelection(const RuleRegistry& registry)
    : registry_(&registry), enabled_(registry.size(), false) {}

bool RuleSelection::any_enabled(Language language) const {
  const auto rules = registry_->rules();
  for (std::size_t i = 0; i < rules.size(); ++i) {
    if (enabled_[i] && (rules[i]->language == language || rules[i]->language == Language::any)) return true;
  }
  return false;
}

namespace {

constexpr int kNoMatch = -1;
// A rule's name is the most specific way to name it.
constexpr int kNameSpecificity = std::numeric_limits<int>::max();

/// The letters a code starts with: its linter's prefix, as ruff calls it (`D`, `DOC`, `BLE`).
std::string_view linter_of(std::string_view code) {
  std::size_t letters = 0;
  while (letters < code.size() && code[letters] >= 'A' && code[letters] <= 'Z') ++letters;
  return code.substr(0, letters);
}

/// Whether the letters of a selector name the linter \p linter. As in ruff, `D` is
/// pydocstyle and never pydoclint's `DOC`, `B` never `BLE`, `E` never `EM`; a few prefixes
/// name a group of linters: `PL` (pylint's PLC, PLE, PLR, PLW, as ruff groups them) and `CX`
/// (tenet's C++ rules: CXD, CXE, CXL).
bool names_linter(std::string_view letters, std::string_view linter) {
  if (letters == linter) return true;
  return (letters == "PL" || letters == "CX") && linter.starts_with(letters);
}

/// How specifically \p selector names \p rule: kNoMatch, 0 for "ALL", the prefix length
/// for a code prefix, kNameSpecificity for the rule's own name.
int specificity(std::string_view selector, const RuleMeta& rule) {
  if (selector == "ALL") return 0;
  if (selector == rule.name) return kNameSpecificity;
  const std::string_view letters = linter_of(selector);
  if (!names_linter(letters, linter_of(rule.code))) return kNoMatch;
  // Within the linter, the digits given must start the rule's number.
  const std::string_view digits = selector.substr(letters.size());
  if (!rule.code.substr(linter_of(rule.code).size()).starts_with(digits)) return kNoMatch;
  return static_cast<int>(selector.size());
}

int best_match(const std::vector<std::string>& selectors, const RuleMeta& rule) {
  int best = kNoMatch;
  for (const auto& selector : selectors) best = std::max(best, specificity(selector, rule));
  return best;
}

}  // namespace

bool is_known_selector(const RuleRegistry& registry, std::string_view selector) {
  if (selector == "ALL") return true;
  return std::any_of(registry.rules().begin(), registry.rules().end(), [&](const RuleMeta* rule) {
    return specificity(selector, *rule) != kNoMatch;
  });
}

RuleSelection select_rules_before_file_ignores(const RuleRegistry& registry, const Settings& settings) {
  RuleSelection selection(registry);
  for (const RuleMeta* rule : registry.rules()) {
    const int selected = std::max(best_match(settings.select, *rule), best_match(settings.extend_select, *rule));
    const int ignored = best_match(settings.ignore, *rule);
    bool on = false;
    if (selected == kNoMatch && settings.select.empty()) {
      // No explicit selection reached this rule: the default set decides.
      on = rule->enabled_by_default && ignored == kNoMatch;
    } else {
      on = selected > ignored;  // ignore wins a tie
    }
    selection.set(*rule, on);
  }
  return selection;
}

void apply_per_file_ignores(RuleSelection& selection, const Settings& settings, std::string_view relative_path) {
  std::vector<std::string> file_ignores;
  for (const auto& [pattern, codes] : settings.per_file_ignores) {
    if (glob_match(pattern, relative_path)) file_ignores.insert(file_ignores.end(), codes.begin(), codes.end());
  }
  if (file_ignores.empty()) return;
  for (const RuleMeta* rule : selection.registry().rules()) {
    if (selection.enabled(*rule) && best_match(file_ignores, *rule) != kNoMatch) selection.set(*rule, false);
  }
}

RuleSelection select_rules(const RuleRegistry& registry, const Settings& settings,
                           std::string_view relative_path) {
  RuleSelection selection = select_rules_before_file_ignores(registry, settings);
  apply_per_file_ignores(selection, settings, relative_path);
  return selection;
}

namespace {

/// Matches \p pattern against \p text where `*` and `?` never cross `/` and `**` does.
bool glob_match_here(std::string_view pattern, std::string_view text) {
  std::size_t p = 0;
  std::size_t t = 0;
  while (p < pattern.size()) {
    const char c = pattern[p];
    if (c == '*') {
      const bool double_star = p + 1 < pattern.size() && pattern[p + 1] == '*';
      std::size_t rest = p + (double_star ? 2 : 1);
      // `**/` also matches zero directories.
      if (double_star && rest < pattern.size() && pattern[rest] == '/' &&
          glob_match_here(pattern.substr(rest + 1), text.substr(t))) {
        return true;
      }
      for (std::size_t k = t; k <= text.size(); ++k) {
        if (glob_match_here(pattern.substr(rest), text.substr(k))) return true;
        if (k < text.size() && text[k] == '/' && !double_star) return false;
      }
      return false;
    }
    if (t >= text.size()) return false;
    if (c == '?') {
      if (text[t] == '/') return false;
    } else if (c == '[') {
      const std::size_t close = pattern.find(']', p + 1);
      if (close == std::string_view::npos) {
        if (text[t] != '[') return false;
      } else {
        std::string_view set = pattern.substr(p + 1, close - p - 1);
        const bool negate = !set.empty() && (set[0] == '!' || set[0] == '^');
        if (negate) set.remove_prefix(1);
        bool in_set = false;
        for (std::size_t k = 0; k < set.size(); ++k) {
          if (k + 2 < set.size() && set[k + 1] == '-') {
            in_set = in_set || (text[t] >= set[k] && text[t] <= set[k + 2]);
            k += 2;
          } else {
            in_set = in_set || text[t] == set[k];
          }
        }
        if (in_set == negate) return false;
        p = close;
      }
    } else if (c != text[t]) {
      return false;
    }
    ++p;
    ++t;
  }
  return t == text.size();
}

}  // namespace

bool glob_match(std::string_view pattern, std::string_view path) {
  while (pattern.starts_with("./")) pattern.remove_prefix(2);
  while (!pattern.empty() && pattern.back() == '/') pattern.remove_suffix(1);
  if (pattern.empty()) return false;
  if (pattern.find('/') == std::string_view::npos) {
    // A bare name matches any component: `build` excludes every build directory.
    std::size_t start = 0;
    while (start <= path.size()) {
      const std::size_t slash = path.find('/', start);
      const std::string_view component =
          path.substr(start, slash == std::string_view::npos ? std::string_view::npos : slash - start);
      if (glob_match_here(pattern, component)) return true;
      if (slash == std::string_view::npos) break;
      start = slash + 1;
    }
    return false;
  }
  if (glob_match_here(pattern, path)) return true;
  // A pattern naming a directory covers everything below it.
  for (std::size_t slash = path.find('/'); slash != std::string_view::npos; slash = path.find('/', slash + 1)) {
    if (glob_match_here(pattern, path.substr(0, slash))) return true;
  }
  return false;
}

}  // namespace tenet

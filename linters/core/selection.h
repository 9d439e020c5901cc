/// \file
/// Which rules are on for a file: select / extend-select / ignore / per-file-ignores.
#pragma once

#include <stdexcept>
#include <string>
#include <string_view>
#include <vector>

#include "linters/core/registry.h"
#include "linters/core/settings.h"

namespace tenet {

/// The set of rules enabled for one file.
class RuleSelection {
 public:
  /// An empty selection over \p registry.
  /// \param registry The rules that can be selected; must outlive the selection.
  explicit RuleSelection(const RuleRegistry& registry);

  /// Whether \p rule is enabled.
  /// \param rule A rule of the selection's registry.
  /// \return True when the rule is on for the file.
  [[nodiscard]] bool enabled(const RuleMeta& rule) const { return enabled_[registry_->index_of(&rule)]; }
  /// Turns \p rule on or off.
  /// \param rule A rule of the selection's registry.
  /// \param on   True to enable the rule, false to disable it.
  void set(const RuleMeta& rule, bool on) { enabled_[registry_->index_of(&rule)] = on; }
  /// Whether any rule of \p language is enabled.
  /// \param language The language whose rules are looked at.
  /// \return True when at least one of its rules is on, so the file must be analysed.
  [[nodiscard]] bool any_enabled(Language language) const;
  /// The registry the selection indexes.
  /// \return The registry given to the constructor.
  [[nodiscard]] const RuleRegistry& registry() const { return *registry_; }

 private:
  const RuleRegistry* registry_;
  std::vector<bool> enabled_;
};


/// True when \p selector is "ALL", a rule name, or a prefix of at least one code.
/// \param registry The known rules.
/// \param selector A selector from `select`, `ignore` and the like, e.g. `D1` or `CXL001`.
/// \return Whether the selector names at least one rule.
bool is_known_selector(const RuleRegistry& registry, std::string_view selector);

/// The selection \p settings give for the file at \p relative_path (relative to the
/// settings' project root, forward slashes): ruff's precedence, the more specific of
/// select and ignore wins and ignore wins a tie; per-file-ignores apply last.
/// Unknown selectors are expected to have been rejected when the settings were loaded.
/// \param registry      The known rules.
/// \param settings      The effective settings for the file.
/// \param relative_path The file's path, as per-file-ignores patterns see it.
/// \return The rules enabled for that file.
RuleSelection select_rules(const RuleRegistry& registry, const Settings& settings,
                           std::string_view relative_path);

/// The selection \p settings give before per-file-ignores: the same for every file that
/// shares the settings, so a caller may compute it once and finish it per file with
/// apply_per_file_ignores().
/// \param registry The known rules.
/// \param settings The effective settings.
/// \return The rules select, extend-select and ignore enable.
RuleSelection select_rules_before_file_ignores(const RuleRegistry& registry, const Settings& settings);

/// Turns off in \p selection the rules \p settings' per-file-ignores name for the file at
/// \p relative_path.
/// \param selection     A selection from select_rules_before_file_ignores(\p settings).
/// \param settings      The effective settings for the file.
/// \param relative_path The file's path, as per-file-ignores patterns see it.
void apply_per_file_ignores(RuleSelection& selection, const Settings& settings, std::string_view relative_path);

/// Whether \p path (forward slashes) matches the glob \p pattern: `*` within a
/// component, `**` across components, `?`, `[...]`; a pattern without `/` matches the
/// file name or any directory component (as gitignore-style excludes do).
/// \param pattern The glob.
/// \param path    A relative path with forward slashes.
/// \return True on a match.
bool glob_match(std::string_view pattern, std::string_view path);

}  // namespace tenet

/// \file
/// The resolved results of a run, as every reporter consumes them.
#pragma once

#include <cstddef>
#include <cstdint>
#include <optional>
#include <string>
#include <utility>
#include <vector>

#include "linters/core/diagnostic.h"
#include "linters/core/rule.h"
#include "linters/core/source_file.h"

namespace tenet {

/// One edit of a fix, in line/column terms.
struct ResolvedEdit {
  Position start;    ///< First character replaced.
  Position end;      ///< One past the last character replaced.
  std::string text;  ///< Inserted text.
};

/// A fix in line/column terms.
struct ResolvedFix {
  std::string title;                               ///< What applying it does.
  FixAvailability safety = FixAvailability::safe;  ///< Safe, or unsafe (may change behaviour).
  std::vector<ResolvedEdit> edits;                 ///< In file order, not overlapping.
};

/// A secondary place of a finding, in line/column terms.
struct ResolvedRelated {
  Position start;       ///< First character.
  Position end;         ///< One past the last character.
  std::string message;  ///< What happens there, e.g. "raised here".
};

/// How a finding relates to a `--baseline` file (SARIF `baselineState`).
enum class BaselineState : std::uint8_t {
  none,       ///< No baseline was given.
  new_,       ///< Not in the baseline: reported.
  unchanged,  ///< In the baseline: not reported unless asked.
  absent,     ///< In the baseline but no longer found (SARIF only, with --show-baseline).
};

/// One finding, ready for output.
struct Finding {
  const RuleMeta* rule = nullptr;  ///< The rule that reported it; never null in a report.
  Severity level = Severity::warning;  ///< Effective level (the rule's default for now).
  std::string message;  ///< One sentence stating the fact.
  Position start;                      ///< First character of the primary range.
  Position end;                        ///< One past the last character (same as start if empty).
  std::string symbol;                  ///< Enclosing definition's qualified name.
  /// GitHub's primaryLocationLineHash of the start line ("hash:n"); empty if not computed.
  std::string line_hash;
  bool suppressed = false;             ///< Covered by an inline suppression.
  std::optional<ResolvedFix> fix;  ///< The rule's fix for it, if it offers one.
  std::vector<ResolvedRelated> related;  ///< Secondary places (SARIF relatedLocations).
  /// tenet's fingerprint (32 hex digits): rule, path, symbol, message, ordinal.
  std::string fingerprint;
  BaselineState baseline = BaselineState::none;  ///< Whether `--baseline` already knew it.
  /// Lines of the construct that decides the finding (Diagnostic::trigger); 0 when the
  /// rule gave none. Only `--diff-base` reads them.
  std::uint32_t trigger_first_line = 0;
  std::uint32_t trigger_last_line = 0;  ///< Last line of the trigger (inclusive).
  /// Triggers in this file or others, as lines (Diagnostic::trigger_lines).
  std::vector<TriggerLines> trigger_places;
};

/// The findings of one file.
struct FileReport {
  /// Path shown to people and used as SARIF URI: relative to the project root with
  /// forward slashes when the file lies inside it, otherwise absolute.
  std::string path;
  bool inside_root = true;             ///< Whether `path` is relative to the root.
  std::vector<Finding> findings;       ///< Sorted by position, then code.
  std::size_t fixes_applied = 0;       ///< Fixes `--fix` applied to the file.
  std::string fix_diff;                ///< With `--diff`: what `--fix` would change.
};

/// Everything one run produced.
struct RunReport {
  std::vector<FileReport> files;             ///< Sorted by path; files without findings omitted.
  std::vector<const RuleMeta*> enabled_rules;  ///< Every rule enabled anywhere, sorted by code.
  std::string root_uri;                      ///< `file:///abs/root/` (with trailing slash).
  std::size_t files_checked = 0;             ///< Files examined, with or without findings.
  std::string tool_version;                  ///< tenet's version, e.g. "0.1.0".
  std::size_t stale_baseline_entries = 0;    ///< Baseline entries no finding matched.
  std::size_t fixes_applied = 0;             ///< Fixes applied in every file together.
  /// With `--diff`: (path, unified diff) of each file `--fix` would change, by path.
  std::vector<std::pair<std::string, std::string>> fix_diffs;
};

}  // namespace tenet

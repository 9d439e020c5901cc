/// \file
/// Inline suppression comments (`# noqa`, `// NOLINT`) and how they apply.
#pragma once

#include <cstdint>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "linters/core/diagnostic.h"
#include "linters/core/source_file.h"

namespace tenet {

class RuleRegistry;

/// The scope a suppression comment covers.
enum class SuppressionScope : std::uint8_t {
  line,        ///< `# noqa`, `// NOLINT`: the comment's own line.
  next_line,   ///< `// NOLINTNEXTLINE`.
  block_begin, ///< `// NOLINTBEGIN`.
  block_end,   ///< `// NOLINTEND`.
  file,        ///< `# tenet: noqa`: the whole file.
};

/// One suppression comment found in a file.
struct SuppressionDirective {
  SuppressionScope scope = SuppressionScope::line;  ///< Which lines it covers.
  TextRange comment;               ///< Where the directive text is, for TNT001.
  bool all_codes = false;          ///< No code list: suppresses every rule.
  std::vector<std::string> codes;  ///< Codes or names as written.
};

/// Parses a Python comment (starting with `#`) as a suppression; nullopt if it is none.
/// Recognises `# noqa`, `# noqa: A1, B2` (also `NOQA`, spaces optional) anywhere in the
/// comment, and `# tenet: noqa[: codes]` as file-level.
/// \param comment The comment's text, from its `#`.
/// \param where   Where the comment is in the file, kept for TNT001.
/// \return The directive, or nullopt when the comment suppresses nothing.
std::optional<SuppressionDirective> parse_python_suppression(std::string_view comment,
                                                             TextRange where);

/// Parses a C++ comment (`//` or `/*`) as NOLINT / NOLINTNEXTLINE / NOLINTBEGIN / NOLINTEND.
/// \param comment The comment's text, from its `//` or `/*`.
/// \param where   Where the comment is in the file, kept for TNT001.
/// \return The directive, or nullopt when the comment suppresses nothing.
std::optional<SuppressionDirective> parse_cpp_suppression(std::string_view comment,
                                                          TextRange where);

/// A diagnostic together with whether a suppression covered it.
struct CheckedDiagnostic {
  Diagnostic diagnostic;    ///< The finding as the rule reported it.
  bool suppressed = false;  ///< Whether a suppression comment covered it.
};

/// Applies \p directives to \p diagnostics. Returns each diagnostic with its suppressed
/// flag, plus a TNT001 diagnostic for every directive (or code in it) that suppressed
/// nothing when \p report_unused is set. Unknown codes (not in \p registry and not in
/// \p external) in a directive are reported by TNT001 as well.
/// \param diagnostics   The file's findings, before suppression.
/// \param directives    The suppression comments found in the file.
/// \param lines         The file's line table, to find the lines a directive covers.
/// \param registry      The known rules, to resolve codes and names in directives.
/// \param external      Codes of other tools (e.g. `E501`) that directives may name.
/// \param report_unused Whether to report directives that suppressed nothing.
/// \return Every diagnostic with its suppressed flag, then the TNT001 findings.
std::vector<CheckedDiagnostic> apply_suppressions(std::vector<Diagnostic> diagnostics,
                                                  const std::vector<SuppressionDirective>& directives,
                                                  const LineTable& lines,
                                                  const RuleRegistry& registry,
                                                  const std::vector<std::string>& external,
                                                  bool report_unused);

}  // namespace tenet

/// \file
/// A small reStructuredText checker for docstrings: the block structure (paragraphs,
/// lists, field lists, definition lists, block quotes, literal and doctest blocks,
/// explicit markup, section titles) and inline markup, read the way docutils reads them,
/// reporting the problems flake8-rst-docstrings numbers RST2xx–RST4xx.
///
/// The docstring is read as Python would hand it to docutils: its first line stripped, the
/// other lines dedented by their common indentation (inspect.cleandoc), `\\` in a non-raw
/// string being one backslash. Problems are located at file offsets. The walk over nested
/// blocks is iterative: nesting depth costs heap, never stack.
#pragma once

#include <cstdint>
#include <string>
#include <string_view>
#include <vector>

#include "linters/core/diagnostic.h"
#include "pydoc-checker/docstring/docstring_text.h"
#include "pydoc-checker/python_model.h"
#include "pydoc-checker/python_rule.h"

namespace tenet::python {

/// The problems the checker reports, by flake8-rst-docstrings code.
enum class RstProblem : std::uint8_t {
  block_quote_end,            ///< RST201: block quote ends without a blank line.
  bullet_list_end,            ///< RST202: bullet list ends without a blank line.
  definition_list_end,        ///< RST203: definition list ends without a blank line.
  enumerated_list_end,        ///< RST204: enumerated list ends without a blank line.
  explicit_markup_end,        ///< RST205: explicit markup ends without a blank line.
  field_list_end,             ///< RST206: field list ends without a blank line.
  strong_unterminated,        ///< RST210: `**` without end-string.
  title_underline_too_short,  ///< RST212: title underline shorter than the title.
  emphasis_unterminated,      ///< RST213: `*` without end-string.
  literal_unterminated,       ///< RST214: ``` `` ``` without end-string.
  interpreted_unterminated,   ///< RST215: `` ` `` without end-string.
  multiple_roles,             ///< RST216: a role both before and after interpreted text.
  role_and_reference,         ///< RST217: a role suffix and a reference suffix at once.
  literal_block_expected,     ///< RST218: `::` with no literal block after it.
  substitution_unterminated,  ///< RST219: `|` without end-string.
  unexpected_indentation,     ///< RST301: a paragraph continues deeper indented.
  unknown_directive,          ///< RST303: `.. name::` that no known directive is called.
  unknown_role,               ///< RST304: `:name:` that no known role is called.
  unexpected_section_title,   ///< RST401: a section title inside a nested block.
  literal_block_end,          ///< RST207: literal block ends without a blank line.
  option_list_end,            ///< RST208: option list ends without a blank line.
  table_end,                  ///< RST211: text directly after a table.
  malformed_table,            ///< RST302: a table whose borders do not fit.
  undefined_substitution,     ///< RST305: `|name|` with no `.. |name|` definition.
  unknown_target,             ///< RST306: `name_` with no target of that name.
  directive_error,            ///< RST307: a directive's arguments, options or content are wrong.
};

/// One problem found in a docstring.
struct RstFinding {
  /// What is wrong; decides the RST code that reports it.
  RstProblem problem = RstProblem::unexpected_indentation;
  TextRange range;   ///< Where, in the file: the markup, or the start of the offending line.
  /// The directive or role name (RST303, RST304, RST307), the markup (`*`), or the
  /// referenced name (RST305, RST306).
  std::string name;
  std::string detail;  ///< What is wrong with a directive (RST307, RST302).
};

/// Names beyond docutils' and Sphinx's own that count as known.
struct RstOptions {
  std::vector<std::string> extra_directives;  ///< `[rst] directives`.
  std::vector<std::string> extra_roles;       ///< `[rst] roles`.
};

/// The known names of a file's `[rst]` settings, lower-cased.
/// \param settings The file's settings.
/// \return The options derived from `settings.rst`, cached per thread (almost every file of a
///   run has the same `[rst]` table).
const RstOptions& rst_options(const Settings& settings);

/// Checks one docstring.
/// \param text The split docstring.
/// \param options Extra known names.
/// \return The problems, in order of their position.
std::vector<RstFinding> check_rst(const DocstringText& text, const RstOptions& options);

/// Every docstring's reST problems in one file (computed once, shared by the RST rules).
class RstFacts {
 public:
  /// One problem and the definition whose docstring has it.
  struct Entry {
    const Definition* definition = nullptr;  ///< The documented definition.
    RstFinding finding;                      ///< The problem.
  };

  /// \param context The file's rule context.
  explicit RstFacts(const RuleContext& context);

  /// \return Every problem of the file, docstring by docstring.
  [[nodiscard]] const std::vector<Entry>& all() const { return entries_; }

 private:
  std::vector<Entry> entries_;
};

/// Reports, for the rule \p rule, every finding of \p problem in the file.
/// \param context The file's rule context.
/// \param rule The reporting rule.
/// \param problem The problem it reports.
/// \param message Builds the message of one finding.
void report_rst(RuleContext& context, const RuleMeta& rule, RstProblem problem,
                std::string (*message)(const RstFinding& finding));

}  // namespace tenet::python

/// \file
/// Checks that sibling pydocstyle rules run with a different threshold, message or fix:
/// the summary's closing punctuation (D400, D415), the indentation of the lines after the
/// first (D206, D207, D208) and the blank lines above a class docstring (D203, D211). Each
/// rule keeps its metadata, message and fix in its own file and calls one of these.
#pragma once

#include <cstddef>
#include <cstdint>
#include <string_view>
#include <vector>

#include "pydoc-checker/docstring/docstring_facts.h"
#include "pydoc-checker/docstring/docstring_text.h"
#include "pydoc-checker/docstring/pydocstyle_support.h"
#include "pydoc-checker/python_rule.h"

namespace tenet::python {

/// Reports every checked docstring (see for_each_checked_docstring) whose first paragraph
/// ends with none of \p accepted_endings, nor with a backslash; a summary that is a field
/// (`:param x:`) or a section header (`Returns:`) is not a sentence and is never reported.
/// The finding covers the whole literal. Its unsafe fix appends a period after the last
/// character of the paragraph, unless that character is `:`, `;`, `?` or `!` (then a period
/// would not make a sentence of it, so there is no fix).
/// \param context The file's rule context.
/// \param rule The reporting rule (D400 accepts ".", D415 accepts ".?!").
/// \param accepted_endings Characters a summary may end with.
/// \param message The finding's message.
void report_unpunctuated_summaries(RuleContext& context, const RuleMeta& rule,
                                   std::string_view accepted_endings, std::string_view message);

/// How the lines after a docstring's first are indented compared with the docstring (the
/// white space before its opening quotes), widths counted in characters.
struct IndentScan {
  std::size_t docstring_indent = 0;      ///< Width of the docstring's own indentation.
  bool tabs = false;                     ///< A tab in the indentation of some line.
  std::vector<std::uint32_t> under;      ///< Lines indented less than the docstring.
  std::vector<std::uint32_t> over;       ///< Over-indented lines (meaningful if all_over).
  bool all_over = true;                  ///< Every checked line is over-indented.
  std::size_t smallest_over = SIZE_MAX;  ///< Smallest over-indentation, in characters.
  bool last_over = false;                ///< The closing quotes' own line is over-indented.
};

/// Scans the lines after the first. Blank lines other than the last, and lines that follow
/// a backslash continuation, are skipped; a blank last line (the closing quotes' own line)
/// counts for `tabs` and `under` and is judged for over-indentation only by `last_over`.
/// \param text A docstring.
/// \return What the scan found.
IndentScan scan_indentation(const DocstringText& text);

/// Calls \p check for every checked docstring (see for_each_checked_docstring) of two or
/// more lines, with the scan of its indentation: what D206, D207 and D208 look at.
/// \param context The file's rule context.
/// \param rule The rule asking.
/// \param check Called as `check(const ParsedDocstring&, const IndentScan&)`.
/// \tparam Check A callable taking a ParsedDocstring and an IndentScan.
template <class Check>
void for_each_indentation_scan(RuleContext& context, const RuleMeta& rule, Check&& check) {
  for_each_checked_docstring(context, rule, [&](const ParsedDocstring& parsed, const DocstringFacts&) {
    if (parsed.text.lines().size() < 2) return;
    check(parsed, scan_indentation(parsed.text));
  });
}

/// The blank lines between a `class` line and the line its docstring starts on.
struct BlankLinesAbove {
  bool own_line = false;       ///< The docstring is not on the `class` line.
  std::size_t count = 0;       ///< Blank lines directly above the docstring's line.
  std::uint32_t start = 0;     ///< Start of the topmost of them (the docstring line if none).
  std::uint32_t doc_line = 0;  ///< Start of the docstring's line.
};

/// Counts the blank lines directly above \p parsed's line, stopping at the first line that
/// is not blank or at the definition's first line.
/// \param source The file's text.
/// \param parsed A class docstring.
/// \return The blank lines found.
BlankLinesAbove blank_lines_above(std::string_view source, const ParsedDocstring& parsed);

/// Calls \p check for every checked class docstring (see for_each_checked_docstring) that
/// starts on a line of its own, with the blank lines above it: what D203 and D211 look at.
/// \param context The file's rule context.
/// \param rule The rule asking.
/// \param check Called as `check(const ParsedDocstring&, const DocstringFacts&, const
///   BlankLinesAbove&)`.
/// \tparam Check A callable taking a ParsedDocstring, its DocstringFacts and the
///   BlankLinesAbove.
template <class Check>
void for_each_own_line_class_docstring(RuleContext& context, const RuleMeta& rule, Check&& check) {
  const std::string_view source = context.module().text();
  for_each_checked_docstring(context, rule, [&](const ParsedDocstring& parsed, const DocstringFacts& facts) {
    if (!parsed.definition->is_class()) return;
    const BlankLinesAbove above = blank_lines_above(source, parsed);
    if (!above.own_line) return;
    check(parsed, facts, above);
  });
}

}  // namespace tenet::python

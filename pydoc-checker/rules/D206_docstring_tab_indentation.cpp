// D206: a multi-line docstring indented with tabs (its own lines, or the line it starts on).
#include <algorithm>
#include <cstdint>
#include <vector>

#include "pydoc-checker/docstring/pydocstyle_support.h"

namespace tenet::python {
namespace {

void check(RuleContext& context);

}  // namespace

extern const PythonRule kRuleD206{
    .meta =
        {
            .code = "D206",
            .name = "docstring-tab-indentation",
            .summary = "A docstring is indented with tabs.",
            .language = Language::python,
            .severity = Severity::warning,
            .enabled_by_default = true,
            .fix = FixAvailability::none,
            .precision = "very-high",
            .tags = "documentation,python",
        },
    .check = check,
};

namespace {

/// What the indentation scan of one docstring found (the logic D206, D207 and D208 share).
struct IndentScan {
  bool tabs = false;                     ///< A tab in the indentation of some line.
  std::vector<std::uint32_t> under;      ///< Lines indented less than the docstring.
  std::vector<std::uint32_t> over;       ///< Over-indented lines (meaningful if all_over).
  bool all_over = true;                  ///< Every checked line is over-indented.
  std::size_t smallest_over = SIZE_MAX;  ///< Smallest over-indentation, in characters.
  bool last_over = false;                ///< The closing-quotes line is over-indented.
};

/// Scans the lines after the first: blank lines (except the closing one) and lines after
/// a backslash continuation are skipped; widths are counted in characters.
IndentScan scan_indentation(const DocstringText& text) {
  IndentScan scan;
  const std::span<const DocLine> lines = text.lines();
  const std::string_view indentation = text.indentation();
  const std::size_t docstring_indent = char_count(indentation);
  scan.tabs = indentation.find('\t') != std::string_view::npos;
  for (std::uint32_t i = 1; i < lines.size(); ++i) {
    if (lines[i - 1].text.ends_with('\\')) continue;
    const DocLine& line = lines[i];
    const bool is_last = i + 1 == lines.size();
    const bool blank = line.is_blank();
    if (!is_last && blank) continue;
    const std::size_t width = line.indent_chars();
    scan.tabs = scan.tabs || line.indentation().find('\t') != std::string_view::npos;
    if (width < docstring_indent) scan.under.push_back(i);
    if (is_last && blank) continue;  // the closing quotes' line is judged on its own below
    if (width > docstring_indent) {
      scan.over.push_back(i);
      scan.smallest_over = std::min(scan.smallest_over, width - docstring_indent);
    } else {
      scan.all_over = false;
    }
  }
  const DocLine& last = lines.back();
  scan.last_over = lines.size() > 1 && last.is_blank() && last.indent == last.text.size() &&
                   last.indent_chars() > docstring_indent;
  return scan;
}

void check(RuleContext& context) {
  for_each_checked_docstring(
      context, kRuleD206.meta, [&](const ParsedDocstring& parsed, const DocstringFacts&) {
        if (parsed.text.lines().size() < 2 || !scan_indentation(parsed.text).tabs) return;
        report_docstring_finding(context, kRuleD206.meta, parsed, parsed.text.docstring().range,
                                 "Docstring is indented with tabs.");
      });
}

}  // namespace
}  // namespace tenet::python

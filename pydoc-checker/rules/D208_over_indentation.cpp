// D208: docstring lines indented more than the docstring (all of them, or the closing quotes' line).
#include <algorithm>
#include <cstdint>
#include <vector>

#include "pydoc-checker/docstring/pydocstyle_support.h"

namespace tenet::python {
namespace {

void check(RuleContext& context);

}  // namespace

extern const PythonRule kRuleD208{
    .meta =
        {
            .code = "D208",
            .name = "over-indentation",
            .summary = "Docstring lines are indented more than the docstring.",
            .language = Language::python,
            .severity = Severity::warning,
            .enabled_by_default = true,
            .fix = FixAvailability::safe,
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

/// Byte length of the first \p chars characters of \p text (all of it if shorter).
std::uint32_t bytes_of_chars(std::string_view text, std::size_t chars) {
  std::size_t i = 0;
  for (std::size_t n = 0; n < chars && i < text.size(); ++n) {
    ++i;
    while (i < text.size() && (static_cast<unsigned char>(text[i]) & 0xC0) == 0x80) ++i;
  }
  return static_cast<std::uint32_t>(i);
}

void check(RuleContext& context) {
  for_each_checked_docstring(
      context, kRuleD208.meta, [&](const ParsedDocstring& parsed, const DocstringFacts&) {
        const DocstringText& text = parsed.text;
        if (text.lines().size() < 2) return;
        const IndentScan scan = scan_indentation(text);
        const std::string indent = clean_space(text.indentation());
        const std::size_t docstring_indent = char_count(text.indentation());
        // Like pydocstyle: only when every line is over-indented (then each is reported and
        // the smallest over-indentation removed), and the closing line on its own.
        if (scan.all_over) {
          for (const std::uint32_t i : scan.over) {
            const DocLine& line = text.lines()[i];
            const TextRange range =
                indent.empty()
                    ? TextRange{line.offset, line.offset + line.indent}
                    : TextRange{line.offset, line.offset + bytes_of_chars(line.text, docstring_indent +
                                                                                         scan.smallest_over)};
            report_docstring_finding(
                context, kRuleD208.meta, parsed, {line.offset, line.offset},
                "Docstring line is over-indented.",
                make_fix("Remove the over-indentation", FixAvailability::safe, range, indent));
          }
        }
        if (scan.last_over) {
          const DocLine& last = text.lines().back();
          report_docstring_finding(context, kRuleD208.meta, parsed, {last.offset, last.offset},
                                   "Closing quotes of the docstring are over-indented.",
                                   make_fix("Remove the over-indentation", FixAvailability::safe,
                                            {last.offset, last.offset + last.indent}, indent));
        }
      });
}

}  // namespace
}  // namespace tenet::python

// D208: docstring lines indented more than the docstring (all of them, or the closing quotes' line).
#include <cstdint>
#include <string>

#include "pydoc-checker/docstring/docstring_checks.h"

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
  for_each_indentation_scan(
      context, kRuleD208.meta, [&](const ParsedDocstring& parsed, const IndentScan& scan) {
        const DocstringText& text = parsed.text;
        const std::string indent = clean_space(text.indentation());
        // Like pydocstyle: only when every line is over-indented (then each is reported and
        // the smallest over-indentation removed), and the closing line on its own.
        if (scan.all_over) {
          for (const std::uint32_t i : scan.over) {
            const DocLine& line = text.lines()[i];
            const TextRange range =
                indent.empty()
                    ? TextRange{line.offset, line.offset + line.indent}
                    : TextRange{line.offset, line.offset + bytes_of_chars(line.text, scan.docstring_indent +
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

// D203: a class docstring without exactly one blank line above it (off by default; D211 is its opposite).
#include <string>

#include "pydoc-checker/docstring/pydocstyle_support.h"

namespace tenet::python {
namespace {

void check(RuleContext& context);

}  // namespace

extern const PythonRule kRuleD203{
    .meta =
        {
            .code = "D203",
            .name = "incorrect-blank-line-before-class",
            .summary = "A class docstring is not preceded by exactly one blank line.",
            .language = Language::python,
            .severity = Severity::warning,
            .enabled_by_default = false,
            .fix = FixAvailability::safe,
            .precision = "very-high",
            .tags = "documentation,python",
        },
    .check = check,
};

namespace {

/// Blank lines directly above the docstring's line, below the `class` line.
struct BlankLinesAbove {
  bool own_line = false;       ///< The docstring is not on the `class` line.
  std::size_t count = 0;       ///< Blank lines above the docstring's line.
  std::uint32_t start = 0;     ///< Start of the topmost of them (the docstring line if none).
  std::uint32_t doc_line = 0;  ///< Start of the docstring's line.
};

BlankLinesAbove blank_lines_above(std::string_view source, const ParsedDocstring& parsed) {
  BlankLinesAbove result;
  const std::uint32_t class_start = ts_node_start_byte(parsed.definition->node);
  const std::uint32_t doc_start = parsed.text.docstring().range.begin;
  result.doc_line = doc_start - static_cast<std::uint32_t>(parsed.text.indentation().size());
  result.start = result.doc_line;
  result.own_line = result.doc_line > class_start;
  if (!result.own_line) return result;
  std::uint32_t line_end = result.doc_line;
  while (line_end > class_start) {
    std::uint32_t end = line_end - 1;
    if (source[end] == '\n' && end > 0 && source[end - 1] == '\r') --end;
    std::uint32_t begin = end;
    while (begin > class_start && source[begin - 1] != '\n' && source[begin - 1] != '\r') --begin;
    if (begin <= class_start || !trim(source.substr(begin, end - begin)).empty()) break;
    ++result.count;
    result.start = begin;
    line_end = begin;
  }
  return result;
}

void check(RuleContext& context) {
  const std::string_view source = context.module().text();
  for_each_checked_docstring(
      context, kRuleD203.meta, [&](const ParsedDocstring& parsed, const DocstringFacts& facts) {
        if (!parsed.definition->is_class()) return;
        const BlankLinesAbove above = blank_lines_above(source, parsed);
        if (!above.own_line || above.count == 1) return;
        report_docstring_finding(
            context, kRuleD203.meta, parsed, parsed.text.docstring().range,
            "Class docstring is preceded by " + std::to_string(above.count) + " blank lines instead of 1.",
            make_fix("Put one blank line before the class docstring", FixAvailability::safe,
                     {above.start, above.doc_line}, std::string(facts.line_ending())));
      });
}

}  // namespace
}  // namespace tenet::python

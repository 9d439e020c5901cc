// D213: a multi-line docstring whose summary starts on the line of the opening quotes (off by default; D212
// is its opposite).
#include <string>

#include "pydoc-checker/docstring/pydocstyle_support.h"

namespace tenet::python {
namespace {

void check(RuleContext& context);

}  // namespace

extern const PythonRule kRuleD213{
    .meta =
        {
            .code = "D213",
            .name = "multi-line-summary-second-line",
            .summary = "The summary of a multi-line docstring does not start on the second line.",
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

/// Whether the first line of the literal holds nothing but the prefix and opening quotes.
bool opens_on_empty_line(const DocstringText& text) { return text.lines().front().text.empty(); }

void check(RuleContext& context) {
  const std::string_view source = context.module().text();
  for_each_checked_docstring(
      context, kRuleD213.meta, [&](const ParsedDocstring& parsed, const DocstringFacts& facts) {
        const DocstringText& text = parsed.text;
        if (text.lines().size() < 2 || opens_on_empty_line(text)) return;
        const DocLine& first = text.lines().front();
        if (first.text.ends_with('\\')) return;  // a line continuation, not a second line
        std::optional<Fix> fix;
        std::string indentation;
        bool fixable = true;
        if (text.indentation_is_whitespace()) {
          indentation = std::string(text.indentation());
        } else {
          // The literal shares its line with the definition: indent one level below it.
          const Definition& definition = *parsed.definition;
          std::uint32_t begin = definition.range.begin;
          while (begin > 0 && source[begin - 1] != '\n' && source[begin - 1] != '\r') --begin;
          const std::string_view statement_indent = source.substr(begin, definition.range.begin - begin);
          fixable = !definition.is_module() && trim(statement_indent).empty();
          indentation = std::string(statement_indent) +
                        (statement_indent.find('\t') != std::string_view::npos ? "\t" : "    ");
        }
        if (fixable) {
          std::string replacement(facts.line_ending());
          replacement += indentation;
          replacement += trim_start(first.text);
          fix = make_fix("Start the summary on the line after the opening quotes", FixAvailability::safe,
                         first.range(), std::move(replacement));
        }
        report_docstring_finding(context, kRuleD213.meta, parsed, text.docstring().range,
                                 "Multi-line docstring summary does not start on the second line.",
                                 std::move(fix));
      });
}

}  // namespace
}  // namespace tenet::python

// D201: blank lines between a function's `def` line and its docstring.
#include <string>

#include "pydoc-checker/docstring/pydocstyle_support.h"

namespace tenet::python {
namespace {

void check(RuleContext& context);

}  // namespace

extern const PythonRule kRuleD201{
    .meta =
        {
            .code = "D201",
            .name = "blank-line-before-function",
            .summary = "Blank lines separate a function docstring from the `def` line.",
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

void check(RuleContext& context) {
  const std::string_view source = context.module().text();
  for_each_checked_docstring(
      context, kRuleD201.meta, [&](const ParsedDocstring& parsed, const DocstringFacts&) {
        const Definition& definition = *parsed.definition;
        if (!definition.is_function_like()) return;
        const std::uint32_t def_start = ts_node_start_byte(definition.node);
        const std::uint32_t doc_line = parsed.text.docstring().range.begin -
                                       static_cast<std::uint32_t>(parsed.text.indentation().size());
        // Walk up from the docstring's line over blank lines, staying below the `def`.
        std::uint32_t blank_start = doc_line;
        std::size_t blanks = 0;
        std::uint32_t line_end = doc_line;  // start of the line below the one examined
        while (line_end > def_start) {
          std::uint32_t end = line_end - 1;  // the line break ending the line above
          if (source[end] == '\n' && end > 0 && source[end - 1] == '\r') --end;
          std::uint32_t begin = end;
          while (begin > def_start && source[begin - 1] != '\n' && source[begin - 1] != '\r') --begin;
          if (begin <= def_start || !trim(source.substr(begin, end - begin)).empty()) break;
          ++blanks;
          blank_start = begin;
          line_end = begin;
        }
        if (blanks == 0) return;
        report_docstring_finding(context, kRuleD201.meta, parsed, parsed.text.docstring().range,
                                 "Function docstring is preceded by " + std::to_string(blanks) +
                                     " blank line" + std::string(plural(blanks)) + ".",
                                 make_fix("Remove the blank lines before the docstring",
                                          FixAvailability::safe, {blank_start, doc_line}, ""));
      });
}

}  // namespace
}  // namespace tenet::python

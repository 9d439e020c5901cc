// D207: a docstring line indented less than the line the docstring starts on.
#include <cstdint>
#include <string>

#include "pydoc-checker/docstring/docstring_checks.h"

namespace tenet::python {
namespace {

void check(RuleContext& context);

}  // namespace

extern const PythonRule kRuleD207{
    .meta =
        {
            .code = "D207",
            .name = "under-indentation",
            .summary = "A docstring line is indented less than the docstring.",
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
  for_each_indentation_scan(
      context, kRuleD207.meta, [&](const ParsedDocstring& parsed, const IndentScan& scan) {
        const std::string indent = clean_space(parsed.text.indentation());
        for (const std::uint32_t i : scan.under) {
          const DocLine& line = parsed.text.lines()[i];
          report_docstring_finding(context, kRuleD207.meta, parsed, {line.offset, line.offset},
                                   "Docstring line is under-indented.",
                                   make_fix("Indent the line like the docstring", FixAvailability::safe,
                                            {line.offset, line.offset + line.indent}, indent));
        }
      });
}

}  // namespace
}  // namespace tenet::python

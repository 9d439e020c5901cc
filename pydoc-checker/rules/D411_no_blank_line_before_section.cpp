// D411: a section header directly after a line of text.
#include <string>

#include "pydoc-checker/docstring/pydocstyle_support.h"

namespace tenet::python {
namespace {

void check(RuleContext& context);

}  // namespace

extern const PythonRule kRuleD411{
    .meta =
        {
            .code = "D411",
            .name = "no-blank-line-before-section",
            .summary = "A section header is not preceded by a blank line.",
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
  for_each_checked_docstring(
      context, kRuleD411.meta, [&](const ParsedDocstring& parsed, const DocstringFacts& facts) {
        const std::vector<Section>& sections = parsed.sections.sections;
        for (std::size_t k = 0; k < sections.size(); ++k) {
          const Section& section = sections[k];
          const std::string name(section.name);

          const DocLine& header = section.header(parsed.text);
          if (parsed.text.lines()[section.header_line - 1].is_blank()) continue;
          report_docstring_finding(
              context, kRuleD411.meta, parsed, section.name_range,
              "Section `" + name + "` is not preceded by a blank line.",
              make_fix("Add a blank line before the section", FixAvailability::safe,
                       {header.offset, header.offset}, std::string(facts.line_ending())));
        }
      });
}

}  // namespace
}  // namespace tenet::python

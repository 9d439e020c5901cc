// D410: a section directly followed by the next section's header, without a blank line.
#include <string>

#include "pydoc-checker/docstring/pydocstyle_support.h"

namespace tenet::python {
namespace {

void check(RuleContext& context);

}  // namespace

extern const PythonRule kRuleD410{
    .meta =
        {
            .code = "D410",
            .name = "no-blank-line-after-section",
            .summary = "A section is not followed by a blank line before the next one.",
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
      context, kRuleD410.meta, [&](const ParsedDocstring& parsed, const DocstringFacts& facts) {
        const std::vector<Section>& sections = parsed.sections.sections;
        for (std::size_t k = 0; k < sections.size(); ++k) {
          const Section& section = sections[k];
          const std::string name(section.name);

          if (k + 1 >= sections.size()) continue;
          if (section_shape(parsed, section).trailing_blank_lines >= 2) continue;
          const std::uint32_t at = sections[k + 1].header(parsed.text).offset;
          report_docstring_finding(context, kRuleD410.meta, parsed, section.name_range,
                                   "Section `" + name + "` is not followed by a blank line.",
                                   make_fix("Add a blank line after the section", FixAvailability::safe,
                                            {at, at}, std::string(facts.line_ending())));
        }
      });
}

}  // namespace
}  // namespace tenet::python

// D405: a section header spelled in another case than its canonical name (`returns:` for `Returns:`).
#include <string>

#include "pydoc-checker/docstring/pydocstyle_support.h"

namespace tenet::python {
namespace {

void check(RuleContext& context);

}  // namespace

extern const PythonRule kRuleD405{
    .meta =
        {
            .code = "D405",
            .name = "non-capitalized-section-name",
            .summary = "A section name is not capitalised as its canonical spelling.",
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
      context, kRuleD405.meta, [&](const ParsedDocstring& parsed, const DocstringFacts& facts) {
        const std::vector<Section>& sections = parsed.sections.sections;
        for (std::size_t k = 0; k < sections.size(); ++k) {
          const Section& section = sections[k];
          const std::string name(section.name);

          (void)facts;
          const std::string_view canonical = section.canonical();
          if (section.name == canonical) continue;
          report_docstring_finding(
              context, kRuleD405.meta, parsed, section.name_range,
              "Section name `" + name + "` is not capitalised as `" + std::string(canonical) + "`.",
              make_fix("Write `" + std::string(canonical) + "`", FixAvailability::safe, section.name_range,
                       std::string(canonical)));
        }
      });
}

}  // namespace
}  // namespace tenet::python

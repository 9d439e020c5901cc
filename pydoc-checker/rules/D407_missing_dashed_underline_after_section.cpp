// D407: a NumPy-style section header without a line of dashes under it.
#include <string>

#include "pydoc-checker/docstring/pydocstyle_support.h"

namespace tenet::python {
namespace {

void check(RuleContext& context);

}  // namespace

extern const PythonRule kRuleD407{
    .meta =
        {
            .code = "D407",
            .name = "missing-dashed-underline-after-section",
            .summary = "A NumPy-style section header has no dashed underline.",
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
      context, kRuleD407.meta, [&](const ParsedDocstring& parsed, const DocstringFacts& facts) {
        const std::vector<Section>& sections = parsed.sections.sections;
        for (std::size_t k = 0; k < sections.size(); ++k) {
          const Section& section = sections[k];
          const std::string name(section.name);

          if (section.style != SectionStyle::numpy) continue;
          const SectionShape shape = section_shape(parsed, section);
          if (shape.dashes) continue;
          const std::string dashes(section.name.size(), '-');
          const std::string message = "Section `" + name + "` has no dashed underline.";
          if (shape.equals) {
            report_docstring_finding(
                context, kRuleD407.meta, parsed, *shape.equals, message,
                make_fix("Underline the section with dashes", FixAvailability::safe, *shape.equals, dashes));
            continue;
          }
          const std::uint32_t at = section.header(parsed.text).end();
          report_docstring_finding(
              context, kRuleD407.meta, parsed, section.name_range, message,
              make_fix("Underline the section with dashes", FixAvailability::safe, {at, at},
                       std::string(facts.line_ending()) + clean_space(parsed.text.indentation()) + dashes));
        }
      });
}

}  // namespace
}  // namespace tenet::python

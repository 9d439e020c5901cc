// D408: blank lines between a section header and its dashed underline.
#include <string>

#include "pydoc-checker/docstring/pydocstyle_support.h"

namespace tenet::python {
namespace {

void check(RuleContext& context);

}  // namespace

extern const PythonRule kRuleD408{
    .meta =
        {
            .code = "D408",
            .name = "missing-section-underline-after-name",
            .summary = "Blank lines separate a section header from its underline.",
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
      context, kRuleD408.meta, [&](const ParsedDocstring& parsed, const DocstringFacts& facts) {
        const std::vector<Section>& sections = parsed.sections.sections;
        for (std::size_t k = 0; k < sections.size(); ++k) {
          const Section& section = sections[k];
          const std::string name(section.name);

          (void)facts;
          const SectionShape shape = section_shape(parsed, section);
          if (!shape.dashes || shape.blank_lines_after_header == 0) continue;
          report_docstring_finding(
              context, kRuleD408.meta, parsed, *shape.dashes,
              "Underline of section `" + name + "` is not on the line after its name.",
              make_fix("Remove the blank lines above the underline", FixAvailability::safe,
                       {shape.following_start, shape.blank_lines_end}, ""));
        }
      });
}

}  // namespace
}  // namespace tenet::python

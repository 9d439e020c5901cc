// D409: a dashed underline whose length differs from the section name's.
#include <string>

#include "pydoc-checker/docstring/pydocstyle_support.h"

namespace tenet::python {
namespace {

void check(RuleContext& context);

}  // namespace

extern const PythonRule kRuleD409{
    .meta =
        {
            .code = "D409",
            .name = "mismatched-section-underline-length",
            .summary = "A section underline is not as long as the section name.",
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
      context, kRuleD409.meta, [&](const ParsedDocstring& parsed, const DocstringFacts& facts) {
        const std::vector<Section>& sections = parsed.sections.sections;
        for (std::size_t k = 0; k < sections.size(); ++k) {
          const Section& section = sections[k];
          const std::string name(section.name);

          (void)facts;
          const SectionShape shape = section_shape(parsed, section);
          if (!shape.dashes || shape.dashes->end - shape.dashes->begin == section.name.size()) continue;
          report_docstring_finding(context, kRuleD409.meta, parsed, *shape.dashes,
                                   "Underline of section `" + name + "` is not as long as its name.",
                                   make_fix("Make the underline as long as the name", FixAvailability::safe,
                                            *shape.dashes, std::string(section.name.size(), '-')));
        }
      });
}

}  // namespace
}  // namespace tenet::python

// D414: a section header with nothing under it (an underline aside).
#include <string>

#include "pydoc-checker/docstring/pydocstyle_support.h"

namespace tenet::python {
namespace {

void check(RuleContext& context);

}  // namespace

extern const PythonRule kRuleD414{
    .meta =
        {
            .code = "D414",
            .name = "empty-docstring-section",
            .summary = "A section has no content.",
            .language = Language::python,
            .severity = Severity::warning,
            .enabled_by_default = true,
            .fix = FixAvailability::none,
            .precision = "very-high",
            .tags = "documentation,python",
        },
    .check = check,
};

namespace {

void check(RuleContext& context) {
  for_each_checked_docstring(
      context, kRuleD414.meta, [&](const ParsedDocstring& parsed, const DocstringFacts& facts) {
        const std::vector<Section>& sections = parsed.sections.sections;
        for (std::size_t k = 0; k < sections.size(); ++k) {
          const Section& section = sections[k];
          const std::string name(section.name);

          (void)facts;
          const SectionShape shape = section_shape(parsed, section);
          const bool empty = !shape.first_content || (shape.dashes && !shape.content_after_dashes);
          if (!empty) continue;
          report_docstring_finding(context, kRuleD414.meta, parsed, section.name_range,
                                   "Section `" + name + "` is empty.");
        }
      });
}

}  // namespace
}  // namespace tenet::python

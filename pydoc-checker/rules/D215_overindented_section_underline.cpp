// D215: a dashed section underline indented more than the docstring's opening line.
#include <string>

#include "pydoc-checker/docstring/pydocstyle_support.h"

namespace tenet::python {
namespace {

void check(RuleContext& context);

}  // namespace

extern const PythonRule kRuleD215{
    .meta =
        {
            .code = "D215",
            .name = "overindented-section-underline",
            .summary = "A section underline is indented more than the docstring.",
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
      context, kRuleD215.meta, [&](const ParsedDocstring& parsed, const DocstringFacts& facts) {
        const std::vector<Section>& sections = parsed.sections.sections;
        for (std::size_t k = 0; k < sections.size(); ++k) {
          const Section& section = sections[k];
          const std::string name(section.name);

          (void)facts;
          const SectionShape shape = section_shape(parsed, section);
          if (!shape.dashes) continue;
          const DocLine& line = parsed.text.lines()[*shape.first_content];
          if (line.indent <= parsed.text.indentation().size()) continue;
          report_docstring_finding(
              context, kRuleD215.meta, parsed, *shape.dashes,
              "Underline of section `" + name + "` is over-indented.",
              make_fix("Indent the underline like the docstring", FixAvailability::safe,
                       {line.offset, line.offset + line.indent}, clean_space(parsed.text.indentation())));
        }
      });
}

}  // namespace
}  // namespace tenet::python

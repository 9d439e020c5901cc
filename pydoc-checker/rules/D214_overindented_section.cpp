// D214: a section header indented more than the docstring's opening line.
#include <string>

#include "pydoc-checker/docstring/pydocstyle_support.h"

namespace tenet::python {
namespace {

void check(RuleContext& context);

}  // namespace

extern const PythonRule kRuleD214{
    .meta =
        {
            .code = "D214",
            .name = "overindented-section",
            .summary = "A section header is indented more than the docstring.",
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
      context, kRuleD214.meta, [&](const ParsedDocstring& parsed, const DocstringFacts& facts) {
        const std::vector<Section>& sections = parsed.sections.sections;
        for (std::size_t k = 0; k < sections.size(); ++k) {
          const Section& section = sections[k];
          const std::string name(section.name);

          (void)facts;
          const DocLine& header = section.header(parsed.text);
          if (header.indent <= parsed.text.indentation().size()) continue;
          report_docstring_finding(context, kRuleD214.meta, parsed, section.name_range,
                                   "Section `" + name + "` is over-indented.",
                                   make_fix("Indent `" + name + "` like the docstring", FixAvailability::safe,
                                            {header.offset, header.offset + header.indent},
                                            clean_space(parsed.text.indentation())));
        }
      });
}

}  // namespace
}  // namespace tenet::python

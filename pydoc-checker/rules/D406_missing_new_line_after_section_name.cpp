// D406: a NumPy-style section header followed by a colon (or anything) on its line.
#include <string>

#include "pydoc-checker/docstring/pydocstyle_support.h"

namespace tenet::python {
namespace {

void check(RuleContext& context);

}  // namespace

extern const PythonRule kRuleD406{
    .meta =
        {
            .code = "D406",
            .name = "missing-new-line-after-section-name",
            .summary = "A NumPy-style section name is followed by text on its line.",
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
      context, kRuleD406.meta, [&](const ParsedDocstring& parsed, const DocstringFacts& facts) {
        const std::vector<Section>& sections = parsed.sections.sections;
        for (std::size_t k = 0; k < sections.size(); ++k) {
          const Section& section = sections[k];
          const std::string name(section.name);

          (void)facts;
          if (section.style != SectionStyle::numpy) continue;
          const std::uint32_t name_end = section.name_range.end;
          const DocLine& header = section.header(parsed.text);
          const std::uint32_t rest = header.end() - name_end;
          if (rest == 0) continue;
          report_docstring_finding(context, kRuleD406.meta, parsed, section.name_range,
                                   "Section name `" + name + "` is followed by text on its line.",
                                   make_fix("Remove what follows the section name", FixAvailability::safe,
                                            {name_end, name_end + rest}, ""));
        }
      });
}

}  // namespace
}  // namespace tenet::python

// D413: a docstring's last section not followed by a blank line before the closing quotes.
#include <string>

#include "pydoc-checker/docstring/pydocstyle_support.h"

namespace tenet::python {
namespace {

void check(RuleContext& context);

}  // namespace

extern const PythonRule kRuleD413{
    .meta =
        {
            .code = "D413",
            .name = "missing-blank-line-after-last-section",
            .summary = "The last section of a docstring is not followed by a blank line.",
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
      context, kRuleD413.meta, [&](const ParsedDocstring& parsed, const DocstringFacts& facts) {
        const std::vector<Section>& sections = parsed.sections.sections;
        for (std::size_t k = 0; k < sections.size(); ++k) {
          const Section& section = sections[k];
          const std::string name(section.name);

          if (k + 1 != sections.size()) continue;
          const SectionShape shape = section_shape(parsed, section);
          if (shape.trailing_blank_lines >= 2) continue;
          const std::uint32_t end = parsed.text.docstring().content_range.end;
          std::uint32_t begin = end;
          if (shape.trailing_blank_lines == 1) begin = parsed.text.lines().back().offset;
          std::string replacement;
          for (std::uint32_t n = shape.trailing_blank_lines; n < 2; ++n) replacement += facts.line_ending();
          replacement += clean_space(parsed.text.indentation());
          report_docstring_finding(context, kRuleD413.meta, parsed, section.name_range,
                                   "Last section `" + name + "` is not followed by a blank line.",
                                   make_fix("Add a blank line after the last section", FixAvailability::safe,
                                            {begin, end}, std::move(replacement)));
        }
      });
}

}  // namespace
}  // namespace tenet::python

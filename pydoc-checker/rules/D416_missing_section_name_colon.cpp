// D416: a Google-style section header without a colon right after the name.
#include <string>

#include "pydoc-checker/docstring/pydocstyle_support.h"

namespace tenet::python {
namespace {

void check(RuleContext& context);

}  // namespace

extern const PythonRule kRuleD416{
    .meta =
        {
            .code = "D416",
            .name = "missing-section-name-colon",
            .summary = "A Google-style section name does not end with a colon.",
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
      context, kRuleD416.meta, [&](const ParsedDocstring& parsed, const DocstringFacts& facts) {
        const std::vector<Section>& sections = parsed.sections.sections;
        for (std::size_t k = 0; k < sections.size(); ++k) {
          const Section& section = sections[k];
          const std::string name(section.name);

          (void)facts;
          if (section.style != SectionStyle::google) continue;
          const DocLine& header = section.header(parsed.text);
          const std::uint32_t name_end = section.name_range.end;
          const std::string_view rest = header.text.substr(name_end - header.offset);
          if (rest == ":") continue;
          report_docstring_finding(
              context, kRuleD416.meta, parsed, section.name_range,
              "Section name `" + name + "` does not end with a colon.",
              make_fix("Add a colon", FixAvailability::safe, {name_end, header.end()}, ":"));
        }
      });
}

}  // namespace
}  // namespace tenet::python

// D412: blank lines between a section header (or its underline) and the section's first line.
#include <string>

#include "pydoc-checker/docstring/pydocstyle_support.h"

namespace tenet::python {
namespace {

void check(RuleContext& context);

}  // namespace

extern const PythonRule kRuleD412{
    .meta =
        {
            .code = "D412",
            .name = "blank-lines-between-header-and-content",
            .summary = "Blank lines separate a section header from its content.",
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
      context, kRuleD412.meta, [&](const ParsedDocstring& parsed, const DocstringFacts& facts) {
        const std::vector<Section>& sections = parsed.sections.sections;
        for (std::size_t k = 0; k < sections.size(); ++k) {
          const Section& section = sections[k];
          const std::string name(section.name);

          const SectionShape shape = section_shape(parsed, section);
          const std::string message =
              "Section `" + name + "` has blank lines between its header and its content.";
          const std::string_view source = context.module().text();
          // One blank line before a reStructuredText directive (`.. code-block::`) is needed.
          const auto report = [&](std::uint32_t begin, std::uint32_t end, std::uint32_t blanks) {
            const bool directive = trim_start(line_at(source, end)).starts_with(".. ");
            if (directive && blanks <= 1) return;
            report_docstring_finding(context, kRuleD412.meta, parsed, section.name_range, message,
                                     make_fix("Remove the blank lines", FixAvailability::safe, {begin, end},
                                              directive ? std::string(facts.line_ending()) : std::string()));
          };
          if (shape.dashes) {
            if (shape.blank_lines_after_dashes > 0 && shape.content_after_dashes) {
              report(shape.line_after_dashes_start, shape.blank_lines_after_dashes_end,
                     shape.blank_lines_after_dashes);
            }
          } else if (shape.first_content && shape.blank_lines_after_header > 0) {
            report(shape.following_start, shape.blank_lines_end, shape.blank_lines_after_header);
          }
        }
      });
}

}  // namespace
}  // namespace tenet::python

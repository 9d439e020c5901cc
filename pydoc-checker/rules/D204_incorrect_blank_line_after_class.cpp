// D204: a class docstring without exactly one blank line below it.
#include <string>

#include "pydoc-checker/docstring/pydocstyle_support.h"

namespace tenet::python {
namespace {

void check(RuleContext& context);

}  // namespace

extern const PythonRule kRuleD204{
    .meta =
        {
            .code = "D204",
            .name = "incorrect-blank-line-after-class",
            .summary = "A class docstring is not followed by exactly one blank line.",
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
  const std::string_view source = context.module().text();
  for_each_checked_docstring(
      context, kRuleD204.meta, [&](const ParsedDocstring& parsed, const DocstringFacts& facts) {
        const Definition& definition = *parsed.definition;
        if (!definition.is_class()) return;
        const Docstring& docstring = parsed.text.docstring();
        const std::uint32_t class_start = ts_node_start_byte(definition.node);
        const std::uint32_t doc_line =
            docstring.range.begin - static_cast<std::uint32_t>(parsed.text.indentation().size());
        if (doc_line <= class_start) return;  // `class C: """Doc."""`
        const std::uint32_t class_end = ts_node_end_byte(definition.node);
        if (class_end <= docstring.range.end) return;
        LineCursor lines(source, docstring.range.end, class_end);
        LineCursor::Line first;
        lines.next(first);  // the rest of the docstring's own line
        const std::string_view first_text = trim_start(lines.text(first));
        const std::string_view eol = facts.line_ending();
        if (first_text.starts_with(';')) {
          // `"""Doc."""; x = 1`: move the statement to its own line after a blank line.
          if (!parsed.text.indentation_is_whitespace()) return;
          std::string replacement(eol);
          replacement += eol;
          replacement += parsed.text.indentation();
          replacement += trim_start(first_text.substr(1));
          report_docstring_finding(
              context, kRuleD204.meta, parsed, docstring.range,
              "Class docstring is followed by 0 blank lines instead of 1.",
              make_fix("Put one blank line after the class docstring", FixAvailability::safe,
                       {first.begin, first.end}, std::move(replacement)));
          return;
        }
        // Keep a comment on the docstring's line where it is.
        const std::uint32_t replace_start = first_text.starts_with('#') ? first.end : first.begin;
        const bool first_is_trivia = first_text.empty() || first_text.starts_with('#');
        std::size_t blanks = 0;
        std::uint32_t blank_end = first.end;
        LineCursor::Line line;
        bool more = lines.next(line);
        while (more && trim(lines.text(line)).empty()) {
          ++blanks;
          blank_end = line.end;
          more = lines.next(line);
        }
        // A body of nothing but comments after the docstring needs no separation.
        bool code_follows = !first_is_trivia;
        while (more && !code_follows) {
          const std::string_view t = trim(lines.text(line));
          code_follows = !t.empty() && !t.starts_with('#');
          more = lines.next(line);
        }
        if (!code_follows) return;
        if (blanks == 1) return;
        report_docstring_finding(
            context, kRuleD204.meta, parsed, docstring.range,
            "Class docstring is followed by " + std::to_string(blanks) + " blank lines instead of 1.",
            make_fix("Put one blank line after the class docstring", FixAvailability::safe,
                     {replace_start, blank_end}, std::string(eol)));
      });
}

}  // namespace
}  // namespace tenet::python

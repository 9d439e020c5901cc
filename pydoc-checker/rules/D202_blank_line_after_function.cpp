// D202: blank lines between a function docstring and the statements after it.
#include <string>

#include "pydoc-checker/docstring/pydocstyle_support.h"

namespace tenet::python {
namespace {

void check(RuleContext& context);

}  // namespace

extern const PythonRule kRuleD202{
    .meta =
        {
            .code = "D202",
            .name = "blank-line-after-function",
            .summary = "Blank lines separate a function docstring from the code after it.",
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

/// Whether \p line starts (after indentation) a nested `def`, `async def`, `class` or decorator.
bool opens_nested_definition(std::string_view line) {
  const std::string_view rest = trim_start(line);
  if (rest.size() == line.size()) return false;  // must be indented
  if (rest.starts_with("@")) return true;
  for (const std::string_view keyword :
       {std::string_view("def"), std::string_view("class"), std::string_view("async def")}) {
    if (rest.starts_with(keyword) && rest.size() > keyword.size() &&
        whitespace_prefix_length(rest.substr(keyword.size())) > 0) {
      return true;
    }
  }
  return false;
}

void check(RuleContext& context) {
  const std::string_view source = context.module().text();
  for_each_checked_docstring(
      context, kRuleD202.meta, [&](const ParsedDocstring& parsed, const DocstringFacts&) {
        const Definition& definition = *parsed.definition;
        if (!definition.is_function_like()) return;
        const Docstring& docstring = parsed.text.docstring();
        const std::uint32_t body_end = ts_node_end_byte(definition.node);
        if (body_end <= docstring.range.end) return;
        LineCursor lines(source, docstring.range.end, body_end);
        LineCursor::Line first;
        lines.next(first);  // the rest of the docstring's own line
        // Count the blank lines right after it, then look at what follows them.
        std::size_t blanks = 0;
        std::uint32_t blank_end = first.end;
        LineCursor::Line line;
        bool more = lines.next(line);
        while (more && trim(lines.text(line)).empty()) {
          ++blanks;
          blank_end = line.end;
          more = lines.next(line);
        }
        // Comments and blank lines only, up to the end of the body: nothing to separate.
        bool code_follows = false;
        bool nested_definition = false;
        while (more) {
          const std::string_view t = trim(lines.text(line));
          if (!t.empty() && !t.starts_with('#')) {
            code_follows = true;
            nested_definition = opens_nested_definition(lines.text(line));
            break;
          }
          more = lines.next(line);
        }
        if (!code_follows || blanks == 0) return;
        // One blank line before a nested function or class is fine.
        if (blanks == 1 && nested_definition) return;
        report_docstring_finding(context, kRuleD202.meta, parsed, docstring.range,
                                 "Function docstring is followed by " + std::to_string(blanks) +
                                     " blank line" + std::string(plural(blanks)) + ".",
                                 make_fix("Remove the blank lines after the docstring", FixAvailability::safe,
                                          {first.end, blank_end}, ""));
      });
}

}  // namespace
}  // namespace tenet::python

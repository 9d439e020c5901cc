// D403: a function docstring whose first word is an all-letter lower-case word (`return the ...`).
#include <cctype>
#include <string>

#include "pydoc-checker/docstring/pydocstyle_support.h"

namespace tenet::python {
namespace {

void check(RuleContext& context);

}  // namespace

extern const PythonRule kRuleD403{
    .meta =
        {
            .code = "D403",
            .name = "first-word-uncapitalized",
            .summary = "The first word of a function docstring is not capitalised.",
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
      context, kRuleD403.meta, [&](const ParsedDocstring& parsed, const DocstringFacts&) {
        if (!parsed.definition->is_function_like()) return;
        const Docstring& docstring = parsed.text.docstring();
        const std::string_view body = trim_start(docstring.content);
        std::size_t end = 0;
        while (end < body.size() && whitespace_prefix_length(body.substr(end)) == 0) ++end;
        std::string_view word = body.substr(0, end);
        while (!word.empty() && (word.back() == '.' || word.back() == '!' || word.back() == '?'))
          word.remove_suffix(1);
        if (word.empty()) return;
        const auto first = static_cast<unsigned char>(word.front());
        if (first >= 0x80 || std::islower(first) == 0) return;
        for (std::size_t i = 1; i < word.size(); ++i) {
          const auto c = static_cast<unsigned char>(word[i]);
          if (c >= 0x80 || (std::isalpha(c) == 0 && c != '\'')) return;
        }
        std::string capitalized(word);
        capitalized.front() = static_cast<char>(std::toupper(first));
        const auto at = docstring.content_range.begin +
                        static_cast<std::uint32_t>(docstring.content.size() - body.size());
        report_docstring_finding(
            context, kRuleD403.meta, parsed, docstring.range,
            "First word of the docstring, `" + std::string(word) + "`, is not capitalised.",
            make_fix("Capitalise `" + std::string(word) + "` as `" + capitalized + "`", FixAvailability::safe,
                     {at, at + static_cast<std::uint32_t>(word.size())}, capitalized));
      });
}

}  // namespace
}  // namespace tenet::python

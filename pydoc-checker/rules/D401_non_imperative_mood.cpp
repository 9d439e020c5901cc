// D401: a function docstring whose first word is a known verb not in the imperative (`Returns` instead of
// `Return`), or a word that never starts an imperative sentence.
#include <cctype>
#include <string>

#include "pydoc-checker/docstring/pydocstyle_support.h"
#include "pydoc-checker/english/imperative.h"

namespace tenet::python {
namespace {

void check(RuleContext& context);

}  // namespace

extern const PythonRule kRuleD401{
    .meta =
        {
            .code = "D401",
            .name = "non-imperative-mood",
            .summary = "The first line of a function docstring is not in the imperative mood.",
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

/// The word with everything but letters and digits removed, ASCII letters lower-cased.
std::string normalize_word(std::string_view word) {
  std::string out;
  for (const char c : word) {
    const auto u = static_cast<unsigned char>(c);
    if (u >= 0x80) {
      out += c;  // part of a non-ASCII letter; never in the word lists
    } else if (std::isalnum(u) != 0) {
      out += static_cast<char>(std::tolower(u));
    }
  }
  return out;
}

void check(RuleContext& context) {
  for_each_checked_docstring(
      context, kRuleD401.meta, [&](const ParsedDocstring& parsed, const DocstringFacts&) {
        const Definition& definition = *parsed.definition;
        if (!definition.is_function_like()) return;
        if (definition.name.starts_with("test") || definition.name == "runTest") return;
        if (is_property(definition, context.settings())) return;
        const std::string_view first_line = parsed.text.summary();
        const std::size_t end = first_line.find_first_of(" \t\f\v");
        const std::string_view word = first_line.substr(0, end);
        const std::string normalized = normalize_word(word);
        if (normalized.empty() || english::is_imperative(normalized) != false) return;
        report_docstring_finding(
            context, kRuleD401.meta, parsed, parsed.text.docstring().range,
            "First word of the docstring, `" + std::string(word) + "`, is not in the imperative mood.");
      });
}

}  // namespace
}  // namespace tenet::python

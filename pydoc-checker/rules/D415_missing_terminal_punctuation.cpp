// D415: a docstring summary that ends with neither `.`, `?` nor `!`.
#include "pydoc-checker/docstring/pydocstyle_support.h"

namespace tenet::python {
namespace {

void check(RuleContext& context);

}  // namespace

extern const PythonRule kRuleD415{
    .meta =
        {
            .code = "D415",
            .name = "missing-terminal-punctuation",
            .summary = "The first line of a docstring does not end with a period, question mark or "
                       "exclamation point.",
            .language = Language::python,
            .severity = Severity::warning,
            .enabled_by_default = true,
            .fix = FixAvailability::unsafe,
            .precision = "very-high",
            .tags = "documentation,python",
        },
    .check = check,
};

namespace {

/// Words that open a field list or a section header: a summary that is one of these is
/// not a sentence, so it needs no closing punctuation.
bool is_field_or_header(std::string_view first_line) {
  for (const std::string_view prefix : {":param", ":type", ":raises", ":return", ":rtype"}) {
    if (first_line.starts_with(prefix)) return true;
  }
  static constexpr std::string_view kExtra[] = {"Param", "RType", "Type"};
  const auto names = [&](std::string_view name) {
    if (!first_line.ends_with(name)) return false;
    const std::string_view before = first_line.substr(0, first_line.size() - name.size());
    return before.empty() || before == ":";
  };
  for (std::uint8_t k = 0; k <= static_cast<std::uint8_t>(SectionKind::yields); ++k) {
    if (names(canonical_name(static_cast<SectionKind>(k)))) return true;
  }
  for (const std::string_view name : kExtra) {
    if (names(name)) return true;
  }
  return false;
}

/// The last line of the first paragraph (a blank line or an underline of `-~=#` ends it).
std::optional<std::uint32_t> logical_line(const DocstringText& text) {
  std::optional<std::uint32_t> found;
  const std::span<const DocLine> lines = text.lines();
  for (std::uint32_t i = 0; i < lines.size(); ++i) {
    const std::string_view t = lines[i].trimmed();
    const bool rule = !t.empty() && t.find_first_not_of("-~=#") == std::string_view::npos;
    if (t.empty() || rule) {
      if (found) break;
    } else {
      found = i;
    }
  }
  return found;
}

void check(RuleContext& context) {
  for_each_checked_docstring(
      context, kRuleD415.meta, [&](const ParsedDocstring& parsed, const DocstringFacts&) {
        const DocstringText& text = parsed.text;
        if (is_field_or_header(text.summary())) return;
        const std::optional<std::uint32_t> index = logical_line(text);
        if (!index) return;
        const DocLine& line = text.lines()[*index];
        const std::string_view trimmed = trim_end(line.text);
        if (trimmed.ends_with('\\') || trimmed.ends_with('.') || trimmed.ends_with('?') ||
            trimmed.ends_with('!'))
          return;
        std::optional<Fix> fix;
        if (!trimmed.ends_with(':') && !trimmed.ends_with(';')) {
          const std::uint32_t at = line.offset + static_cast<std::uint32_t>(trimmed.size());
          fix = make_fix("Add a period", FixAvailability::unsafe, {at, at}, ".");
        }
        report_docstring_finding(
            context, kRuleD415.meta, parsed, text.docstring().range,
            "First line of the docstring does not end with a period, question mark or exclamation point.",
            std::move(fix));
      });
}

}  // namespace
}  // namespace tenet::python

// D419: a docstring that is empty or holds only whitespace. Reported on the literal.
#include "pydoc-checker/pydocstyle.h"

namespace tenet::python {
namespace {

void check(RuleContext& context);

}  // namespace

extern const PythonRule kRuleD419{
    .meta =
        {
            .code = "D419",
            .name = "empty-docstring",
            .summary = "A docstring is empty or only whitespace.",
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

/// Unicode White_Space (what ruff's `str::trim` strips) at the start of \p text, or 0.
std::size_t whitespace_length(std::string_view text) {
  const auto byte = [&](std::size_t i) { return static_cast<unsigned char>(text[i]); };
  if (text.empty()) return 0;
  const unsigned char c = byte(0);
  if (c == 0x20 || (c >= 0x09 && c <= 0x0D)) return 1;
  if (c == 0xC2 && text.size() >= 2 && (byte(1) == 0x85 || byte(1) == 0xA0)) return 2;
  if (text.size() < 3) return 0;
  const unsigned a = byte(1), b = byte(2);
  if (c == 0xE1 && a == 0x9A && b == 0x80) return 3;                             // U+1680
  // U+2000-200A, U+2028, U+2029, U+202F
  if (c == 0xE2 && a == 0x80 && (b <= 0x8A || b == 0xA8 || b == 0xA9 || b == 0xAF)) return 3;
  if (c == 0xE2 && a == 0x81 && b == 0x9F) return 3;                             // U+205F
  if (c == 0xE3 && a == 0x80 && b == 0x80) return 3;                             // U+3000
  return 0;
}

bool is_blank(std::string_view text) {
  while (!text.empty()) {
    const std::size_t skip = whitespace_length(text);
    if (skip == 0) return false;
    text.remove_prefix(skip);
  }
  return true;
}

void check(RuleContext& context) {
  const PythonModule& module = context.module();
  for (const Definition& definition : module.definitions()) {
    // Applies to private and nested definitions too. Implicitly concatenated docstrings
    // are left alone, as ruff does for every docstring content rule.
    const std::optional<Docstring>& docstring = definition.docstring;
    if (!docstring || docstring->implicit_concatenation || !is_blank(docstring->content) ||
        ignored_by_decorators(definition, context.settings())) {
      continue;
    }
    context.report_in_docstring(kRuleD419.meta, docstring->range,
                                "Docstring of " + std::string(kind_noun(definition)) + " `" +
                                    display_name(module, definition) + "` is empty.",
                                definition);
  }
}

}  // namespace
}  // namespace tenet::python

// EM101: An exception constructed with a string literal as its message. (flake8-errmsg)
#include <algorithm>
#include <cstdint>

#include "pydoc-checker/flow/flow_checks.h"

namespace tenet::python {
namespace {

void check(RuleContext& context);

}  // namespace

extern const PythonRule kRuleEM101{
    .meta =
        {
            .code = "EM101",
            .name = "raw-string-in-exception",
            .summary = "An exception constructed with a string literal as its message.",
            .language = Language::python,
            .severity = Severity::warning,
            .enabled_by_default = false,
            .fix = FixAvailability::unsafe,
            .precision = "very-high",
            .tags = "exceptions,python",
        },
    .check = check,
};

namespace {

/// Code points of \p text (UTF-8): ruff's `max-string-length` counts characters.
std::int64_t length_in_code_points(std::string_view text) {
  return std::count_if(text.begin(), text.end(), [](char c) { return (static_cast<unsigned char>(c) & 0xC0U) != 0x80U; });
}

void check(RuleContext& context) {
  // `max-string-length`: literals shorter than this are short enough to stay inline.
  const std::int64_t max_length = context.settings().python.max_string_length;
  const auto long_string_literal = [max_length](TSNode message, std::string_view text) {
    return flow::string_kind(message, text) == flow::StringKind::plain &&
           length_in_code_points(flow::string_value(message, text)) >= max_length;
  };
  flow::report_exception_messages(
      context, kRuleEM101.meta, long_string_literal,
      "Exception message is a string literal in the `raise` statement, so tracebacks show it twice.");
}

}  // namespace
}  // namespace tenet::python

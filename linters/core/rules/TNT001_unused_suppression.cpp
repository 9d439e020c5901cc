// TNT001: a `# noqa` / `// NOLINT` comment that suppressed nothing.
// The logic lives in suppression.cpp, which is the only place that knows which
// directives matched; this file holds the rule's metadata record.
#include "linters/core/tool_rules.h"

namespace tenet {

const RuleMeta kUnusedSuppression{
    .code = "TNT001",
    .name = "unused-suppression",
    .summary = "A suppression comment suppressed nothing, or names an unknown rule.",
    .language = Language::any,
    .severity = Severity::warning,
    .enabled_by_default = false,  // like ruff's RUF100: opt in with --extend-select TNT001
    .fix = FixAvailability::none,
    .precision = "very-high",
    .tags = "maintainability",
};

}  // namespace tenet

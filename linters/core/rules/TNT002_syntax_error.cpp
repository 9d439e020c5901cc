// TNT002: the file does not parse. Front ends report it at the first error and still
// check what parsed; this file holds the rule's metadata record.
#include "linters/core/tool_rules.h"

namespace tenet {

const RuleMeta kSyntaxError{
    .code = "TNT002",
    .name = "syntax-error",
    .summary = "The file has a syntax error; it was checked as far as it parsed.",
    .language = Language::any,
    .severity = Severity::error,
    .enabled_by_default = true,
    .fix = FixAvailability::none,
    .precision = "very-high",
    .tags = "correctness",
};

}  // namespace tenet

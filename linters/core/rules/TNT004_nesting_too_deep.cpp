// TNT004: a file whose syntax tree nests deeper than `max-nesting-depth`. Front ends report
// it instead of running their rules, which walk the tree and may recurse on it; this file
// holds the rule's metadata record.
#include "linters/core/tool_rules.h"

namespace tenet {

const RuleMeta kNestingTooDeep{
    .code = "TNT004",
    .name = "nesting-too-deep",
    .summary = "The file's syntax tree nests deeper than max-nesting-depth, so it was not checked.",
    .language = Language::any,
    .severity = Severity::error,
    .enabled_by_default = true,
    .fix = FixAvailability::none,
    .precision = "very-high",
    .tags = "correctness",
};

}  // namespace tenet

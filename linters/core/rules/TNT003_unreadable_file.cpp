// TNT003: a file that could not be read or decoded (or, for C++, a translation unit
// that failed to compile). The driver reports it; this file holds the metadata record.
#include "linters/core/tool_rules.h"

namespace tenet {

const RuleMeta kUnreadableFile{
    .code = "TNT003",
    .name = "unreadable-file",
    .summary = "The file could not be read or decoded as UTF-8 text, so it was not checked.",
    .language = Language::any,
    .severity = Severity::error,
    .enabled_by_default = true,
    .fix = FixAvailability::none,
    .precision = "very-high",
    .tags = "correctness",
};

}  // namespace tenet

/// \file
/// The tool-level rules every front end may report.
#pragma once

#include "linters/core/rule.h"

namespace tenet {

extern const RuleMeta kUnusedSuppression;  ///< TNT001
extern const RuleMeta kSyntaxError;        ///< TNT002
extern const RuleMeta kUnreadableFile;     ///< TNT003
extern const RuleMeta kNestingTooDeep;     ///< TNT004

}  // namespace tenet

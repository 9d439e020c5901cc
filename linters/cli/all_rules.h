/// \file
/// The registry of every rule this `tenet` binary knows.
#pragma once

#include "linters/core/registry.h"

namespace tenet::cli {

/// Core (TNT), Python and C++ rules (C++ metadata only: no LLVM); built on first use.
/// \return The registry, static.
const RuleRegistry& all_rules();

}  // namespace tenet::cli

/// \file
/// The registry of every rule this `tenet` binary knows.
#pragma once

#include "linters/core/registry.h"

namespace tenet::cli {

/// Core (TNT) and Python rules; built on first use.
const RuleRegistry& all_rules();

}  // namespace tenet::cli

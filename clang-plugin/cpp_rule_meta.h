/// \file
/// The C++ rules' metadata, without LLVM: `tenet` links this to list, explain and select
/// the C++ rules and to describe them in SARIF, and never loads Clang for that.
#pragma once

#include <span>

#include "linters/core/rule.h"

namespace tenet::cpp {

/// \return Every C++ rule's metadata record, in the order of rules/rules.def.
std::span<const RuleMeta* const> cpp_rules();

}  // namespace tenet::cpp

// The table of C++ rule metadata, generated from rules/rules.def with an X-macro: adding a
// rule means adding its file and one line to rules.def, never editing this file.
// Compiled into both tenet_cpp_rule_meta (no LLVM) and tenet_cpp_rules.
#include <array>

#include "clang-plugin/cpp_rule_meta.h"

namespace tenet::cpp {

#define TENET_CPP_RULE(code, slug) extern const RuleMeta kMeta##code;
#include "clang-plugin/rules/rules.def"
#undef TENET_CPP_RULE

namespace {

constexpr std::array kMetas{
#define TENET_CPP_RULE(code, slug) &kMeta##code,
#include "clang-plugin/rules/rules.def"
#undef TENET_CPP_RULE
};

}  // namespace

std::span<const RuleMeta* const> cpp_rules() { return kMetas; }

}  // namespace tenet::cpp

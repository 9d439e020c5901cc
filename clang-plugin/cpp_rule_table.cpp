// The table of C++ rules with their logic, generated from rules/rules.def.
#include <array>

#include "clang-plugin/cpp_rule.h"

namespace tenet::cpp {

#define TENET_CPP_RULE(code, slug) extern const CppRule kRule##code;
#include "clang-plugin/rules/rules.def"
#undef TENET_CPP_RULE

namespace {

constexpr std::array kTable{
#define TENET_CPP_RULE(code, slug) &kRule##code,
#include "clang-plugin/rules/rules.def"
#undef TENET_CPP_RULE
};

}  // namespace

std::span<const CppRule* const> cpp_rule_table() { return kTable; }

}  // namespace tenet::cpp

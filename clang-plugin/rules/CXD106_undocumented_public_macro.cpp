// CXD106: a macro defined in a project header without a documentation comment (a `///` or
// `/** */` comment right above the #define, or a trailing `///<`). Include guards are exempt.
#include "clang-plugin/cpp_rule_meta.h"

namespace tenet::cpp {

extern const RuleMeta kMetaCXD106{
    .code = "CXD106",
    .name = "undocumented-public-macro",
    .summary = "A macro defined in a project header has no documentation comment.",
    .language = Language::cpp,
    .severity = Severity::warning,
    .enabled_by_default = true,
    .fix = FixAvailability::none,
    .precision = "high",
    .tags = "documentation,cpp",
};

}  // namespace tenet::cpp

#ifndef TENET_CPP_META_ONLY
#include "clang-plugin/api.h"
#include "clang-plugin/cpp_rule.h"

namespace tenet::cpp {
namespace {

void on_end(RuleContext& context) {
  for (const PublicMacro& macro : public_macros(context)) {
    if (macro.documented) continue;
    context.report_chars(kMetaCXD106,
                         clang::CharSourceRange::getCharRange(
                             macro.location, macro.location.getLocWithOffset(static_cast<int>(macro.name.size()))),
                         "Public macro `" + macro.name.str() + "` has no documentation comment.");
  }
}

}  // namespace

extern const CppRule kRuleCXD106{.meta = &kMetaCXD106, .on_end = on_end};

}  // namespace tenet::cpp
#endif  // TENET_CPP_META_ONLY

// CXD100: a public free function (declared in a project header) without a documentation comment.
#include "clang-plugin/cpp_rule_meta.h"

namespace tenet::cpp {

extern const RuleMeta kMetaCXD100{
    .code = "CXD100",
    .name = "undocumented-cpp-function",
    .summary = "A public function declared in a project header has no documentation comment.",
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

void on_decl(RuleContext& context, const clang::Decl& decl) {
  const auto* function = clang::dyn_cast<clang::FunctionDecl>(&decl);
  if (function == nullptr || clang::isa<clang::CXXMethodDecl>(function)) return;
  // One finding per function, at its first declaration.
  if (function != function->getCanonicalDecl() || function->isMain()) return;
  if (is_trivial_member(context.ast(), *function)) return;
  report_if_undocumented(context, kMetaCXD100, *function, "function");
}

}  // namespace

extern const CppRule kRuleCXD100{.meta = &kMetaCXD100, .on_decl = on_decl};

}  // namespace tenet::cpp
#endif  // TENET_CPP_META_ONLY

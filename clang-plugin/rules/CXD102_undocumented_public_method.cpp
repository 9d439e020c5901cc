// CXD102: a public or protected method (of a class in a project header) without a documentation comment; defaulted, deleted and overrides of documented methods are exempt.
#include "clang-plugin/cpp_rule_meta.h"

namespace tenet::cpp {

extern const RuleMeta kMetaCXD102{
    .code = "CXD102",
    .name = "undocumented-cpp-method",
    .summary = "A public or protected method of a class in a project header has no documentation comment.",
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
  const auto* method = clang::dyn_cast<clang::CXXMethodDecl>(&decl);
  if (method == nullptr || method != method->getCanonicalDecl()) return;
  if (method->getParent()->isLambda() || is_trivial_member(context.ast(), *method)) return;
  const char* what = clang::isa<clang::CXXConstructorDecl>(method)  ? "constructor"
                     : clang::isa<clang::CXXDestructorDecl>(method) ? "destructor"
                                                                    : "method";
  report_if_undocumented(context, kMetaCXD102, *method, what);
}

}  // namespace

extern const CppRule kRuleCXD102{.meta = &kMetaCXD102, .on_decl = on_decl};

}  // namespace tenet::cpp
#endif  // TENET_CPP_META_ONLY

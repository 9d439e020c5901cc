// CXE010: a visible `throw` (in the body, or in a project function it calls) that escapes a
// `noexcept` function. Never "may allocate": calls whose body is not visible never count.
#include "clang-plugin/cpp_rule_meta.h"

namespace tenet::cpp {

extern const RuleMeta kMetaCXE010{
    .code = "CXE010",
    .name = "throw-escapes-noexcept",
    .summary = "A `throw` escapes a `noexcept` function, which calls std::terminate.",
    .language = Language::cpp,
    .severity = Severity::warning,
    .enabled_by_default = true,
    .fix = FixAvailability::none,
    .precision = "very-high",
    .tags = "exceptions,cpp",
};

}  // namespace tenet::cpp

#ifndef TENET_CPP_META_ONLY
#include "clang-plugin/api.h"
#include "clang-plugin/cpp_rule.h"
#include "clang-plugin/flow.h"

namespace tenet::cpp {
namespace {

void on_decl(RuleContext& context, const clang::Decl& decl) {
  const auto* function = clang::dyn_cast<clang::FunctionDecl>(&decl);
  if (function == nullptr || !function->doesThisDeclarationHaveABody() || function->isImplicit()) return;
  if (clang::isa<clang::CXXDestructorDecl>(function) || function->isDefaulted()) return;  // destructors: CXE008
  if (!is_nothrow(*function) || !context.in_project_file(function->getLocation())) return;
  const std::string name = display_name(*function);
  for (const EscapingThrow& escape : escaping_throws(context, *function, true)) {
    const std::string what = escape.type.isNull() ? std::string("an exception")
                                                  : code(type_name(context.ast(), escape.type.getNonReferenceType().getUnqualifiedType()));
    if (escape.callee == nullptr) {
      context.report(kMetaCXE010, escape.site->getSourceRange(),
                     "`throw` of " + what + " escapes `noexcept` function `" + name + "`.", function);
    } else {
      context.report(kMetaCXE010, escape.site->getSourceRange(),
                     "Call to `" + display_name(*escape.callee) + "` throws " + what + ", which escapes `noexcept` function `" +
                         name + "`.",
                     function);
    }
  }
}

}  // namespace

extern const CppRule kRuleCXE010{.meta = &kMetaCXE010, .on_decl = on_decl};

}  // namespace tenet::cpp
#endif  // TENET_CPP_META_ONLY

// CXE008: a `throw` that escapes a destructor (implicitly noexcept: std::terminate), in its
// body or in the body of a project function it calls.
#include "clang-plugin/cpp_rule_meta.h"

namespace tenet::cpp {

extern const RuleMeta kMetaCXE008{
    .code = "CXE008",
    .name = "throwing-destructor",
    .summary = "A destructor throws, directly or through a function it calls.",
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

/// `noexcept(false)` or `throw(X)` written on the destructor: throwing was chosen.
bool declared_throwing(const clang::FunctionDecl& function) {
  const auto* prototype = function.getType()->getAs<clang::FunctionProtoType>();
  if (prototype == nullptr) return false;
  const clang::ExceptionSpecificationType kind = prototype->getExceptionSpecType();
  return kind == clang::EST_NoexceptFalse || kind == clang::EST_Dynamic || kind == clang::EST_DependentNoexcept ||
         kind == clang::EST_MSAny;
}

void on_decl(RuleContext& context, const clang::Decl& decl) {
  const auto* destructor = clang::dyn_cast<clang::CXXDestructorDecl>(&decl);
  if (destructor == nullptr || !destructor->doesThisDeclarationHaveABody() || destructor->isImplicit()) return;
  if (!context.in_project_file(destructor->getLocation())) return;
  for (const clang::FunctionDecl* redeclaration : destructor->redecls()) {
    if (declared_throwing(*redeclaration)) return;
  }
  const std::string owner = display_name(*destructor->getParent());
  for (const EscapingThrow& escape : escaping_throws(context, *destructor, true)) {
    const std::string what = escape.type.isNull() ? std::string("an exception")
                                                  : code(type_name(context.ast(), escape.type.getNonReferenceType().getUnqualifiedType()));
    if (escape.callee == nullptr) {
      context.report(kMetaCXE008, escape.site->getSourceRange(),
                     "Destructor of `" + owner + "` throws " + what + ".", destructor);
    } else {
      context.report(kMetaCXE008, escape.site->getSourceRange(),
                     "Destructor of `" + owner + "` calls `" + display_name(*escape.callee) + "`, which throws " +
                         what + ".",
                     destructor);
    }
  }
}

}  // namespace

extern const CppRule kRuleCXE008{.meta = &kMetaCXE008, .on_decl = on_decl};

}  // namespace tenet::cpp
#endif  // TENET_CPP_META_ONLY

// CXE011 (off by default): a namespace-scope or static member variable whose initialiser
// calls a function or constructor that is not `noexcept` (cert-err58-cpp); the exception
// cannot be caught. Constant-initialised variables are exempt.
#include "clang-plugin/cpp_rule_meta.h"

namespace tenet::cpp {

extern const RuleMeta kMetaCXE011{
    .code = "CXE011",
    .name = "throwing-static-initialization",
    .summary = "The initialisation of a variable with static or thread storage duration can throw.",
    .language = Language::cpp,
    .severity = Severity::warning,
    .enabled_by_default = false,
    .fix = FixAvailability::none,
    .precision = "medium",
    .tags = "exceptions,cpp",
};

}  // namespace tenet::cpp

#ifndef TENET_CPP_META_ONLY
#include "clang-plugin/api.h"
#include "clang-plugin/cpp_rule.h"
#include "clang-plugin/flow.h"

namespace tenet::cpp {
namespace {

/// The first function or constructor in \p node that is called and may throw, or null.
const clang::FunctionDecl* throwing_callee(const clang::Stmt* node) {
  if (node == nullptr || clang::isa<clang::LambdaExpr>(node)) return nullptr;
  const clang::FunctionDecl* callee = nullptr;
  if (const auto* call = clang::dyn_cast<clang::CallExpr>(node)) {
    callee = call->getDirectCallee();
  } else if (const auto* construct = clang::dyn_cast<clang::CXXConstructExpr>(node)) {
    const clang::CXXConstructorDecl* constructor = construct->getConstructor();
    if (constructor != nullptr && !constructor->isTrivial()) callee = constructor;
  } else if (const auto* allocation = clang::dyn_cast<clang::CXXNewExpr>(node)) {
    callee = allocation->getOperatorNew();
  }
  if (callee != nullptr && !is_nothrow(*callee)) return callee;
  for (const clang::Stmt* child : node->children()) {
    if (const clang::FunctionDecl* found = throwing_callee(child)) return found;
  }
  return nullptr;
}

void on_decl(RuleContext& context, const clang::Decl& decl) {
  const auto* variable = clang::dyn_cast<clang::VarDecl>(&decl);
  if (variable == nullptr || !variable->hasGlobalStorage() || variable->isStaticLocal()) return;
  if (variable->isConstexpr() || variable->hasAttr<clang::ConstInitAttr>() || variable->getInit() == nullptr) return;
  if (variable->isThisDeclarationADefinition() != clang::VarDecl::Definition) return;
  if (variable->getType()->isDependentType() || variable->getInit()->isValueDependent()) return;
  if (variable->getDeclContext()->isDependentContext() || variable->isTemplated()) return;
  if (variable->hasConstantInitialization() || !context.in_project_file(variable->getLocation())) return;
  const clang::FunctionDecl* callee = throwing_callee(variable->getInit());
  if (callee == nullptr) return;
  context.report(kMetaCXE011, variable->getLocation(),
                 "Initialisation of `" + display_name(*variable) + "`, which has " +
                     (variable->getTLSKind() != clang::VarDecl::TLS_None ? "thread" : "static") +
                     " storage duration, calls `" + display_name(*callee) + "`, which is not `noexcept`.",
                 variable);
}

}  // namespace

extern const CppRule kRuleCXE011{.meta = &kMetaCXE011, .on_decl = on_decl};

}  // namespace tenet::cpp
#endif  // TENET_CPP_META_ONLY

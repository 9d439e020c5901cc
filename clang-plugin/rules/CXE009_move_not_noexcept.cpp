// CXE009: a user-written move constructor, move assignment operator or swap without a
// non-throwing exception specification (containers copy instead of moving such types).
#include "clang-plugin/cpp_rule_meta.h"

namespace tenet::cpp {

extern const RuleMeta kMetaCXE009{
    .code = "CXE009",
    .name = "move-not-noexcept",
    .summary = "A move constructor, move assignment operator or `swap` is not `noexcept`.",
    .language = Language::cpp,
    .severity = Severity::warning,
    .enabled_by_default = true,
    .fix = FixAvailability::none,
    .precision = "very-high",
    .tags = "exceptions,performance,cpp",
};

}  // namespace tenet::cpp

#ifndef TENET_CPP_META_ONLY
#include "clang-plugin/api.h"
#include "clang-plugin/cpp_rule.h"
#include "clang-plugin/flow.h"

namespace tenet::cpp {
namespace {

/// `T&` for a non-const class type T, or null.
const clang::CXXRecordDecl* mutable_class_reference(clang::QualType type) {
  const auto* reference = type->getAs<clang::LValueReferenceType>();
  if (reference == nullptr || reference->getPointeeType().isConstQualified()) return nullptr;
  return reference->getPointeeType()->getAsCXXRecordDecl();
}

/// What \p function is, for the message, or "" when it is none of the three.
std::string kind_of(const clang::FunctionDecl& function) {
  if (const auto* constructor = clang::dyn_cast<clang::CXXConstructorDecl>(&function)) {
    return constructor->isMoveConstructor() ? "Move constructor" : "";
  }
  const auto* method = clang::dyn_cast<clang::CXXMethodDecl>(&function);
  if (method != nullptr && method->isMoveAssignmentOperator()) return "Move assignment operator";
  if (function.getIdentifier() == nullptr || function.getName() != "swap" || function.isInStdNamespace()) return "";
  if (method != nullptr && method->isInstance()) {
    if (method->getNumParams() != 1) return "";
    const auto* other = mutable_class_reference(method->getParamDecl(0)->getType());
    return other != nullptr && other->getCanonicalDecl() == method->getParent()->getCanonicalDecl() ? "`swap`" : "";
  }
  if (function.getNumParams() != 2) return "";
  const auto* first = mutable_class_reference(function.getParamDecl(0)->getType());
  const auto* second = mutable_class_reference(function.getParamDecl(1)->getType());
  return first != nullptr && second != nullptr && first->getCanonicalDecl() == second->getCanonicalDecl() ? "`swap`"
                                                                                                           : "";
}

void on_decl(RuleContext& context, const clang::Decl& decl) {
  const auto* function = clang::dyn_cast<clang::FunctionDecl>(&decl);
  if (function == nullptr || function->isImplicit() || function->isDeleted() || !function->isFirstDecl()) return;
  if (function->isTemplateInstantiation() || !context.in_project_file(function->getLocation())) return;
  const std::string kind = kind_of(*function);
  if (kind.empty()) return;
  const auto* prototype = function->getType()->getAs<clang::FunctionProtoType>();
  if (prototype == nullptr) return;
  const clang::ExceptionSpecificationType spec = prototype->getExceptionSpecType();
  std::string problem;
  if (spec == clang::EST_None && !function->isDefaulted()) {
    problem = "is not `noexcept`";
  } else if (spec == clang::EST_NoexceptFalse) {
    problem = "is `noexcept(false)`";
  } else if (spec == clang::EST_Dynamic || spec == clang::EST_MSAny) {
    problem = "has a throwing exception specification";
  } else {
    return;  // noexcept, dependent (decided per instantiation), or a defaulted member's deduced one
  }
  std::string owner;
  if (const auto* method = clang::dyn_cast<clang::CXXMethodDecl>(function); method != nullptr && method->isInstance()) {
    owner = " of `" + display_name(*method->getParent()) + "`";
  } else if (const auto* record = mutable_class_reference(function->getParamDecl(0)->getType())) {
    owner = " for `" + display_name(*record) + "`";
  }
  context.report(kMetaCXE009, function->getLocation(), kind + owner + " " + problem + ".", function);
}

}  // namespace

extern const CppRule kRuleCXE009{.meta = &kMetaCXE009, .on_decl = on_decl};

}  // namespace tenet::cpp
#endif  // TENET_CPP_META_ONLY

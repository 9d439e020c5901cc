// CXD105: a public variable or data member (in a project header) without a documentation comment.
#include "clang-plugin/cpp_rule_meta.h"

namespace tenet::cpp {

extern const RuleMeta kMetaCXD105{
    .code = "CXD105",
    .name = "undocumented-public-variable",
    .summary = "A public variable or data member in a project header has no documentation comment.",
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
  if (const auto* field = clang::dyn_cast<clang::FieldDecl>(&decl)) {
    if (field->isUnnamedBitField() || field->getIdentifier() == nullptr) return;
    report_if_undocumented(context, kMetaCXD105, *field, "data member");
    return;
  }
  const auto* variable = clang::dyn_cast<clang::VarDecl>(&decl);
  if (variable == nullptr || clang::isa<clang::ParmVarDecl, clang::DecompositionDecl>(variable)) return;
  if (variable->isLocalVarDeclOrParm() || variable != variable->getCanonicalDecl()) return;
  report_if_undocumented(context, kMetaCXD105, *variable,
                         variable->isStaticDataMember() ? "data member" : "variable");
}

}  // namespace

extern const CppRule kRuleCXD105{.meta = &kMetaCXD105, .on_decl = on_decl};

}  // namespace tenet::cpp
#endif  // TENET_CPP_META_ONLY

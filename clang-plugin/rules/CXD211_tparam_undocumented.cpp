// CXD211: a named template parameter of a documented template without a `\tparam`
// (the template counterpart of CXD201).
#include "clang-plugin/cpp_rule_meta.h"

namespace tenet::cpp {

extern const RuleMeta kMetaCXD211{
    .code = "CXD211",
    .name = "tparam-undocumented",
    .summary = "A named template parameter of a documented template has no `\\tparam`.",
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

#include <set>

namespace tenet::cpp {
namespace {

/// The documented declaration the template rules look at: functions, classes (and partial
/// specialisations), alias and variable templates, with their own comment in a project file.
const clang::comments::FullComment* template_comment(const RuleContext& context, const clang::Decl& decl) {
  if (decl.isImplicit() || decl.isInvalidDecl()) return nullptr;
  if (!clang::isa<clang::FunctionDecl, clang::CXXRecordDecl, clang::TypeAliasDecl, clang::VarDecl>(decl)) return nullptr;
  if (clang::isa<clang::ParmVarDecl>(decl)) return nullptr;
  if (const auto* function = clang::dyn_cast<clang::FunctionDecl>(&decl);
      function != nullptr && function->isTemplateInstantiation()) {
    return nullptr;
  }
  if (!context.in_project_file(decl.getLocation())) return nullptr;
  return own_doc_comment(context, decl);
}

void on_decl(RuleContext& context, const clang::Decl& decl) {
  const clang::comments::FullComment* comment = template_comment(context, decl);
  if (comment == nullptr || comment_is_inherited(context, decl)) return;
  if (!is_doxygen_extracted(context, clang::cast<clang::NamedDecl>(decl))) return;
  const clang::comments::DeclInfo* info = comment->getDeclInfo();
  if (info == nullptr || info->TemplateParameters == nullptr) return;
  if (info->getTemplateKind() != clang::comments::DeclInfo::Template &&
      info->getTemplateKind() != clang::comments::DeclInfo::TemplatePartialSpecialization) {
    return;
  }
  if (const auto* function = clang::dyn_cast<clang::FunctionDecl>(&decl);
      function != nullptr && is_trivial_member(context.ast(), *function)) {
    return;
  }
  std::set<std::string, std::less<>> documented;
  for (const clang::comments::BlockContentComment* block : comment->getBlocks()) {
    const auto* tparam = clang::dyn_cast<clang::comments::TParamCommandComment>(block);
    if (tparam != nullptr && tparam->hasParamName()) documented.insert(tparam->getParamNameAsWritten().str());
  }
  const auto& named = clang::cast<clang::NamedDecl>(decl);
  for (const clang::NamedDecl* parameter : *info->TemplateParameters) {
    if (parameter == nullptr || parameter->isImplicit() || parameter->getIdentifier() == nullptr) continue;
    if (documented.count(parameter->getName()) != 0) continue;
    context.report(kMetaCXD211, parameter->getLocation(),
                   "Template parameter `" + parameter->getName().str() + "` of `" + display_name(named) +
                       "` has no `\\tparam` documentation.",
                   &named);
  }
}

}  // namespace

extern const CppRule kRuleCXD211{.meta = &kMetaCXD211, .on_decl = on_decl};

}  // namespace tenet::cpp
#endif  // TENET_CPP_META_ONLY

// CXD210: `\tparam T` where `T` is not a template parameter of the declaration, or the
// declaration is not a template (as -Wdocumentation).
#include "clang-plugin/cpp_rule_meta.h"

namespace tenet::cpp {

extern const RuleMeta kMetaCXD210{
    .code = "CXD210",
    .name = "tparam-not-a-template-parameter",
    .summary = "A `\\tparam` command names no template parameter of the documented declaration.",
    .language = Language::cpp,
    .severity = Severity::warning,
    .enabled_by_default = true,
    .fix = FixAvailability::none,
    .precision = "very-high",
    .tags = "documentation,cpp",
};

}  // namespace tenet::cpp

#ifndef TENET_CPP_META_ONLY
#include "clang-plugin/api.h"
#include "clang-plugin/cpp_rule.h"

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
  if (comment == nullptr) return;
  const clang::comments::DeclInfo* info = comment->getDeclInfo();
  const bool is_template = info != nullptr && info->getTemplateKind() != clang::comments::DeclInfo::NotTemplate;
  const auto& named = clang::cast<clang::NamedDecl>(decl);
  for (const clang::comments::BlockContentComment* block : comment->getBlocks()) {
    const auto* tparam = clang::dyn_cast<clang::comments::TParamCommandComment>(block);
    if (tparam == nullptr || !tparam->hasParamName() || tparam->isPositionValid()) continue;
    const std::string spelled = code(command_spelling(context, *tparam) + " " + tparam->getParamNameAsWritten().str());
    context.report_chars(kMetaCXD210, comment_chars(tparam->getParamNameRange()),
                         is_template ? spelled + " names no template parameter of `" + display_name(named) + "`."
                                     : spelled + " documents `" + display_name(named) + "`, which is not a template.",
                         &named);
  }
}

}  // namespace

extern const CppRule kRuleCXD210{.meta = &kMetaCXD210, .on_decl = on_decl};

}  // namespace tenet::cpp
#endif  // TENET_CPP_META_ONLY

// CXD241: `\deprecated` in the documentation without `[[deprecated]]` on the declaration
// (-Wdocumentation-deprecated-sync), or `[[deprecated]]` on a documented declaration whose
// documentation has no `\deprecated`.
#include "clang-plugin/cpp_rule_meta.h"

namespace tenet::cpp {

extern const RuleMeta kMetaCXD241{
    .code = "CXD241",
    .name = "deprecated-out-of-sync",
    .summary = "A declaration is documented `\\deprecated` without a `[[deprecated]]` attribute, or the reverse.",
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

#include <clang/AST/Attr.h>

namespace tenet::cpp {
namespace {

/// The comment written on \p decl when it is a documented declaration in a project file
/// (never a *TemplateDecl wrapper: its templated declaration is visited too).
const clang::comments::FullComment* declaration_comment(const RuleContext& context, const clang::Decl& decl) {
  if (decl.isImplicit() || decl.isInvalidDecl() || !clang::isa<clang::NamedDecl>(decl)) return nullptr;
  if (clang::isa<clang::TemplateDecl, clang::ParmVarDecl, clang::TemplateTypeParmDecl,
                 clang::NonTypeTemplateParmDecl, clang::TemplateTemplateParmDecl>(decl)) {
    return nullptr;
  }
  if (const auto* function = clang::dyn_cast<clang::FunctionDecl>(&decl);
      function != nullptr && function->isTemplateInstantiation()) {
    return nullptr;
  }
  if (!context.in_project_file(decl.getLocation())) return nullptr;
  return own_doc_comment(context, decl);
}

bool has_deprecated_attribute(const clang::Decl& decl) {
  for (const clang::Decl* redeclaration : decl.redecls()) {
    if (redeclaration->hasAttr<clang::DeprecatedAttr>()) return true;
  }
  if (const auto* function = clang::dyn_cast<clang::FunctionDecl>(&decl)) {
    if (const auto* described = function->getDescribedFunctionTemplate()) return described->hasAttr<clang::DeprecatedAttr>();
  }
  return false;
}

void on_decl(RuleContext& context, const clang::Decl& decl) {
  const clang::comments::FullComment* comment = declaration_comment(context, decl);
  if (comment == nullptr) return;
  const auto& named = clang::cast<clang::NamedDecl>(decl);
  const auto deprecated = block_commands(
      context, *comment, [](const clang::comments::CommandInfo& info) { return info.IsDeprecatedCommand; });
  const bool attribute = has_deprecated_attribute(decl);
  if (!deprecated.empty() && !attribute) {
    const clang::comments::BlockCommandComment& command = *deprecated.front();
    const std::string spelled = command_spelling(context, command);
    context.report_chars(kMetaCXD241,
                         clang::CharSourceRange::getCharRange(
                             command.getBeginLoc(), command.getBeginLoc().getLocWithOffset(static_cast<int>(spelled.size()))),
                         code(display_name(named)) + " is documented `" + spelled +
                             "` but has no `[[deprecated]]` attribute.",
                         &named);
  } else if (deprecated.empty() && attribute) {
    context.report(kMetaCXD241, named.getLocation(),
                   code(display_name(named)) + " is `[[deprecated]]` but its documentation has no `\\deprecated`.",
                   &named);
  }
}

}  // namespace

extern const CppRule kRuleCXD241{.meta = &kMetaCXD241, .on_decl = on_decl};

}  // namespace tenet::cpp
#endif  // TENET_CPP_META_ONLY

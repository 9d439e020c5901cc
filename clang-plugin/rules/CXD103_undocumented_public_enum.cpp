// CXD103: a public enumeration (defined in a project header) without a documentation comment;
// with the document-enumerators option, also each undocumented enumerator of a public enumeration.
#include "clang-plugin/cpp_rule_meta.h"

namespace tenet::cpp {

extern const RuleMeta kMetaCXD103{
    .code = "CXD103",
    .name = "undocumented-public-enum",
    .summary = "A public enumeration defined in a project header has no documentation comment.",
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

/// The enumerators of a public enumeration, each of which the option asks to be documented
/// (a preceding `///` or a trailing `///<`, which Clang attaches to enumerators itself).
/// Anonymous enumerations are exempt with their enumerators, as they are without the option.
void report_enumerators(RuleContext& context, const clang::EnumDecl& enumeration) {
  if (!context.options().document_enumerators) return;
  for (const clang::EnumConstantDecl* enumerator : enumeration.enumerators()) {
    if (enumerator->isImplicit() || has_doc_comment(context.ast(), *enumerator)) continue;
    context.report(kMetaCXD103, enumerator->getLocation(),
                   "Public enumerator " + code(display_name(*enumerator)) + " has no documentation comment.",
                   enumerator);
  }
}

void on_decl(RuleContext& context, const clang::Decl& decl) {
  const auto* enumeration = clang::dyn_cast<clang::EnumDecl>(&decl);
  if (enumeration == nullptr || !enumeration->isThisDeclarationADefinition()) return;
  if (enumeration->getIdentifier() == nullptr) return;
  report_if_undocumented(context, kMetaCXD103, *enumeration, "enum");
  if (is_public_api(context, *enumeration)) report_enumerators(context, *enumeration);
}

}  // namespace

extern const CppRule kRuleCXD103{.meta = &kMetaCXD103, .on_decl = on_decl};

}  // namespace tenet::cpp
#endif  // TENET_CPP_META_ONLY

// CXD103: a public enumeration (defined in a project header) without a documentation comment.
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

void on_decl(RuleContext& context, const clang::Decl& decl) {
  const auto* enumeration = clang::dyn_cast<clang::EnumDecl>(&decl);
  if (enumeration == nullptr || !enumeration->isThisDeclarationADefinition()) return;
  if (enumeration->getIdentifier() == nullptr) return;
  report_if_undocumented(context, kMetaCXD103, *enumeration, "enum");
}

}  // namespace

extern const CppRule kRuleCXD103{.meta = &kMetaCXD103, .on_decl = on_decl};

}  // namespace tenet::cpp
#endif  // TENET_CPP_META_ONLY

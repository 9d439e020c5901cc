// CXD101: a public class, struct or union (defined in a project header) without a documentation comment.
#include "clang-plugin/cpp_rule_meta.h"

namespace tenet::cpp {

extern const RuleMeta kMetaCXD101{
    .code = "CXD101",
    .name = "undocumented-cpp-class",
    .summary = "A public class, struct or union defined in a project header has no documentation comment.",
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
  const auto* record = clang::dyn_cast<clang::RecordDecl>(&decl);
  // The definition is what users read; a forward declaration alone is not reported.
  if (record == nullptr || !record->isThisDeclarationADefinition() || record->isInjectedClassName()) return;
  if (record->getIdentifier() != nullptr) {
    report_if_undocumented(context, kMetaCXD101, *record, record->getKindName());
    return;
  }
  // `typedef struct { ... } Name;` is the struct `Name` to its users and to Doxygen; the
  // typedef is left to this rule (CXD104 skips it), and a comment on either counts.
  // Other anonymous records are documented where they are used.
  const clang::TypedefNameDecl* name = record->getTypedefNameForAnonDecl();
  if (name == nullptr || !is_public_api(context, *name)) return;
  if (has_doc_comment(context.ast(), *record) || has_doc_comment(context.ast(), *name)) return;
  context.report(kMetaCXD101, record->getLocation(),
                 "Public " + std::string(record->getKindName()) + " " + code(display_name(*name)) +
                     " has no documentation comment.",
                 name);
}

}  // namespace

extern const CppRule kRuleCXD101{.meta = &kMetaCXD101, .on_decl = on_decl};

}  // namespace tenet::cpp
#endif  // TENET_CPP_META_ONLY

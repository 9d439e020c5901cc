// CXD104: a public type alias or typedef (in a project header) without a documentation comment.
#include "clang-plugin/cpp_rule_meta.h"

namespace tenet::cpp {

extern const RuleMeta kMetaCXD104{
    .code = "CXD104",
    .name = "undocumented-public-type-alias",
    .summary = "A public type alias or typedef in a project header has no documentation comment.",
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
  const auto* alias = clang::dyn_cast<clang::TypedefNameDecl>(&decl);
  if (alias == nullptr || alias != alias->getCanonicalDecl()) return;
  // `typedef struct { ... } Name;` names the struct: CXD101 reports it. (A typedef naming
  // an anonymous enum stays here: CXD103 leaves anonymous enums alone.)
  if (clang::isa_and_nonnull<clang::RecordDecl>(alias->getAnonDeclWithTypedefName(/*AnyRedecl=*/true))) return;
  report_if_undocumented(context, kMetaCXD104, *alias, "type alias");
}

}  // namespace

extern const CppRule kRuleCXD104{.meta = &kMetaCXD104, .on_decl = on_decl};

}  // namespace tenet::cpp
#endif  // TENET_CPP_META_ONLY

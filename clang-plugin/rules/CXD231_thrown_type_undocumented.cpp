// CXD231: a `throw` of a type in a documented function's body, not caught there, whose type
// (or a base of it) no `\throws` names. Throws in callees are not counted.
#include "clang-plugin/cpp_rule_meta.h"

namespace tenet::cpp {

extern const RuleMeta kMetaCXD231{
    .code = "CXD231",
    .name = "thrown-type-undocumented",
    .summary = "A documented function throws a type its `\\throws` commands do not list.",
    .language = Language::cpp,
    .severity = Severity::warning,
    .enabled_by_default = true,
    .fix = FixAvailability::none,
    .precision = "high",
    .tags = "documentation,exceptions,cpp",
};

}  // namespace tenet::cpp

#ifndef TENET_CPP_META_ONLY
#include "clang-plugin/api.h"
#include "clang-plugin/cpp_rule.h"

#include <set>
#include <vector>

#include "clang-plugin/flow.h"

namespace tenet::cpp {
namespace {

/// Whether \p record or one of its bases is named \p documented (qualified or not).
bool names_class(const clang::CXXRecordDecl& record, llvm::StringRef documented) {
  const auto named = [&](const clang::CXXRecordDecl& candidate) {
    return candidate.getName() == documented || candidate.getQualifiedNameAsString() == documented;
  };
  if (named(record)) return true;
  if (!record.hasDefinition()) return false;
  bool found = false;
  record.forallBases([&](const clang::CXXRecordDecl* base) {
    if (named(*base)) found = true;
    return true;
  });
  return found;
}

void on_decl(RuleContext& context, const clang::Decl& decl) {
  const auto* function = clang::dyn_cast<clang::FunctionDecl>(&decl);
  if (function == nullptr || !function->doesThisDeclarationHaveABody() || function->isImplicit()) return;
  if (function->isTemplateInstantiation() || is_nothrow(*function)) return;
  if (!context.in_project_file(function->getLocation()) || !is_doxygen_extracted(context, *function)) return;
  const clang::comments::FullComment* comment = any_doc_comment(context, *function);
  if (comment == nullptr || comment_is_inherited(context, *function)) return;
  std::vector<std::string> listed;
  for (const auto* command : block_commands(context, *comment, [](const clang::comments::CommandInfo& info) {
         return info.IsThrowsCommand;
       })) {
    if (command->getNumArgs() == 0) continue;
    llvm::StringRef name = command->getArgText(0);
    while (name.consume_front("::")) {
    }
    listed.push_back(name.str());
  }
  // A change to the comment or to the declaration carrying it (often in a header, while
  // the `throw` is in a source file) makes the findings new in code review mode.
  std::vector<clang::SourceRange> triggers{comment->getSourceRange()};
  if (const clang::Decl* carrier = comment->getDecl(); carrier != nullptr && carrier != function) {
    triggers.push_back(carrier->getSourceRange());
  }
  std::set<std::string> reported;
  for (const EscapingThrow& escape : escaping_throws(context, *function, false)) {
    if (escape.thrown->getSubExpr() == nullptr || escape.type.isNull() || escape.type->isDependentType()) continue;
    const clang::QualType type = escape.type.getNonReferenceType().getUnqualifiedType();
    const std::string name = type_name(context.ast(), type);
    const clang::CXXRecordDecl* record = type->getAsCXXRecordDecl();
    const bool covered = std::any_of(listed.begin(), listed.end(), [&](const std::string& documented) {
      return documented == name || (record != nullptr && names_class(*record, documented));
    });
    if (covered || !reported.insert(name).second) continue;
    context.report(kMetaCXD231, escape.site->getSourceRange(),
                   code(display_name(*function)) + " throws `" + name +
                       "`, which its documentation does not list in `\\throws`.",
                   function, triggers);
  }
}

}  // namespace

extern const CppRule kRuleCXD231{.meta = &kMetaCXD231, .on_decl = on_decl};

}  // namespace tenet::cpp
#endif  // TENET_CPP_META_ONLY

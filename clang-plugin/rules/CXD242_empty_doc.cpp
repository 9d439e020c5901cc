// CXD242: a documentation comment with no text, or a `\brief` (`\short`) with an empty
// paragraph.
#include "clang-plugin/cpp_rule_meta.h"

namespace tenet::cpp {

extern const RuleMeta kMetaCXD242{
    .code = "CXD242",
    .name = "empty-doc",
    .summary = "A documentation comment or its `\\brief` is empty.",
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

#include <clang/AST/RawCommentList.h>

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

bool is_blank(const clang::comments::BlockContentComment* block) {
  const auto* paragraph = clang::dyn_cast_or_null<clang::comments::ParagraphComment>(block);
  return paragraph != nullptr && paragraph->isWhitespace();
}

void on_decl(RuleContext& context, const clang::Decl& decl) {
  const clang::comments::FullComment* comment = declaration_comment(context, decl);
  if (comment == nullptr) return;
  const auto& named = clang::cast<clang::NamedDecl>(decl);
  if (std::all_of(comment->getBlocks().begin(), comment->getBlocks().end(), is_blank)) {
    const clang::Decl* holder = comment->getDeclInfo() != nullptr ? comment->getDeclInfo()->CommentDecl : &decl;
    const clang::RawComment* raw = context.ast().getRawCommentForDeclNoCache(holder);
    const clang::SourceRange range = raw != nullptr ? raw->getSourceRange() : comment->getSourceRange();
    context.report_chars(kMetaCXD242, clang::CharSourceRange::getCharRange(range),
                         "Documentation comment of `" + display_name(named) + "` is empty.", &named);
    return;
  }
  const auto briefs = block_commands(context, *comment,
                                     [](const clang::comments::CommandInfo& info) { return info.IsBriefCommand; });
  for (const clang::comments::BlockCommandComment* command : briefs) {
    if (command->getParagraph() != nullptr && !command->getParagraph()->isWhitespace()) continue;
    const std::string spelled = command_spelling(context, *command);
    context.report_chars(kMetaCXD242,
                         clang::CharSourceRange::getCharRange(
                             command->getBeginLoc(), command->getBeginLoc().getLocWithOffset(static_cast<int>(spelled.size()))),
                         code(spelled) + " of `" + display_name(named) + "` is empty.", &named);
  }
}

}  // namespace

extern const CppRule kRuleCXD242{.meta = &kMetaCXD242, .on_decl = on_decl};

}  // namespace tenet::cpp
#endif  // TENET_CPP_META_ONLY

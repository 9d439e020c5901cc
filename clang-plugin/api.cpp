#include "clang-plugin/api.h"

#include <algorithm>
#include <string>
#include <vector>

#include <clang/AST/ASTContext.h>
#include <clang/AST/DeclCXX.h>
#include <clang/AST/DeclTemplate.h>
#include <clang/AST/RawCommentList.h>
#include <clang/Lex/Lexer.h>
#include <clang/Lex/MacroInfo.h>
#include <clang/Lex/Preprocessor.h>
#include <llvm/Support/raw_ostream.h>

namespace tenet::cpp {
namespace {

/// The declaration Clang attaches a comment to: the template for a templated declaration.
const clang::Decl& comment_holder(const clang::Decl& decl) {
  if (const auto* function = clang::dyn_cast<clang::FunctionDecl>(&decl)) {
    if (const auto* described = function->getDescribedFunctionTemplate()) return *described;
  }
  if (const auto* record = clang::dyn_cast<clang::CXXRecordDecl>(&decl)) {
    if (const auto* described = record->getDescribedClassTemplate()) return *described;
  }
  if (const auto* alias = clang::dyn_cast<clang::TypeAliasDecl>(&decl)) {
    if (const auto* described = alias->getDescribedAliasTemplate()) return *described;
  }
  if (const auto* variable = clang::dyn_cast<clang::VarDecl>(&decl)) {
    if (const auto* described = variable->getDescribedVarTemplate()) return *described;
  }
  return decl;
}

bool in_hidden_namespace(const clang::Decl& decl) {
  for (const clang::DeclContext* scope = decl.getDeclContext(); scope != nullptr; scope = scope->getParent()) {
    const auto* space = clang::dyn_cast<clang::NamespaceDecl>(scope);
    if (space == nullptr) continue;
    if (space->isAnonymousNamespace()) return true;
    const llvm::StringRef name = space->getName();
    if (name == "detail" || name == "internal" || name == "impl" || name == "details") return true;
  }
  return false;
}

/// Public or protected at every level of class nesting.
bool accessible(const clang::Decl& decl) {
  const clang::Decl* current = &decl;
  while (const auto* record = clang::dyn_cast<clang::CXXRecordDecl>(current->getDeclContext())) {
    if (current->getAccess() == clang::AS_private) return false;
    current = record;
  }
  return true;
}

bool is_user_written(const clang::NamedDecl& decl) {
  if (decl.isImplicit() || decl.isInvalidDecl()) return false;
  if (decl.getFriendObjectKind() != clang::Decl::FOK_None) return false;
  if (decl.getParentFunctionOrMethod() != nullptr) return false;  // local entities
  if (const auto* function = clang::dyn_cast<clang::FunctionDecl>(&decl)) {
    if (function->getTemplateSpecializationKind() != clang::TSK_Undeclared) return false;
    if (clang::isa<clang::CXXDeductionGuideDecl>(function)) return false;
  }
  if (const auto* record = clang::dyn_cast<clang::CXXRecordDecl>(&decl)) {
    if (record->isLambda() || clang::isa<clang::ClassTemplateSpecializationDecl>(record)) return false;
    if (record->getTemplateSpecializationKind() != clang::TSK_Undeclared) return false;
  }
  if (const auto* variable = clang::dyn_cast<clang::VarDecl>(&decl)) {
    if (variable->getTemplateSpecializationKind() != clang::TSK_Undeclared) return false;
    if (clang::isa<clang::VarTemplateSpecializationDecl>(variable)) return false;
  }
  return true;
}

/// Whether a trailing documentation comment (`///<`, `//!<`, `/**<`, `/*!<`) follows \p decl
/// on the line where it ends. Clang attaches such a comment only to data members,
/// variables and enumerators, but Doxygen documents any member with it (`void f(); ///<`).
/// Only the `;` that ends the declaration may stand between the two, so that in
/// `int a; int b; ///<` the comment documents `b` alone.
bool has_trailing_doc_comment(const clang::SourceManager& sources, const clang::LangOptions& language,
                              const clang::Decl& decl) {
  const clang::SourceLocation last = sources.getExpansionLoc(decl.getEndLoc());
  if (last.isInvalid()) return false;
  const clang::SourceLocation after = clang::Lexer::getLocForEndOfToken(last, 0, sources, language);
  if (after.isInvalid()) return false;
  const auto [file, offset] = sources.getDecomposedLoc(after);
  bool invalid = false;
  const llvm::StringRef text = sources.getBufferData(file, &invalid);
  if (invalid || offset > text.size()) return false;
  const llvm::StringRef rest = text.substr(offset).take_until([](char c) { return c == '\n'; });
  size_t marker = llvm::StringRef::npos;
  for (llvm::StringRef opening : {"///<", "//!<", "/**<", "/*!<"}) marker = std::min(marker, rest.find(opening));
  if (marker == llvm::StringRef::npos) return false;
  const llvm::StringRef between = rest.take_front(marker);
  return between.count(';') <= 1 && !between.contains('{') && !between.contains('}') && !between.contains("//") &&
         !between.contains("/*");
}

/// Whether code outside the translation unit can name \p decl. A `const` or `constexpr`
/// variable at namespace scope has internal linkage without being `static`, yet it is
/// written in a header precisely so that every includer sees it, and Doxygen documents it
/// as it does any other variable (its EXTRACT_STATIC is about the `static` keyword).
bool visible_to_includers(const clang::NamedDecl& decl) {
  if (decl.isExternallyVisible()) return true;
  const auto* variable = clang::dyn_cast<clang::VarDecl>(&decl);
  return variable != nullptr && variable->getStorageClass() != clang::SC_Static &&
         variable->getType().isConstQualified() && variable->getDeclContext()->getRedeclContext()->isFileContext();
}

}  // namespace

bool is_doxygen_extracted(const RuleContext& context, const clang::NamedDecl& decl) {
  if (!is_user_written(decl)) return false;
  if (decl.getDeclName().isEmpty()) return false;
  if (!context.in_project_file(decl.getLocation())) return false;
  // Type aliases have no linkage; their scope decides (anonymous namespaces are hidden below).
  if (!clang::isa<clang::TypedefNameDecl>(decl) && !visible_to_includers(decl)) return false;
  return !in_hidden_namespace(decl) && accessible(decl);
}

bool is_public_api(const RuleContext& context, const clang::NamedDecl& decl) {
  // A declaration a system header's macro generates (googlemock's MATCHER): its name is
  // spelled in that header, where the project cannot document it.
  const clang::SourceManager& sources = context.sources();
  if (decl.getLocation().isMacroID() && sources.isInSystemHeader(sources.getSpellingLoc(decl.getLocation()))) {
    return false;
  }
  return is_doxygen_extracted(context, decl) && context.in_public_header(decl.getLocation());
}

bool has_doc_comment(const clang::ASTContext& ast, const clang::Decl& decl) {
  if (ast.getRawCommentForAnyRedecl(&comment_holder(decl)) != nullptr) return true;
  for (const clang::Decl* redeclaration : decl.redecls()) {
    if (has_trailing_doc_comment(ast.getSourceManager(), ast.getLangOpts(), *redeclaration)) return true;
  }
  return false;
}

bool is_trivial_member(const clang::ASTContext& ast, const clang::FunctionDecl& function) {
  if (function.isDefaulted() || function.isDeleted()) return true;
  const auto* method = clang::dyn_cast<clang::CXXMethodDecl>(&function);
  if (method == nullptr) return false;
  for (const clang::CXXMethodDecl* overridden : method->overridden_methods()) {
    if (has_doc_comment(ast, *overridden) || is_trivial_member(ast, *overridden)) return true;
  }
  return false;
}

const clang::comments::FullComment* own_doc_comment(const RuleContext& context, const clang::Decl& decl) {
  const clang::Decl& holder = comment_holder(decl);
  const clang::Decl* original = nullptr;
  const clang::RawComment* raw = context.ast().getRawCommentForAnyRedecl(&holder, &original);
  if (raw == nullptr) return nullptr;
  if (original != nullptr && original != &holder && original != &decl) return nullptr;
  return context.ast().getCommentForDecl(&holder, context.preprocessor());
}

const clang::comments::FullComment* any_doc_comment(const RuleContext& context, const clang::Decl& decl) {
  const clang::Decl& holder = comment_holder(decl);
  if (context.ast().getRawCommentForAnyRedecl(&holder) == nullptr) return nullptr;
  return context.ast().getCommentForDecl(&holder, context.preprocessor());
}

std::vector<const clang::comments::BlockCommandComment*> block_commands(
    const RuleContext& context, const clang::comments::FullComment& comment,
    llvm::function_ref<bool(const clang::comments::CommandInfo&)> trait) {
  std::vector<const clang::comments::BlockCommandComment*> found;
  const clang::comments::CommandTraits& traits = context.ast().getCommentCommandTraits();
  for (const clang::comments::BlockContentComment* block : comment.getBlocks()) {
    const auto* command = clang::dyn_cast<clang::comments::BlockCommandComment>(block);
    if (command != nullptr && trait(*traits.getCommandInfo(command->getCommandID()))) found.push_back(command);
  }
  return found;
}

bool comment_is_inherited(const RuleContext& context, const clang::Decl& decl) {
  const clang::RawComment* raw = context.ast().getRawCommentForAnyRedecl(&comment_holder(decl));
  if (raw == nullptr) return false;
  const llvm::StringRef text = raw->getRawText(context.sources());
  for (llvm::StringRef command : {"copydoc", "copydetails", "inheritdoc", "overload"}) {
    for (size_t at = text.find(command); at != llvm::StringRef::npos; at = text.find(command, at + 1)) {
      if (at > 0 && (text[at - 1] == '\\' || text[at - 1] == '@')) return true;
    }
  }
  return false;
}

std::string type_name(const clang::ASTContext& ast, clang::QualType type) {
  clang::PrintingPolicy policy(ast.getLangOpts());
  policy.SuppressTagKeyword = true;
  policy.SuppressScope = false;
  policy.FullyQualifiedName = true;
  return type.getAsString(policy);
}

void report_if_undocumented(RuleContext& context, const RuleMeta& rule, const clang::NamedDecl& decl,
                            std::string_view what) {
  if (!is_public_api(context, decl) || has_doc_comment(context.ast(), decl)) return;
  // Protected members are API too (for derived classes), but not "public" ones.
  std::string message = decl.getAccess() == clang::AS_protected ? "Protected " : "Public ";
  message.append(what);
  message += " `" + display_name(decl) + "` has no documentation comment.";
  context.report(rule, decl.getLocation(), std::move(message), &decl);
}

std::string handler_label(const clang::ASTContext& ast, const clang::CXXCatchStmt& handler) {
  const clang::VarDecl* caught = handler.getExceptionDecl();
  if (caught == nullptr) return "catch (...)";
  // In a translation unit that failed to compile, an unknown caught type was recovered as
  // `int`: name the type as written instead.
  if (caught->isInvalidDecl()) {
    const llvm::StringRef text = clang::Lexer::getSourceText(
        clang::CharSourceRange::getTokenRange(caught->getSourceRange()), ast.getSourceManager(), ast.getLangOpts());
    if (!text.empty()) return "catch (" + text.str() + ")";
  }
  return "catch (" + type_name(ast, handler.getCaughtType()) + ")";
}

std::optional<DocumentedFunction> documented_function(const RuleContext& context, const clang::Decl& decl) {
  const auto* function = clang::dyn_cast<clang::FunctionDecl>(&decl);
  if (function == nullptr || function->isImplicit() || function->isInvalidDecl()) return std::nullopt;
  if (function->getTemplateSpecializationKind() == clang::TSK_ImplicitInstantiation) return std::nullopt;
  if (!context.in_project_file(function->getLocation())) return std::nullopt;
  const clang::comments::FullComment* comment = own_doc_comment(context, *function);
  if (comment == nullptr) return std::nullopt;
  const clang::comments::DeclInfo* info = comment->getDeclInfo();
  if (info == nullptr || info->getKind() != clang::comments::DeclInfo::FunctionKind) return std::nullopt;
  return DocumentedFunction{function, comment, info->ParamVars};
}

std::string command_spelling(const RuleContext& context, const clang::comments::BlockCommandComment& command) {
  const char marker = command.getCommandMarker() == clang::comments::CMK_At ? '@' : '\\';
  return marker + command.getCommandName(context.ast().getCommentCommandTraits()).str();
}

clang::CharSourceRange comment_chars(clang::SourceRange range) {
  return clang::CharSourceRange::getCharRange(range.getBegin(), range.getEnd().getLocWithOffset(1));
}

std::string code(std::string_view text) {
  std::string out;
  out.reserve(text.size() + 2);
  out += '`';
  out += text;
  out += '`';
  return out;
}

std::string display_name(const clang::NamedDecl& decl) {
  // Clang names what lies inside a partial specialisation with its canonical arguments
  // (`Box<type-parameter-0-0 *>::get`); the reader wrote, and looks for, `Box<T *>::get`.
  std::vector<const clang::NamedDecl*> inner{&decl};  // from the partial specialisation down
  for (const clang::DeclContext* context = decl.getDeclContext(); context != nullptr; context = context->getParent()) {
    const auto* partial = llvm::dyn_cast<clang::ClassTemplatePartialSpecializationDecl>(context);
    if (partial == nullptr) {
      if (const auto* named = llvm::dyn_cast<clang::NamedDecl>(context)) inner.push_back(named);
      continue;
    }
    const clang::ASTTemplateArgumentListInfo* written = partial->getTemplateArgsAsWritten();
    if (written == nullptr) break;
    std::string name;
    llvm::raw_string_ostream out(name);
    partial->printQualifiedName(out);
    clang::printTemplateArgumentList(out, written->arguments(), partial->getASTContext().getPrintingPolicy());
    for (auto below = inner.rbegin(); below != inner.rend(); ++below) {
      const std::string part = (*below)->getNameAsString();
      out << "::" << (part.empty() ? "(anonymous)" : part);
    }
    return name;
  }
  std::string name = decl.getQualifiedNameAsString();
  return name.empty() ? std::string("(anonymous)") : name;
}

namespace {

bool is_doc_comment_start(llvm::StringRef comment) {
  return comment.starts_with("///") || comment.starts_with("//!") || comment.starts_with("/**") ||
         comment.starts_with("/*!");
}

/// Whether the #define whose name is at \p offset in \p text carries a documentation comment.
bool macro_documented(llvm::StringRef text, size_t offset) {
  size_t line_start = text.rfind('\n', offset);
  line_start = line_start == llvm::StringRef::npos ? 0 : line_start + 1;
  // A trailing `///<` on the #define's line.
  const size_t line_end = text.find('\n', offset);
  const llvm::StringRef line = text.slice(line_start, line_end);
  if (line.contains("///<") || line.contains("//!<") || line.contains("/**<") || line.contains("/*!<")) return true;
  // The nearest non-blank text above the #define.
  llvm::StringRef before = text.take_front(line_start).rtrim();
  if (before.ends_with("*/")) {
    const size_t open = before.rfind("/*");
    return open != llvm::StringRef::npos && is_doc_comment_start(before.substr(open));
  }
  size_t previous = before.rfind('\n');
  previous = previous == llvm::StringRef::npos ? 0 : previous + 1;
  return is_doc_comment_start(before.substr(previous).ltrim());
}

bool looks_like_include_guard(llvm::StringRef name, const clang::MacroInfo& macro) {
  if (macro.isUsedForHeaderGuard()) return true;
  if (!macro.isObjectLike() || macro.getNumTokens() != 0) return false;
  return name.ends_with("_H") || name.ends_with("_H_") || name.ends_with("_HPP") || name.ends_with("_HPP_") ||
         name.ends_with("_HH") || name.ends_with("_INCLUDED") || name.ends_with("_INCLUDED_");
}

/// Whether \p name marks the macro as an implementation detail, the way a `detail` or
/// `internal` namespace marks declarations (which CXD100-CXD105 exempt): a trailing
/// underscore (`CONCAT_`), or an `INTERNAL`, `DETAIL`, `IMPL` or `PRIVATE` word
/// (`LIB_INTERNAL_CHECK`, `GTEST_IMPL_CMP_HELPER_`).
bool is_private_by_name(llvm::StringRef name) {
  if (name.ends_with("_")) return true;
  llvm::SmallVector<llvm::StringRef, 8> words;
  name.split(words, '_', -1, false);
  for (const llvm::StringRef word : words) {
    if (word.equals_insensitive("internal") || word.equals_insensitive("detail") ||
        word.equals_insensitive("impl") || word.equals_insensitive("private")) {
      return true;
    }
  }
  return false;
}

}  // namespace

std::vector<PublicMacro> public_macros(const RuleContext& context) {
  std::vector<PublicMacro> found;
  const clang::Preprocessor* preprocessor = context.preprocessor();
  if (preprocessor == nullptr) return found;
  const clang::SourceManager& sources = context.sources();
  for (const auto& [identifier, state] : preprocessor->macros(false)) {
    const clang::MacroDirective* directive = preprocessor->getLocalMacroDirective(identifier);
    if (directive == nullptr || directive->getKind() != clang::MacroDirective::MD_Define) continue;
    const clang::MacroInfo* macro = directive->getMacroInfo();
    const llvm::StringRef name = identifier->getName();
    if (macro == nullptr || macro->isBuiltinMacro() || name.starts_with("_") || is_private_by_name(name)) continue;
    const clang::SourceLocation location = macro->getDefinitionLoc();
    if (location.isInvalid() || !location.isFileID() || !context.wanted(location)) continue;
    if (!context.in_project_file(location) || !context.in_public_header(location)) continue;
    if (looks_like_include_guard(name, *macro)) continue;
    const auto [file, offset] = sources.getDecomposedLoc(location);
    bool invalid = false;
    const llvm::StringRef text = sources.getBufferData(file, &invalid);
    if (invalid) continue;
    found.push_back({name, location, macro_documented(text, offset)});
  }
  return found;
}

}  // namespace tenet::cpp

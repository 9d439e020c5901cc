/// \file
/// Facts several C++ rules share: what is public API, which comment documents a declaration,
/// how to name a type in a message.
#pragma once

#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include <clang/AST/Comment.h>
#include <clang/AST/CommentCommandTraits.h>
#include <clang/AST/Decl.h>
#include <clang/AST/StmtCXX.h>
#include <clang/AST/Type.h>

#include "clang-plugin/cpp_rule.h"

namespace tenet::cpp {

/// Whether \p decl is public API in the sense of RULES.md: declared (at \p decl) in a project
/// header, visible outside the translation unit, public or protected at every enclosing
/// class, outside `detail`/`internal`/anonymous namespaces and function bodies, written by
/// the user (not implicit, not an instantiation or explicit specialisation, not a friend).
/// \param context The rule context (for file classification).
/// \param decl The declaration.
/// \return True when \p decl is public API, so that the CXD1xx rules require a comment on it.
bool is_public_api(const RuleContext& context, const clang::NamedDecl& decl);

/// Whether Doxygen, with its default extraction settings (no EXTRACT_PRIVATE, _STATIC,
/// _ANON_NSPACES, _LOCAL_CLASSES), documents \p decl wherever it is declared: written by
/// the user in a project file, visible outside the translation unit, public or protected,
/// outside `detail`/`internal`/anonymous namespaces. The completeness rules (CXD201,
/// CXD211, CXD220, CXD231) ask only these for a complete comment, as Doxygen's
/// WARN_IF_INCOMPLETE_DOC does; a helper with a one-line comment in a `.cpp` file's
/// anonymous namespace is not held to it.
/// \param context The rule context (for file classification).
/// \param decl The declaration.
/// \return True when Doxygen would extract \p decl.
bool is_doxygen_extracted(const RuleContext& context, const clang::NamedDecl& decl);

/// Whether \p decl or any redeclaration of it has a documentation comment of its own
/// (a comment inherited from a base class does not count): one Clang attaches, or a
/// trailing `///<` (`//!<`, `/**<`, `/*!<`) after it on the line where it ends, which Doxygen
/// reads as its documentation although Clang attaches those only to data members,
/// variables and enumerators.
/// \param ast The AST.
/// \param decl The declaration (a templated declaration is looked up through its template).
/// \return True when some declaration of the entity carries a comment of its own.
bool has_doc_comment(const clang::ASTContext& ast, const clang::Decl& decl);

/// A macro of the public API, as CXD106 judges it (and `tenet coverage` counts it).
struct PublicMacro {
  llvm::StringRef name;             ///< The macro's name.
  clang::SourceLocation location;   ///< Where its name is, in its `#define`.
  bool documented = false;          ///< Whether a documentation comment goes with the `#define`.
};

/// The macros still defined at the end of the translation unit that are public API:
/// defined in a public project header (and wanted), not include guards, and not named as
/// implementation details (a leading `_`, a trailing `_`, or an `INTERNAL`, `DETAIL`,
/// `IMPL` or `PRIVATE` word). Clang attaches no comments to macros, so whether each is
/// documented is read from the text: a doc comment ending on the line above the `#define`,
/// or a trailing `///<` on its line.
/// \param context The translation unit's rule context.
/// \return The macros, in the preprocessor's order.
std::vector<PublicMacro> public_macros(const RuleContext& context);

/// Whether \p function is a trivial member, exempt from the CXD1xx rules: defaulted,
/// deleted, or an override of a documented method.
/// \param ast The AST.
/// \param function The function.
/// \return True when \p function needs no documentation of its own (CXD100, CXD102) and no
///   complete one (CXD201, CXD211, CXD220).
bool is_trivial_member(const clang::ASTContext& ast, const clang::FunctionDecl& function);

/// The documentation comment written on \p decl itself (not on another redeclaration, not
/// inherited), parsed in the context of \p decl, so that the names its parameter commands
/// give resolve against the parameters of \p decl.
/// \param context The rule context.
/// \param decl The declaration.
/// \return The comment, or null.
const clang::comments::FullComment* own_doc_comment(const RuleContext& context, const clang::Decl& decl);

/// The documentation comment written on \p decl or another of its redeclarations (not
/// inherited from an overridden method), parsed against the declaration that carries it.
/// \param context The rule context.
/// \param decl The declaration (a templated declaration is looked up through its template).
/// \return The comment, or null.
const clang::comments::FullComment* any_doc_comment(const RuleContext& context, const clang::Decl& decl);

/// The block commands of \p comment whose command has \p trait (IsThrowsCommand, ...).
/// \param context The rule context.
/// \param comment The comment.
/// \param trait Tests a command's CommandInfo.
/// \return The matching commands among the comment's top-level blocks, in comment order;
///   empty when there is none.
std::vector<const clang::comments::BlockCommandComment*> block_commands(
    const RuleContext& context, const clang::comments::FullComment& comment,
    llvm::function_ref<bool(const clang::comments::CommandInfo&)> trait);

/// Whether the comment of \p decl (on any of its declarations) copies or inherits its
/// documentation with Doxygen's copydoc, copydetails, inheritdoc or overload command, so
/// that the completeness rules (CXD201, CXD211, CXD220, CXD231) do not apply.
/// \param context The rule context.
/// \param decl The declaration the comment is attached to.
/// \return True when one of those commands appears in the comment.
bool comment_is_inherited(const RuleContext& context, const clang::Decl& decl);

/// The type as a user wrote it, for messages (`std::runtime_error`, not `class std::...`).
/// \param ast The AST.
/// \param type The type.
/// \return The fully qualified type, without `class`, `struct` or `enum` keywords.
std::string type_name(const clang::ASTContext& ast, clang::QualType type);

/// Reports \p decl under \p rule when it is public API without a documentation comment:
/// "Public <what> `name` has no documentation comment."
/// \param context The rule context.
/// \param rule The reporting rule (one of CXD100–CXD105).
/// \param decl The declaration (the one whose location decides "in a header").
/// \param what The kind of entity for the message ("function", "class", ...).
void report_if_undocumented(RuleContext& context, const RuleMeta& rule, const clang::NamedDecl& decl,
                            std::string_view what);

/// `catch (...)` or `catch (const T &)`, for messages.
/// \param ast The AST.
/// \param handler The handler.
/// \return `catch (...)` for a catch-all handler; otherwise the caught type, spelled as
///   type_name() spells it, inside `catch (` and `)`.
std::string handler_label(const clang::ASTContext& ast, const clang::CXXCatchStmt& handler);

/// A function with a documentation comment of its own, for the CXD2xx rules.
struct DocumentedFunction {
  const clang::FunctionDecl* function = nullptr;              ///< The declaration carrying the comment.
  const clang::comments::FullComment* comment = nullptr;      ///< Parsed against its parameters.
  llvm::ArrayRef<const clang::ParmVarDecl*> parameters;       ///< What its parameter commands name.
};

/// \p decl as a documented function in a project file, or nullopt (not a function, no own
/// comment, implicit, in a system or third-party header).
/// \param context The rule context.
/// \param decl Any declaration.
/// \return The function, its own comment and the parameters the comment resolves against.
std::optional<DocumentedFunction> documented_function(const RuleContext& context, const clang::Decl& decl);

/// A block command as written, with the marker it was written with, for messages.
/// \param context The rule context.
/// \param command The command.
/// \return The marker (a backslash or an at sign) followed by the command's name.
std::string command_spelling(const RuleContext& context, const clang::comments::BlockCommandComment& command);

/// A comment node's range as a character range (comment ranges end on their last character).
/// \param range The comment node's range.
/// \return The same span as a character range: it ends one past the last character.
clang::CharSourceRange comment_chars(clang::SourceRange range);

/// \p text in backticks, for messages. Building messages with this rather than by adding a
/// backtick literal to a temporary std::string also avoids a false -Wrestrict warning of
/// GCC 12 in Release builds.
/// \param text The text.
/// \return \p text with a backtick before and after it.
std::string code(std::string_view text);

/// The declaration's name for messages: its qualified name, or `(anonymous)`; inside a
/// partial specialisation, with the arguments as written (`Box<T *>::get`).
/// \param decl The declaration.
/// \return The qualified name, or `(anonymous)` for a declaration without a name.
std::string display_name(const clang::NamedDecl& decl);

}  // namespace tenet::cpp

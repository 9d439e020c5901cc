/// \file
/// Facts several C++ rules share: what is public API, which comment documents a declaration,
/// how to name a type in a message.
#pragma once

#include <string>

#include <clang/AST/Comment.h>
#include <clang/AST/Decl.h>
#include <clang/AST/Type.h>

#include "clang-plugin/cpp_rule.h"

namespace tenet::cpp {

/// Whether \p decl is public API in the sense of RULES.md: declared (first) in a project
/// header, visible outside the translation unit, public or protected at every enclosing
/// class, outside `detail`/`internal`/anonymous namespaces and function bodies, written by
/// the user (not implicit, not an instantiation or explicit specialisation, not a friend).
/// \param context The rule context (for file classification).
/// \param decl The declaration.
bool is_public_api(const RuleContext& context, const clang::NamedDecl& decl);

/// Whether \p decl or any redeclaration of it has a documentation comment of its own
/// (a comment inherited from a base class does not count).
/// \param ast The AST.
/// \param decl The declaration (a templated declaration is looked up through its template).
bool has_doc_comment(const clang::ASTContext& ast, const clang::Decl& decl);

/// Whether \p function is a trivial member, exempt from the CXD1xx rules: defaulted,
/// deleted, or an override of a documented method.
/// \param ast The AST.
/// \param function The function.
bool is_trivial_member(const clang::ASTContext& ast, const clang::FunctionDecl& function);

/// The documentation comment written on \p decl itself (not on another redeclaration, not
/// inherited), parsed in the context of \p decl, so that `\param` names resolve against its
/// parameters.
/// \param context The rule context.
/// \param decl The declaration.
/// \return The comment, or null.
const clang::comments::FullComment* own_doc_comment(const RuleContext& context, const clang::Decl& decl);

/// Whether \p comment copies or inherits its documentation (`\copydoc`, `\copydetails`,
/// `\inheritdoc`, `\overload`), so that completeness rules do not apply.
/// \param context The rule context.
/// \param decl The declaration the comment is attached to.
bool comment_is_inherited(const RuleContext& context, const clang::Decl& decl);

/// The type as a user wrote it, for messages (`std::runtime_error`, not `class std::...`).
/// \param ast The AST.
/// \param type The type.
std::string type_name(const clang::ASTContext& ast, clang::QualType type);

/// The declaration's name for messages: its qualified name, or `(anonymous)`.
/// \param decl The declaration.
std::string display_name(const clang::NamedDecl& decl);

}  // namespace tenet::cpp

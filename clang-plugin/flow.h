/// \file
/// What a handler does with its exception, and which `throw`s escape a function body: the
/// facts the exception and logging rules share.
#pragma once

#include <vector>

#include <clang/AST/ExprCXX.h>
#include <clang/AST/StmtCXX.h>

#include "clang-plugin/cpp_rule.h"
#include "clang-plugin/logging.h"

namespace tenet::cpp {

/// A logging statement inside a handler.
struct HandlerLog {
  LoggingCall call;             ///< The logging call or macro statement.
  bool uses_exception = false;  ///< It names the caught object (or a value taken from it) or std::current_exception().
};

/// What one `catch` handler's body does, lambdas' and nested handlers' bodies aside
/// (their `throw`s and `return`s are not this handler's).
struct HandlerSummary {
  const clang::VarDecl* variable = nullptr;  ///< The caught object, or null (`...`, unnamed).
  bool empty = false;                        ///< The body has no statement.
  bool rethrows = false;                     ///< `throw;`
  std::vector<const clang::CXXThrowExpr*> throws;  ///< `throw X` with an operand.
  bool returns_value = false;                ///< `return expr;`
  bool terminates = false;                   ///< Calls a `[[noreturn]]` function (abort, exit, std::terminate).
  bool nests = false;                        ///< std::throw_with_nested, std::make_exception_ptr.
  bool uses_exception = false;               ///< Names the caught object or calls std::current_exception().
  bool stores = false;                       ///< Assigns to something declared outside the handler.
  bool reports = false;                      ///< Writes to std::cerr / std::clog / stderr or calls perror.
  std::vector<HandlerLog> logs;              ///< Logging calls, in order.
};

/// Summarises \p handler's body.
/// \param context The rule context.
/// \param handler The handler.
/// \return What the body does; a handler without a body is `empty`.
HandlerSummary summarize_handler(const RuleContext& context, const clang::CXXCatchStmt& handler);

/// A `throw` that leaves a function body.
struct EscapingThrow {
  const clang::Stmt* site = nullptr;            ///< The `throw`, or the call it escapes through.
  const clang::CXXThrowExpr* thrown = nullptr;  ///< The `throw` (maybe in a callee).
  /// The exception's type; null for a `throw;` whose type is unknown (`catch (...)`).
  clang::QualType type;
  const clang::FunctionDecl* callee = nullptr;  ///< The called function when \p site is a call.
};

/// The `throw`s in \p function's body (and constructor initialisers) that no enclosing
/// `try` in it catches, judged by type: directly, and, with \p through_callees, in the
/// bodies of the functions it calls that are defined in project files and not `noexcept`
/// (three calls deep). Never a call whose body is not visible, never "may allocate".
/// \param context The rule context.
/// \param function A function with a body.
/// \param through_callees Follow calls.
/// \return One entry per escaping `throw` of the body and one per exception type escaping
///   through each call, in source order; empty when nothing escapes.
std::vector<EscapingThrow> escaping_throws(const RuleContext& context, const clang::FunctionDecl& function,
                                           bool through_callees);

/// \param type A type.
/// \return Whether \p type is `std::exception` (cv-qualified or a reference to it).
bool is_std_exception(clang::QualType type);

/// \param function A function.
/// \return Whether its exception specification is known not to throw (`noexcept`,
///   `noexcept(true)`, `throw()`), not counting dependent specifications.
bool is_nothrow(const clang::FunctionDecl& function);

}  // namespace tenet::cpp

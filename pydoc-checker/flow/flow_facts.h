/// \file
/// The exception-handling and logging facts of one Python file, computed once per file by
/// `RuleContext::facts<FlowFacts>()` from ONE iterative walk over the tree (a tree-sitter
/// cursor; context lives in an explicit stack, so 10,000-deep nesting costs heap, not
/// stack) and a short pass over what the walk recorded.
///
/// What the walk records:
/// - every `try` statement and `except` / `except*` handler, with the caught types resolved
///   through imports and a summary of the handler's body (re-raises? logs the exception?
///   uses the bound name?);
/// - every `raise`, with its innermost enclosing handler and `try` body;
/// - `return` / `break` / `continue` inside `finally`;
/// - calls whose callee's last name matters to a rule (logging methods, `getLogger`,
///   `print`, ...), with the callee resolved and logging calls classified;
/// - references to `WARN`, module-level logger assignments, the `__main__` guard.
#pragma once

#include <tree_sitter/api.h>

#include <cstdint>
#include <string>
#include <string_view>
#include <vector>

#include "linters/core/diagnostic.h"
#include "pydoc-checker/flow/expr.h"
#include "pydoc-checker/flow/names.h"

namespace tenet::python {
class RuleContext;
}

namespace tenet::python::flow {

/// One exception type an `except` clause names.
struct CaughtType {
  TSNode node{};          ///< The type expression (a tuple element when a tuple is caught).
  std::string qualified;  ///< Resolved name: `Exception` for the builtin, `socket.error`, ...
  bool builtin = false;   ///< `qualified` names an unshadowed builtin.
};

/// One `except` / `except*` clause and what its body does.
struct Handler {
  TSNode node{};     ///< The except_clause.
  TSNode keyword{};  ///< The `except` (or `except*`) token(s): ruff's E722 position.
  TSNode block{};    ///< The body.
  /// The caught-type expressions as written: usually one (`E`, `(A, B)`); several for
  /// Python 3.14's unparenthesized `except A, B:`; none for a bare `except:`.
  std::vector<TSNode> type_expressions;
  std::vector<CaughtType> caught;   ///< Every type, tuples flattened.
  TSNode name{};                    ///< The `as` target identifier, or null.
  std::string_view name_text;       ///< Its text, or "".
  bool star = false;                ///< `except*`.
  std::uint32_t try_index = kNone;  ///< The owning Try.
  std::uint32_t scope = 0;          ///< The scope the handler runs in.

  // Summary of the body (nested function and class bodies excluded).
  /// A bare `raise`, `raise <name>` or `raise X from <name>` outside nested `try`
  /// statements (flake8-blind-except's notion of re-raising).
  bool reraises = false;
  /// A logging call that records the exception, outside nested `try` statements:
  /// `.exception()`, or a logging method with an `exc_info` that is not falsy.
  bool logs_exception = false;
  bool raises = false;     ///< Any `raise` at all.
  bool uses_name = false;  ///< The bound name is read in the body.

  /// \return Whether this is a bare `except:`.
  [[nodiscard]] bool bare() const { return type_expressions.empty(); }
  /// \return The first caught type that is the builtin `Exception` or `BaseException`, or null.
  [[nodiscard]] const CaughtType* broad_type() const;
};

/// One `try` statement.
struct Try {
  TSNode node{};                        ///< The try_statement.
  TSNode body{};                        ///< The `try:` block.
  TSNode else_block{};                  ///< The `else:` block, or null.
  TSNode finally_block{};               ///< The `finally:` block, or null.
  std::vector<std::uint32_t> handlers;  ///< Its handlers, in order.
  bool star = false;                    ///< Its handlers are `except*`.
  std::uint32_t scope = 0;              ///< The scope it runs in.
};

/// One `raise` statement.
struct Raise {
  TSNode node{};   ///< The raise_statement.
  TSNode exc{};    ///< The raised expression; null for a bare `raise`.
  TSNode cause{};  ///< The `from` expression, or null.
  /// The innermost handler whose body holds the raise (not across a def or class); kNone.
  std::uint32_t handler = kNone;
  bool through_try = false;        ///< A nested `try` lies between that handler and the raise.
  std::uint32_t try_body = kNone;  ///< The Try whose `try:` block holds it directly (no nested try or def).
  bool in_finally = false;         ///< Inside a `finally:` block (not across a def).
  std::uint32_t scope = 0;         ///< The scope it runs in.
  /// For TRY004: the `if` statement whose branch holds the raise directly, or null.
  TSNode if_statement{};
  /// For TRY004: the `if` statement whose branch holds `if_statement` directly, or null. A
  /// raise in such a nested `if` counts only when this outer test is a type check too.
  TSNode parent_if_statement{};
  TSNode branch_block{};  ///< The block that holds the raise (the branch, for TRY004).
};

/// `return`, `break` or `continue` inside a `finally:` block.
struct FinallyJump {
  TSNode node{};             ///< The statement.
  std::string_view keyword;  ///< "return", "break" or "continue".
  bool in_loop = false;      ///< A loop inside the `finally:` block encloses it.
};

/// How a call relates to logging.
enum class LogKind : std::uint8_t {
  none,    ///< Not a logging call.
  module,  ///< A `logging` module function (`logging.error`, `from logging import error`).
  logger,  ///< A method on a logger object (`logger.error`, `self.log.warning`).
};

/// A call whose callee matters to some rule.
struct Call {
  TSNode node{};                   ///< The call.
  TSNode function{};               ///< The callee expression.
  std::uint32_t handler = kNone;   ///< Innermost enclosing handler (not across a def or class).
  bool through_try = false;        ///< A nested `try` lies between that handler and the call.
  std::uint32_t scope = 0;         ///< The scope the call runs in.
  bool in_function = false;        ///< Inside a def (at any depth).
  bool in_main_guard = false;      ///< Inside `if __name__ == "__main__":`.
  std::string_view function_name;  ///< The innermost enclosing def's name, or "".
  Resolved callee;                 ///< The callee resolved through imports.
  LogKind log = LogKind::none;     ///< Logging classification.
  /// For logging calls: the method (`error`, `warn`, `log`, ...); for others, the callee's
  /// last name.
  std::string_view method;
  /// For calls on an attribute (`x.error(...)`): the attribute identifier node.
  TSNode method_node{};
  /// For `.addHandler(...)` and the like: whether the receiver is the root logger
  /// (`logging.getLogger()`, `logging.root`, or a name assigned from them).
  bool on_root_logger = false;
};

/// A module-level `name = logging.getLogger(...)` assignment.
struct LoggerAssignment {
  TSNode call{};                     ///< The getLogger call.
  std::uint32_t call_index = kNone;  ///< Its entry in FlowFacts::calls().
};

/// The flow facts of one file; see the file comment.
class FlowFacts {
 public:
  /// Walks the file of \p context once.
  /// \param context The rule context (module, settings).
  explicit FlowFacts(const RuleContext& context);

  /// \return The source text.
  [[nodiscard]] std::string_view text() const { return text_; }
  /// \return Every try statement, in source order.
  [[nodiscard]] const std::vector<Try>& tries() const { return tries_; }
  /// \return Every except handler, in source order.
  [[nodiscard]] const std::vector<Handler>& handlers() const { return handlers_; }
  /// \return Every raise statement, in source order.
  [[nodiscard]] const std::vector<Raise>& raises() const { return raises_; }
  /// \return Jumps out of `finally:` blocks, in source order.
  [[nodiscard]] const std::vector<FinallyJump>& finally_jumps() const { return finally_jumps_; }
  /// \return The recorded calls, in source order of their start.
  [[nodiscard]] const std::vector<Call>& calls() const { return calls_; }
  /// \return Expressions that resolve to `logging.WARN`.
  [[nodiscard]] const std::vector<TSNode>& warn_references() const { return warn_references_; }
  /// \return Module-level `name = logging.getLogger(...)` assignments.
  [[nodiscard]] const std::vector<LoggerAssignment>& logger_assignments() const {
    return logger_assignments_;
  }
  /// \return Whether the module has an `if __name__ == "__main__":` block.
  [[nodiscard]] bool has_main_guard() const { return has_main_guard_; }
  /// \return The file's scopes and bindings.
  [[nodiscard]] const NameTable& names() const { return names_; }

  /// Resolves a dotted expression as used in \p scope.
  /// \param node The expression.
  /// \param scope Where it is used.
  /// \return The resolution.
  [[nodiscard]] Resolved resolve(TSNode node, std::uint32_t scope) const {
    return names_.resolve(node, text_, scope);
  }

  /// Whether \p node resolves to the builtin \p name (not shadowed by an import or binding).
  /// \param node An expression.
  /// \param scope Where it is used.
  /// \param name A builtin's name.
  /// \return True when it does.
  [[nodiscard]] bool is_builtin(TSNode node, std::uint32_t scope, std::string_view name) const;

  /// \param call A recorded call.
  /// \return Its arguments.
  [[nodiscard]] Arguments arguments(const Call& call) const { return call_arguments(call.node, text_); }

  /// \param call A recorded logging call.
  /// \return Its message argument (position 0, or 1 for `.log(level, msg)`; or `msg=`).
  [[nodiscard]] TSNode message_argument(const Call& call) const;

  /// What a call's `exc_info=` asks for.
  struct ExcInfo {
    /// The kinds of `exc_info=` value, by what the logging call then records.
    enum class Kind : std::uint8_t {
      absent,     ///< No `exc_info` keyword.
      falsy,      ///< `False`, `None`, `0`, `""`: no traceback.
      current,    ///< `True` (or another truthy constant) or `sys.exc_info()`: the exception being handled.
      explicit_,  ///< Anything else: an exception instance or tuple given on purpose.
    };
    Kind kind = Kind::absent;  ///< See Kind.
    TSNode keyword{};          ///< The keyword_argument node, when present.
    /// \return Whether a traceback is logged (current or explicit).
    [[nodiscard]] bool logs_traceback() const { return kind == Kind::current || kind == Kind::explicit_; }
  };

  /// \param call A recorded call.
  /// \return Its `exc_info` argument, classified.
  [[nodiscard]] ExcInfo exc_info(const Call& call) const;

  /// \param raise A recorded raise.
  /// \return The handler that holds it, or null.
  [[nodiscard]] const Handler* handler_of(const Raise& raise) const {
    return raise.handler == kNone ? nullptr : &handlers_[raise.handler];
  }

 private:
  friend class FlowWalker;
  std::string_view text_;
  NameTable names_;
  std::vector<Try> tries_;
  std::vector<Handler> handlers_;
  std::vector<Raise> raises_;
  std::vector<FinallyJump> finally_jumps_;
  std::vector<Call> calls_;
  std::vector<TSNode> warn_references_;
  std::vector<LoggerAssignment> logger_assignments_;
  bool has_main_guard_ = false;
};

/// The logging levels a logger method name stands for (ruff's `LoggingLevel`).
/// \param method A method name.
/// \return True for `debug`, `info`, `warn`, `warning`, `error`, `critical`, `exception`.
bool is_level_method(std::string_view method);

/// \param method A method name.
/// \return True for the level methods and `log`.
bool is_logging_method(std::string_view method);

}  // namespace tenet::python::flow

/// \file
/// Checks that sibling exception and logging rules run with a different predicate, message
/// or fix: a broad handler whose whole body is one statement (S110, S112), the message
/// argument of a raised exception (EM101–EM103) or of a logging call (G001–G004), and a
/// logging call's `%` placeholders against its arguments (PLE1205, PLE1206). Each rule keeps
/// its metadata and messages in its own file and calls one of these.
#pragma once

#include <functional>

#include <tree_sitter/api.h>

#include <cstddef>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "pydoc-checker/flow/expr.h"
#include "pydoc-checker/flow/flow_facts.h"
#include "pydoc-checker/flow/format_string.h"
#include "pydoc-checker/python_rule.h"

namespace tenet::python::flow {

/// Whether \p node, parentheses stripped, is `"...".format(...)` called on a literal.
/// \param node An expression.
/// \param text The source.
/// \return True for a `str.format` call on a string literal.
bool is_str_format_call(TSNode node, std::string_view text);

/// Whether \p node is a binary operation with the operator \p op (`"..." % args` for `%`).
/// \param node An expression.
/// \param op An operator's text, such as "%" or "+".
/// \param text The source.
/// \return True for `left op right`.
bool is_binary_operation(TSNode node, std::string_view op, std::string_view text);

/// Reports every bare or broad (`Exception`, `BaseException`) handler whose body is a single
/// statement of the kind \p statement, at the whole `except` clause.
/// \param context The rule context.
/// \param rule The reporting rule.
/// \param statement The statement's symbol (`pass_statement` for S110, `continue_statement`
///   for S112).
/// \param message The finding's message.
void report_broad_handlers_whose_body_is(RuleContext& context, const RuleMeta& rule, TSSymbol statement,
                                         std::string_view message);

/// Decides whether the message argument of a raised exception is built the way a rule flags.
/// \param message The first positional argument of the exception call.
/// \param text The source.
/// \return True to report it.
using ExceptionMessageTest = std::function<bool(TSNode message, std::string_view text)>;

/// Reports every `raise X(message, ...)` whose first positional argument \p flagged accepts,
/// at that argument, with flake8-errmsg's fix (message_variable_fix).
/// \param context The rule context.
/// \param rule The reporting rule.
/// \param flagged Which messages to report.
/// \param message The finding's message.
void report_exception_messages(RuleContext& context, const RuleMeta& rule, const ExceptionMessageTest& flagged,
                               std::string_view message);

/// Decides whether the message argument of a logging call is built the way a rule flags.
/// \param message The message argument, parentheses stripped.
/// \param text The source.
/// \return The finding's message, or nullopt when the argument is fine.
using LoggingMessageCheck = std::optional<std::string_view> (*)(TSNode message, std::string_view text);

/// Reports the message argument (parentheses stripped) of every logging call for which
/// \p check gives a finding's message, at that argument.
/// \param context The rule context.
/// \param rule The reporting rule.
/// \param check What to report, and why.
void report_logging_messages(RuleContext& context, const RuleMeta& rule, LoggingMessageCheck check);

/// A logging call whose message is a plain string literal with `%` placeholders, as the
/// placeholder-count rules see it.
struct PercentLoggingCall {
  const Call* call = nullptr;  ///< The logging call.
  Arguments arguments;         ///< Its arguments.
  std::string format;          ///< The value of its format string.
  PercentFormat placeholders;  ///< What the format string asks for: no `*` width, no `%(key)s`.
  std::size_t given = 0;       ///< Positional arguments after the format string.
};

/// The logging calls PLE1205 and PLE1206 compare: a level method (`log(level, msg, ...)` is
/// not checked, as in pylint and ruff) without `*args` or `**kwargs`, whose first positional
/// argument is a plain string literal that parses as a `%` format with positional
/// placeholders only.
/// \param context The rule context.
/// \return Those calls, in the order FlowFacts::calls() lists them.
std::vector<PercentLoggingCall> percent_logging_calls(RuleContext& context);

/// The start of both placeholder-count messages.
/// \param logged A logging call.
/// \return "Logging format string has N placeholder(s) for M argument(s)", without a period.
std::string placeholder_count_message(const PercentLoggingCall& logged);

}  // namespace tenet::python::flow

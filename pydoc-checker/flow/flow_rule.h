/// \file
/// What the exception-handling and logging rules share besides the facts: reporting with
/// the enclosing definition as the baseline symbol, node text and ranges, short quotes of
/// source for messages, and the statements of a block.
#pragma once

#include <tree_sitter/api.h>

#include <algorithm>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "linters/core/diagnostic.h"
#include "pydoc-checker/flow/expr.h"
#include "pydoc-checker/flow/flow_facts.h"
#include "pydoc-checker/flow/flow_grammar.h"
#include "pydoc-checker/python_rule.h"
#include "pydoc-checker/ts.h"

namespace tenet::python::flow {

/// Records a finding at \p range, naming the innermost definition that holds it.
/// \param context The rule context.
/// \param rule The reporting rule.
/// \param range Primary location.
/// \param message One sentence ending with a period.
/// \param fix An optional fix.
void report(RuleContext& context, const RuleMeta& rule, TextRange range, std::string message,
            std::optional<Fix> fix = std::nullopt);

/// \param node A node.
/// \return Its byte range.
inline TextRange range_of(TSNode node) { return ts::range_of(node); }

/// \param context The rule context.
/// \param node A node.
/// \return Its source text.
inline std::string_view text_of(const RuleContext& context, TSNode node) {
  return ts::text_of(node, context.module().text());
}

/// The source of \p node for a message: whitespace runs collapsed to one space, cut to
/// \p limit characters with `...`.
/// \param context The rule context.
/// \param node A node.
/// \param limit Longest quote kept.
/// \return The quote (without backticks).
std::string quote(const RuleContext& context, TSNode node, std::size_t limit = 40);

/// \param block A block (or module) node.
/// \return Its statements in order (comments skipped).
std::vector<TSNode> statements_of(TSNode block);

/// \param block A block node.
/// \return Its first statement, or a null node.
TSNode first_statement(TSNode block);

/// A fix made of one edit.
/// \param title Imperative one-liner.
/// \param safety Safe or unsafe.
/// \param range What to replace.
/// \param replacement The new text.
/// \return The fix.
Fix single_edit_fix(std::string title, FixAvailability safety, TextRange range, std::string replacement);

/// flake8-errmsg's fix: assign the exception message to `msg` on a line of its own before
/// the `raise` statement, and pass `msg`. Unsafe: `msg` may already be in use.
/// \param context The rule context.
/// \param raise The raise_statement.
/// \param message The message argument.
/// \return The fix, or nullopt when the `raise` does not start its line.
std::optional<Fix> message_variable_fix(const RuleContext& context, TSNode raise, TSNode message);

/// Whether the path of \p context's file matches one of the `allowed-print-paths` globs of
/// its settings, or of tenet's defaults (`scripts/**`, `**/__main__.py`, `tests/**`) when
/// none are configured. The path matched is the module's package path with forward slashes
/// (`pkg/sub/mod.py`; the file name alone outside a package), which stands in for the path
/// relative to the project root: exact for packages rooted there and for `__main__.py`.
/// \param context The rule context of the file.
/// \return True when print-style output is fine in this file.
bool in_allowed_print_path(const RuleContext& context);

}  // namespace tenet::python::flow

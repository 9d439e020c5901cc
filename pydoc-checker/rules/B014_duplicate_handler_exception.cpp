// B014: duplicate or redundant exception types in one handler: the same type twice, an
// alias of `OSError` next to it, or a builtin next to one of its base classes (bugbear).
#include "pydoc-checker/flow/flow_rule.h"

#include <cctype>
#include <utility>

namespace tenet::python {
namespace {

void check(RuleContext& context);

}  // namespace

extern const PythonRule kRuleB014{
    .meta =
        {
            .code = "B014",
            .name = "duplicate-handler-exception",
            .summary = "An `except` clause names the same exception twice, or one that another of its types "
                       "already covers.",
            .language = Language::python,
            .severity = Severity::warning,
            .enabled_by_default = true,
            .fix = FixAvailability::safe,
            .precision = "very-high",
            .tags = "exceptions,python",
        },
    .check = check,
};

namespace {

/// The base classes of the builtin exceptions (Python 3.14), child -> parent.
std::string_view builtin_parent(std::string_view name) {
  static constexpr std::pair<std::string_view, std::string_view> kParents[] = {
      {"Exception", "BaseException"},
      {"BaseExceptionGroup", "BaseException"},
      {"GeneratorExit", "BaseException"},
      {"KeyboardInterrupt", "BaseException"},
      {"SystemExit", "BaseException"},
      {"ArithmeticError", "Exception"},
      {"FloatingPointError", "ArithmeticError"},
      {"OverflowError", "ArithmeticError"},
      {"ZeroDivisionError", "ArithmeticError"},
      {"AssertionError", "Exception"},
      {"AttributeError", "Exception"},
      {"BufferError", "Exception"},
      {"EOFError", "Exception"},
      {"ExceptionGroup", "Exception"},
      {"ImportError", "Exception"},
      {"ModuleNotFoundError", "ImportError"},
      {"LookupError", "Exception"},
      {"IndexError", "LookupError"},
      {"KeyError", "LookupError"},
      {"MemoryError", "Exception"},
      {"NameError", "Exception"},
      {"UnboundLocalError", "NameError"},
      {"OSError", "Exception"},
      {"BlockingIOError", "OSError"},
      {"ChildProcessError", "OSError"},
      {"ConnectionError", "OSError"},
      {"BrokenPipeError", "ConnectionError"},
      {"ConnectionAbortedError", "ConnectionError"},
      {"ConnectionRefusedError", "ConnectionError"},
      {"ConnectionResetError", "ConnectionError"},
      {"FileExistsError", "OSError"},
      {"FileNotFoundError", "OSError"},
      {"InterruptedError", "OSError"},
      {"IsADirectoryError", "OSError"},
      {"NotADirectoryError", "OSError"},
      {"PermissionError", "OSError"},
      {"ProcessLookupError", "OSError"},
      {"TimeoutError", "OSError"},
      {"ReferenceError", "Exception"},
      {"RuntimeError", "Exception"},
      {"NotImplementedError", "RuntimeError"},
      {"PythonFinalizationError", "RuntimeError"},
      {"RecursionError", "RuntimeError"},
      {"StopAsyncIteration", "Exception"},
      {"StopIteration", "Exception"},
      {"SyntaxError", "Exception"},
      {"IndentationError", "SyntaxError"},
      {"TabError", "IndentationError"},
      {"SystemError", "Exception"},
      {"TypeError", "Exception"},
      {"ValueError", "Exception"},
      {"UnicodeError", "ValueError"},
      {"UnicodeDecodeError", "UnicodeError"},
      {"UnicodeEncodeError", "UnicodeError"},
      {"UnicodeTranslateError", "UnicodeError"},
      {"Warning", "Exception"},
      {"BytesWarning", "Warning"},
      {"DeprecationWarning", "Warning"},
      {"EncodingWarning", "Warning"},
      {"FutureWarning", "Warning"},
      {"ImportWarning", "Warning"},
      {"PendingDeprecationWarning", "Warning"},
      {"ResourceWarning", "Warning"},
      {"RuntimeWarning", "Warning"},
      {"SyntaxWarning", "Warning"},
      {"UnicodeWarning", "Warning"},
      {"UserWarning", "Warning"}};
  for (const auto& [child, parent] : kParents) {
    if (child == name) return parent;
  }
  return {};
}

/// `OSError` under its other names (builtin aliases and the old module-level ones).
bool is_oserror_alias(const flow::CaughtType& type) {
  if (type.builtin) {
    return type.qualified == "IOError" || type.qualified == "EnvironmentError" ||
           type.qualified == "WindowsError";
  }
  return type.qualified == "socket.error" || type.qualified == "select.error" ||
         type.qualified == "mmap.error";
}

/// The name a type is compared by: builtins and aliases by the class they are.
std::string canonical(const flow::CaughtType& type) {
  if (is_oserror_alias(type)) return "OSError";
  return type.builtin ? type.qualified : "=" + type.qualified;
}

/// Whether builtin \p ancestor is a proper base class of builtin \p name.
bool inherits(std::string_view name, std::string_view ancestor) {
  if (name == "ExceptionGroup" && (ancestor == "BaseExceptionGroup" || ancestor == "BaseException"))
    return true;
  for (std::string_view parent = builtin_parent(name); !parent.empty(); parent = builtin_parent(parent)) {
    if (parent == ancestor) return true;
  }
  return false;
}

void check(RuleContext& context) {
  const flow::FlowFacts& facts = context.facts<flow::FlowFacts>();
  const flow::FlowGrammar& g = flow::FlowGrammar::get();
  const std::string_view text = context.module().text();
  for (const flow::Handler& handler : facts.handlers()) {
    if (handler.caught.size() < 2) continue;
    const std::size_t n = handler.caught.size();
    std::vector<std::string> keys;
    for (const flow::CaughtType& type : handler.caught) keys.push_back(canonical(type));
    std::vector<bool> redundant(n, false);
    std::vector<std::string> reasons;
    for (std::size_t i = 0; i < n; ++i) {
      const flow::CaughtType& type = handler.caught[i];
      const std::string written = flow::quote(context, type.node);
      std::string reason;
      for (std::size_t j = 0; j < n && reason.empty(); ++j) {
        if (i == j || redundant[j]) continue;
        const std::string other = flow::quote(context, handler.caught[j].node);
        if (keys[i] == keys[j]) {
          // The first of equal types stays; an alias yields to the name it stands for.
          const bool alias_of_plain = is_oserror_alias(type) && !is_oserror_alias(handler.caught[j]);
          if (j < i || alias_of_plain) {
            reason = written == other ? "`" + written + "` is listed twice"
                                      : "`" + written + "` is an alias of `" + other + "`";
          }
        } else if (keys[i].front() != '=' && keys[j].front() != '=' && inherits(keys[i], keys[j])) {
          reason = "`" + other + "` already covers `" + written + "`";
        }
      }
      if (!reason.empty()) {
        redundant[i] = true;
        reasons.push_back(std::move(reason));
      }
    }
    if (reasons.empty()) continue;
    // The fix writes the remaining types back in their order.
    std::vector<std::string> kept;
    for (std::size_t i = 0; i < n; ++i) {
      if (!redundant[i]) kept.push_back(std::string(flow::text_of(context, handler.caught[i].node)));
    }
    const TSNode first = handler.type_expressions.front();
    const TSNode last = handler.type_expressions.back();
    const TextRange range{ts_node_start_byte(first), ts_node_end_byte(last)};
    const bool parenthesized =
        handler.type_expressions.size() == 1 && ts_node_symbol(flow::strip_parentheses(first)) == g.tuple;
    std::string replacement;
    for (std::size_t i = 0; i < kept.size(); ++i) {
      if (i > 0) replacement += ", ";
      replacement += kept[i];
    }
    if (kept.size() > 1 && parenthesized) replacement = "(" + replacement + ")";
    if (range.begin > 0 && std::isalnum(static_cast<unsigned char>(text[range.begin - 1])) != 0) {
      replacement.insert(0, " ");
    }
    std::string message = "Redundant exception types in one handler: ";
    for (std::size_t i = 0; i < reasons.size(); ++i) {
      if (i > 0) message += "; ";
      message += reasons[i];
    }
    flow::report(
        context, kRuleB014.meta, range, message + ".",
        flow::single_edit_fix("Remove the redundant types", FixAvailability::safe, range, replacement));
  }
}

}  // namespace
}  // namespace tenet::python

#include "pydoc-checker/flow/flow_rule.h"

#include <algorithm>
#include <array>
#include <utility>

#include "linters/core/selection.h"

namespace tenet::python::flow {
namespace {

/// The innermost definition whose range holds \p offset (definitions are in source order,
/// so the innermost container is the nearest preceding definition that still holds it).
const Definition* enclosing_definition(const PythonModule& module, std::uint32_t offset) {
  const std::vector<Definition>& definitions = module.definitions();
  auto it = std::upper_bound(
      definitions.begin() + 1, definitions.end(), offset,
      [](std::uint32_t at, const Definition& definition) { return at < definition.range.begin; });
  while (it != definitions.begin() + 1) {
    --it;
    if (it->range.begin <= offset && offset < it->range.end) return &*it;
  }
  return nullptr;
}

}  // namespace

void report(RuleContext& context, const RuleMeta& rule, TextRange range, std::string message,
            std::optional<Fix> fix) {
  Diagnostic diagnostic;
  diagnostic.rule = &rule;
  diagnostic.message = std::move(message);
  diagnostic.range = range;
  if (!context.module().definitions().empty()) {
    if (const Definition* definition = enclosing_definition(context.module(), range.begin)) {
      diagnostic.symbol = definition->qualified_name;
    }
  }
  // A finding that starts inside a multi-line string (a message literal) is suppressed by a
  // `noqa` after the string's closing quotes, as in ruff.
  if (const std::optional<TextRange> string = context.module().multiline_string_at(range.begin)) {
    diagnostic.suppression_offset = string->end - 1;
  }
  diagnostic.fix = std::move(fix);
  context.report(std::move(diagnostic));
}

std::string quote(const RuleContext& context, TSNode node, std::size_t limit) {
  const std::string_view written = text_of(context, node);
  std::string out;
  bool space = false;
  for (char c : written) {
    if (c == ' ' || c == '\t' || c == '\n' || c == '\r' || c == '\\') {
      space = !out.empty();
      continue;
    }
    if (space) out += ' ';
    space = false;
    out += c;
    if (out.size() >= limit) {
      out += "...";
      break;
    }
  }
  return out;
}

std::vector<TSNode> statements_of(TSNode block) {
  std::vector<TSNode> statements;
  if (ts_node_is_null(block)) return statements;
  const TSSymbol comment = FlowGrammar::get().comment;
  ts::Cursor cursor(block);
  if (!cursor.first_child()) return statements;
  do {
    const TSNode child = cursor.node();
    if (ts_node_is_named(child) && ts_node_symbol(child) != comment) statements.push_back(child);
  } while (cursor.next_sibling());
  return statements;
}

TSNode first_statement(TSNode block) {
  if (ts_node_is_null(block)) return block;
  const TSSymbol comment = FlowGrammar::get().comment;
  ts::Cursor cursor(block);
  if (!cursor.first_child()) return TSNode{};
  do {
    const TSNode child = cursor.node();
    if (ts_node_is_named(child) && ts_node_symbol(child) != comment) return child;
  } while (cursor.next_sibling());
  return TSNode{};
}

Fix single_edit_fix(std::string title, FixAvailability safety, TextRange range, std::string replacement) {
  Fix fix;
  fix.title = std::move(title);
  fix.safety = safety;
  fix.edits.push_back(Edit{range, std::move(replacement)});
  return fix;
}

std::optional<Fix> message_variable_fix(const RuleContext& context, TSNode raise, TSNode message) {
  const std::string_view text = context.module().text();
  const std::uint32_t start = ts_node_start_byte(raise);
  std::uint32_t line_start = start;
  while (line_start > 0 && text[line_start - 1] != '\n') --line_start;
  const std::string_view indentation = text.substr(line_start, start - line_start);
  if (indentation.find_first_not_of(" \t") != std::string_view::npos) return std::nullopt;
  const std::string_view newline = line_start >= 2 && text[line_start - 2] == '\r' ? "\r\n" : "\n";
  const std::string_view written = text_of(context, message);
  // Parentheses let a message that spans lines keep its own line breaks.
  const bool multiline = written.find('\n') != std::string_view::npos;
  std::string assignment = "msg = ";
  assignment += multiline ? "(" + std::string(written) + ")" : std::string(written);
  assignment += newline;
  assignment += indentation;
  Fix fix;
  fix.title = "Assign the message to `msg` first";
  fix.safety = FixAvailability::unsafe;
  fix.edits.push_back(Edit{TextRange{start, start}, std::move(assignment)});
  fix.edits.push_back(Edit{range_of(message), "msg"});
  return fix;
}

bool in_allowed_print_path(const RuleContext& context) {
  // Globs match the project-relative path; without one (a caller that gave none), the
  // module's package path (`pkg/sub/mod.py`) stands in, exact for `__main__.py` anywhere.
  std::string path(context.path());
  if (path.empty()) {
    const PythonModule& module = context.module();
    for (const std::string& component : module.location().package_path) {
      if (!path.empty()) path += '/';
      path += component;
    }
    if (path.empty()) path = std::string(module.module().name);
    path += module.is_stub() ? ".pyi" : ".py";
  }
  static const std::array<std::string, 3> kDefaults{"scripts/**", "**/__main__.py", "tests/**"};
  const std::vector<std::string>& configured = context.settings().python.allowed_print_paths;
  if (configured.empty()) {
    return std::any_of(kDefaults.begin(), kDefaults.end(),
                       [&](const std::string& glob) { return glob_match(glob, path); });
  }
  return std::any_of(configured.begin(), configured.end(),
                     [&](const std::string& glob) { return glob_match(glob, path); });
}

}  // namespace tenet::python::flow

#include "pydoc-checker/python_checker.h"

#include <algorithm>
#include <cstdint>
#include <filesystem>
#include <optional>
#include <string>
#include <system_error>
#include <unordered_map>

#include "linters/core/tool_rules.h"
#include "pydoc-checker/python_grammar.h"
#include "pydoc-checker/python_model.h"
#include "pydoc-checker/python_rule.h"
#include "pydoc-checker/suppression_scan.h"
#include "pydoc-checker/syntax_error.h"
#include "pydoc-checker/ts.h"

namespace tenet::python {

struct PythonChecker::Impl {
  ts::Parser parser{Grammar::get().language};
  /// Directory -> holds `__init__.py`; files of one directory ask the same questions.
  std::unordered_map<std::string, bool> package_dirs;

  bool is_package_dir(const std::filesystem::path& directory) {
    const auto [it, inserted] = package_dirs.try_emplace(directory.string(), false);
    if (inserted) {
      std::error_code error;
      it->second = std::filesystem::is_regular_file(directory / "__init__.py", error);
    }
    return it->second;
  }
};

PythonChecker::PythonChecker() : impl_(std::make_unique<Impl>()) {}
PythonChecker::~PythonChecker() = default;

namespace {

/// A null selection means "every Python rule" (unit tests run without a registry).
bool enabled(const FileInput& input, const RuleMeta& rule) {
  return input.rules == nullptr || input.rules->enabled(rule);
}

/// Reports one of the checker's own findings (TNT002-TNT004), unless \p rule is turned off.
void report(const FileInput& input, const RuleMeta& rule, TextRange range, std::string message, FileOutput& output) {
  if (!enabled(input, rule)) return;
  Diagnostic diagnostic;
  diagnostic.rule = &rule;
  diagnostic.message = std::move(message);
  diagnostic.range = range;
  output.diagnostics.push_back(std::move(diagnostic));
}

void report_syntax_error(const FileInput& input, const PythonModule& module, FileOutput& output) {
  if (!enabled(input, kSyntaxError)) return;
  std::optional<SyntaxErrorSite> site =
      first_syntax_error(module.root(), input.text, module.lenient_syntax_error());
  if (site) report(input, kSyntaxError, site->range, std::move(site->message), output);
}

/// tree-sitter's tree, the parse, the model and the rules take up to about 300 bytes per
/// token of the source at their peak (measured on chains of unary operators and `not`s,
/// one-name statements and chained assignments, the densest inputs; a list of numbers
/// takes 200, ordinary code 135). A file may hold one token per kBytesPerToken bytes of
/// `max-file-size`: the default 32 MiB admits 2.1 million tokens, which bounds one file's
/// peak at about 630 MB (tests/hostile, scale group), and a user who raises the size limit
/// to check a bigger file raises this bound with it.
constexpr std::int64_t kBytesPerToken = 16;
/// The token limit is never below this (about 30 MB at the peak), so that a small size limit
/// does not refuse files far smaller than itself.
constexpr std::int64_t kMinTokenLimit = 100'000;

/// \return Whether \p byte continues a name or a number (one token however long).
constexpr bool is_word_byte(unsigned char byte) {
  return (byte >= 'a' && byte <= 'z') || (byte >= 'A' && byte <= 'Z') || (byte >= '0' && byte <= '9') ||
         byte == '_' || byte >= 0x80;
}

/// Counts \p text's tokens the cheap way: a run of name bytes is one, every other byte
/// that is not white space is one, and so is the end of a line that holds any. Strings
/// and comments are counted like code, so the count is never below the number of leaves
/// tree-sitter makes (an f-string's fields and a string's escapes are leaves too); it
/// stops once it passes \p limit.
std::int64_t count_tokens(std::string_view text, std::int64_t limit) {
  std::int64_t tokens = 0;
  bool in_word = false;
  bool line_has_token = false;
  for (const char c : text) {
    const auto byte = static_cast<unsigned char>(c);
    if (is_word_byte(byte)) {
      if (!in_word) ++tokens;
      in_word = true;
      line_has_token = true;
      continue;
    }
    in_word = false;
    if (byte == '\n') {
      if (line_has_token) ++tokens;  // a statement's end is a token of its own
      line_has_token = false;
    } else if (byte != ' ' && byte != '\r' && byte != '\t' && byte != '\f') {
      ++tokens;
      line_has_token = true;
    }
    if (tokens > limit) break;
  }
  return tokens;
}

/// The first node below \p root deeper than a limit, and the tree's greatest depth.
struct DeepestNesting {
  std::int64_t depth = 0;            ///< The greatest depth (the root is at depth 0); exact when first_over is set.
  std::optional<TSNode> first_over;  ///< The first node, in source order, past the limit.
};

/// Measures how deep \p root's tree nests with a cursor, which keeps its path in a heap
/// array: no recursion, so a tree of any depth is measured in constant stack.
///
/// A subtree of n nodes nests at most n - 1 levels below its top, and tree-sitter keeps
/// every node's descendant count, so the walk only enters subtrees big enough to cross
/// the limit (or, once it is crossed, to go deeper than the deepest node seen). A normal
/// module has few: the walk visits a handful of nodes instead of all of them, which
/// took about 7% of a check's CPU.
DeepestNesting measure_nesting(TSNode root, std::int64_t limit) {
  DeepestNesting result;
  ts::Cursor cursor(root);
  std::int64_t depth = 0;
  const auto may_cross = [&](TSNode node) {
    const std::int64_t deepest_possible = depth + static_cast<std::int64_t>(ts_node_descendant_count(node)) - 1;
    return deepest_possible > (result.first_over ? result.depth : limit);
  };
  if (!may_cross(root)) return result;
  for (;;) {
    if (cursor.first_child()) {
      ++depth;
      if (depth > result.depth) result.depth = depth;
      if (depth > limit && !result.first_over) result.first_over = cursor.node();
      if (may_cross(cursor.node())) continue;
      // Nothing below this node can matter: treat it as a leaf.
    }
    // Move to the next sibling worth entering, or up once a level is done.
    for (;;) {
      // A sibling is as deep as the first child, which was already compared with the limit.
      if (cursor.next_sibling()) {
        if (may_cross(cursor.node())) break;
        continue;
      }
      if (!cursor.parent()) return result;
      --depth;
    }
  }
}

}  // namespace

void PythonChecker::check(const FileInput& input, FileOutput& output) {
  // tree-sitter addresses bytes with 32-bit offsets; the core never hands over more.
  if (input.text.size() >= UINT32_MAX) return;
  static const Settings kDefaults;
  const Settings& settings = input.settings != nullptr ? *input.settings : kDefaults;
  // Memory: the tree is what costs, and it grows with the tokens, not the bytes (a 10 MB
  // string is one node, a 10 MB list of numbers seven million). Counted before parsing.
  const std::int64_t max_tokens = std::max(settings.max_file_size / kBytesPerToken, kMinTokenLimit);
  // Every token takes at least one byte: a file no longer than the limit is under it.
  if (static_cast<std::int64_t>(input.text.size()) > max_tokens && count_tokens(input.text, max_tokens) > max_tokens) {
    report(input, kUnreadableFile, {},
           "File has more than " + std::to_string(max_tokens) + " tokens, the limit max-file-size sets (one per " +
               std::to_string(kBytesPerToken) + " bytes, at least " + std::to_string(kMinTokenLimit) +
               ") to bound the memory of its syntax tree; the file was not checked.",
           output);
    return;
  }
  const ts::Tree tree = impl_->parser.parse(input.text, std::chrono::milliseconds(settings.parse_timeout_ms));
  if (!tree) {
    // A hostile or pathological file must not stall the run: say so and move on.
    report(input, kUnreadableFile, {},
           "Parsing took longer than the parse-timeout of " + std::to_string(settings.parse_timeout_ms) +
               " ms; the file was not checked.",
           output);
    return;
  }
  // The model and the rules walk the tree in time and memory that grow with its depth: a
  // tree nested deeper than the limit is reported where it crosses it, and not checked.
  const DeepestNesting nesting = measure_nesting(tree.root(), settings.max_nesting_depth);
  if (nesting.first_over) {
    const std::uint32_t at = ts_node_start_byte(*nesting.first_over);
    report(input, kNestingTooDeep, {at, at},
           "Syntax tree nests " + std::to_string(nesting.depth) + " levels deep, past the max-nesting-depth of " +
               std::to_string(settings.max_nesting_depth) + " here; the file was not checked.",
           output);
    return;
  }

  ModelOptions options;
  options.is_stub = input.kind == FileKind::python_stub;
  options.location = locate_module(input.fs_path, [this](const std::filesystem::path& directory) {
    return impl_->is_package_dir(directory);
  });
  const std::string stem = input.fs_path.stem().string();
  options.module_name = stem;
  const PythonModule module = PythonModule::build(input.text, tree, options);

  // A syntax error is reported once; the rules still see every definition that parsed.
  report_syntax_error(input, module, output);

  // Path globs in the settings (allowed-print-paths) are relative to the settings'
  // directory, like per-file-ignores.
  std::string settings_relative_path(input.display_path);
  if (!settings.project_root.empty()) {
    std::error_code error;
    const std::filesystem::path absolute = std::filesystem::absolute(input.fs_path, error);
    if (!error) {
      settings_relative_path = absolute.lexically_normal().lexically_relative(settings.project_root).generic_string();
    }
  }
  RuleContext context(module, settings, output.diagnostics, settings_relative_path);
  for (const PythonRule* rule : python_rule_table()) {
    if (enabled(input, rule->meta)) rule->check(context);
  }

  collect_suppressions(input.text, tree.root(), output.suppressions);
}

}  // namespace tenet::python

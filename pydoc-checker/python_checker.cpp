#include "pydoc-checker/python_checker.h"

#include <cstdint>
#include <filesystem>
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

void report_syntax_error(const FileInput& input, const PythonModule& module, FileOutput& output) {
  if (!enabled(input, kSyntaxError)) return;
  std::optional<SyntaxErrorSite> site =
      first_syntax_error(module.root(), input.text, module.lenient_syntax_error());
  if (!site) return;
  Diagnostic diagnostic;
  diagnostic.rule = &kSyntaxError;
  diagnostic.message = std::move(site->message);
  diagnostic.range = site->range;
  output.diagnostics.push_back(std::move(diagnostic));
}

}  // namespace

void PythonChecker::check(const FileInput& input, FileOutput& output) {
  // tree-sitter addresses bytes with 32-bit offsets; the core never hands over more.
  if (input.text.size() >= UINT32_MAX) return;
  static const Settings kDefaults;
  const Settings& settings = input.settings != nullptr ? *input.settings : kDefaults;
  const ts::Tree tree = impl_->parser.parse(input.text, std::chrono::milliseconds(settings.parse_timeout_ms));
  if (!tree) {
    // A hostile or pathological file must not stall the run: say so and move on.
    if (enabled(input, kUnreadableFile)) {
      Diagnostic diagnostic;
      diagnostic.rule = &kUnreadableFile;
      diagnostic.message = "Parsing took longer than the parse-timeout of " + std::to_string(settings.parse_timeout_ms) +
                           " ms; the file was not checked.";
      output.diagnostics.push_back(std::move(diagnostic));
    }
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

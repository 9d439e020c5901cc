#include "pydoc-checker/coverage/doc_coverage.h"

#include <cctype>
#include <chrono>
#include <cstdint>
#include <string_view>
#include <system_error>
#include <unordered_map>

#include "linters/core/source_file.h"
#include "pydoc-checker/docstring/pydocstyle_support.h"
#include "pydoc-checker/pydocstyle.h"
#include "pydoc-checker/python_checker.h"
#include "pydoc-checker/python_grammar.h"
#include "pydoc-checker/syntax_error.h"
#include "pydoc-checker/ts.h"

namespace tenet::python {
namespace {

bool is_dunder(std::string_view name) { return name.size() > 4 && name.starts_with("__") && name.ends_with("__"); }

bool has_decorator_named(const Definition& definition, std::string_view last) {
  for (const Decorator& decorator : definition.decorators) {
    std::string_view name = decorator.qualified_name.empty() ? std::string_view(decorator.written_name)
                                                             : std::string_view(decorator.qualified_name);
    const std::size_t dot = name.rfind('.');
    if (dot != std::string_view::npos) name.remove_prefix(dot + 1);
    if (name == last) return true;
  }
  return false;
}

/// Whether \p definition is left out by \p options.
bool ignored(const PythonModule& module, const Definition& definition, const CoverageOptions& options) {
  if (definition.is_module()) {
    if (options.ignore_module) return true;
    return options.ignore_init_module && definition.kind == DefinitionKind::package;
  }
  const std::string_view name = definition.name;
  if (definition.kind == DefinitionKind::nested_function && options.ignore_nested_functions) return true;
  if (definition.is_class() && options.ignore_nested_classes) {
    const Definition* parent = module.parent_of(definition);
    if (parent != nullptr && !parent->is_module()) return true;
  }
  if (is_dunder(name)) {
    if (name == "__init__") return options.ignore_init_method;
    return options.ignore_magic;
  }
  if (name.starts_with("__") && options.ignore_private) return true;
  if (name.starts_with('_') && !name.starts_with("__") && options.ignore_semiprivate) return true;
  if (definition.is_function_like()) {
    if (options.ignore_overloaded_functions && definition.is_overload) return true;
    if (options.ignore_property_decorators &&
        (has_decorator_named(definition, "property") || has_decorator_named(definition, "cached_property"))) {
      return true;
    }
    if (options.ignore_setters && (has_decorator_named(definition, "setter") || has_decorator_named(definition, "deleter"))) {
      return true;
    }
  }
  return false;
}

}  // namespace

DocCoverage compute_doc_coverage(const PythonModule& module, const CoverageOptions& options) {
  DocCoverage coverage;
  for (const Definition& definition : module.definitions()) {
    if (ignored(module, definition, options)) continue;
    const bool documented = definition.docstring.has_value();
    coverage.items.push_back(CoverageItem{&definition, documented});
    if (documented) ++coverage.documented;
  }
  return coverage;
}

std::string_view d1xx_code(const PythonModule& module, const Definition& definition, const Settings& settings) {
  // The gate of every D1xx rule (lacks_required_docstring) without its docstring test.
  if (module.is_stub() || !definition.is_public() || ignored_by_decorators(definition, settings)) return {};
  switch (definition.kind) {
    case DefinitionKind::module: return "D100";
    case DefinitionKind::package: return "D104";
    case DefinitionKind::top_level_class: return "D101";
    case DefinitionKind::nested_class: return "D106";
    case DefinitionKind::function: return definition.is_overload ? "" : "D103";
    case DefinitionKind::nested_function: return {};
    case DefinitionKind::method: {
      if (definition.is_overload || definition.is_override) return {};
      const std::string_view name = definition.name;
      if (name == "__init__") return "D107";
      if (is_magic_name(name) && name != "__new__" && name != "__call__") return "D105";
      return "D102";
    }
  }
  return {};
}

struct PythonCoverageMeter::Impl {
  ts::Parser parser{Grammar::get().language};
  /// Directory -> holds `__init__.py` (the files of one directory ask the same question).
  std::unordered_map<std::string, bool> package_dirs;
};

PythonCoverageMeter::PythonCoverageMeter() : impl_(std::make_unique<Impl>()) {}
PythonCoverageMeter::~PythonCoverageMeter() = default;

namespace {

/// The metadata of the D1xx rule \p code, or null.
const RuleMeta* python_rule_named(std::string_view code) {
  for (const RuleMeta* rule : python_rules()) {
    if (rule->code == code) return rule;
  }
  return nullptr;
}

}  // namespace

FileDocCoverage PythonCoverageMeter::measure(const std::filesystem::path& path, std::string_view text, bool is_stub,
                                             const Settings& settings, const CountsRule& counts) {
  FileDocCoverage result;
  // tree-sitter addresses bytes with 32-bit offsets.
  if (text.size() >= UINT32_MAX) {
    result.problem = "the file is too large to parse";
    return result;
  }
  const ts::Tree tree = impl_->parser.parse(text, std::chrono::milliseconds(settings.parse_timeout_ms));
  if (!tree) {
    result.problem = "parsing took longer than the parse-timeout of " + std::to_string(settings.parse_timeout_ms) + " ms";
    return result;
  }
  ModelOptions options;
  options.is_stub = is_stub;
  options.location = locate_module(path, [this](const std::filesystem::path& directory) {
    const auto [it, inserted] = impl_->package_dirs.try_emplace(directory.string(), false);
    if (inserted) {
      std::error_code error;
      it->second = std::filesystem::is_regular_file(directory / "__init__.py", error);
    }
    return it->second;
  });
  const std::string stem = path.stem().string();
  options.module_name = stem;
  const PythonModule module = PythonModule::build(text, tree, options);
  const LineTable lines(text);
  // A file that does not parse has no trustworthy list of definitions: counting what
  // tree-sitter recovered would make the total depend on where the error is.
  if (const auto error = first_syntax_error(module.root(), text, module.lenient_syntax_error())) {
    std::string message = error->message;
    if (!message.empty() && message.back() == '.') message.pop_back();
    if (!message.empty()) message[0] = static_cast<char>(std::tolower(static_cast<unsigned char>(message[0])));
    result.problem = "line " + std::to_string(lines.line_of(error->range.begin)) + ": " + message;
    return result;
  }
  std::vector<Diagnostic> unused;
  const RuleContext context(module, settings, unused);
  for (const Definition& definition : module.definitions()) {
    const std::string_view code = d1xx_code(module, definition, settings);
    if (code.empty()) continue;
    const RuleMeta* rule = python_rule_named(code);
    // The convention's own exclusions (numpy's D107) apply as they do to `tenet check`.
    if (rule == nullptr || !counts(*rule) || !pydocstyle_rule_active(context, *rule)) continue;
    result.entries.push_back(CoverageEntry{display_name(module, definition), kind_noun(definition), rule->code,
                                           definition.is_module() ? 1U : lines.line_of(definition.name_range.begin),
                                           definition.docstring.has_value()});
  }
  return result;
}

}  // namespace tenet::python

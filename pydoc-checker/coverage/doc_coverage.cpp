#include "pydoc-checker/coverage/doc_coverage.h"

#include <string_view>

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

}  // namespace tenet::python

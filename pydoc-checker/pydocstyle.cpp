#include "pydoc-checker/pydocstyle.h"

#include <algorithm>

namespace tenet::python {

bool ignored_by_decorators(const Definition& definition, const Settings& settings) {
  const std::vector<std::string>& ignored = settings.pydocstyle.ignore_decorators;
  if (ignored.empty() || !definition.is_function_like()) return false;
  return std::any_of(definition.decorators.begin(), definition.decorators.end(), [&](const Decorator& d) {
    return !d.qualified_name.empty() &&
           std::find(ignored.begin(), ignored.end(), d.qualified_name) != ignored.end();
  });
}

bool lacks_required_docstring(const RuleContext& context, const Definition& definition) {
  return !context.module().is_stub() && definition.is_public() && !definition.docstring &&
         !ignored_by_decorators(definition, context.settings());
}

bool is_magic_name(std::string_view name) { return name.starts_with("__") && name.ends_with("__"); }

std::string display_name(const PythonModule& module, const Definition& definition) {
  if (!definition.is_module()) return definition.qualified_name;
  const std::vector<std::string>& path = module.location().package_path;
  if (path.empty()) return std::string(definition.name);
  // `pkg/sub/__init__.py` is the package `pkg.sub`.
  const std::size_t count = definition.kind == DefinitionKind::package ? path.size() - 1 : path.size();
  std::string dotted;
  for (std::size_t i = 0; i < count; ++i) {
    if (i != 0) dotted += '.';
    dotted += path[i];
  }
  return dotted.empty() ? std::string(definition.name) : dotted;
}

std::string_view kind_noun(const Definition& definition) {
  switch (definition.kind) {
    case DefinitionKind::module: return "module";
    case DefinitionKind::package: return "package";
    case DefinitionKind::top_level_class:
    case DefinitionKind::nested_class: return "class";
    case DefinitionKind::method: return "method";
    case DefinitionKind::function:
    case DefinitionKind::nested_function: return "function";
  }
  return "definition";
}

}  // namespace tenet::python

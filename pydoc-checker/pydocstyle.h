/// \file
/// Helpers the pydocstyle rules (D1xx–D4xx) share: which definitions they look at and how
/// messages name a definition.
#pragma once

#include <string>
#include <string_view>

#include "linters/core/settings.h"
#include "pydoc-checker/python_model.h"
#include "pydoc-checker/python_rule.h"

namespace tenet::python {

/// Whether a decorator listed in `ignore-decorators` exempts \p definition from every
/// pydocstyle check. As in ruff, only functions and methods can be exempted this way, and
/// names are compared after resolving imports.
/// \param definition Any definition.
/// \param settings The file's settings.
/// \return True when the definition is exempt.
bool ignored_by_decorators(const Definition& definition, const Settings& settings);

/// The gate every D1xx rule applies first: the file is not a stub, \p definition is public,
/// has no docstring (an empty one is D419's business), and is not exempted by
/// `ignore-decorators`.
/// \param context The rule context of the file.
/// \param definition Any definition of the file.
/// \return True when a "missing docstring" rule may report \p definition.
bool lacks_required_docstring(const RuleContext& context, const Definition& definition);

/// Whether \p name is a magic (dunder) name: it starts and ends with `__`.
/// \param name A function name.
/// \return True for names like `__add__`.
bool is_magic_name(std::string_view name);

/// How a message names \p definition: the qualified name (`Shape.area`) for classes and
/// functions, the dotted module path (`pkg.util`) or file stem for modules, the package
/// path for packages.
/// \param module The model the definition belongs to.
/// \param definition The definition.
/// \return The name, without quotes.
std::string display_name(const PythonModule& module, const Definition& definition);

/// A noun for \p definition's kind: "module", "package", "class", "method" or "function".
/// \param definition The definition.
/// \return The noun.
std::string_view kind_noun(const Definition& definition);

}  // namespace tenet::python

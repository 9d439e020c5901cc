/// \file
/// Docstring coverage of one file, as interrogate counts it: which modules, classes and
/// functions could carry a docstring and which do. The facts behind `tenet coverage`
/// (documented / documentable definitions per file and in total, `--fail-under PERCENT`).
#pragma once

#include <cstdint>
#include <string_view>
#include <vector>

#include "linters/core/settings.h"
#include "pydoc-checker/coverage/coverage_meter.h"

#include "pydoc-checker/python_model.h"
#include "pydoc-checker/python_rule.h"

namespace tenet::python {

/// Which definitions are left out of the count (interrogate's option names and defaults:
/// everything counts unless an option says otherwise).
struct CoverageOptions {
  bool ignore_module = false;               ///< `ignore-module`: module docstrings.
  bool ignore_init_module = false;          ///< `ignore-init-module`: `__init__.py` docstrings.
  bool ignore_init_method = false;          ///< `ignore-init-method`: `__init__` methods.
  bool ignore_magic = false;                ///< `ignore-magic`: other dunder methods.
  bool ignore_private = false;              ///< `ignore-private`: `__name` (not dunder).
  bool ignore_semiprivate = false;          ///< `ignore-semiprivate`: `_name`.
  bool ignore_nested_functions = false;     ///< `ignore-nested-functions`.
  bool ignore_nested_classes = false;       ///< `ignore-nested-classes`.
  bool ignore_property_decorators = false;  ///< `ignore-property-decorators`: `@property` and friends.
  bool ignore_setters = false;              ///< `ignore-setters`: `@x.setter` / `@x.deleter`.
  bool ignore_overloaded_functions = false; ///< `ignore-overloaded-functions`: `@overload`.
};

/// One definition that was counted.
struct CoverageItem {
  const Definition* definition = nullptr;  ///< The definition.
  bool documented = false;                 ///< It has a docstring (an empty one counts, as in interrogate).
};

/// The coverage of one file.
struct DocCoverage {
  std::vector<CoverageItem> items;  ///< Counted definitions, in source order.
  std::uint32_t documented = 0;     ///< How many of `items` are documented.

  /// \return How many definitions were counted.
  [[nodiscard]] std::uint32_t documentable() const { return static_cast<std::uint32_t>(items.size()); }
  /// \return documented / documentable in percent; 100 when nothing is documentable.
  [[nodiscard]] double percent() const {
    return items.empty() ? 100.0 : 100.0 * documented / static_cast<double>(items.size());
  }
};

/// Counts \p module's documentable and documented definitions.
/// \param module A file's model.
/// \param options What to leave out.
/// \return The file's coverage.
DocCoverage compute_doc_coverage(const PythonModule& module, const CoverageOptions& options);

/// The coverage of one file as rule facts (`context.facts<DocCoverageFacts>()`), with
/// interrogate's defaults until the settings carry a `[coverage]` table.
struct DocCoverageFacts {
  /// \param context The file's rule context.
  explicit DocCoverageFacts(const RuleContext& context)
      : coverage(compute_doc_coverage(context.module(), CoverageOptions{})) {}
  DocCoverage coverage;  ///< The file's coverage.
};

/// The pydocstyle rule (D100–D107) that asks for \p definition's docstring, as those rules
/// decide it: public definitions only, never in stubs, `@overload` signatures and
/// `@override`s exempt, `ignore-decorators` honoured, `__init__` under D107, other dunder
/// methods under D105 (`__new__` and `__call__` stay D102), functions nested in functions
/// never. Whether the definition has a docstring does not matter.
/// \param module The file's model.
/// \param definition A definition of \p module.
/// \param settings The file's settings (for `ignore-decorators`).
/// \return The rule's code, or an empty view when no D1xx rule looks at the definition.
std::string_view d1xx_code(const PythonModule& module, const Definition& definition, const Settings& settings);

}  // namespace tenet::python

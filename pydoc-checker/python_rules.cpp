// The Python rule table, generated from rules/rules.def with an X-macro: adding a rule means
// adding its file and one line to rules.def, never editing this file.
#include <array>

#include "pydoc-checker/python_checker.h"
#include "pydoc-checker/python_rule.h"

namespace tenet::python {

#define TENET_PYTHON_RULE(code, slug) extern const PythonRule kRule##code;
#include "pydoc-checker/rules/rules.def"
#undef TENET_PYTHON_RULE

namespace {

constexpr std::array kTable{
#define TENET_PYTHON_RULE(code, slug) &kRule##code,
#include "pydoc-checker/rules/rules.def"
#undef TENET_PYTHON_RULE
};

constexpr std::array kMetas{
#define TENET_PYTHON_RULE(code, slug) &kRule##code.meta,
#include "pydoc-checker/rules/rules.def"
#undef TENET_PYTHON_RULE
};

}  // namespace

std::span<const PythonRule* const> python_rule_table() { return kTable; }

std::span<const RuleMeta* const> python_rules() { return kMetas; }

}  // namespace tenet::python

// Unit tests of docstring coverage counting (interrogate's rules).
#include <gtest/gtest.h>

#include "pydoc-checker/coverage/doc_coverage.h"
#include "tests/python/test_support.h"

namespace tenet::python {
namespace {

using testing::parse;

constexpr const char* kSource =
    "\"\"\"Module.\"\"\"\n"
    "from typing import overload\n"
    "class A:\n"
    "    \"\"\"A.\"\"\"\n"
    "    def __init__(self): pass\n"
    "    def __repr__(self): return ''\n"
    "    def _semi(self): pass\n"
    "    def __private(self): pass\n"
    "    @property\n"
    "    def value(self):\n"
    "        \"\"\"Value.\"\"\"\n"
    "    @value.setter\n"
    "    def value(self, v): pass\n"
    "    class Inner: pass\n"
    "@overload\n"
    "def f(x: int) -> int: ...\n"
    "def f(x):\n"
    "    \"\"\"F.\"\"\"\n"
    "    def nested(): pass\n";

TEST(DocCoverage, CountsEverythingByDefault) {
  const auto p = parse(kSource);
  const DocCoverage coverage = compute_doc_coverage(p->model, CoverageOptions{});
  // module, A, __init__, __repr__, _semi, __private, value, value (setter), Inner,
  // f (overload), f, nested
  EXPECT_EQ(coverage.documentable(), 12u);
  EXPECT_EQ(coverage.documented, 4u);  // module, A, value, f
  EXPECT_NEAR(coverage.percent(), 100.0 * 4 / 12, 1e-9);
}

TEST(DocCoverage, OptionsLeaveDefinitionsOut) {
  const auto p = parse(kSource);
  CoverageOptions options;
  options.ignore_module = true;
  options.ignore_init_method = true;
  options.ignore_magic = true;
  options.ignore_semiprivate = true;
  options.ignore_private = true;
  options.ignore_nested_functions = true;
  options.ignore_nested_classes = true;
  options.ignore_setters = true;
  options.ignore_overloaded_functions = true;
  const DocCoverage coverage = compute_doc_coverage(p->model, options);
  // A, value (property), f
  EXPECT_EQ(coverage.documentable(), 3u);
  EXPECT_EQ(coverage.documented, 3u);
  options.ignore_property_decorators = true;
  EXPECT_EQ(compute_doc_coverage(p->model, options).documentable(), 2u);
}

TEST(DocCoverage, EmptyFileIsTheModuleOnly) {
  const auto p = parse("");
  const DocCoverage coverage = compute_doc_coverage(p->model, CoverageOptions{});
  EXPECT_EQ(coverage.documentable(), 1u);
  EXPECT_EQ(coverage.documented, 0u);
  EXPECT_DOUBLE_EQ(compute_doc_coverage(p->model, CoverageOptions{.ignore_module = true}).percent(), 100.0);
}

}  // namespace
}  // namespace tenet::python

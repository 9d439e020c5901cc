// Unit tests of the Python checker: the D1xx/D419 rules with ruff's codes and positions,
// TNT002, suppression comments, and robustness against hostile input.
#include <gtest/gtest.h>

#include <chrono>
#include <string>

#include "tests/python/test_support.h"

namespace tenet::python {
namespace {

using testing::check;
using testing::Checked;
using testing::codes;
using Findings = std::vector<std::string>;

/// These tests are about the D1xx rules, D419 and TNT002: the other families' findings on
/// the same snippets are their own tests' business.
Checked check_d1(const std::string& source, const std::string& path = "/nonexistent/tenet/module.py",
                 const Settings* settings = nullptr) {
  Checked all = check(source, path, settings);
  Checked kept;
  kept.suppressions = std::move(all.suppressions);
  for (std::size_t i = 0; i < all.diagnostics.size(); ++i) {
    const std::string_view code = all.diagnostics[i].rule->code;
    if (code.starts_with("D1") || code == "D419" || code.starts_with("TNT")) {
      kept.findings.push_back(all.findings[i]);
      kept.diagnostics.push_back(std::move(all.diagnostics[i]));
    }
  }
  return kept;
}

TEST(PythonChecker, RuleTableMatchesRulesDef) {
  const auto rules = python_rules();
  ASSERT_GE(rules.size(), 9u);
  // rules.def lists the pydocstyle family first, in code order.
  EXPECT_EQ(rules.front()->code, "D100");
  for (const RuleMeta* rule : rules) {
    EXPECT_EQ(rule->language, Language::python) << rule->code;
    if (rule->code.starts_with("D1") || rule->code == "D419") {
      EXPECT_EQ(rule->tags, "documentation,python") << rule->code;
    }
    EXPECT_FALSE(rule->name.empty()) << rule->code;
    EXPECT_TRUE(rule->summary.ends_with('.')) << rule->code;
  }
}

TEST(PythonChecker, MissingDocstringCodesAndPositions) {
  const Checked result = check_d1(
      "class Shape:\n"            // 1
      "    def __init__(self):\n"  // 2
      "        pass\n"
      "    def __new__(cls):\n"    // 4
      "        pass\n"
      "    def __call__(self):\n"  // 6
      "        pass\n"
      "    def __len__(self):\n"   // 8
      "        pass\n"
      "    def area(self):\n"      // 10
      "        pass\n"
      "    class Inner:\n"         // 12
      "        pass\n"
      "def perimeter(s):\n"        // 14
      "    pass\n");
  EXPECT_EQ(result.findings, (Findings{
                                 "1:1 D100 Public module `module` has no docstring.",
                                 "1:7 D101 Public class `Shape` has no docstring.",
                                 "2:9 D107 `__init__` of public class `Shape` has no docstring.",
                                 "4:9 D102 Public method `Shape.__new__` has no docstring.",
                                 "6:9 D102 Public method `Shape.__call__` has no docstring.",
                                 "8:9 D105 Magic method `Shape.__len__` has no docstring.",
                                 "10:9 D102 Public method `Shape.area` has no docstring.",
                                 "12:11 D106 Public nested class `Shape.Inner` has no docstring.",
                                 "14:5 D103 Public function `perimeter` has no docstring.",
                             }));
  EXPECT_EQ(result.diagnostics[0].symbol, "");
  EXPECT_EQ(result.diagnostics[2].symbol, "Shape.__init__");
}

TEST(PythonChecker, ExemptionsOverloadOverrideSetter) {
  const Checked result = check_d1(
      "\"\"\"Doc.\"\"\"\n"
      "from typing import overload as ov\n"
      "import typing_extensions as te\n"
      "@ov\ndef f(x: int) -> int: ...\n"
      "@ov\ndef f(x: str) -> str: ...\n"
      "def f(x):\n    \"\"\"Implementation.\"\"\"\n"
      "class C:\n    \"\"\"Doc.\"\"\"\n"
      "    @te.override\n    def run(self): pass\n"
      "    @te.override\n    def __init__(self): pass\n"
      "    @property\n    def v(self):\n        \"\"\"Value.\"\"\"\n"
      "    @v.setter\n    def v(self, x): pass\n"
      "    @v.deleter\n    def v(self): pass\n"
      "@te.override\ndef g(): pass\n");  // override does not exempt functions
  EXPECT_EQ(result.findings, (Findings{"24:5 D103 Public function `g` has no docstring."}));
}

TEST(PythonChecker, EmptyDocstringIsD419NotD1xx) {
  const Checked result = check_d1(
      "\"\"\"   \"\"\"\n"
      "def f():\n    ''\n"
      "def _g():\n    \"\"\"\n    \"\"\"\n"
      "class C:\n    \"\"\"\\t\"\"\"\n"  // `\t` as written is not whitespace
      "def h():\n    \"\"\"\u3000\"\"\"\n");
  EXPECT_EQ(result.findings, (Findings{
                                 "1:1 D419 Docstring of module `module` is empty.",
                                 "3:5 D419 Docstring of function `f` is empty.",
                                 "5:5 D419 Docstring of function `_g` is empty.",
                                 "10:5 D419 Docstring of function `h` is empty.",
                             }));
  // The multi-line empty docstring is suppressed after its closing quotes (line 6).
  const Diagnostic& multiline = result.diagnostics[2];
  ASSERT_TRUE(multiline.suppression_offset);
  LineTable lines(
      "\"\"\"   \"\"\"\ndef f():\n    ''\ndef _g():\n    \"\"\"\n    \"\"\"\n");
  EXPECT_EQ(lines.line_of(*multiline.suppression_offset), 6u);
  EXPECT_FALSE(result.diagnostics[1].suppression_offset);
}

TEST(PythonChecker, StubsSkipMissingDocstringsButNotD419) {
  const Checked result = check_d1("def f(x: int) -> int: ...\nclass C:\n    ''\n", "/nonexistent/tenet/module.pyi");
  EXPECT_EQ(codes(result), (std::vector<std::string>{"D419"}));
}

TEST(PythonChecker, EmptyFileIsAnUndocumentedModule) {
  EXPECT_EQ(check("").findings, (Findings{"1:1 D100 Public module `module` has no docstring."}));
  EXPECT_EQ(check("", "/nonexistent/tenet/_private.py").findings, Findings{});
}

TEST(PythonChecker, BomPutsModuleFindingAfterIt) {
  const Checked result = check_d1("\xEF\xBB\xBF" "def f(): pass\n");
  ASSERT_EQ(result.diagnostics.size(), 2u);
  EXPECT_EQ(result.diagnostics[0].rule->code, "D100");
  EXPECT_EQ(result.diagnostics[0].range.begin, 3u);
  EXPECT_EQ(result.diagnostics[0].range.end, 3u);
  // The core's line table does not count the BOM as a column.
  EXPECT_EQ(result.findings[0], "1:1 D100 Public module `module` has no docstring.");
  EXPECT_EQ(result.findings[1], "1:5 D103 Public function `f` has no docstring.");
}

TEST(PythonChecker, CrlfAndTabs) {
  const Checked result = check_d1("\"\"\"Doc.\"\"\"\r\nclass C:\r\n\t\"\"\"Doc.\"\"\"\r\n\tdef m(self):\r\n\t\tpass\r\n");
  EXPECT_EQ(result.findings, (Findings{"4:6 D102 Public method `C.m` has no docstring."}));
}

TEST(PythonChecker, IgnoreDecoratorsSkipsFunctions) {
  Settings settings;
  settings.pydocstyle.ignore_decorators = {"my.lib.skip"};
  const Checked result = check_d1(
      "\"\"\"Doc.\"\"\"\nfrom my.lib import skip as s\n@s\ndef f():\n    ''\n@s\nclass C: pass\n",
      "/nonexistent/tenet/module.py", &settings);
  EXPECT_EQ(codes(result), (std::vector<std::string>{"D101"}));
}

TEST(PythonChecker, SyntaxErrorIsReportedOnceAndRulesStillRun) {
  const Checked result = check_d1(
      "\"\"\"Doc.\"\"\"\n"
      "def broken(:\n"
      "    pass\n"
      "def after():\n"
      "    return 1\n"
      "class Later:\n"
      "    pass\n");
  EXPECT_EQ(result.findings, (Findings{
                                 "2:5 D103 Public function `broken` has no docstring.",
                                 "2:12 TNT002 Syntax error: missing `)`.",
                                 "4:5 D103 Public function `after` has no docstring.",
                                 "6:7 D101 Public class `Later` has no docstring.",
                             }));
}

TEST(PythonChecker, DocstringInsideErrorRecoveryStillCounts) {
  // tree-sitter wraps this whole module, docstring included, in an ERROR node.
  const Checked result = check_d1("\"\"\"Doc.\"\"\"\ndef broken(:\n    pass\ny = 1 +\n\ndef after():\n    return 1\n");
  const std::vector<std::string> found = codes(result);
  EXPECT_EQ(std::count(found.begin(), found.end(), "TNT002"), 1);
  EXPECT_EQ(std::count(found.begin(), found.end(), "D100"), 0);
}

TEST(PythonChecker, SyntaxErrorMessages) {
  EXPECT_EQ(check("\"\"\"D.\"\"\"\nx = 1\n)\n").findings,
            (Findings{"3:1 TNT002 Syntax error: unexpected `)`."}));
  EXPECT_EQ(check("\"\"\"D.\"\"\"\nprint 'hello'\n").findings,
            (Findings{"2:1 TNT002 Syntax error: Python 2 `print` statement."}));
  EXPECT_EQ(check("\"\"\"D.\"\"\"\ndef _f():\nreturn 1\n").findings,
            (Findings{"2:10 TNT002 Syntax error: expected an indented block."}));
}

TEST(PythonChecker, ModernSyntaxParsesCleanly) {
  const Checked result = check_d1(
      "\"\"\"Doc.\"\"\"\n"
      "type Alias[T] = list[T]\n"
      "def _f[T](x: T) -> T:\n"
      "    try:\n        pass\n    except* (ValueError, TypeError) as group:\n        pass\n"
      "    y = f\"{x!r:>{10}} {f'{x:{'nested'}}'}\"\n"
      "    z = t\"template {x}\"\n"
      "    match x:\n        case {'k': [1, *rest]} if rest:\n            pass\n"
      "    return y\n");
  EXPECT_EQ(result.findings, Findings{});
}

TEST(PythonChecker, NoqaCommentsAreCollectedButNotInStrings) {
  const Checked result = check_d1(
      "\"\"\"Doc.\"\"\"\n"
      "x = '# noqa: D100'\n"
      "def f():  # noqa: D103\n    pass\n"
      "y = 1  # NoQA\n"
      "# tenet: noqa: D419\n"
      "z = \"#\" + '#'  # noqa:E501,W291\n"
      "# an ordinary comment\n");
  ASSERT_EQ(result.suppressions.size(), 4u);
  EXPECT_EQ(result.suppressions[0].codes, (std::vector<std::string>{"D103"}));
  EXPECT_TRUE(result.suppressions[1].all_codes);
  EXPECT_EQ(result.suppressions[2].scope, SuppressionScope::file);
  EXPECT_EQ(result.suppressions[3].codes, (std::vector<std::string>{"E501", "W291"}));
  // The directive's range is the whole comment.
  const std::string source = "\"\"\"Doc.\"\"\"\nx = '# noqa: D100'\ndef f():  # noqa: D103\n";
  EXPECT_EQ(result.suppressions[0].comment.begin, source.find("# noqa: D103"));
}

// ---- robustness -------------------------------------------------------------------------

TEST(PythonRobustness, DeeplyNestedParentheses) {
  const std::string source = "x = " + std::string(10000, '(') + "1" + std::string(10000, ')') + "\n";
  // Past the default max-nesting-depth of 1000: one TNT004, and the rules do not run.
  EXPECT_EQ(codes(check_d1(source)), (std::vector<std::string>{"TNT004"}));
  // With the limit lifted every rule walks the 10,000 levels without a stack overflow.
  Settings lifted;
  lifted.max_nesting_depth = 1'000'000;
  EXPECT_EQ(codes(check_d1(source, "/nonexistent/tenet/module.py", &lifted)), (std::vector<std::string>{"D100"}));
}

TEST(PythonRobustness, DeeplyNestedBlocks) {
  std::string source = "\"\"\"Doc.\"\"\"\n";
  for (int depth = 0; depth < 10000; ++depth) source += std::string(depth, ' ') + "if x:\n";
  source += std::string(10000, ' ') + "def f(): pass\n";
  // Far past Python's own limit of 100 levels: a syntax error, but no crash.
  const Checked result = check_d1(source);
  EXPECT_FALSE(result.findings.empty());
}

TEST(PythonRobustness, DeeplyNestedDefinitions) {
  std::string source = "\"\"\"Doc.\"\"\"\n";
  for (int depth = 0; depth < 90; ++depth) source += std::string(depth * 4, ' ') + "class C" + std::to_string(depth) + ":\n";
  source += std::string(90 * 4, ' ') + "def m(self): pass\n";
  const Checked result = check_d1(source);
  EXPECT_EQ(result.findings.size(), 91u);  // 1 D101 + 89 D106 + 1 D102
  EXPECT_EQ(result.findings.back().substr(result.findings.back().find(' ') + 1, 4), "D102");
}

TEST(PythonRobustness, TenMegabyteSingleLine) {
  const std::string source = "x = '" + std::string(10'000'000, 'a') + "'  # noqa: D100\n";
  const auto start = std::chrono::steady_clock::now();
  const Checked result = check_d1(source);
  const auto elapsed = std::chrono::steady_clock::now() - start;
  EXPECT_EQ(codes(result), (std::vector<std::string>{"D100"}));
  EXPECT_EQ(result.suppressions.size(), 1u);
  EXPECT_LT(std::chrono::duration_cast<std::chrono::seconds>(elapsed).count(), 20);
}

TEST(PythonRobustness, ManyHashesInOneStringWithNoqaAfterIt) {
  // Every `#` inside the literal is skipped at once, not rescanned to the end of the line.
  const std::string source = "x = \"" + std::string(2'000'000, '#') + "\"  # noqa\n";
  const Checked result = check_d1(source);
  EXPECT_EQ(result.suppressions.size(), 1u);
}

TEST(PythonRobustness, ManyStatementsAndComments) {
  std::string source = "\"\"\"Doc.\"\"\"\n";
  for (int i = 0; i < 20000; ++i) source += "def f" + std::to_string(i) + "(): pass  # noqa: D103\n";
  const Checked result = check_d1(source);
  EXPECT_EQ(result.findings.size(), 20000u);
  EXPECT_EQ(result.suppressions.size(), 20000u);
}

TEST(PythonRobustness, GarbageDoesNotCrash) {
  for (const char* source : {"\"\"\"", "'", "def", "class (", "@", "@x\n", "\xEF\xBB\xBF", "\n\n\r\r\n",
                             "\t\tdef f():\n", "f\"{", "t'{x", "lambda: (yield)", "if:\nelse:\n", "\\\n"}) {
    const Checked result = check_d1(source);
    (void)result;
  }
}

}  // namespace
}  // namespace tenet::python

// The D2xx-D4xx rules through the real checker: conventions and the incompatible pairs,
// D401/D417 details, and every fix applied to its source and checked with the fix guard.
#include <gtest/gtest.h>

#include <algorithm>
#include <string>
#include <vector>

#include "pydoc-checker/fix_guard.h"
#include "tests/python/test_support.h"

namespace tenet::python {
namespace {

using Findings = std::vector<std::string>;

/// The findings of \p code only, as "line:col CODE message".
Findings only(const testing::Checked& checked, std::string_view code) {
  Findings out;
  for (std::size_t i = 0; i < checked.diagnostics.size(); ++i) {
    if (checked.diagnostics[i].rule->code == code) out.push_back(checked.findings[i]);
  }
  return out;
}

/// Lines of the findings of \p code.
std::vector<int> lines_of(const testing::Checked& checked, std::string_view code) {
  std::vector<int> out;
  for (const std::string& f : only(checked, code)) out.push_back(std::stoi(f));
  return out;
}

Settings with_convention(std::string convention) {
  Settings settings;
  settings.pydocstyle.convention = std::move(convention);
  return settings;
}

/// Applies the fix of the first \p code finding to \p source.
std::string fixed(const std::string& source, std::string_view code, const Settings* settings = nullptr) {
  const testing::Checked checked = testing::check(source, "/nonexistent/tenet/module.py", settings);
  for (const Diagnostic& d : checked.diagnostics) {
    if (d.rule->code != code) continue;
    EXPECT_TRUE(d.fix.has_value()) << code;
    if (!d.fix) return source;
    std::vector<Edit> edits = d.fix->edits;
    std::sort(edits.begin(), edits.end(),
              [](const Edit& a, const Edit& b) { return a.range.begin > b.range.begin; });
    std::string out = source;
    for (const Edit& e : edits) out.replace(e.range.begin, e.range.end - e.range.begin, e.replacement);
    EXPECT_TRUE(fix_preserves_code(source, out)) << code << "\n" << out;
    return out;
  }
  ADD_FAILURE() << "no " << code << " finding";
  return source;
}

const char* const kTwoLineSummary =
    "def f():\n"
    "    \"\"\"\n"
    "    Summary.\n"
    "\n"
    "    Body.\n"
    "    \"\"\"\n";

TEST(Conventions, DefaultPairsPreferD211AndD212) {
  const testing::Checked checked =
      testing::check(std::string(kTwoLineSummary) + "class C:\n    \"\"\"Doc.\"\"\"\n");
  EXPECT_EQ(lines_of(checked, "D212"), (std::vector<int>{2}));
  EXPECT_TRUE(only(checked, "D213").empty());
  EXPECT_TRUE(only(checked, "D203").empty());
}

TEST(Conventions, SelectingTheOtherHalfOfAPair) {
  Settings settings;
  settings.select = {"D213", "D203"};
  const testing::Checked checked = testing::check(
      "def f():\n    \"\"\"Summary.\n\n    Body.\n    \"\"\"\nclass C:\n    \"\"\"Doc.\"\"\"\n",
      "/nonexistent/tenet/module.py", &settings);
  EXPECT_EQ(lines_of(checked, "D213"), (std::vector<int>{2}));
  EXPECT_EQ(lines_of(checked, "D203"), (std::vector<int>{7}));
  // Both halves selected: the first of each pair wins.
  settings.select = {"D2"};
  const testing::Checked both = testing::check(kTwoLineSummary, "/nonexistent/tenet/module.py", &settings);
  EXPECT_TRUE(only(both, "D213").empty());
}

TEST(Conventions, GoogleTurnsOffItsRules) {
  const Settings google = with_convention("google");
  const testing::Checked checked =
      testing::check("def f(a):\n    \"\"\"Returns the thing\n\n    Args:\n        a: A.\n    \"\"\"\n",
                     "/nonexistent/tenet/module.py", &google);
  EXPECT_TRUE(only(checked, "D401").empty());  // off in google
  EXPECT_TRUE(only(checked, "D400").empty());  // off in google
  EXPECT_TRUE(only(checked, "D413").empty());  // off in google
  EXPECT_EQ(lines_of(checked, "D415"), (std::vector<int>{2}));
}

TEST(Conventions, ExactSelectionOverridesTheConvention) {
  Settings numpy = with_convention("numpy");
  const std::string source =
      "def f(a, b):\n    \"\"\"Do it.\n\n    Parameters\n    ----------\n    a : int\n        A.\n    "
      "\"\"\"\n";
  EXPECT_TRUE(only(testing::check(source, "/nonexistent/tenet/module.py", &numpy), "D417").empty());
  numpy.extend_select = {"D417"};
  EXPECT_EQ(only(testing::check(source, "/nonexistent/tenet/module.py", &numpy), "D417"),
            (Findings{"1:5 D417 Docstring of `f` does not describe parameter `b`."}));
  numpy.extend_select = {"D4"};  // a prefix is not an exact selection
  EXPECT_TRUE(only(testing::check(source, "/nonexistent/tenet/module.py", &numpy), "D417").empty());
}

TEST(D417, GoogleArgumentsStarsKeywordArgsAndContinuations) {
  const std::string source =
      "class K:\n"
      "    def m(self, a, b, c, _private, *args, d, **kwargs):\n"
      "        \"\"\"Do it.\n"
      "\n"
      "        Args:\n"
      "            a (int): A.\n"
      "            b:\n"
      "                Described on the next line.\n"
      "            c:\n"
      "            *args: More.\n"
      "\n"
      "        Keyword Args:\n"
      "            d: D.\n"
      "        \"\"\"\n";
  EXPECT_EQ(only(testing::check(source), "D417"),
            (Findings{"2:9 D417 Docstring of `m` does not describe parameters `**kwargs`, `c`."}));
  Settings settings;
  settings.pydocstyle.ignore_var_parameters = true;
  EXPECT_EQ(only(testing::check(source, "/nonexistent/tenet/module.py", &settings), "D417"),
            (Findings{"2:9 D417 Docstring of `m` does not describe parameter `c`."}));
}

TEST(D417, StaticMethodsKeepTheirFirstParameterAndNoArgsSectionMeansNoCheck) {
  const std::string source =
      "class K:\n"
      "    @staticmethod\n"
      "    def s(x, y):\n"
      "        \"\"\"Do it.\n\n        Args:\n            y: Y.\n        \"\"\"\n"
      "    def n(self, x):\n"
      "        \"\"\"Do it.\"\"\"\n";
  EXPECT_EQ(lines_of(testing::check(source), "D417"), (std::vector<int>{3}));
}

TEST(D401, ExemptionsAndWords) {
  Settings settings;
  settings.pydocstyle.property_decorators = {"mylib.cached"};
  const std::string source =
      "import mylib\n"
      "def a():\n    \"\"\"Returns x.\"\"\"\n"       // 3: flagged
      "def test_a():\n    \"\"\"Returns x.\"\"\"\n"  // test functions are exempt
      "class C:\n"
      "    @property\n    def p(self):\n        \"\"\"Returns x.\"\"\"\n"
      "    @mylib.cached\n    def q(self):\n        \"\"\"Returns x.\"\"\"\n"
      "    def runTest(self):\n        \"\"\"Returns x.\"\"\"\n"
      "def b():\n    \"\"\"Frobnicates x.\"\"\"\n"   // unknown word
      "def c():\n    \"\"\"This returns x.\"\"\"\n"  // 18: never imperative
      "def d():\n    \"\"\"Return x.\"\"\"\n";
  EXPECT_EQ(lines_of(testing::check(source, "/nonexistent/tenet/module.py", &settings), "D401"),
            (std::vector<int>{3, 18}));
}

TEST(Gates, IgnoreDecoratorsBlankAndConcatenatedDocstrings) {
  Settings settings;
  settings.pydocstyle.ignore_decorators = {"functools.wraps"};
  const std::string source =
      "import functools\n"
      "@functools.wraps(len)\n"
      "def a():\n    '''returns x'''\n"
      "def b():\n    '''   '''\n"
      "def c():\n    'returns' ' x'\n";
  const testing::Checked checked = testing::check(source, "/nonexistent/tenet/module.py", &settings);
  for (const std::string& f : checked.findings) {
    EXPECT_TRUE(f.find(" D419 ") != std::string::npos || f.find(" D1") != std::string::npos) << f;
  }
}

TEST(Fixes, WhiteSpaceAndBlankLines) {
  EXPECT_EQ(fixed("def f():\n    \"\"\"\n    Summary.\n    \"\"\"\n", "D200"),
            "def f():\n    \"\"\"Summary.\"\"\"\n");
  EXPECT_EQ(fixed("def f():\n\n    \"\"\"Doc.\"\"\"\n    x = 1\n", "D201"),
            "def f():\n    \"\"\"Doc.\"\"\"\n    x = 1\n");
  EXPECT_EQ(fixed("def f():\n    \"\"\"Doc.\"\"\"\n\n\n    x = 1\n", "D202"),
            "def f():\n    \"\"\"Doc.\"\"\"\n    x = 1\n");
  EXPECT_EQ(fixed("class C:\n    \"\"\"Doc.\"\"\"\n    x = 1\n", "D204"),
            "class C:\n    \"\"\"Doc.\"\"\"\n\n    x = 1\n");
  EXPECT_EQ(fixed("class C:\n    \"\"\"Doc.\"\"\"; x = 1\n", "D204"),
            "class C:\n    \"\"\"Doc.\"\"\"\n\n    x = 1\n");
  EXPECT_EQ(fixed("class C:\n\n    \"\"\"Doc.\"\"\"\n", "D211"), "class C:\n    \"\"\"Doc.\"\"\"\n");
  EXPECT_EQ(fixed("def f():\n    \"\"\"Sum.\n\n\n    Body.\n    \"\"\"\n", "D205"),
            "def f():\n    \"\"\"Sum.\n\n    Body.\n    \"\"\"\n");
  EXPECT_EQ(fixed("def f():\n    \"\"\"Sum.\n\n  Body.\n    \"\"\"\n", "D207"),
            "def f():\n    \"\"\"Sum.\n\n    Body.\n    \"\"\"\n");
  EXPECT_EQ(fixed("def f():\n    \"\"\"Sum.\n\n        Body.\n    \"\"\"\n", "D208"),
            "def f():\n    \"\"\"Sum.\n\n    Body.\n    \"\"\"\n");
  EXPECT_EQ(fixed("def f():\n    \"\"\"Sum.\n\n    Body.\n        \"\"\"\n", "D208"),
            "def f():\n    \"\"\"Sum.\n\n    Body.\n    \"\"\"\n");
  EXPECT_EQ(fixed("def f():\n    \"\"\"Sum.\n\n    Body.  \"\"\"\n", "D209"),
            "def f():\n    \"\"\"Sum.\n\n    Body.\n    \"\"\"\n");
  EXPECT_EQ(fixed("def f():\n    \"\"\" Doc. \"\"\"\n", "D210"), "def f():\n    \"\"\"Doc.\"\"\"\n");
  EXPECT_EQ(fixed(kTwoLineSummary, "D212"), "def f():\n    \"\"\"Summary.\n\n    Body.\n    \"\"\"\n");
  Settings second;
  second.select = {"D213"};
  EXPECT_EQ(fixed("def f():\n    \"\"\"Summary.\n\n    Body.\n    \"\"\"\n", "D213", &second),
            kTwoLineSummary);
}

TEST(Fixes, QuotesPunctuationAndCapitals) {
  EXPECT_EQ(fixed("def f():\n    '''Doc.'''\n", "D300"), "def f():\n    \"\"\"Doc.\"\"\"\n");
  EXPECT_EQ(fixed("def f():\n    \"\"\"Match \\d.\"\"\"\n", "D301"),
            "def f():\n    r\"\"\"Match \\d.\"\"\"\n");
  EXPECT_EQ(fixed("def f():\n    \"\"\"Do it\"\"\"\n", "D400"), "def f():\n    \"\"\"Do it.\"\"\"\n");
  EXPECT_EQ(fixed("def f():\n    \"\"\"Do it\"\"\"\n", "D415"), "def f():\n    \"\"\"Do it.\"\"\"\n");
  EXPECT_EQ(fixed("def f():\n    \"\"\"do it.\"\"\"\n", "D403"), "def f():\n    \"\"\"Do it.\"\"\"\n");
}

TEST(Fixes, Sections) {
  const std::string google =
      "def f(x):\n"
      "    \"\"\"Do it.\n"
      "\n"
      "    args\n"
      "        x: X.\n"
      "    Returns:\n"
      "\n"
      "        Y.\n"
      "    \"\"\"\n";
  EXPECT_NE(fixed(google, "D405").find("    Args\n"), std::string::npos);
  EXPECT_NE(fixed(google, "D416").find("    args:\n"), std::string::npos);
  EXPECT_NE(fixed(google, "D410").find("        x: X.\n\n    Returns:"), std::string::npos);
  EXPECT_NE(fixed(google, "D411").find("        x: X.\n\n    Returns:"), std::string::npos);
  EXPECT_NE(fixed(google, "D412").find("    Returns:\n        Y."), std::string::npos);
  EXPECT_NE(fixed(google, "D413").find("        Y.\n\n    \"\"\""), std::string::npos);
  const std::string numpy =
      "def f(x):\n"
      "    \"\"\"Do it.\n"
      "\n"
      "    Parameters:\n"
      "\n"
      "        ----\n"
      "    x : int\n"
      "        X.\n"
      "\n"
      "    Returns\n"
      "    int\n"
      "\n"
      "    \"\"\"\n";
  EXPECT_NE(fixed(numpy, "D406").find("    Parameters\n"), std::string::npos);
  EXPECT_NE(fixed(numpy, "D407").find("    Returns\n    -------\n"), std::string::npos);
  EXPECT_NE(fixed(numpy, "D408").find("    Parameters:\n        ----\n"), std::string::npos);
  EXPECT_NE(fixed(numpy, "D409").find("        ----------\n"), std::string::npos);
  EXPECT_NE(fixed(numpy, "D215").find("\n    ----\n"), std::string::npos);
}

TEST(Robustness, OddDocstringsDoNotCrash) {
  const char* const sources[] = {
      "\"\"\"\"\"\"\n",
      "\"\"\"\\\n\"\"\"\n",
      "def f():\n\t\"\"\"Tab.\n\n\tBody.\n\t\"\"\"\n",
      "def f():\r\n    \"\"\"Sum.\r\n\r\n    Args:\r\n        x: X.\r\n    \"\"\"\r\n",
      "def f(\n    x,\n): \"\"\"Doc\n  on the def line.\"\"\"\n",
      "class C: '''x'''\n",
      "def f():\n    \"\"\"Args:\"\"\"\n",
      "def f():\n    \"\"\"\n    Returns\n    -------\"\"\"\n",
      "def f():\n    u\"\"\"\xc3\xa9l\xc3\xa8ve \\x41.\"\"\"\n",
      "def f(*, a, **k):\n    \"\"\"X.\n\n    Args:\n    \"\"\"\n",
  };
  for (const char* source : sources) {
    const testing::Checked checked = testing::check(source);
    for (const Diagnostic& d : checked.diagnostics) {
      EXPECT_LE(d.range.begin, d.range.end) << source;
      EXPECT_LE(d.range.end, std::string_view(source).size()) << source;
      if (!d.fix) continue;
      for (const Edit& e : d.fix->edits) EXPECT_LE(e.range.end, std::string_view(source).size()) << source;
    }
  }
}

}  // namespace
}  // namespace tenet::python

// Unit tests of the reST checker behind the RST rules.
#include <gtest/gtest.h>

#include <string>
#include <vector>

#include "pydoc-checker/rst/rst_check.h"
#include "tests/python/test_support.h"

namespace tenet::python {
namespace {

using testing::parse;

/// The problems of function `f`'s docstring in \p source, as "line:problem" pairs where
/// line is the 1-based line in the file.
std::vector<std::string> problems(const std::string& source, const RstOptions& options = {}) {
  const auto p = parse(source);
  const Definition* f = p->find("f");
  EXPECT_TRUE(f != nullptr && f->docstring);
  if (f == nullptr || !f->docstring) return {};
  const DocstringText text = DocstringText::parse(*f->docstring, p->text);
  std::vector<std::string> out;
  for (const RstFinding& finding : check_rst(text, options)) {
    const auto line = 1 + std::count(p->text.begin(), p->text.begin() + finding.range.begin, '\n');
    out.push_back(std::to_string(line) + ":" + std::to_string(static_cast<int>(finding.problem)) +
                  (finding.name.empty() ? "" : ":" + finding.name));
  }
  return out;
}

std::string code(int line, RstProblem problem, const std::string& name = "") {
  return std::to_string(line) + ":" + std::to_string(static_cast<int>(problem)) + (name.empty() ? "" : ":" + name);
}

TEST(RstCheck, CleanGoogleDocstring) {
  EXPECT_TRUE(problems("def f(x):\n"
                       "    \"\"\"Summary with *emphasis*, **strong**, ``code`` and :func:`g`.\n"
                       "\n"
                       "    Args:\n"
                       "        x (int): The value.\n"
                       "\n"
                       "    Returns:\n"
                       "        int: Twice the value.\n"
                       "\n"
                       "    Example::\n"
                       "\n"
                       "        f(*args)\n"
                       "    \"\"\"\n")
                  .empty());
}

TEST(RstCheck, CleanNumpyDocstring) {
  EXPECT_TRUE(problems("def f(x):\n"
                       "    \"\"\"Summary.\n"
                       "\n"
                       "    Parameters\n"
                       "    ----------\n"
                       "    x : int\n"
                       "        The value.\n"
                       "\n"
                       "    Returns\n"
                       "    -------\n"
                       "    int\n"
                       "        Twice the value.\n"
                       "    \"\"\"\n")
                  .empty());
}

TEST(RstCheck, UnterminatedInlineMarkup) {
  EXPECT_EQ(problems("def f():\n"
                     "    \"\"\"Use *args and **kwargs and ``x and `y and |z.\"\"\"\n"),
            (std::vector<std::string>{
                code(2, RstProblem::emphasis_unterminated, "*"), code(2, RstProblem::strong_unterminated, "**"),
                code(2, RstProblem::literal_unterminated, "``"), code(2, RstProblem::interpreted_unterminated, "`"),
                code(2, RstProblem::substitution_unterminated, "|")}));
}

TEST(RstCheck, EscapesInRawAndPlainStrings) {
  EXPECT_TRUE(problems("def f():\n    \"\"\"Use \\\\*args.\"\"\"\n").empty());
  EXPECT_TRUE(problems("def f():\n    r\"\"\"Use \\*args.\"\"\"\n").empty());
  EXPECT_TRUE(problems("def f():\n    \"\"\"Use \\*args (kept by Python as backslash-star).\"\"\"\n").empty());
  // `\\\\` in a plain string is one escaped backslash: the star after it is markup again.
  EXPECT_EQ(problems("def f():\n    \"\"\"Use \\\\\\\\ *args.\"\"\"\n").size(), 1u);
}

TEST(RstCheck, RolesAndDirectives) {
  EXPECT_EQ(problems("def f():\n"
                     "    \"\"\"See :fucn:`g` and :py:func:`h`.\n"
                     "\n"
                     "    .. deprecate:: 1.0\n"
                     "    .. Note:: fine.\n"
                     "    \"\"\"\n"),
            (std::vector<std::string>{code(2, RstProblem::unknown_role, "fucn"),
                                      code(4, RstProblem::unknown_directive, "deprecate")}));
  RstOptions options;
  options.extra_roles = {"fucn"};
  options.extra_directives = {"deprecate"};
  EXPECT_TRUE(problems("def f():\n"
                       "    \"\"\"See :fucn:`g`.\n"
                       "\n"
                       "    .. deprecate:: 1.0\n"
                       "    \"\"\"\n",
                       options)
                  .empty());
}

TEST(RstCheck, BlockStructure) {
  EXPECT_EQ(problems("def f():\n"
                     "    \"\"\"Summary.\n"
                     "\n"
                     "    - a\n"
                     "    - b\n"
                     "    after list\n"
                     "\n"
                     "    Two line\n"
                     "    paragraph\n"
                     "        deeper\n"
                     "    back\n"
                     "\n"
                     "    Title\n"
                     "    ----\n"
                     "    \"\"\"\n"),
            (std::vector<std::string>{code(6, RstProblem::bullet_list_end), code(10, RstProblem::unexpected_indentation),
                                      code(11, RstProblem::block_quote_end),
                                      code(14, RstProblem::title_underline_too_short)}));
}

TEST(RstCheck, NestedTitleAndLiteralBlock) {
  EXPECT_EQ(problems("def f():\n"
                     "    \"\"\"Summary.\n"
                     "\n"
                     "    Notes:\n"
                     "        Method\n"
                     "        ------\n"
                     "\n"
                     "    Example::\n"
                     "\n"
                     "    not indented\n"
                     "    \"\"\"\n"),
            (std::vector<std::string>{code(5, RstProblem::unexpected_section_title),
                                      code(8, RstProblem::literal_block_expected)}));
}

TEST(RstCheck, DeepNestingIsIterative) {
  std::string source = "def f():\n    \"\"\"Deep.\n\n    ";
  for (int i = 0; i < 10000; ++i) source += "- ";
  source += "*item\n    \"\"\"\n";
  EXPECT_EQ(problems(source), (std::vector<std::string>{code(4, RstProblem::emphasis_unterminated, "*")}));
}

TEST(RstCheck, ManyUnmatchedStartStringsStayLinear) {
  std::string source = "def f():\n    \"\"\"";
  for (int i = 0; i < 200000; ++i) source += "`a *b ";
  source += "\"\"\"\n";
  const auto p = parse(source);
  const DocstringText text = DocstringText::parse(*p->find("f")->docstring, p->text);
  EXPECT_EQ(check_rst(text, RstOptions{}).size(), 400000u);
}

}  // namespace
}  // namespace tenet::python

// The DOC rules through the whole checker: which findings a snippet gives, where, and
// with which related places.
#include <gtest/gtest.h>

#include <algorithm>
#include <string>
#include <vector>

#include "tests/python/test_support.h"

namespace tenet::python {
namespace {

using testing::check;
using testing::Checked;

/// The DOC findings of \p source, as "line:col CODE message".
std::vector<std::string> doc_findings(const std::string& source) {
  std::vector<std::string> out;
  for (const std::string& finding : check(source).findings) {
    if (finding.find(" DOC") != std::string::npos) out.push_back(finding);
  }
  return out;
}

std::vector<std::string> doc_codes(const std::string& source) {
  std::vector<std::string> out;
  for (const std::string& finding : doc_findings(source)) {
    const std::size_t space = finding.find(' ');
    out.push_back(finding.substr(space + 1, finding.find(' ', space + 1) - space - 1));
  }
  return out;
}

TEST(DocRules, ShortDocstringsAreNotChecked) {
  EXPECT_TRUE(doc_codes("def f(a):\n    \"\"\"Do it.\"\"\"\n    raise ValueError(a)\n    return a\n").empty());
}

TEST(DocRules, MissingParameterReportedAtDocstringFirstLine) {
  const std::vector<std::string> findings = doc_findings(
      "def f(a, b):\n"
      "    \"\"\"Do it.\n"
      "\n"
      "    Args:\n"
      "        a: The first.\n"
      "    \"\"\"\n");
  ASSERT_EQ(findings.size(), 1u);
  EXPECT_EQ(findings[0], "2:5 DOC101 Parameter `b` of `f` is not documented in the docstring.");
}

TEST(DocRules, NoParameterSectionIsNotDoc101) {
  EXPECT_TRUE(doc_codes("def f(a):\n"
                        "    \"\"\"Do it.\n"
                        "\n"
                        "    Returns:\n"
                        "        int: One.\n"
                        "    \"\"\"\n"
                        "    return 1\n")
                  .empty());
}

TEST(DocRules, EarlyReturnNeedsNoReturnsSection) {
  EXPECT_TRUE(doc_codes("def f(a):\n"
                        "    \"\"\"Do it.\n"
                        "\n"
                        "    Args:\n"
                        "        a: The first.\n"
                        "    \"\"\"\n"
                        "    if a:\n"
                        "        return\n"
                        "    print(a)\n"
                        "    return None\n")
                  .empty());
}

TEST(DocRules, ReturnNoneAfterValueReturnsStillNeedsReturns) {
  EXPECT_EQ(doc_codes("def f(a):\n"
                      "    \"\"\"Do it.\n"
                      "\n"
                      "    Args:\n"
                      "        a: The first.\n"
                      "    \"\"\"\n"
                      "    if a:\n"
                      "        return a * 2\n"
                      "    return None\n"),
            (std::vector<std::string>{"DOC201"}));
}

TEST(DocRules, MissingExceptionHasRelatedRaise) {
  const Checked checked = check(
      "def f(a):\n"
      "    \"\"\"Do it.\n"
      "\n"
      "    Args:\n"
      "        a: The first.\n"
      "    \"\"\"\n"
      "    if a:\n"
      "        raise ValueError(a)\n"
      "    raise ValueError('again')\n");
  std::vector<const Diagnostic*> doc;
  for (const Diagnostic& diagnostic : checked.diagnostics) {
    if (diagnostic.rule->code.starts_with("DOC")) doc.push_back(&diagnostic);
  }
  ASSERT_EQ(doc.size(), 1u);
  const Diagnostic& diagnostic = *doc[0];
  EXPECT_EQ(diagnostic.rule->code, "DOC501");
  ASSERT_EQ(diagnostic.related.size(), 2u);
  EXPECT_EQ(diagnostic.related[0].message, "raised here");
  EXPECT_EQ(diagnostic.symbol, "f");
  // A multi-line docstring's noqa goes after the closing quotes.
  ASSERT_TRUE(diagnostic.suppression_offset.has_value());
}

TEST(DocRules, OneFindingPerMissingExceptionType) {
  EXPECT_EQ(doc_codes("def f(a):\n"
                      "    \"\"\"Do it.\n"
                      "\n"
                      "    Raises:\n"
                      "        KeyError: Never mind.\n"
                      "    \"\"\"\n"
                      "    if a:\n"
                      "        raise ValueError(a)\n"
                      "    if not a:\n"
                      "        raise TypeError(a)\n"
                      "    raise KeyError(a)\n"),
            (std::vector<std::string>{"DOC501", "DOC501"}));
}

TEST(DocRules, QualifiedRaiseMatchesDocumentedName) {
  EXPECT_TRUE(doc_codes("import errors\n"
                        "def f(a):\n"
                        "    \"\"\"Do it.\n"
                        "\n"
                        "    Raises:\n"
                        "        ConfigError: When bad.\n"
                        "    \"\"\"\n"
                        "    raise errors.ConfigError(a)\n")
                  .empty());
}

TEST(DocRules, NotImplementedErrorIsExempt) {
  EXPECT_TRUE(doc_codes("def f(a):\n"
                        "    \"\"\"Do it.\n"
                        "\n"
                        "    Args:\n"
                        "        a: The first.\n"
                        "    \"\"\"\n"
                        "    raise NotImplementedError\n")
                  .empty());
}

TEST(DocRules, ClassDocstringDocumentsInit) {
  EXPECT_EQ(doc_codes("class C:\n"
                      "    \"\"\"A thing.\n"
                      "\n"
                      "    Args:\n"
                      "        a: The first.\n"
                      "    \"\"\"\n"
                      "    def __init__(self, a, b):\n"
                      "        self.a = a\n"),
            (std::vector<std::string>{"DOC101"}));
}

TEST(DocRules, SelfAndUnderscoreArgsNeedNoDocumentation) {
  EXPECT_TRUE(doc_codes("class C:\n"
                        "    def m(self, a, _):\n"
                        "        \"\"\"Do it.\n"
                        "\n"
                        "        Args:\n"
                        "            a: The first.\n"
                        "        \"\"\"\n")
                  .empty());
}

TEST(DocRules, GeneratorNeedsYields) {
  EXPECT_EQ(doc_codes("def f(a):\n"
                      "    \"\"\"Do it.\n"
                      "\n"
                      "    Args:\n"
                      "        a: The first.\n"
                      "    \"\"\"\n"
                      "    yield a\n"),
            (std::vector<std::string>{"DOC402"}));
}

TEST(DocRules, DeepNestingInAFunctionDoesNotCrash) {
  std::string source =
      "def f(a):\n"
      "    \"\"\"Do it.\n"
      "\n"
      "    Args:\n"
      "        a: The first.\n"
      "    \"\"\"\n"
      "    yield ";
  for (int i = 0; i < 10000; ++i) source += "[";
  for (int i = 0; i < 10000; ++i) source += "]";
  source += "\n";
  const std::vector<std::string> codes = doc_codes(source);
  EXPECT_LE(codes.size(), 1u);
}

}  // namespace
}  // namespace tenet::python

#include <gtest/gtest.h>

#include "linters/core/registry.h"
#include "linters/core/suppression.h"
#include "linters/core/tool_rules.h"

namespace tenet {
namespace {

const RuleMeta kD103{.code = "D103", .name = "undocumented-public-function"};
const RuleMeta kD102{.code = "D102", .name = "undocumented-public-method"};

TEST(PythonSuppression, ParsesCodesBlanketAndFileLevel) {
  auto directive = parse_python_suppression("# noqa: D103, D102", {0, 18});
  ASSERT_TRUE(directive);
  EXPECT_FALSE(directive->all_codes);
  EXPECT_EQ(directive->codes, (std::vector<std::string>{"D103", "D102"}));

  directive = parse_python_suppression("# NOQA", {0, 6});
  ASSERT_TRUE(directive);
  EXPECT_TRUE(directive->all_codes);

  directive = parse_python_suppression("# why this is fine # noqa:D103 because reasons", {0, 10});
  ASSERT_TRUE(directive);
  EXPECT_EQ(directive->codes, (std::vector<std::string>{"D103"}));

  directive = parse_python_suppression("# tenet: noqa: D100", {0, 19});
  ASSERT_TRUE(directive);
  EXPECT_EQ(directive->scope, SuppressionScope::file);

  directive = parse_python_suppression("# noqa: undocumented-public-function", {0, 10});
  ASSERT_TRUE(directive);
  EXPECT_EQ(directive->codes, (std::vector<std::string>{"undocumented-public-function"}));

  EXPECT_FALSE(parse_python_suppression("# noqaxyz", {0, 9}));
  EXPECT_FALSE(parse_python_suppression("# nothing to see", {0, 16}));
}

TEST(CppSuppression, ParsesNolintForms) {
  auto directive = parse_cpp_suppression("// NOLINTNEXTLINE(CXE001, CXE002)", {0, 10});
  ASSERT_TRUE(directive);
  EXPECT_EQ(directive->scope, SuppressionScope::next_line);
  EXPECT_EQ(directive->codes, (std::vector<std::string>{"CXE001", "CXE002"}));
  directive = parse_cpp_suppression("// NOLINT", {0, 9});
  ASSERT_TRUE(directive);
  EXPECT_EQ(directive->scope, SuppressionScope::line);
  EXPECT_TRUE(directive->all_codes);
  EXPECT_FALSE(parse_cpp_suppression("// nothing", {0, 10}));
}

Diagnostic diagnostic_at(const RuleMeta& rule, std::uint32_t offset) {
  Diagnostic d;
  d.rule = &rule;
  d.message = "m.";
  d.range = {offset, offset + 1};
  return d;
}

TEST(ApplySuppressions, MatchesByLineAndReportsUnusedAndUnknown) {
  const std::string text = "line1  # noqa: D103\nline2  # noqa: D102, XYZ9\nline3\n";
  const LineTable lines(text);
  const RuleRegistry registry({&kD103, &kD102, &kUnusedSuppression});
  std::vector<SuppressionDirective> directives;
  for (std::size_t at = text.find('#'); at != std::string::npos; at = text.find('#', at + 1)) {
    const std::size_t end = text.find('\n', at);
    const auto directive = parse_python_suppression(std::string_view(text).substr(at, end - at),
                                                    {static_cast<std::uint32_t>(at), static_cast<std::uint32_t>(end)});
    ASSERT_TRUE(directive);
    directives.push_back(*directive);
  }
  std::vector<Diagnostic> diagnostics{diagnostic_at(kD103, 0), diagnostic_at(kD103, 20), diagnostic_at(kD103, 40)};
  const auto checked = apply_suppressions(diagnostics, directives, lines, registry, {}, true);
  ASSERT_EQ(checked.size(), 5U);
  EXPECT_TRUE(checked[0].suppressed);   // line 1, D103 named
  EXPECT_FALSE(checked[1].suppressed);  // line 2 names D102 only
  EXPECT_FALSE(checked[2].suppressed);  // line 3 has no comment
  EXPECT_EQ(checked[3].diagnostic.rule, &kUnusedSuppression);
  EXPECT_NE(checked[3].diagnostic.message.find("D102"), std::string::npos);
  EXPECT_NE(checked[4].diagnostic.message.find("unknown rule `XYZ9`"), std::string::npos);

  const auto with_external = apply_suppressions(diagnostics, directives, lines, registry, {"XYZ"}, true);
  EXPECT_EQ(with_external.size(), 4U);
  EXPECT_EQ(apply_suppressions(diagnostics, directives, lines, registry, {}, false).size(), 3U);
}

TEST(ApplySuppressions, SuppressionOffsetMovesTheLine) {
  const std::string text = "x = '''\nfirst\n'''  # noqa: D103\n";
  const LineTable lines(text);
  const RuleRegistry registry({&kD103, &kUnusedSuppression});
  const std::size_t hash = text.find('#');
  const auto directive = parse_python_suppression(std::string_view(text).substr(hash),
                                                  {static_cast<std::uint32_t>(hash), static_cast<std::uint32_t>(text.size())});
  ASSERT_TRUE(directive);
  Diagnostic inside = diagnostic_at(kD103, 8);  // on "first"
  EXPECT_FALSE(apply_suppressions({inside}, {*directive}, lines, registry, {}, false)[0].suppressed);
  inside.suppression_offset = static_cast<std::uint32_t>(text.find("'''", 5) + 3);
  EXPECT_TRUE(apply_suppressions({inside}, {*directive}, lines, registry, {}, false)[0].suppressed);
}

}  // namespace
}  // namespace tenet

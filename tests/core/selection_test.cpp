#include <gtest/gtest.h>

#include "linters/core/selection.h"

namespace tenet {
namespace {

const RuleMeta kD100{.code = "D100", .name = "undocumented-public-module"};
const RuleMeta kD103{.code = "D103", .name = "undocumented-public-function"};
const RuleMeta kD419{.code = "D419", .name = "empty-docstring"};
const RuleMeta kOptIn{.code = "TNT001", .name = "unused-suppression", .enabled_by_default = false};

RuleRegistry test_registry() { return RuleRegistry({&kD419, &kD100, &kOptIn, &kD103}); }

TEST(RuleSelection, DefaultsApplyWhenNothingIsSelected) {
  const RuleRegistry registry = test_registry();
  const RuleSelection selection = select_rules(registry, Settings{}, "a.py");
  EXPECT_TRUE(selection.enabled(kD100));
  EXPECT_TRUE(selection.enabled(kD419));
  EXPECT_FALSE(selection.enabled(kOptIn));
}

TEST(RuleSelection, MoreSpecificSelectorWinsAndIgnoreWinsTies) {
  const RuleRegistry registry = test_registry();
  Settings settings;
  settings.select = {"D"};
  settings.ignore = {"D1"};
  settings.extend_select = {"D103"};
  const RuleSelection selection = select_rules(registry, settings, "a.py");
  EXPECT_FALSE(selection.enabled(kD100));  // D1 is more specific than D
  EXPECT_TRUE(selection.enabled(kD103));   // D103 is more specific than D1
  EXPECT_TRUE(selection.enabled(kD419));
  EXPECT_FALSE(selection.enabled(kOptIn));

  settings = Settings{};
  settings.select = {"D103"};
  settings.ignore = {"D103"};
  EXPECT_FALSE(select_rules(registry, settings, "a.py").enabled(kD103));
}

TEST(RuleSelection, NamesAllAndPerFileIgnores) {
  const RuleRegistry registry = test_registry();
  Settings settings;
  settings.select = {"ALL"};
  settings.ignore = {"empty-docstring"};
  settings.per_file_ignores = {{"tests/**", {"D1"}}};
  const RuleSelection main_file = select_rules(registry, settings, "src/a.py");
  EXPECT_TRUE(main_file.enabled(kOptIn));
  EXPECT_FALSE(main_file.enabled(kD419));
  EXPECT_TRUE(main_file.enabled(kD103));
  EXPECT_FALSE(select_rules(registry, settings, "tests/unit/test_a.py").enabled(kD103));
}

TEST(RuleSelection, KnownSelectors) {
  const RuleRegistry registry = test_registry();
  EXPECT_TRUE(is_known_selector(registry, "D"));
  EXPECT_TRUE(is_known_selector(registry, "D10"));
  EXPECT_TRUE(is_known_selector(registry, "ALL"));
  EXPECT_TRUE(is_known_selector(registry, "empty-docstring"));
  EXPECT_FALSE(is_known_selector(registry, "D9"));
  EXPECT_FALSE(is_known_selector(registry, "XYZ"));
}

TEST(GlobMatch, StarsComponentsAndDirectories) {
  EXPECT_TRUE(glob_match("*.py", "pkg/mod.py"));
  EXPECT_TRUE(glob_match("build", "a/build/x.py"));
  EXPECT_FALSE(glob_match("build", "a/builder/x.py"));
  EXPECT_TRUE(glob_match("tests/*", "tests/a/b.py"));
  EXPECT_TRUE(glob_match("tests/**/*.py", "tests/a/b/c.py"));
  EXPECT_TRUE(glob_match("**/conftest.py", "conftest.py"));
  EXPECT_FALSE(glob_match("src/*.py", "src/a/b.py"));
  EXPECT_TRUE(glob_match("src/[ab].py", "src/a.py"));
  EXPECT_FALSE(glob_match("src/[!ab].py", "src/a.py"));
  EXPECT_TRUE(glob_match("./docs/", "docs/conf.py"));
}

}  // namespace
}  // namespace tenet

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

TEST(RuleSelection, LetterPrefixesNameOneLinterAsInRuff) {
  const RuleMeta doc101{.code = "DOC101", .name = "docstring-missing-parameter"};
  const RuleMeta ble001{.code = "BLE001", .name = "blind-except"};
  const RuleMeta b904{.code = "B904", .name = "raise-without-from-inside-except"};
  const RuleMeta em101{.code = "EM101", .name = "raw-string-in-exception"};
  const RuleMeta e722{.code = "E722", .name = "bare-except"};
  const RuleMeta ple0704{.code = "PLE0704", .name = "misplaced-bare-raise"};
  const RuleMeta plw0711{.code = "PLW0711", .name = "binary-op-exception"};
  const RuleMeta cxe001{.code = "CXE001", .name = "empty-catch"};
  const RuleRegistry registry({&kD100, &doc101, &ble001, &b904, &em101, &e722, &ple0704, &plw0711, &cxe001});
  const auto selected = [&](std::vector<std::string> select, const RuleMeta& rule) {
    Settings settings;
    settings.select = std::move(select);
    return select_rules(registry, settings, "a.py").enabled(rule);
  };
  EXPECT_TRUE(selected({"D"}, kD100));
  EXPECT_FALSE(selected({"D"}, doc101));  // D is pydocstyle, DOC is pydoclint
  EXPECT_FALSE(selected({"D1"}, doc101));
  EXPECT_TRUE(selected({"DOC"}, doc101));
  EXPECT_TRUE(selected({"DOC1"}, doc101));
  EXPECT_FALSE(selected({"B"}, ble001));
  EXPECT_TRUE(selected({"B"}, b904));
  EXPECT_FALSE(selected({"E"}, em101));
  EXPECT_TRUE(selected({"E7"}, e722));
  EXPECT_TRUE(selected({"PL"}, ple0704));  // PL groups pylint's categories
  EXPECT_TRUE(selected({"PL"}, plw0711));
  EXPECT_FALSE(selected({"PLE"}, plw0711));
  EXPECT_TRUE(selected({"CX"}, cxe001));   // CX groups tenet's C++ rules
  EXPECT_FALSE(selected({"C"}, cxe001));
  EXPECT_FALSE(is_known_selector(registry, "DO"));
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

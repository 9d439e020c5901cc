// Finding and loading config files: which file governs a directory, every key, and the
// errors (file, line, key) for everything a user can get wrong.
#include <gtest/gtest.h>

#include "linters/core/config.h"
#include "tests/config/config_test_support.h"

namespace tenet::config_test {
namespace {

// ---------------------------------------------------------------------------------
// find_config_file

TEST(FindConfigFile, NearestConfigWins) {
  TempDir root;
  const fs::path outer = root.write("tenet.toml", "");
  const fs::path inner = root.write("project/tenet.toml", "");
  root.mkdir("project/src/pkg");
  root.mkdir("other");

  EXPECT_EQ(find_config_file(root.path() / "project/src/pkg"), inner);
  EXPECT_EQ(find_config_file(root.path() / "project"), inner);
  EXPECT_EQ(find_config_file(root.path() / "other"), outer);
  EXPECT_EQ(find_config_file(root.path()), outer);
}

TEST(FindConfigFile, PyprojectWithoutToolTenetIsSkipped) {
  TempDir root;
  const fs::path outer = root.write("tenet.toml", "");
  root.write("a/pyproject.toml", "[tool.black]\nline-length = 100\n");
  // Mentions tenet, so it is parsed, but still has no [tool.tenet].
  root.write("a/b/pyproject.toml", "[project]\nname = \"tenet-plugin\"\n");
  // Broken, but cannot be a tenet config: never mentions it.
  root.write("a/b/c/pyproject.toml", "[project\n");

  EXPECT_EQ(find_config_file(root.path() / "a/b/c"), outer);
}

TEST(FindConfigFile, PyprojectWithToolTenetIsUsed) {
  TempDir root;
  root.write("tenet.toml", "");
  const fs::path pyproject = root.write("a/pyproject.toml", "[tool.tenet]\nselect = [\"D\"]\n");
  const fs::path dotted = root.write("b/pyproject.toml", "tool.tenet.select = [\"D\"]\n");

  EXPECT_EQ(find_config_file(root.path() / "a"), pyproject);
  EXPECT_EQ(find_config_file(root.path() / "b"), dotted);
}

TEST(FindConfigFile, BrokenPyprojectMentioningTenetCountsSoItsErrorIsReported) {
  TempDir root;
  root.write("tenet.toml", "");
  const fs::path broken = root.write("a/pyproject.toml", "[tool.tenet\nselect = []\n");

  EXPECT_EQ(find_config_file(root.path() / "a"), broken);
}

TEST(FindConfigFile, PrecedenceInOneDirectory) {
  TempDir root;
  const fs::path dot = root.write(".tenet.toml", "");
  const fs::path plain = root.write("tenet.toml", "");
  const fs::path pyproject = root.write("pyproject.toml", "[tool.tenet]\n");

  EXPECT_EQ(find_config_file(root.path()), dot);
  fs::remove(dot);
  EXPECT_EQ(find_config_file(root.path()), plain);
  fs::remove(plain);
  EXPECT_EQ(find_config_file(root.path()), pyproject);
}

TEST(FindConfigFile, IgnoresDirectoriesNamedLikeConfigFiles) {
  TempDir root;
  const fs::path config = root.write("tenet.toml", "");
  root.mkdir("a/.tenet.toml");

  EXPECT_EQ(find_config_file(root.path() / "a"), config);
}

TEST(FindConfigFile, AcceptsTrailingSeparatorsAndDotDot) {
  TempDir root;
  const fs::path config = root.write("a/tenet.toml", "");
  root.mkdir("a/b");

  EXPECT_EQ(find_config_file(root.path() / "a/b/"), config);
  EXPECT_EQ(find_config_file(root.path() / "a/b/../b"), config);
}

TEST(FindConfigFile, SearchStopsAtTheRoot) {
  TempDir root;
  root.mkdir("a/b");
  // Only meaningful when nothing above the temp directory configures tenet.
  if (find_config_file(root.path()).has_value()) GTEST_SKIP() << "a config above the temp directory";

  EXPECT_EQ(find_config_file(root.path() / "a/b"), std::nullopt);
  EXPECT_EQ(find_config_file("/"), std::nullopt);
}

// ---------------------------------------------------------------------------------
// load_config_file: keys

constexpr std::string_view kEveryKey = R"toml(
select = ["D", "DOC201"]
extend-select = ["TNT001", "bare-except"]
ignore = ["D203"]
external = ["V101", "whatever"]
exclude = ["build/**"]
extend-exclude = ["*_pb2.py", "vendor"]
fail-level = "warning"

[per-file-ignores]
"tests/*.py" = ["D1", "DOC"]
"__init__.py" = ["D103"]

[pydocstyle]
convention = "google"
ignore-decorators = ["typing.overload"]
property-decorators = ["functools.cached_property", "my.prop"]
ignore-var-parameters = true

[pydoclint]
style = "numpy"
skip-checking-short-docstrings = false
ignore-one-line-docstrings = true
check-return-types = false
arg-type-hints-in-docstring = false
check-arg-order = false
skip-checking-raises = true
ignore-underscore-args = false
exempt-exceptions = ["MyAbstractError"]

[python]
logger-objects = ["app.log"]
allowed-print-paths = ["scripts/**"]
max-string-length = 40
check-typed-exception = true

[cpp]
compile-commands = "build"
public-headers = ["include/**"]
exclude = ["third_party/**"]
logger-functions = ["spdlog::info", "LOG"]
allowed-output-functions = ["fmt::print"]
doxygen-commands = ["myalias"]
)toml";

void expect_every_key(const Settings& settings) {
  EXPECT_EQ(settings.select, (std::vector<std::string>{"D", "DOC201"}));
  EXPECT_EQ(settings.extend_select, (std::vector<std::string>{"TNT001", "bare-except"}));
  EXPECT_EQ(settings.ignore, (std::vector<std::string>{"D203"}));
  EXPECT_EQ(settings.external, (std::vector<std::string>{"V101", "whatever"}));
  EXPECT_EQ(settings.exclude, (std::vector<std::string>{"build/**"}));
  EXPECT_EQ(settings.extend_exclude, (std::vector<std::string>{"*_pb2.py", "vendor"}));
  EXPECT_EQ(settings.fail_level, Severity::warning);
  // In the file's order, not toml++'s (sorted by key).
  using Ignores = std::vector<std::pair<std::string, std::vector<std::string>>>;
  EXPECT_EQ(settings.per_file_ignores, (Ignores{{"tests/*.py", {"D1", "DOC"}}, {"__init__.py", {"D103"}}}));
  EXPECT_EQ(settings.pydocstyle.convention, "google");
  EXPECT_EQ(settings.pydocstyle.ignore_decorators, (std::vector<std::string>{"typing.overload"}));
  EXPECT_EQ(settings.pydocstyle.property_decorators,
            (std::vector<std::string>{"functools.cached_property", "my.prop"}));
  EXPECT_TRUE(settings.pydocstyle.ignore_var_parameters);
  EXPECT_EQ(settings.pydoclint.style, "numpy");
  EXPECT_FALSE(settings.pydoclint.skip_checking_short_docstrings);
  EXPECT_TRUE(settings.pydoclint.ignore_one_line_docstrings);
  EXPECT_FALSE(settings.pydoclint.check_return_types);
  EXPECT_FALSE(settings.pydoclint.arg_type_hints_in_docstring);
  EXPECT_FALSE(settings.pydoclint.check_arg_order);
  EXPECT_TRUE(settings.pydoclint.skip_checking_raises);
  EXPECT_FALSE(settings.pydoclint.ignore_underscore_args);
  EXPECT_EQ(settings.pydoclint.exempt_exceptions, (std::vector<std::string>{"MyAbstractError"}));
  EXPECT_EQ(settings.python.logger_objects, (std::vector<std::string>{"app.log"}));
  EXPECT_EQ(settings.python.allowed_print_paths, (std::vector<std::string>{"scripts/**"}));
  EXPECT_EQ(settings.python.max_string_length, 40);
  EXPECT_TRUE(settings.python.check_typed_exception);
  EXPECT_EQ(settings.cpp.compile_commands, "build");
  EXPECT_EQ(settings.cpp.public_headers, (std::vector<std::string>{"include/**"}));
  EXPECT_EQ(settings.cpp.exclude, (std::vector<std::string>{"third_party/**"}));
  EXPECT_EQ(settings.cpp.logger_functions, (std::vector<std::string>{"spdlog::info", "LOG"}));
  EXPECT_EQ(settings.cpp.allowed_output_functions, (std::vector<std::string>{"fmt::print"}));
  EXPECT_EQ(settings.cpp.doxygen_commands, (std::vector<std::string>{"myalias"}));
}

TEST(LoadConfigFile, ReadsEveryKey) {
  TempDir root;
  const fs::path file = root.write("proj/tenet.toml", kEveryKey);

  const Settings settings = load_config_file(file, test_registry());

  expect_every_key(settings);
  EXPECT_EQ(settings.config_file, file);
  EXPECT_EQ(settings.project_root, root.path() / "proj");
}

TEST(LoadConfigFile, ReadsEveryKeyUnderToolTenetInPyproject) {
  TempDir root;
  // Prefix every table header with tool.tenet, and open the file with [tool.tenet].
  std::string text = "[project]\nname = \"x\"\n\n[tool.tenet]";
  for (std::string_view rest = kEveryKey; !rest.empty();) {
    const auto end = rest.find('\n');
    std::string line(rest.substr(0, end));
    rest = end == std::string_view::npos ? std::string_view() : rest.substr(end + 1);
    if (line.starts_with("[")) line = "[tool.tenet." + line.substr(1);
    text += line + "\n";
  }
  const fs::path file = root.write("pyproject.toml", text);

  const Settings settings = load_config_file(file, test_registry());

  expect_every_key(settings);
  EXPECT_EQ(settings.project_root, root.path());
}

TEST(LoadConfigFile, EmptyFileGivesTheDefaults) {
  TempDir root;
  const fs::path file = root.write(".tenet.toml", "# nothing yet\n");

  const Settings settings = load_config_file(file, test_registry());

  expect_same_options(settings, Settings{});
  EXPECT_EQ(settings.config_file, file);
}

TEST(LoadConfigFile, AcceptsSelectorsByCodePrefixNameAndAll) {
  TempDir root;
  const fs::path file =
      root.write("tenet.toml", "select = [\"ALL\", \"D\", \"D4\", \"DOC201\", \"undocumented-param\"]\n");

  EXPECT_EQ(load_config_file(file, test_registry()).select.size(), 5U);
}

TEST(LoadConfigFile, RelativePathIsKeptInMessagesButRootIsAbsolute) {
  TempDir root;
  root.write("tenet.toml", "select = [\"NOPE\"]\n");
  const fs::path cwd = fs::current_path();
  fs::current_path(root.path());
  const ConfigError error = error_of([] { load_config_file("tenet.toml", test_registry()); });
  root.write("tenet.toml", "");
  const Settings settings = load_config_file("tenet.toml", test_registry());
  fs::current_path(cwd);

  EXPECT_STREQ(error.what(), "tenet.toml:1: select: unknown rule selector \"NOPE\"");
  EXPECT_EQ(settings.config_file, "tenet.toml");
  EXPECT_EQ(settings.project_root, root.path());
}

// ---------------------------------------------------------------------------------
// load_config_file: errors

TEST(LoadConfigFileErrors, UnknownKeyNamesFileLineAndKey) {
  TempDir root;
  const fs::path file = root.write("tenet.toml", "select = [\"D\"]\n\nfrobnicate = true\n");

  const ConfigError error = error_of([&] { load_config_file(file, test_registry()); });

  EXPECT_EQ(error.file(), file.string());
  EXPECT_EQ(error.line(), 3U);
  EXPECT_EQ(error.key(), "frobnicate");
  EXPECT_EQ(error.what(), file.string() + ":3: frobnicate: unknown key");
}

TEST(LoadConfigFileErrors, UnknownKeySuggestsTheNearestKnownKey) {
  TempDir root;
  const fs::path file = root.write("tenet.toml", "extend_select = [\"D\"]\n");

  EXPECT_EQ(error_of([&] { load_config_file(file, test_registry()); }).what(),
            file.string() + ":1: extend_select: unknown key (did you mean \"extend-select\"?)");
}

TEST(LoadConfigFileErrors, UnknownKeyInASection) {
  TempDir root;
  const fs::path file = root.write("pyproject.toml",
                                   "[tool.tenet]\nselect = [\"D\"]\n\n[tool.tenet.pydocstyle]\n"
                                   "convention = \"google\"\nignore-decorator = []\n");

  const ConfigError error = error_of([&] { load_config_file(file, test_registry()); });

  EXPECT_EQ(error.line(), 6U);
  EXPECT_EQ(error.key(), "pydocstyle.ignore-decorator");
  EXPECT_EQ(error.what(), file.string() +
                              ":6: pydocstyle.ignore-decorator: unknown key (did you mean "
                              "\"ignore-decorators\"?)");
}

TEST(LoadConfigFileErrors, UnknownSectionIsAnUnknownKey) {
  TempDir root;
  const fs::path file = root.write("tenet.toml", "select = []\n[lint]\nselect = []\n");

  const ConfigError error = error_of([&] { load_config_file(file, test_registry()); });

  EXPECT_EQ(error.key(), "lint");
  EXPECT_EQ(error.line(), 2U);
}

TEST(LoadConfigFileErrors, WrongTypes) {
  struct Case {
    std::string_view text;
    std::string_view expected;  // after "<file>:"
  };
  const Case cases[] = {
      {"select = \"D\"\n", "1: select: expected an array of strings, got a string"},
      {"ignore = [\"D203\",\n  42]\n", "2: ignore: expected an array of strings, got an integer in it"},
      {"fail-level = 2\n", "1: fail-level: expected a string, got an integer"},
      {"per-file-ignores = [\"a.py\"]\n", "1: per-file-ignores: expected a table, got an array"},
      {"[per-file-ignores]\n\"a.py\" = \"D\"\n",
       "2: per-file-ignores.\"a.py\": expected an array of strings, got a string"},
      {"pydocstyle = 3\n", "1: pydocstyle: expected a table, got an integer"},
      {"[pydocstyle]\nignore-var-parameters = \"yes\"\n",
       "2: pydocstyle.ignore-var-parameters: expected a boolean, got a string"},
      {"[cpp]\ncompile-commands = [\"build\"]\n", "2: cpp.compile-commands: expected a string, got an array"},
      {"[python]\nlogger-objects = [1.5]\n",
       "2: python.logger-objects: expected an array of strings, got a float in it"},
  };
  TempDir root;
  for (const Case& c : cases) {
    const fs::path file = root.write("tenet.toml", c.text);
    EXPECT_EQ(error_of([&] { load_config_file(file, test_registry()); }).what(),
              file.string() + ":" + std::string(c.expected))
        << c.text;
  }
}

TEST(LoadConfigFileErrors, BadConventionNamesTheChoices) {
  TempDir root;
  const fs::path file = root.write("pyproject.toml",
                                   "[project]\nname = \"demo\"\n\n[tool.tenet]\nselect = [\"D\"]\n"
                                   "[tool.tenet.pydocstyle]\nconvention = \"googel\"\n");

  EXPECT_EQ(error_of([&] { load_config_file(file, test_registry()); }).what(),
            file.string() +
                ":7: pydocstyle.convention: expected one of \"pep257\", \"google\", \"numpy\", "
                "got \"googel\"");
}

TEST(LoadConfigFileErrors, BadPydoclintStyleAndFlagType) {
  TempDir root;
  const fs::path style = root.write("a/tenet.toml", "[pydoclint]\nstyle = \"rest\"\n");
  EXPECT_EQ(error_of([&] { load_config_file(style, test_registry()); }).what(),
            style.string() +
                ":2: pydoclint.style: expected one of \"auto\", \"sphinx\", \"google\", \"numpy\", got \"rest\"");
  const fs::path flag = root.write("b/tenet.toml", "[pydoclint]\n\nskip-checking-raises = \"yes\"\n");
  const ConfigError error = error_of([&] { load_config_file(flag, test_registry()); });
  EXPECT_EQ(error.line(), 3U);
  EXPECT_EQ(error.key(), "pydoclint.skip-checking-raises");
}

TEST(LoadConfigFileErrors, BadFailLevel) {
  TempDir root;
  const fs::path file = root.write("tenet.toml", "fail-level = \"fatal\"\n");

  EXPECT_EQ(
      error_of([&] { load_config_file(file, test_registry()); }).what(),
      file.string() + ":1: fail-level: expected one of \"note\", \"warning\", \"error\", got \"fatal\"");
}

TEST(LoadConfigFileErrors, UnknownSelectorIsReportedAtItsOwnLine) {
  TempDir root;
  const fs::path file = root.write("tenet.toml", "extend-select = [\n  \"D103\",\n  \"X999\",\n]\n");

  const ConfigError error = error_of([&] { load_config_file(file, test_registry()); });

  EXPECT_EQ(error.line(), 3U);
  EXPECT_EQ(error.what(), file.string() + ":3: extend-select: unknown rule selector \"X999\"");
}

TEST(LoadConfigFileErrors, UnknownSelectorInPerFileIgnores) {
  TempDir root;
  const fs::path file = root.write("tenet.toml", "[per-file-ignores]\n\"tests/*.py\" = [\"D1\", \"Q000\"]\n");

  EXPECT_EQ(error_of([&] { load_config_file(file, test_registry()); }).what(),
            file.string() + ":2: per-file-ignores.\"tests/*.py\": unknown rule selector \"Q000\"");
}

TEST(LoadConfigFileErrors, ExternalCodesAreNotValidated) {
  TempDir root;
  const fs::path file = root.write("tenet.toml", "external = [\"Q000\", \"anything\"]\n");

  EXPECT_EQ(load_config_file(file, test_registry()).external, (std::vector<std::string>{"Q000", "anything"}));
}

TEST(LoadConfigFileErrors, MalformedTomlGivesTheParserLine) {
  TempDir root;
  const fs::path file = root.write("tenet.toml", "select = [\"D\"]\nignore = [\"D203\"\n\n[cpp]\n");

  const ConfigError error = error_of([&] { load_config_file(file, test_registry()); });

  EXPECT_EQ(error.file(), file.string());
  EXPECT_GE(error.line(), 2U);
  EXPECT_EQ(error.key(), "");
  const std::string what = error.what();
  EXPECT_TRUE(what.starts_with(file.string() + ":" + std::to_string(error.line()) + ": invalid TOML: "))
      << what;
  EXPECT_EQ(what.find('\n'), std::string::npos) << what;
}

TEST(LoadConfigFileErrors, DuplicateKeyIsASyntaxError) {
  TempDir root;
  const fs::path file = root.write("tenet.toml", "select = []\nselect = [\"D\"]\n");

  EXPECT_EQ(error_of([&] { load_config_file(file, test_registry()); }).line(), 2U);
}

TEST(LoadConfigFileErrors, MissingFile) {
  TempDir root;
  const fs::path file = root.path() / "tenet.toml";

  const ConfigError error = error_of([&] { load_config_file(file, test_registry()); });

  EXPECT_EQ(error.line(), 0U);
  EXPECT_TRUE(std::string(error.what()).starts_with(file.string() + ": cannot read the file"))
      << error.what();
}

TEST(LoadConfigFileErrors, PyprojectWithoutToolTenet) {
  TempDir root;
  const fs::path file = root.write("pyproject.toml", "[tool.black]\n");

  EXPECT_EQ(error_of([&] { load_config_file(file, test_registry()); }).what(),
            file.string() + ": tool.tenet: the file has no [tool.tenet] table");
}

TEST(LoadConfigFileErrors, ToolTenetThatIsNotATable) {
  TempDir root;
  const fs::path file = root.write("pyproject.toml", "[tool]\ntenet = \"yes\"\n");

  EXPECT_EQ(error_of([&] { load_config_file(file, test_registry()); }).what(),
            file.string() + ":2: tool.tenet: expected a table, got a string");
}

}  // namespace
}  // namespace tenet::config_test

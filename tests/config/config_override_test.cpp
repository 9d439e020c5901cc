// Command-line overrides, printing the effective configuration, and the per-file
// resolver with its caches.
#include <gtest/gtest.h>

#include <thread>

#include "linters/core/config.h"
#include "tests/config/config_test_support.h"

namespace tenet::config_test {
namespace {

// ---------------------------------------------------------------------------------
// parse_override

TEST(ParseOverride, SplitsAtTheFirstEqualsAndTrims) {
  const ConfigOverride parsed = parse_override("  pydocstyle.convention = \"google\"  ", "--config");

  EXPECT_EQ(parsed.origin, "--config");
  EXPECT_EQ(parsed.key, "pydocstyle.convention");
  EXPECT_EQ(parsed.value, "\"google\"");
}

TEST(ParseOverride, ValueMayContainEquals) {
  const ConfigOverride parsed = parse_override("per-file-ignores={\"a.py\"=[\"D\"]}", "--config");

  EXPECT_EQ(parsed.key, "per-file-ignores");
  EXPECT_EQ(parsed.value, "{\"a.py\"=[\"D\"]}");
}

TEST(ParseOverride, BareWordIsNotAcceptedSilently) {
  const ConfigError error = error_of([] { parse_override("select=D1", "--config"); });

  EXPECT_EQ(error.file(), "--config");
  EXPECT_EQ(error.line(), 0U);
  EXPECT_EQ(error.key(), "select");
  EXPECT_TRUE(std::string(error.what()).starts_with("--config: select: expected a TOML value, got D1"))
      << error.what();
}

TEST(ParseOverride, RejectsTextWithoutKeyOrEquals) {
  EXPECT_EQ(std::string(error_of([] { parse_override("select", "--config"); }).what()),
            "--config: expected KEY=VALUE, got \"select\"");
  EXPECT_EQ(error_of([] { parse_override(" = 1", "--config"); }).key(), "");
  EXPECT_EQ(error_of([] { parse_override("select=", "--config"); }).key(), "select");
}

TEST(ParseOverride, RejectsSeveralValues) {
  EXPECT_EQ(error_of([] { parse_override("fail-level=\"error\"\nselect=[]", "--config"); }).key(),
            "fail-level");
}

TEST(ParseOverride, ChecksKeysAndTypesEarly) {
  EXPECT_EQ(
      std::string(error_of([] { parse_override("pydocstyle.conventon=\"google\"", "--config"); }).what()),
      "--config: pydocstyle.conventon: unknown key (did you mean \"convention\"?)");
  EXPECT_EQ(std::string(error_of([] { parse_override("fail-level=1", "--config"); }).what()),
            "--config: fail-level: expected a string, got an integer");
}

// ---------------------------------------------------------------------------------
// apply_override

Settings with_overrides(Settings settings, std::initializer_list<std::string_view> texts) {
  for (const std::string_view text : texts) {
    apply_override(settings, parse_override(text, "--config"), test_registry());
  }
  return settings;
}

TEST(ApplyOverride, SetsTopLevelAndNestedKeys) {
  const Settings settings = with_overrides({}, {
                                                   "select=[\"D1\", \"E722\"]",
                                                   "fail-level=\"error\"",
                                                   "pydocstyle.convention=\"numpy\"",
                                                   "pydocstyle.ignore-var-parameters=true",
                                                   "cpp.compile-commands=\"out/build\"",
                                                   "python.logger-objects=['log']",
                                               });

  EXPECT_EQ(settings.select, (std::vector<std::string>{"D1", "E722"}));
  EXPECT_EQ(settings.fail_level, Severity::error);
  EXPECT_EQ(settings.pydocstyle.convention, "numpy");
  EXPECT_TRUE(settings.pydocstyle.ignore_var_parameters);
  EXPECT_EQ(settings.cpp.compile_commands, "out/build");
  EXPECT_EQ(settings.python.logger_objects, (std::vector<std::string>{"log"}));
}

TEST(ApplyOverride, OverlaysOnlyTheKeyItNames) {
  Settings base;
  base.ignore = {"D203"};
  base.pydocstyle.ignore_decorators = {"typing.overload"};
  base.pydocstyle.convention = "pep257";

  const Settings settings = with_overrides(base, {"pydocstyle.convention=\"google\"", "ignore=[]"});

  EXPECT_EQ(settings.pydocstyle.convention, "google");
  EXPECT_EQ(settings.pydocstyle.ignore_decorators, (std::vector<std::string>{"typing.overload"}));
  EXPECT_TRUE(settings.ignore.empty());
}

TEST(ApplyOverride, QuotedGlobKeyInPerFileIgnores) {
  const Settings settings = with_overrides({}, {"per-file-ignores.\"tests/*.py\"=[\"D\"]"});

  using Ignores = std::vector<std::pair<std::string, std::vector<std::string>>>;
  EXPECT_EQ(settings.per_file_ignores, (Ignores{{"tests/*.py", {"D"}}}));
}

TEST(ApplyOverride, UnknownSelectorNamesTheOriginWithoutALine) {
  Settings settings;
  const ConfigOverride override{"--select", "select", "[\"D\", \"X1\"]"};

  const ConfigError error = error_of([&] { apply_override(settings, override, test_registry()); });

  EXPECT_EQ(error.line(), 0U);
  EXPECT_STREQ(error.what(), "--select: select: unknown rule selector \"X1\"");
}

TEST(ApplyOverride, BadValueAndBadKey) {
  Settings settings;
  EXPECT_STREQ(
      error_of([&] {
        apply_override(settings, {"--config", "pydocstyle.convention", "\"googel\""}, test_registry());
      }).what(),
      "--config: pydocstyle.convention: expected one of \"pep257\", \"google\", \"numpy\", got \"googel\"");
  EXPECT_STREQ(error_of([&] {
                 apply_override(settings, {"--config", "a b", "1"}, test_registry());
               }).what(),
               "--config: a b: expected a dotted TOML key (quote globs: per-file-ignores.\"a/*.py\")");
}

// ---------------------------------------------------------------------------------
// settings_to_toml

Settings every_option() {
  Settings settings;
  settings.select = {"D", "DOC201"};
  settings.extend_select = {"TNT001"};
  settings.ignore = {"D203", "bare-except"};
  settings.external = {"V101", "quote\"and\\backslash", "tab\there", "ünïcode"};
  settings.per_file_ignores = {{"__init__.py", {"D103"}}, {"tests/**/*.py", {"D1", "DOC"}}, {"a b.py", {}}};
  settings.exclude = {"build/**"};
  // Long enough to be written one element per line.
  settings.extend_exclude = {"some/really/long/path/one/**", "some/really/long/path/two/**",
                             "some/really/long/path/three/**", "x"};
  settings.fail_level = Severity::error;
  settings.pydocstyle.convention = "numpy";
  settings.pydocstyle.ignore_decorators = {"typing.overload"};
  settings.pydocstyle.property_decorators = {"functools.cached_property"};
  settings.pydocstyle.ignore_var_parameters = true;
  settings.python.logger_objects = {"app.logger"};
  settings.python.allowed_print_paths = {"scripts/*"};
  settings.python.max_string_length = 12;
  settings.python.check_typed_exception = true;
  settings.pydoclint.style = "google";
  settings.pydoclint.check_arg_order = false;
  settings.pydoclint.exempt_exceptions = {"AbstractMethodError"};
  settings.cpp.doxygen_commands = {"myalias", "\\other"};
  settings.cpp.compile_commands = "build/compile_commands.json";
  settings.cpp.public_headers = {"include/**.h"};
  settings.cpp.exclude = {"third_party/**"};
  settings.cpp.logger_functions = {"spdlog::info"};
  settings.cpp.allowed_output_functions = {"fmt::print", "std::puts"};
  return settings;
}

TEST(SettingsToToml, RoundTripsEveryOption) {
  TempDir root;
  Settings original = every_option();
  original.config_file = root.path() / "pyproject.toml";
  const std::string text = settings_to_toml(original);
  const fs::path file = root.write("tenet.toml", text);

  const Settings reloaded = load_config_file(file, test_registry());

  expect_same_options(reloaded, original);
  EXPECT_EQ(reloaded.config_file, file);
}

TEST(SettingsToToml, RoundTripsTheDefaults) {
  TempDir root;
  const std::string text = settings_to_toml(Settings{});
  const fs::path file = root.write("tenet.toml", text);

  expect_same_options(load_config_file(file, test_registry()), Settings{});
}

TEST(SettingsToToml, ShowsEveryKeyAndWhereTheSettingsCameFrom) {
  Settings settings;
  settings.config_file = "proj/pyproject.toml";
  const std::string text = settings_to_toml(settings);

  EXPECT_TRUE(text.starts_with("# effective configuration from proj/pyproject.toml\n")) << text;
  EXPECT_TRUE(settings_to_toml(Settings{}).starts_with("# effective configuration from defaults\n"));
  for (const std::string_view expected : {"\nselect = []\n",
                                          "\nextend-select = []\n",
                                          "\nignore = []\n",
                                          "\nexternal = []\n",
                                          "\nexclude = []\n",
                                          "\nextend-exclude = []\n",
                                          "\nfail-level = \"note\"\n",
                                          "\n[per-file-ignores]\n",
                                          "\n[pydocstyle]\n",
                                          "\n# convention is not set",
                                          "\nignore-decorators = []\n",
                                          "\nproperty-decorators = []\n",
                                          "\nignore-var-parameters = false\n",
                                          "\n[python]\n",
                                          "\nlogger-objects = []\n",
                                          "\nallowed-print-paths = []\n",
                                          "\nmax-string-length = 0\n",
                                          "\ncheck-typed-exception = false\n",
                                          "\n[pydoclint]\n",
                                          "\nstyle = \"auto\"\n",
                                          "\nskip-checking-short-docstrings = true\n",
                                          "\nexempt-exceptions = [\"NotImplementedError\", \"NotImplemented\"]\n",
                                          "\ndoxygen-commands = []\n",
                                          "\n[cpp]\n",
                                          "\ncompile-commands = \"\"\n",
                                          "\npublic-headers = []\n",
                                          "\nlogger-functions = []\n",
                                          "\nallowed-output-functions = []\n"}) {
    EXPECT_NE(text.find(expected), std::string::npos) << expected << "\nin:\n" << text;
  }
}

// ---------------------------------------------------------------------------------
// ConfigResolver

TEST(ConfigResolver, FilesInOneDirectoryShareTheSettings) {
  TempDir root;
  root.write("tenet.toml", "select = [\"D\"]\n");
  root.mkdir("pkg/sub");
  ConfigResolver resolver(test_registry(), {});

  const auto first = resolver.settings_for(root.path() / "pkg/a.py");
  const auto second = resolver.settings_for(root.path() / "pkg/b.py");
  const auto nested = resolver.settings_for(root.path() / "pkg/sub/c.py");

  EXPECT_EQ(first, second);
  EXPECT_EQ(first, nested);  // one config file is loaded once
  EXPECT_EQ(first->select, (std::vector<std::string>{"D"}));
  EXPECT_EQ(first->project_root, root.path());
}

TEST(ConfigResolver, NearestConfigGovernsEachFile) {
  TempDir root;
  root.write("tenet.toml", "select = [\"D\"]\n");
  root.write("lib/pyproject.toml", "[tool.tenet]\nselect = [\"E722\"]\n");
  ConfigResolver resolver(test_registry(), {});

  const auto top = resolver.settings_for(root.path() / "main.py");
  const auto lib = resolver.settings_for(root.path() / "lib/x/y.py");

  EXPECT_NE(top, lib);
  EXPECT_EQ(top->select, (std::vector<std::string>{"D"}));
  EXPECT_EQ(lib->select, (std::vector<std::string>{"E722"}));
  EXPECT_EQ(lib->project_root, root.path() / "lib");
}

TEST(ConfigResolver, RemembersEveryDirectoryItLookedAt) {
  TempDir root;
  root.write("tenet.toml", "");
  root.mkdir("a/b");
  ConfigResolver resolver(test_registry(), {});
  const auto before = resolver.settings_for(root.path() / "a/b/f.py");

  // A config created afterwards in a directory already looked at (the parent "a"
  // included) is not seen: the answer was cached.
  root.write("a/tenet.toml", "select = [\"D\"]\n");

  EXPECT_EQ(resolver.settings_for(root.path() / "a/g.py"), before);
  EXPECT_EQ(resolver.settings_for(root.path() / "a/b/h.py"), before);
}

TEST(ConfigResolver, AppliesOverridesOverEveryConfig) {
  TempDir root;
  root.write("tenet.toml", "select = [\"D\"]\nfail-level = \"warning\"\n");
  ConfigResolver resolver(test_registry(), {parse_override("fail-level=\"error\"", "--config")});

  const auto settings = resolver.settings_for(root.path() / "f.py");

  EXPECT_EQ(settings->select, (std::vector<std::string>{"D"}));
  EXPECT_EQ(settings->fail_level, Severity::error);
}

TEST(ConfigResolver, ExplicitConfigGovernsEveryFile) {
  TempDir root;
  const fs::path explicit_config = root.write("conf/custom.toml", "select = [\"E722\"]\n");
  root.write("src/tenet.toml", "select = [\"D\"]\n");
  ConfigResolver resolver(test_registry(), {}, explicit_config);

  const auto settings = resolver.settings_for(root.path() / "src/f.py");

  EXPECT_EQ(settings, resolver.settings_for(root.path() / "elsewhere/g.py"));
  EXPECT_EQ(settings->select, (std::vector<std::string>{"E722"}));
  EXPECT_EQ(settings->config_file, explicit_config);
  EXPECT_EQ(settings->project_root, root.path() / "conf");
}

TEST(ConfigResolver, WithoutAConfigUsesDefaultsRootedAtTheWorkingDirectory) {
  TempDir root;
  if (find_config_file(root.path()).has_value()) GTEST_SKIP() << "a config above the temp directory";
  ConfigResolver resolver(test_registry(), {parse_override("select=[\"D\"]", "--config")});

  const auto settings = resolver.settings_for(root.path() / "f.py");

  EXPECT_TRUE(settings->config_file.empty());
  EXPECT_EQ(settings->project_root, fs::current_path());
  EXPECT_EQ(settings->select, (std::vector<std::string>{"D"}));
}

TEST(ConfigResolver, ReportsABrokenConfig) {
  TempDir root;
  const fs::path config = root.write("tenet.toml", "select = [\"X1\"]\n");
  ConfigResolver resolver(test_registry(), {});

  const ConfigError error = error_of([&] { resolver.settings_for(root.path() / "f.py"); });

  EXPECT_EQ(error.file(), config.string());
  EXPECT_EQ(error.line(), 1U);
}

TEST(ConfigResolver, IsSafeToShareBetweenThreads) {
  TempDir root;
  root.write("tenet.toml", "select = [\"D\"]\n");
  root.write("sub/.tenet.toml", "select = [\"E\"]\n");
  ConfigResolver resolver(test_registry(), {});
  std::vector<std::shared_ptr<const Settings>> top(4);
  std::vector<std::shared_ptr<const Settings>> sub(4);

  std::vector<std::thread> threads;
  for (std::size_t i = 0; i < top.size(); ++i) {
    threads.emplace_back([&, i] {
      for (int n = 0; n < 50; ++n) {
        top[i] = resolver.settings_for(root.path() / ("d" + std::to_string(n % 5)) / "f.py");
        sub[i] = resolver.settings_for(root.path() / "sub" / ("d" + std::to_string(n % 5)) / "f.py");
      }
    });
  }
  for (std::thread& thread : threads) thread.join();

  for (std::size_t i = 1; i < top.size(); ++i) {
    EXPECT_EQ(top[i], top[0]);
    EXPECT_EQ(sub[i], sub[0]);
  }
  EXPECT_NE(top[0], sub[0]);
}

}  // namespace
}  // namespace tenet::config_test

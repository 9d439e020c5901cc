// The `tenet` command: check, baseline, coverage, merge, rules, explain, config, version.
#include <CLI/CLI.hpp>

#include <filesystem>
#include <iostream>
#include <sstream>
#include <nlohmann/json.hpp>

#include "linters/cli/all_rules.h"
#include "linters/cli/check_command.h"
#include "linters/cli/coverage_command.h"
#include "linters/core/config.h"
#include "linters/report/formats.h"
#include "linters/report/reporter.h"
#include "linters/report/sarif_merge.h"

namespace fs = std::filesystem;

namespace {

using tenet::cli::all_rules;

constexpr int kExitUsage = 2;

/// `-p DIR` as the override of `cpp.compile-commands`: an absolute path, since a relative
/// one given on the command line means the current directory, not the config file's.
tenet::ConfigOverride compile_commands_override(const std::string& directory) {
  return {"-p", "cpp.compile-commands", nlohmann::json(std::filesystem::absolute(directory).string()).dump(), false};
}

/// `--select D1,D2` and repeated `--select D3` both become one TOML array.
std::string toml_string_array(const std::vector<std::string>& values) {
  std::string out = "[";
  for (const auto& joined : values) {
    std::size_t start = 0;
    while (start <= joined.size()) {
      const std::size_t comma = joined.find(',', start);
      std::string item = joined.substr(start, comma == std::string::npos ? std::string::npos : comma - start);
      if (!item.empty()) {
        if (out.size() > 1) out += ", ";
        out += nlohmann::json(item).dump();
      }
      if (comma == std::string::npos) break;
      start = comma + 1;
    }
  }
  return out + "]";
}

std::string fixable_word(tenet::FixAvailability fix) {
  switch (fix) {
    case tenet::FixAvailability::none: return "-";
    case tenet::FixAvailability::safe: return "safe";
    case tenet::FixAvailability::unsafe: return "unsafe";
  }
  return "-";
}

int list_rules(const std::string& format) {
  const auto& registry = all_rules();
  if (format == "json") {
    nlohmann::ordered_json rules = nlohmann::ordered_json::array();
    for (const tenet::RuleMeta* rule : registry.rules()) {
      rules.push_back({{"code", rule->code},
                       {"name", rule->name},
                       {"summary", rule->summary},
                       {"severity", tenet::severity_name(rule->severity)},
                       {"default", rule->enabled_by_default},
                       {"fix", fixable_word(rule->fix)},
                       {"since", rule->since}});
    }
    std::cout << rules.dump(2) << "\n";
    return 0;
  }
  for (const tenet::RuleMeta* rule : registry.rules()) {
    std::printf("%-8.*s %-36.*s %-8s %-7s %.*s\n", static_cast<int>(rule->code.size()), rule->code.data(),
                static_cast<int>(rule->name.size()), rule->name.data(), rule->enabled_by_default ? "default" : "opt-in",
                fixable_word(rule->fix).c_str(), static_cast<int>(rule->summary.size()), rule->summary.data());
  }
  return 0;
}

int explain_rule(const std::string& code_or_name) {
  const tenet::RuleMeta* rule = all_rules().find(code_or_name);
  if (rule == nullptr) {
    std::cerr << "tenet: error: unknown rule \"" << code_or_name << "\" (see `tenet rules`)\n";
    return kExitUsage;
  }
  const std::string_view doc = tenet::rule_doc(rule->code);
  if (doc.empty()) {
    std::cout << rule->code << " (" << rule->name << "): " << rule->summary << "\n";
  } else {
    std::cout << doc;
    if (doc.back() != '\n') std::cout << "\n";
  }
  return 0;
}

int show_config(const std::string& path, const std::vector<tenet::ConfigOverride>& overrides,
                const std::optional<std::string>& config_file, bool isolated) {
  if (isolated) {
    tenet::Settings settings;
    settings.project_root = fs::current_path();
    for (const auto& override : overrides) tenet::apply_override(settings, override, all_rules());
    std::cout << tenet::settings_to_toml(settings);
    return 0;
  }
  std::optional<fs::path> explicit_config;
  if (config_file) explicit_config = fs::absolute(*config_file);
  tenet::ConfigResolver resolver(all_rules(), overrides, explicit_config);
  fs::path target = fs::absolute(path.empty() ? "." : path);
  // The resolver looks up a file's directory; a directory stands for a file inside it.
  if (fs::is_directory(target)) target /= "__tenet_config_probe__.py";
  std::cout << tenet::settings_to_toml(*resolver.settings_for(target));
  return 0;
}

/// `tenet merge`: one SARIF log from several; a bad input is a one-line error (exit 2).
int merge_sarif_files(const std::vector<std::string>& inputs, const std::string& output_file) {
  std::vector<tenet::report::SarifInput> logs;
  logs.reserve(inputs.size());
  for (const std::string& input : inputs) logs.push_back(tenet::report::read_sarif_input(input));
  std::ostringstream text;
  tenet::report::write_json_document(tenet::report::merge_sarif_logs(logs), text);
  if (output_file.empty() || output_file == "-") {
    std::cout << text.str();
  } else {
    tenet::report::write_file_atomically(output_file, text.str());
  }
  return 0;
}

/// Splits `FORMAT:PATH` of --report.
std::optional<tenet::cli::ReportTarget> parse_report_target(const std::string& text) {
  const std::size_t colon = text.find(':');
  if (colon == std::string::npos || colon == 0 || colon + 1 == text.size()) return std::nullopt;
  return tenet::cli::ReportTarget{text.substr(0, colon), text.substr(colon + 1)};
}

std::string known_formats() {
  std::string names;
  for (const auto name : tenet::report::format_names()) names += (names.empty() ? "" : ", ") + std::string(name);
  return names;
}

}  // namespace

int main(int argc, char** argv) {
  CLI::App app{"tenet: documentation, exception-handling and logging checks for Python and C++."};
  app.require_subcommand(0, 1);
  app.set_version_flag("--version", std::string("tenet ") + TENET_VERSION);

  // ---- check
  tenet::cli::CheckOptions check;
  std::vector<std::string> select, extend_select, ignore, exclude, extend_exclude, config_args, report_args;
  std::string format = "text";
  std::string output_file;
  CLI::App* check_cmd = app.add_subcommand("check", "Check files and directories (default: the current directory).");
  check_cmd->add_option("paths", check.paths, "Files and directories to check");
  check_cmd->add_option("--select", select, "Rule codes, prefixes or names to enable (replaces the configured set)")->delimiter(',')->allow_extra_args(false);
  check_cmd->add_option("--extend-select", extend_select, "Rules to enable in addition")->delimiter(',')->allow_extra_args(false);
  check_cmd->add_option("--ignore", ignore, "Rules to disable")->delimiter(',')->allow_extra_args(false);
  check_cmd->add_option("--exclude", exclude, "Globs to exclude (replaces the defaults)")->delimiter(',')->allow_extra_args(false);
  check_cmd->add_option("--extend-exclude", extend_exclude, "Globs to exclude in addition")->delimiter(',')->allow_extra_args(false);
  check_cmd->add_option("--config", config_args, "A config file, or KEY=VALUE (TOML value) overriding one setting")->allow_extra_args(false);
  check_cmd->add_flag("--isolated", check.isolated, "Ignore all configuration files");
  std::string compile_commands_dir;
  check_cmd->add_option("-p,--compile-commands-dir", compile_commands_dir,
                        "Where compile_commands.json is, for C++ files (as clang-tidy -p; overrides cpp.compile-commands)");
  check_cmd->add_option("--format", format, "Output format: " + known_formats());
  check_cmd->add_option("-o,--output-file", output_file, "Write the --format output to this file (atomically)");
  check_cmd->add_option("--report", report_args, "Also write FORMAT:PATH (repeatable)")->allow_extra_args(false);
  check_cmd->add_option("--fail-level", check.fail_level, "Lowest level that fails the run: note, warning, error")
      ->check(CLI::IsMember({"note", "warning", "error"}));
  check_cmd->add_flag("--exit-zero", check.exit_zero, "Exit 0 even when there are findings");
  check_cmd->add_option("-j,--jobs", check.jobs, "Worker threads (default: one per core)");
  check_cmd->add_flag("--show-suppressed", check.show_suppressed, "Include suppressed findings in the output");
  check_cmd->add_option("--diff-base", check.diff_base,
                        "Report only findings on lines changed since this git revision (merge base with the work tree)");
  check_cmd->add_option("--baseline", check.baseline, "Report only findings not recorded in this baseline file");
  check_cmd->add_flag("--show-baseline", check.show_baseline, "Keep baselined findings in the output (SARIF marks them)");
  check_cmd->add_flag("--fix", check.fix, "Apply safe fixes to the files (rewritten atomically, then re-checked)");
  check_cmd->add_flag("--unsafe-fixes", check.unsafe_fixes, "With --fix or --diff, apply unsafe fixes too");
  check_cmd->add_flag("--diff", check.diff, "Print the fixes as a unified diff instead of writing them");
  check_cmd->add_flag("--show-files", check.show_files,
                      "List the files that would be checked, one per line, and check nothing");

  // ---- baseline: the same discovery and options as check, findings to a file
  std::string baseline_output;
  CLI::App* baseline_cmd = app.add_subcommand("baseline", "Record today's findings so that only new ones are reported.");
  baseline_cmd->add_option("paths", check.paths, "Files and directories to check");
  baseline_cmd->add_option("-o,--output-file", baseline_output, "The baseline file to write")->required();
  baseline_cmd->add_option("--select", select, "Rule codes, prefixes or names to enable")->delimiter(',')->allow_extra_args(false);
  baseline_cmd->add_option("--extend-select", extend_select, "Rules to enable in addition")->delimiter(',')->allow_extra_args(false);
  baseline_cmd->add_option("--ignore", ignore, "Rules to disable")->delimiter(',')->allow_extra_args(false);
  baseline_cmd->add_option("--config", config_args, "A config file, or KEY=VALUE overriding one setting")->allow_extra_args(false);
  baseline_cmd->add_flag("--isolated", check.isolated, "Ignore all configuration files");
  baseline_cmd->add_option("-p,--compile-commands-dir", compile_commands_dir,
                           "Where compile_commands.json is, for C++ files (overrides cpp.compile-commands)");
  baseline_cmd->add_option("-j,--jobs", check.jobs, "Worker threads (default: one per core)");

  // ---- coverage: the same discovery and configuration as check, a different measure
  tenet::cli::CoverageCommandOptions coverage;
  std::vector<std::string> coverage_config, coverage_ignore, coverage_exclude, coverage_extend_exclude;
  double coverage_fail_under = -1.0;
  CLI::App* coverage_cmd = app.add_subcommand(
      "coverage", "Documented / documentable definitions per file and in total (like interrogate).");
  coverage_cmd->add_option("paths", coverage.paths, "Files and directories to measure");
  coverage_cmd->add_option("--format", coverage.format, "text or json")->check(CLI::IsMember({"text", "json"}));
  coverage_cmd->add_option("-o,--output-file", coverage.output_file, "Write the report to this file (atomically)");
  coverage_cmd->add_option("--fail-under", coverage_fail_under,
                           "Exit 1 when the total is below this percentage (overrides [coverage] fail-under)")
      ->check(CLI::Range(0.0, 100.0));
  coverage_cmd->add_option("--ignore", coverage_ignore, "Rules whose definitions are not counted (e.g. D105,D107)")
      ->delimiter(',')->allow_extra_args(false);
  coverage_cmd->add_option("--exclude", coverage_exclude, "Globs to exclude (replaces the defaults)")->delimiter(',')->allow_extra_args(false);
  coverage_cmd->add_option("--extend-exclude", coverage_extend_exclude, "Globs to exclude in addition")->delimiter(',')->allow_extra_args(false);
  coverage_cmd->add_option("--config", coverage_config, "A config file, or KEY=VALUE (TOML value) overriding one setting")->allow_extra_args(false);
  coverage_cmd->add_flag("--isolated", coverage.isolated, "Ignore all configuration files");
  std::string coverage_compile_commands_dir;
  coverage_cmd->add_option("-p,--compile-commands-dir", coverage_compile_commands_dir,
                           "Where compile_commands.json is, for C++ files (overrides cpp.compile-commands)");
  coverage_cmd->add_flag("-v,--verbose", coverage.verbose, "List every undocumented definition (text output)");
  coverage_cmd->add_option("-j,--jobs", coverage.jobs, "Worker threads (default: one per core)");

  // ---- rules / explain / config / version
  std::string rules_format = "text";
  CLI::App* rules_cmd = app.add_subcommand("rules", "List every rule: code, name, default, fix, summary.");
  rules_cmd->add_option("--format", rules_format, "text or json")->check(CLI::IsMember({"text", "json"}));
  std::string explain_code;
  CLI::App* explain_cmd = app.add_subcommand("explain", "Print a rule's documentation.");
  explain_cmd->add_option("rule", explain_code, "Rule code or name")->required();
  std::string config_path;
  std::vector<std::string> config_cmd_args;
  bool config_isolated = false;
  CLI::App* config_cmd = app.add_subcommand("config", "Print the effective configuration for a path.");
  config_cmd->add_option("path", config_path, "File or directory (default: .)");
  config_cmd->add_option("--config", config_cmd_args, "A config file, or KEY=VALUE overriding one setting")->allow_extra_args(false);
  config_cmd->add_flag("--isolated", config_isolated, "Ignore all configuration files");
  CLI::App* version_cmd = app.add_subcommand("version", "Print tenet's version.");
  std::vector<std::string> merge_inputs;
  std::string merge_output;
  CLI::App* merge_cmd = app.add_subcommand("merge", "Join SARIF files (e.g. the Clang plugin's, one per translation unit) into one run.");
  merge_cmd->add_option("files", merge_inputs, "SARIF files written by tenet")->required();
  merge_cmd->add_option("-o,--output-file", merge_output, "Write the merged SARIF here (atomically) instead of stdout");

  try {
    app.parse(argc, argv);
  } catch (const CLI::CallForHelp&) {
    std::cout << app.help();
    return 0;
  } catch (const CLI::CallForVersion&) {
    std::cout << "tenet " << TENET_VERSION << "\n";
    return 0;
  } catch (const CLI::ParseError& error) {
    if (error.get_exit_code() == 0) {
      // Help of a subcommand.
      std::cout << (app.get_subcommands().empty() ? app.help() : app.get_subcommands().front()->help());
      return 0;
    }
    std::cerr << "tenet: error: " << error.what() << " (see `tenet --help`)\n";
    return kExitUsage;
  }

  try {
    if (*version_cmd) {
      std::cout << "tenet " << TENET_VERSION << "\n";
      return 0;
    }
    if (*rules_cmd) return list_rules(rules_format);
    if (*merge_cmd) return merge_sarif_files(merge_inputs, merge_output);
    if (*explain_cmd) return explain_rule(explain_code);
    // --config takes either a file or KEY=VALUE, as ruff's does.
    const auto split_config = [](const std::vector<std::string>& args, std::vector<tenet::ConfigOverride>& overrides,
                                 std::optional<std::string>& file) {
      for (const auto& arg : args) {
        if (arg.find('=') == std::string::npos) {
          file = arg;
        } else {
          overrides.push_back(tenet::parse_override(arg, "--config"));
        }
      }
    };
    if (*config_cmd) {
      std::vector<tenet::ConfigOverride> overrides;
      std::optional<std::string> file;
      split_config(config_cmd_args, overrides, file);
      return show_config(config_path, overrides, file, config_isolated);
    }
    if (*coverage_cmd) {
      split_config(coverage_config, coverage.overrides, coverage.config_file);
      if (!coverage_ignore.empty()) coverage.overrides.push_back({"--ignore", "ignore", toml_string_array(coverage_ignore), false});
      if (!coverage_exclude.empty()) coverage.overrides.push_back({"--exclude", "exclude", toml_string_array(coverage_exclude), false});
      if (!coverage_extend_exclude.empty()) {
        coverage.overrides.push_back({"--extend-exclude", "extend-exclude", toml_string_array(coverage_extend_exclude), true});
      }
      if (!coverage_compile_commands_dir.empty()) {
        coverage.overrides.push_back(compile_commands_override(coverage_compile_commands_dir));
      }
      if (coverage_cmd->count("--fail-under") != 0) coverage.fail_under = coverage_fail_under;
      const tenet::cli::CoverageOutcome outcome = tenet::cli::run_coverage(coverage);
      for (const std::string& note : outcome.notes) std::cerr << "tenet: note: " << note << "\n";
      std::cout << outcome.stdout_text;
      return outcome.exit_code;
    }
    if (!*check_cmd && !*baseline_cmd) {
      std::cout << app.help();
      return kExitUsage;
    }
    split_config(config_args, check.overrides, check.config_file);
    const auto add_list = [&](const char* origin, const char* key, const std::vector<std::string>& values,
                              bool append = false) {
      if (!values.empty()) check.overrides.push_back({origin, key, toml_string_array(values), append});
    };
    add_list("--select", "select", select);
    add_list("--extend-select", "extend-select", extend_select, /*append=*/true);
    add_list("--ignore", "ignore", ignore);
    add_list("--exclude", "exclude", exclude);
    add_list("--extend-exclude", "extend-exclude", extend_exclude, /*append=*/true);
    if (!compile_commands_dir.empty()) check.overrides.push_back(compile_commands_override(compile_commands_dir));
    if (*baseline_cmd) return tenet::cli::write_baseline(check, baseline_output);
    if (tenet::report::find_writer(format) == nullptr) {
      std::cerr << "tenet: error: --format: unknown format \"" << format << "\" (known: " << known_formats() << ")\n";
      return kExitUsage;
    }
    check.reports.push_back({format, output_file});
    for (const auto& arg : report_args) {
      const auto target = parse_report_target(arg);
      if (!target || tenet::report::find_writer(target->format) == nullptr) {
        std::cerr << "tenet: error: --report: expected FORMAT:PATH with FORMAT one of " << known_formats()
                  << ", got \"" << arg << "\"\n";
        return kExitUsage;
      }
      check.reports.push_back(*target);
    }
    return tenet::cli::run_check(check);
  } catch (const tenet::ConfigError& error) {
    std::cerr << "tenet: error: " << error.what() << "\n";
    return kExitUsage;
  } catch (const std::exception& error) {
    // DiffError, BaselineError, UsageError and failed output writes: one line, exit 2.
    std::cerr << "tenet: error: " << error.what() << "\n";
    return kExitUsage;
  }
}

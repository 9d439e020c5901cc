/// \file
/// Prints the configuration reference of the user guide (docs/guide/configuration.md):
/// one Markdown table row per configuration key, with its type and default.
///
/// Nothing about the keys is copied here. Their names, order and defaults come from
/// settings_to_toml() on default Settings, which walks the same field tables that load
/// configuration files; each key's type comes from what the loader itself says when it
/// is given a value of the wrong type (its real validation, so a choice list or a rule
/// selector check shows up as it is enforced). Only the one-line descriptions are
/// written here, and the program fails when a key has none or a description names a
/// key that no longer exists, so a new key cannot reach the guide undescribed.
///
/// Usage: gen_config_reference [OUTPUT]   (stdout without OUTPUT; the `config_reference`
/// target writes <build>/docs/config_reference.md)

#include <fstream>
#include <iostream>
#include <map>
#include <optional>
#include <set>
#include <sstream>
#include <string>
#include <string_view>
#include <vector>

#include "linters/core/config.h"
#include "linters/core/registry.h"
#include "linters/core/settings.h"

namespace {

/// What each key means, by dotted key as `tenet config` prints it.
const std::map<std::string, std::string, std::less<>> kDescriptions = {
    {"select", "Rules to enable, replacing the default set: codes, code prefixes (`D1`), "
               "kebab-case names or `ALL`. Empty means every rule that is on by default."},
    {"extend-select", "Rules to enable in addition to `select` (e.g. opt-in rules such as `TNT001`)."},
    {"ignore", "Rules to disable after `select` and `extend-select` are applied."},
    {"external", "Code prefixes of other tools (`E501`, `PLR`, `bugprone-`) that `noqa` and `NOLINT` "
                 "comments may name without TNT001 calling them unknown. Not checked against tenet's rules."},
    {"exclude", "Globs of paths never checked, replacing the built-in excludes "
                "(`.git`, virtual environments, build directories...)."},
    {"extend-exclude", "Globs of paths never checked, in addition to `exclude`."},
    {"fail-level", "The lowest severity that makes `tenet check` exit with 1."},
    {"max-file-size", "Files larger than this many bytes are not read, and Python files with more than one "
                      "token per 16 of them (at least 100,000) are not parsed; TNT003 reports them."},
    {"parse-timeout", "Milliseconds one file's parse may take before it is abandoned with a TNT003 finding."},
    {"max-nesting-depth", "Python files whose syntax tree nests deeper than this are not checked; "
                          "TNT004 names the line and the depth."},
    {"per-file-ignores", "A table from a glob (relative to the directory of the config file) to "
                         "the rules ignored in matching files: `\"tests/**\" = [\"D1\"]`."},
    {"pydocstyle.convention", "The docstring convention whose rule set applies (as in pydocstyle "
                              "and ruff). Unset: every selected rule applies."},
    {"pydocstyle.ignore-decorators", "Qualified names of decorators that exempt a definition from "
                                     "every docstring rule."},
    {"pydocstyle.property-decorators", "Qualified names of decorators, beyond `property`, that make "
                                       "a method a property."},
    {"pydocstyle.ignore-var-parameters", "D417 does not ask for `*args` and `**kwargs` to be documented."},
    {"pydoclint.style", "Which docstring style the DOC rules read: `auto` decides per docstring "
                        "(reST fields, else NumPy, else Google sections)."},
    {"pydoclint.skip-checking-short-docstrings", "A docstring that documents no parameters, returns, "
                                                 "yields or raises is not checked by the DOC rules."},
    {"pydoclint.ignore-one-line-docstrings", "One-line docstrings are not checked by the DOC rules."},
    {"pydoclint.check-return-types", "DOC203 compares the documented return type with the annotation."},
    {"pydoclint.arg-type-hints-in-docstring", "Parameter types belong in the docstring: DOC105 compares "
                                              "them with the annotations."},
    {"pydoclint.check-arg-order", "DOC104 reports parameters documented in another order than the signature's."},
    {"pydoclint.skip-checking-raises", "Turns DOC501, DOC502 and DOC503 off."},
    {"pydoclint.ignore-underscore-args", "Parameters named only with underscores (`_`, `__`) need no entry."},
    {"pydoclint.exempt-exceptions", "Raised exceptions that need no Raises entry (matched on the last "
                                    "dotted component)."},
    {"python.logger-objects", "Qualified names of objects that are loggers (`app.log.LOGGER`), beyond "
                              "the `logging` module's and the usual logger names."},
    {"python.allowed-print-paths", "Globs of files where `print` is fine (T201, T203). Unset: scripts, "
                                   "tests and `__main__.py` files."},
    {"python.max-string-length", "EM101 allows string-literal exception messages of up to this many "
                                 "characters (ruff's flake8-errmsg option)."},
    {"python.check-typed-exception", "S110 and S112 also flag `try`-`except`-`pass`/`continue` on "
                                     "specific exception types, not only bare and `Exception` handlers "
                                     "(ruff's flake8-bandit option)."},
    {"cpp.compile-commands", "The `compile_commands.json` to take C++ compile commands from, or the "
                             "directory holding it (relative to the config file's directory). Empty: "
                             "looked for in each file's directory and its parents, and in their `build/`."},
    {"cpp.public-headers", "Globs of the headers that form the public API for the CXD rules. "
                           "Empty: every project header."},
    {"cpp.exclude", "Globs of C++ files whose findings are never reported (e.g. vendored headers "
                    "reached through a translation unit)."},
    {"cpp.logger-functions", "Qualified names (`mylib::log::error`, `mylib::log::*`) or macro names of "
                             "logging functions, beyond the built-in spdlog, fmt, glog and syslog ones."},
    {"cpp.allowed-output-functions", "Output calls that CXL001 does not flag (`fmt::print`), or functions "
                                     "inside which output is fine (`tool::print_usage`)."},
    {"cpp.doxygen-commands", "Extra documentation commands (aliases, written `myalias` or "
                             "`\\myalias`) that CXD240 accepts."},
    {"cpp.document-enumerators", "CXD103 also reports each undocumented enumerator of a public enum "
                                 "(Doxygen's `WARN_IF_UNDOCUMENTED` does)."},
    {"rst.directives", "Directive names the RST rules accept beyond docutils' and Sphinx's own."},
    {"rst.roles", "Interpreted-text role names the RST rules accept beyond docutils' and Sphinx's own."},
    {"coverage.fail-under", "`tenet coverage` exits with 1 when the documented share of definitions "
                            "is below this percentage. Unset: never."},
};

/// One key as `tenet config` prints it for the defaults.
struct Key {
  std::string table;      ///< "" for the top level, else e.g. "pydocstyle".
  std::string name;       ///< The key inside its table.
  std::string value;      ///< The default as TOML text; empty when unset.
  bool is_table = false;  ///< The key's value is itself a table (per-file-ignores).

  /// The dotted key.
  std::string dotted() const { return table.empty() ? name : table + "." + name; }
};

/// Splits settings_to_toml(Settings{}) into keys, in the order it prints them. Its output
/// is simple by construction: `[table]` headers, `key = value` lines, and
/// `# key is not set (...)` comments for keys without a default.
std::vector<Key> default_keys(const std::string& toml, std::string& error) {
  std::vector<Key> keys;
  std::set<std::string> sections;  // tables that hold keys, e.g. pydocstyle
  std::istringstream in(toml);
  std::string line;
  std::string table;
  for (bool first = true; std::getline(in, line); first = false) {
    if (first || line.empty()) continue;  // the first line says where the settings came from
    if (line.front() == '[' && line.back() == ']') {
      table = line.substr(1, line.size() - 2);
      keys.push_back({"", table, "{}", true});
      continue;
    }
    sections.insert(table);
    if (line.rfind("# ", 0) == 0) {
      const std::size_t end = line.find(" is not set");
      if (end == std::string::npos) {
        error = "unexpected comment in the default configuration: " + line;
        return {};
      }
      keys.push_back({table, line.substr(2, end - 2), "", false});
      continue;
    }
    const std::size_t equals = line.find(" = ");
    if (equals == std::string::npos) {
      error = "unexpected line in the default configuration: " + line;
      return {};
    }
    keys.push_back({table, line.substr(0, equals), line.substr(equals + 3), false});
  }
  // A header whose table holds keys starts a section; one with no keys of its own
  // (per-file-ignores, empty by default) is a key whose value is a table.
  std::erase_if(keys, [&](const Key& key) { return key.is_table && sections.contains(key.name); });
  return keys;
}

/// What the loader says about `key = value`: empty when it accepts it.
std::string loader_says(const std::string& key, const std::string& value, const tenet::RuleRegistry& registry) {
  try {
    tenet::Settings settings;
    tenet::apply_override(settings, tenet::parse_override(key + "=" + value, "probe"), registry);
    return "";
  } catch (const tenet::ConfigError& error) {
    return error.what();
  }
}

/// The text after "expected " in \p message, up to ", got" (or the end).
std::optional<std::string> expected_part(const std::string& message) {
  const std::size_t start = message.find("expected ");
  if (start == std::string::npos) return std::nullopt;
  const std::size_t from = start + 9;
  const std::size_t end = message.find(", got", from);
  return message.substr(from, end == std::string::npos ? std::string::npos : end - from);
}

/// The key's type in the words of the guide, from the loader's own checks: a value of
/// the wrong type makes it name the type it wants, and a string no key accepts makes a
/// choice key list its choices.
std::string key_type(const Key& key, const tenet::RuleRegistry& no_rules, std::string& error) {
  if (key.is_table) {
    // Its values are rule selectors when a made-up one is refused.
    const std::string says = loader_says(key.dotted() + ".\"x\"", "[\"NO-SUCH-RULE\"]", no_rules);
    return says.find("unknown rule selector") != std::string::npos ? "table: glob → array of rule selectors"
                                                                    : "table: glob → array of strings";
  }
  const std::string wrong = loader_says(key.dotted(), "{}", no_rules);  // an inline table
  const std::optional<std::string> wanted = expected_part(wrong);
  if (!wanted) {
    error = key.dotted() + ": the loader accepted a table as its value";
    return "";
  }
  if (*wanted == "an array of strings") {
    const std::string says = loader_says(key.dotted(), "[\"NO-SUCH-RULE\"]", no_rules);
    return says.find("unknown rule selector") != std::string::npos ? "array of rule selectors"
                                                                    : "array of strings";
  }
  if (*wanted == "a string") {
    const std::string says = loader_says(key.dotted(), "\"\\u0001\"", no_rules);
    const std::optional<std::string> choices = expected_part(says);
    if (choices && choices->rfind("one of ", 0) == 0) return "string: " + choices->substr(7);
    return "string";
  }
  if (*wanted == "a boolean") return "boolean";
  if (wanted->rfind("an integer", 0) == 0) {
    // A lower bound shows as "expected an integer of at least N" for 0.
    const std::string says = loader_says(key.dotted(), "0", no_rules);
    const std::size_t bound = says.find("at least ");
    return bound == std::string::npos ? "integer" : "integer, " + says.substr(bound);
  }
  if (*wanted == "a number") return "number, a percentage from 0 to 100";
  error = key.dotted() + ": the loader wants " + *wanted + ", which this generator does not know";
  return "";
}

/// \p text with `|` escaped, for a Markdown table cell.
std::string cell(std::string_view text) {
  std::string out;
  for (const char c : text) {
    if (c == '|') out += '\\';
    out += c;
  }
  return out;
}

/// A default value as a table cell: TOML text in backticks, or "not set".
std::string default_cell(const Key& key) {
  if (key.value.empty()) return "not set";
  return "`" + cell(key.value) + "`";
}

}  // namespace

/// Prints the table; exits with 1 when a key and the descriptions disagree.
int main(int argc, char** argv) {
  const tenet::RuleRegistry no_rules({});
  std::string error;
  const std::vector<Key> keys = default_keys(tenet::settings_to_toml(tenet::Settings{}), error);
  if (!error.empty()) {
    std::cerr << "gen_config_reference: " << error << "\n";
    return 1;
  }

  std::vector<std::string> problems;
  std::ostringstream table;
  table << "| key | type | default | meaning |\n";
  table << "| --- | --- | --- | --- |\n";
  std::map<std::string, bool, std::less<>> described;
  for (const Key& key : keys) {
    const std::string dotted = key.dotted();
    const std::string type = key_type(key, no_rules, error);
    if (!error.empty()) {
      problems.push_back(error);
      error.clear();
    }
    const auto description = kDescriptions.find(dotted);
    if (description == kDescriptions.end()) {
      problems.push_back(dotted + ": no description in docs/gen_config_reference.cpp");
      continue;
    }
    described[dotted] = true;
    table << "| `" << dotted << "` | " << cell(type) << " | " << default_cell(key) << " | "
          << cell(description->second) << " |\n";
  }
  for (const auto& [dotted, text] : kDescriptions) {
    if (!described.contains(dotted)) problems.push_back(dotted + ": described, but tenet has no such key");
  }
  if (!problems.empty()) {
    for (const std::string& problem : problems) std::cerr << "gen_config_reference: " << problem << "\n";
    return 1;
  }
  if (argc < 2) {
    std::cout << table.str();
    return std::cout.good() ? 0 : 1;
  }
  std::ofstream out(argv[1], std::ios::binary);
  out << table.str();
  out.close();
  if (!out) {
    std::cerr << "gen_config_reference: cannot write " << argv[1] << "\n";
    return 1;
  }
  return 0;
}

/// \file
/// Reading tenet's configuration. Every key is described once, in the field tables
/// below: how it is read (with its validation) and how it is written back. Loading a
/// file, applying a command-line override and printing the effective configuration all
/// walk those same tables, so a key cannot be readable but unprintable, or vice versa.
#include "linters/core/config.h"

#include <toml++/toml.h>

#include <algorithm>
#include <cstdint>
#include <cctype>
#include <cerrno>
#include <cstdio>
#include <cstring>
#include <fstream>
#include <iterator>
#include <numeric>
#include <span>
#include <sstream>
#include <tuple>
#include <utility>

#include "linters/core/selection.h"

namespace tenet {
namespace {

namespace fs = std::filesystem;

// ---------------------------------------------------------------------------------
// Text helpers

/// \p text as a TOML basic string: quoted, with the escapes TOML requires. Used both
/// for output and for quoting values in error messages, so both read alike.
std::string toml_string(std::string_view text) {
  std::string out = "\"";
  for (const char c : text) {
    switch (c) {
      case '"': out += "\\\""; break;
      case '\\': out += "\\\\"; break;
      case '\n': out += "\\n"; break;
      case '\r': out += "\\r"; break;
      case '\t': out += "\\t"; break;
      default:
        if (static_cast<unsigned char>(c) < 0x20 || c == 0x7f) {
          char escape[8];
          std::snprintf(escape, sizeof escape, "\\u%04X",
                        static_cast<unsigned>(static_cast<unsigned char>(c)));
          out += escape;
        } else {
          out += c;
        }
    }
  }
  out += '"';
  return out;
}

/// \p key as TOML writes it: bare when it can be, quoted otherwise (globs, mostly).
std::string toml_key(std::string_view key) {
  const bool bare = !key.empty() && std::all_of(key.begin(), key.end(), [](char c) {
    return (c >= 'A' && c <= 'Z') || (c >= 'a' && c <= 'z') || (c >= '0' && c <= '9') || c == '-' || c == '_';
  });
  return bare ? std::string(key) : toml_string(key);
}

/// The dotted key of \p child inside \p parent ("" for the top level).
std::string join_key(std::string_view parent, std::string_view child) {
  if (parent.empty()) return toml_key(child);
  return std::string(parent) + "." + toml_key(child);
}

std::string_view trim(std::string_view text) {
  const auto first = text.find_first_not_of(" \t\r\n");
  if (first == std::string_view::npos) return {};
  const auto last = text.find_last_not_of(" \t\r\n");
  return text.substr(first, last - first + 1);
}

/// \p text on one line without a final period: ConfigError's `what()` is one line and
/// its detail a sentence fragment, but parser messages may be neither.
std::string one_line(std::string_view text) {
  std::string out(trim(text));
  std::replace_if(
      out.begin(), out.end(), [](char c) { return c == '\n' || c == '\r'; }, ' ');
  while (!out.empty() && (out.back() == '.' || out.back() == ' ')) out.pop_back();
  return out;
}

std::string format_error(std::string_view file, std::uint32_t line, std::string_view key,
                         std::string_view detail) {
  std::string out(file);
  if (line > 0) out += ":" + std::to_string(line);
  out += ": ";
  if (!key.empty()) {
    out += key;
    out += ": ";
  }
  out += one_line(detail);
  return out;
}

std::size_t edit_distance(std::string_view a, std::string_view b) {
  std::vector<std::size_t> row(b.size() + 1);
  std::iota(row.begin(), row.end(), std::size_t{0});
  for (std::size_t i = 1; i <= a.size(); ++i) {
    std::size_t diagonal = row[0];
    row[0] = i;
    for (std::size_t j = 1; j <= b.size(); ++j) {
      const std::size_t above = row[j];
      row[j] = std::min({row[j] + 1, row[j - 1] + 1, diagonal + (a[i - 1] == b[j - 1] ? 0 : 1)});
      diagonal = above;
    }
  }
  return row[b.size()];
}

/// "a string", "an array", ...: the type of \p node as an error message names it.
std::string_view type_name(const toml::node& node) {
  switch (node.type()) {
    case toml::node_type::table: return "a table";
    case toml::node_type::array: return "an array";
    case toml::node_type::string: return "a string";
    case toml::node_type::integer: return "an integer";
    case toml::node_type::floating_point: return "a float";
    case toml::node_type::boolean: return "a boolean";
    case toml::node_type::date: return "a date";
    case toml::node_type::time: return "a time";
    case toml::node_type::date_time: return "a date-time";
    case toml::node_type::none: break;
  }
  return "nothing";
}

/// `"a", "b", "c"`: the choices of a key, as messages and comments list them.
std::string quoted_list(std::span<const std::string_view> items) {
  std::string out;
  for (std::size_t i = 0; i < items.size(); ++i) out += (i > 0 ? ", " : "") + toml_string(items[i]);
  return out;
}

// ---------------------------------------------------------------------------------
// Reading values

using Entry = std::pair<std::string_view, const toml::node*>;

/// The entries of \p table in the order they appear in the file (toml++ sorts them by
/// key): the first error reported is the first in the file, and per-file-ignores keep
/// the user's order.
std::vector<Entry> in_source_order(const toml::table& table) {
  std::vector<Entry> entries;
  entries.reserve(table.size());
  for (auto&& [key, node] : table) entries.emplace_back(key.str(), &node);
  std::stable_sort(entries.begin(), entries.end(), [](const Entry& a, const Entry& b) {
    const toml::source_position& left = a.second->source().begin;
    const toml::source_position& right = b.second->source().begin;
    return std::tie(left.line, left.column) < std::tie(right.line, right.column);
  });
  return entries;
}

/// Where the values being read come from; shared by every ConfigValue of one read.
struct Origin {
  std::string file;  ///< As the caller named it, for messages.
  /// False for command-line overrides: the line of `x = VALUE` means nothing to the user.
  bool has_lines = true;
  /// Null when selectors cannot be checked yet (parse_override has no registry);
  /// apply_override checks them later.
  const RuleRegistry* registry = nullptr;
};

/// One TOML value with its dotted key, read as the type a field expects. Every
/// accessor either returns a valid value or throws ConfigError naming file, line, key.
class ConfigValue {
 public:
  ConfigValue(const toml::node& node, std::string key, const Origin& origin)
      : node_(node), key_(std::move(key)), origin_(origin) {}

  /// The value of \p key inside this table.
  ConfigValue child(std::string_view key, const toml::node& node) const {
    return ConfigValue(node, join_key(key_, key), origin_);
  }

  [[noreturn]] void fail(const std::string& detail) const { fail_at(node_, detail); }

  const toml::table& table() const {
    const toml::table* table = node_.as_table();
    if (table == nullptr) fail(expected("a table"));
    return *table;
  }

  std::string string() const {
    const auto* text = node_.as_string();
    if (text == nullptr) fail(expected("a string"));
    return text->get();
  }

  bool boolean() const {
    const auto* flag = node_.as_boolean();
    if (flag == nullptr) fail(expected("a boolean"));
    return flag->get();
  }

  /// A whole number of at least \p minimum.
  std::int64_t integer(std::int64_t minimum) const {
    const auto* number = node_.as_integer();
    if (number == nullptr) fail(expected("an integer"));
    if (number->get() < minimum) fail("expected an integer of at least " + std::to_string(minimum));
    return number->get();
  }

  /// A percentage: an integer or a float from 0 to 100.
  double percentage() const {
    double number = 0;
    if (const auto* whole = node_.as_integer()) {
      number = static_cast<double>(whole->get());
    } else if (const auto* real = node_.as_floating_point()) {
      number = real->get();
    } else {
      fail(expected("a number"));
    }
    if (!(number >= 0 && number <= 100)) fail("expected a percentage from 0 to 100");
    return number;
  }

  std::vector<std::string> strings() const {
    const toml::array* array = node_.as_array();
    if (array == nullptr) fail(expected("an array of strings"));
    std::vector<std::string> out;
    out.reserve(array->size());
    for (const toml::node& element : *array) {
      const auto* text = element.as_string();
      if (text == nullptr) {
        fail_at(element, "expected an array of strings, got " + std::string(type_name(element)) + " in it");
      }
      out.push_back(text->get());
    }
    return out;
  }

  /// An array of rule selectors (codes, prefixes, names or "ALL"), each one known.
  std::vector<std::string> selectors() const {
    std::vector<std::string> out = strings();
    if (origin_.registry == nullptr) return out;
    const toml::array& array = *node_.as_array();
    for (std::size_t i = 0; i < out.size(); ++i) {
      if (!is_known_selector(*origin_.registry, out[i])) {
        fail_at(array[i], "unknown rule selector " + toml_string(out[i]));
      }
    }
    return out;
  }

  /// The index in \p choices of this string value.
  std::size_t choice(std::span<const std::string_view> choices) const {
    const std::string text = string();
    const auto found = std::find(choices.begin(), choices.end(), text);
    if (found != choices.end()) return static_cast<std::size_t>(found - choices.begin());
    fail("expected one of " + quoted_list(choices) + ", got " + toml_string(text));
  }

 private:
  std::string expected(std::string_view what) const {
    return "expected " + std::string(what) + ", got " + std::string(type_name(node_));
  }

  [[noreturn]] void fail_at(const toml::node& node, const std::string& detail) const {
    const std::uint32_t line = origin_.has_lines ? node.source().begin.line : 0;
    throw ConfigError(origin_.file, line, key_, detail);
  }

  const toml::node& node_;
  std::string key_;
  const Origin& origin_;
};

// ---------------------------------------------------------------------------------
// Writing values

/// Builds the TOML text of the effective configuration.
class TomlWriter {
 public:
  void comment(std::string_view text) { out_ += "# " + one_line(text) + "\n"; }

  /// Starts `[name]`: every key written afterwards belongs to it.
  void section(std::string_view name) { out_ += "\n[" + toml_key(name) + "]\n"; }

  void string(std::string_view key, std::string_view value) { assign(key, toml_string(value)); }

  void boolean(std::string_view key, bool value) { assign(key, value ? "true" : "false"); }

  void integer(std::string_view key, std::int64_t value) { assign(key, std::to_string(value)); }

  /// A float written so that it reads back as a float (`80.0`, not `80`).
  void number(std::string_view key, double value) {
    std::ostringstream text;
    text << value;
    std::string written = text.str();
    if (written.find_first_of(".e") == std::string::npos) written += ".0";
    assign(key, written);
  }

  /// One line when it reads well; otherwise one element per line, so long lists of
  /// globs or decorators stay diffable.
  void strings(std::string_view key, const std::vector<std::string>& values) {
    std::vector<std::string> elements;
    elements.reserve(values.size());
    std::transform(values.begin(), values.end(), std::back_inserter(elements), toml_string);
    std::string inline_form = "[";
    for (std::size_t i = 0; i < elements.size(); ++i) inline_form += (i > 0 ? ", " : "") + elements[i];
    inline_form += "]";
    if (toml_key(key).size() + inline_form.size() + 3 <= kMaxLineLength) {
      assign(key, inline_form);
      return;
    }
    std::string block = "[\n";
    for (const std::string& element : elements) block += "    " + element + ",\n";
    assign(key, block + "]");
  }

  std::string take() && { return std::move(out_); }

 private:
  static constexpr std::size_t kMaxLineLength = 88;

  void assign(std::string_view key, std::string_view value) {
    out_ += toml_key(key) + " = ";
    out_ += value;
    out_ += '\n';
  }

  std::string out_;
};

// ---------------------------------------------------------------------------------
// The keys

/// One key of a table (the top level, or a section such as [pydocstyle]) of type
/// \p Section: how to read it into the settings and how to write it back.
template <class Section>
struct Field {
  std::string_view key;
  void (*read)(const ConfigValue& value, Section& section);
  void (*write)(const Section& section, std::string_view key, TomlWriter& out);
};

template <class Member>
struct MemberTraits;
template <class Class, class Type>
struct MemberTraits<Type Class::*> {
  using Section = Class;
};
/// The struct a pointer-to-member belongs to: lets the field makers below take only
/// the member, e.g. `strings_field<&CppSettings::exclude>("exclude")`.
template <auto Member>
using SectionOf = typename MemberTraits<decltype(Member)>::Section;

/// A key holding free-form strings: decorator names, globs, function names.
template <auto Member>
constexpr Field<SectionOf<Member>> strings_field(std::string_view key) {
  using Section = SectionOf<Member>;
  return {key, [](const ConfigValue& value, Section& section) { section.*Member = value.strings(); },
          [](const Section& section, std::string_view name, TomlWriter& out) {
            out.strings(name, section.*Member);
          }};
}

/// A key holding rule selectors; each must name at least one known rule.
template <auto Member>
constexpr Field<SectionOf<Member>> selectors_field(std::string_view key) {
  using Section = SectionOf<Member>;
  return {key, [](const ConfigValue& value, Section& section) { section.*Member = value.selectors(); },
          [](const Section& section, std::string_view name, TomlWriter& out) {
            out.strings(name, section.*Member);
          }};
}

template <auto Member>
constexpr Field<SectionOf<Member>> string_field(std::string_view key) {
  using Section = SectionOf<Member>;
  return {key, [](const ConfigValue& value, Section& section) { section.*Member = value.string(); },
          [](const Section& section, std::string_view name, TomlWriter& out) {
            out.string(name, section.*Member);
          }};
}

/// A key holding a whole number of at least 1 (sizes, time limits).
template <auto Member>
constexpr Field<SectionOf<Member>> positive_field(std::string_view key) {
  using Section = SectionOf<Member>;
  return {key, [](const ConfigValue& value, Section& section) { section.*Member = value.integer(1); },
          [](const Section& section, std::string_view name, TomlWriter& out) {
            out.integer(name, static_cast<std::int64_t>(section.*Member));
          }};
}

template <auto Member>
constexpr Field<SectionOf<Member>> bool_field(std::string_view key) {
  using Section = SectionOf<Member>;
  return {key, [](const ConfigValue& value, Section& section) { section.*Member = value.boolean(); },
          [](const Section& section, std::string_view name, TomlWriter& out) {
            out.boolean(name, section.*Member);
          }};
}

template <class Section, std::size_t N>
const Field<Section>* find_field(const Field<Section> (&fields)[N], std::string_view key) {
  const auto found = std::find_if(std::begin(fields), std::end(fields),
                                  [&](const Field<Section>& field) { return field.key == key; });
  return found != std::end(fields) ? found : nullptr;
}

/// "unknown key", with the nearest known key when the difference looks like a typo
/// (`extend_select`, `conventon`); unrelated keys get no suggestion.
template <class Section, std::size_t N>
std::string unknown_key_detail(std::string_view key, const Field<Section> (&fields)[N]) {
  const std::size_t tolerance = std::max<std::size_t>(1, std::min<std::size_t>(2, key.size() / 3));
  std::string_view best;
  std::size_t best_distance = tolerance + 1;
  for (const Field<Section>& field : fields) {
    const std::size_t distance = edit_distance(key, field.key);
    if (distance < best_distance) {
      best = field.key;
      best_distance = distance;
    }
  }
  if (best.empty()) return "unknown key";
  return "unknown key (did you mean " + toml_string(best) + "?)";
}

/// Reads every key of the table \p value into \p section. Keys that are absent keep
/// their current value: a file overlays the defaults, an override overlays the file.
template <class Section, std::size_t N>
void read_fields(const ConfigValue& value, Section& section, const Field<Section> (&fields)[N]) {
  for (const auto& [key, node] : in_source_order(value.table())) {
    const ConfigValue entry = value.child(key, *node);
    const Field<Section>* field = find_field(fields, key);
    if (field == nullptr) entry.fail(unknown_key_detail(key, fields));
    field->read(entry, section);
  }
}

template <class Section, std::size_t N>
void write_fields(const Section& section, const Field<Section> (&fields)[N], TomlWriter& out) {
  for (const Field<Section>& field : fields) field.write(section, field.key, out);
}

/// A key whose value is a table of the fields \p Fields, e.g. `[pydocstyle]`.
template <auto Member, const auto& Fields>
constexpr Field<Settings> section_field(std::string_view key) {
  return {key,
          [](const ConfigValue& value, Settings& settings) { read_fields(value, settings.*Member, Fields); },
          [](const Settings& settings, std::string_view name, TomlWriter& out) {
            out.section(name);
            write_fields(settings.*Member, Fields, out);
          }};
}

constexpr std::string_view kConventions[] = {"pep257", "google", "numpy"};

constexpr Field<PydocstyleSettings> kConventionField{
    "convention",
    [](const ConfigValue& value, PydocstyleSettings& pydocstyle) {
      pydocstyle.convention = kConventions[value.choice(kConventions)];
    },
    [](const PydocstyleSettings& pydocstyle, std::string_view name, TomlWriter& out) {
      // Unset is not a value the file can spell, so show it as a comment: the output
      // still loads back to the same settings.
      if (pydocstyle.convention.empty()) {
        out.comment(std::string(name) + " is not set (one of " + quoted_list(kConventions) + ")");
      } else {
        out.string(name, pydocstyle.convention);
      }
    }};

constexpr Field<PydocstyleSettings> kPydocstyleFields[] = {
    kConventionField,
    strings_field<&PydocstyleSettings::ignore_decorators>("ignore-decorators"),
    strings_field<&PydocstyleSettings::property_decorators>("property-decorators"),
    bool_field<&PydocstyleSettings::ignore_var_parameters>("ignore-var-parameters"),
};

constexpr std::string_view kDocstringStyles[] = {"auto", "sphinx", "google", "numpy"};

constexpr Field<PydoclintSettings> kPydoclintFields[] = {
    {"style",
     [](const ConfigValue& value, PydoclintSettings& pydoclint) {
       pydoclint.style = kDocstringStyles[value.choice(kDocstringStyles)];
     },
     [](const PydoclintSettings& pydoclint, std::string_view name, TomlWriter& out) {
       out.string(name, pydoclint.style);
     }},
    bool_field<&PydoclintSettings::skip_checking_short_docstrings>("skip-checking-short-docstrings"),
    bool_field<&PydoclintSettings::ignore_one_line_docstrings>("ignore-one-line-docstrings"),
    bool_field<&PydoclintSettings::check_return_types>("check-return-types"),
    bool_field<&PydoclintSettings::arg_type_hints_in_docstring>("arg-type-hints-in-docstring"),
    bool_field<&PydoclintSettings::check_arg_order>("check-arg-order"),
    bool_field<&PydoclintSettings::skip_checking_raises>("skip-checking-raises"),
    bool_field<&PydoclintSettings::ignore_underscore_args>("ignore-underscore-args"),
    strings_field<&PydoclintSettings::exempt_exceptions>("exempt-exceptions"),
};

constexpr Field<PythonSettings> kPythonFields[] = {
    strings_field<&PythonSettings::logger_objects>("logger-objects"),
    strings_field<&PythonSettings::allowed_print_paths>("allowed-print-paths"),
    {"max-string-length",
     [](const ConfigValue& value, PythonSettings& python) { python.max_string_length = value.integer(0); },
     [](const PythonSettings& python, std::string_view name, TomlWriter& out) {
       out.integer(name, python.max_string_length);
     }},
    bool_field<&PythonSettings::check_typed_exception>("check-typed-exception"),
};

constexpr Field<CppSettings> kCppFields[] = {
    string_field<&CppSettings::compile_commands>("compile-commands"),
    strings_field<&CppSettings::public_headers>("public-headers"),
    strings_field<&CppSettings::exclude>("exclude"),
    strings_field<&CppSettings::logger_functions>("logger-functions"),
    strings_field<&CppSettings::allowed_output_functions>("allowed-output-functions"),
    strings_field<&CppSettings::doxygen_commands>("doxygen-commands"),
    bool_field<&CppSettings::document_enumerators>("document-enumerators"),
};

constexpr Field<RstSettings> kRstFields[] = {
    strings_field<&RstSettings::directives>("directives"),
    strings_field<&RstSettings::roles>("roles"),
};

constexpr Field<CoverageSettings> kCoverageFields[] = {
    {"fail-under",
     [](const ConfigValue& value, CoverageSettings& coverage) { coverage.fail_under = value.percentage(); },
     [](const CoverageSettings& coverage, std::string_view name, TomlWriter& out) {
       // Unset is not a value the file can spell, so show it as a comment.
       if (coverage.fail_under < 0) {
         out.comment(std::string(name) + " is not set (a percentage from 0 to 100)");
       } else {
         out.number(name, coverage.fail_under);
       }
     }},
};

/// In Severity's order, so an index is the enum value.
constexpr std::string_view kSeverityNames[] = {"note", "warning", "error"};
static_assert(severity_name(Severity::note) == kSeverityNames[0] &&
              severity_name(Severity::warning) == kSeverityNames[1] &&
              severity_name(Severity::error) == kSeverityNames[2]);

constexpr Field<Settings> kFailLevelField{
    "fail-level",
    [](const ConfigValue& value, Settings& settings) {
      settings.fail_level = static_cast<Severity>(value.choice(kSeverityNames));
    },
    [](const Settings& settings, std::string_view name, TomlWriter& out) {
      out.string(name, severity_name(settings.fail_level));
    }};

constexpr Field<Settings> kPerFileIgnoresField{
    "per-file-ignores",
    [](const ConfigValue& value, Settings& settings) {
      // The whole table replaces the previous one, like every other key.
      settings.per_file_ignores.clear();
      for (const auto& [glob, codes] : in_source_order(value.table())) {
        settings.per_file_ignores.emplace_back(std::string(glob), value.child(glob, *codes).selectors());
      }
    },
    [](const Settings& settings, std::string_view name, TomlWriter& out) {
      out.section(name);
      for (const auto& [glob, codes] : settings.per_file_ignores) out.strings(glob, codes);
    }};

/// Every top-level key. Keys written as `[tables]` come last: in TOML, a plain key
/// after a table header would belong to that table.
constexpr Field<Settings> kSettingsFields[] = {
    selectors_field<&Settings::select>("select"),
    selectors_field<&Settings::extend_select>("extend-select"),
    selectors_field<&Settings::ignore>("ignore"),
    // Other tools' codes, which `noqa` comments may name: not tenet's to validate.
    strings_field<&Settings::external>("external"),
    strings_field<&Settings::exclude>("exclude"),
    strings_field<&Settings::extend_exclude>("extend-exclude"),
    kFailLevelField,
    positive_field<&Settings::max_file_size>("max-file-size"),
    positive_field<&Settings::parse_timeout_ms>("parse-timeout"),
    positive_field<&Settings::max_nesting_depth>("max-nesting-depth"),
    kPerFileIgnoresField,
    section_field<&Settings::pydocstyle, kPydocstyleFields>("pydocstyle"),
    section_field<&Settings::pydoclint, kPydoclintFields>("pydoclint"),
    section_field<&Settings::python, kPythonFields>("python"),
    section_field<&Settings::cpp, kCppFields>("cpp"),
    section_field<&Settings::rst, kRstFields>("rst"),
    section_field<&Settings::coverage, kCoverageFields>("coverage"),
};

// ---------------------------------------------------------------------------------
// Files

constexpr std::string_view kPyproject = "pyproject.toml";

/// The names of config files in one directory, the one that wins first (as ruff ranks
/// .ruff.toml > ruff.toml > pyproject.toml).
constexpr std::string_view kConfigNames[] = {".tenet.toml", "tenet.toml", kPyproject};

/// The contents of \p file, or nullopt (errno set) when it cannot be read.
std::optional<std::string> read_text(const fs::path& file) {
  std::ifstream in(file, std::ios::binary);
  if (!in) return std::nullopt;
  std::ostringstream text;
  text << in.rdbuf();
  if (in.bad()) return std::nullopt;
  return std::move(text).str();
}

/// Parses \p text; a syntax error becomes a ConfigError at the parser's line.
toml::table parse_toml(std::string_view text, const std::string& file) {
  try {
    return toml::parse(text, std::string_view(file));
  } catch (const toml::parse_error& error) {
    // toml++ says "Error while parsing array: ..."; make it a fragment like our own details.
    std::string detail(error.description());
    if (!detail.empty()) detail[0] = static_cast<char>(std::tolower(static_cast<unsigned char>(detail[0])));
    throw ConfigError(file, error.source().begin.line, "", "invalid TOML: " + detail);
  }
}

/// Whether the pyproject.toml \p file configures tenet. When that cannot be told
/// (unreadable, or broken TOML that mentions tenet), it counts as a config, so that
/// loading it reports the problem instead of tenet silently using another file.
bool has_tenet_table(const fs::path& file) {
  const std::optional<std::string> text = read_text(file);
  if (!text) return true;
  // Most pyproject.toml files never mention tenet: skip parsing them.
  if (text->find("tenet") == std::string::npos) return false;
  try {
    const toml::table document = toml::parse(*text);
    return document["tool"]["tenet"].node() != nullptr;
  } catch (const toml::parse_error&) {
    return true;
  }
}

std::optional<fs::path> config_in_directory(const fs::path& directory) {
  for (const std::string_view name : kConfigNames) {
    fs::path candidate = directory / name;
    std::error_code error;
    if (!fs::is_regular_file(candidate, error)) continue;
    if (name != kPyproject || has_tenet_table(candidate)) return candidate;
  }
  return std::nullopt;
}

/// \p path absolute and lexically normal, without a trailing separator, so that one
/// directory always gives one cache key.
fs::path normalised(const fs::path& path) {
  std::error_code error;
  fs::path result = fs::absolute(path, error);
  if (error) result = path;
  result = result.lexically_normal();
  if (!result.has_filename() && result.has_relative_path()) result = result.parent_path();
  return result;
}

/// The nearest config at or above \p directory (normalised). Every directory visited
/// is remembered in \p cache with the answer, so files in sibling and nested
/// directories stop at the first directory already looked at.
std::optional<fs::path> find_config_cached(std::map<fs::path, std::optional<fs::path>>& cache,
                                           const fs::path& directory) {
  std::vector<fs::path> visited;
  std::optional<fs::path> found;
  for (fs::path current = directory;; current = current.parent_path()) {
    if (const auto hit = cache.find(current); hit != cache.end()) {
      found = hit->second;
      break;
    }
    visited.push_back(current);
    found = config_in_directory(current);
    if (found || current.parent_path() == current) break;  // found, or reached the root
  }
  for (const fs::path& seen : visited) cache.emplace(seen, found);
  return found;
}

/// The table holding tenet's keys: `[tool.tenet]` in pyproject.toml, the whole
/// document otherwise.
const toml::table& tenet_table(const toml::table& document, const fs::path& file, const std::string& label) {
  if (file.filename() != kPyproject) return document;
  const toml::node* node = document["tool"]["tenet"].node();
  if (node == nullptr) throw ConfigError(label, 0, "tool.tenet", "the file has no [tool.tenet] table");
  if (!node->is_table()) {
    throw ConfigError(label, node->source().begin.line, "tool.tenet",
                      "expected a table, got " + std::string(type_name(*node)));
  }
  return *node->as_table();
}

// ---------------------------------------------------------------------------------
// Overrides

/// Reads \p override over \p settings; \p registry may be null (see Origin).
void read_override(Settings& settings, const ConfigOverride& override, const RuleRegistry* registry) {
  // The value on its own first, so that `select=D1` is reported as a bad value rather
  // than as a syntax error somewhere in a line the user never wrote.
  toml::table value_only;
  try {
    value_only = toml::parse("x = " + override.value);
  } catch (const toml::parse_error&) {
    // NOLINTNEXTLINE(CXE007): toml++'s message is about the `x = VALUE` line built here, not the user's text
    throw ConfigError(
        override.origin, 0, override.key,
        "expected a TOML value, got " + override.value + " (strings need quotes, e.g. \"text\")");
  }
  if (value_only.size() != 1) {
    throw ConfigError(override.origin, 0, override.key, "expected one TOML value, got " + override.value);
  }
  // Then key and value together: TOML's dotted keys give `pydocstyle.convention` and
  // `per-file-ignores."tests/*.py"` their structure, quoting and all.
  toml::table document;
  try {
    document = toml::parse(override.key + " = " + override.value);
  } catch (const toml::parse_error&) {
    // NOLINTNEXTLINE(CXE007): toml++'s message is about the `KEY = VALUE` line built here
    throw ConfigError(override.origin, 0, override.key,
                      "expected a dotted TOML key (quote globs: per-file-ignores.\"a/*.py\")");
  }
  const Origin origin{override.origin, false, registry};
  read_fields(ConfigValue(document, "", origin), settings, kSettingsFields);
}

fs::path current_directory(const fs::path& fallback) {
  std::error_code error;
  fs::path cwd = fs::current_path(error);
  return error ? fallback : cwd;
}

}  // namespace

// ---------------------------------------------------------------------------------
// Public interface

ConfigError::ConfigError(std::string file, std::uint32_t line, std::string key, const std::string& detail)
    : std::runtime_error(format_error(file, line, key, detail)),
      file_(std::move(file)),
      line_(line),
      key_(std::move(key)) {}

std::optional<fs::path> find_config_file(const fs::path& directory) {
  std::map<fs::path, std::optional<fs::path>> no_cache;
  return find_config_cached(no_cache, normalised(directory));
}

Settings load_config_file(const fs::path& file, const RuleRegistry& registry) {
  const Origin origin{file.string(), true, &registry};
  const std::optional<std::string> text = read_text(file);
  if (!text)
    throw ConfigError(origin.file, 0, "", std::string("cannot read the file: ") + std::strerror(errno));
  const toml::table document = parse_toml(*text, origin.file);

  Settings settings;
  read_fields(ConfigValue(tenet_table(document, file, origin.file), "", origin), settings, kSettingsFields);
  settings.config_file = file;
  settings.project_root = normalised(file).parent_path();
  return settings;
}

void apply_override(Settings& settings, const ConfigOverride& override, const RuleRegistry& registry) {
  std::vector<std::string>* list = !override.append                  ? nullptr
                                   : override.key == "extend-select"  ? &settings.extend_select
                                   : override.key == "extend-exclude" ? &settings.extend_exclude
                                                                      : nullptr;
  std::vector<std::string> before;
  if (list != nullptr) before = *list;
  read_override(settings, override, &registry);
  if (list != nullptr) list->insert(list->begin(), before.begin(), before.end());
}

ConfigOverride parse_override(std::string_view key_equals_value, std::string origin) {
  const auto equals = key_equals_value.find('=');
  const std::string_view key = trim(key_equals_value.substr(0, equals));
  if (equals == std::string_view::npos || key.empty()) {
    throw ConfigError(std::move(origin), 0, "", "expected KEY=VALUE, got " + toml_string(key_equals_value));
  }
  ConfigOverride override{std::move(origin), std::string(key),
                          std::string(trim(key_equals_value.substr(equals + 1)))};
  // Check everything but rule selectors (they need the registry) now, so that a typo
  // fails at start-up, not when the first file is checked.
  Settings scratch;
  read_override(scratch, override, nullptr);
  return override;
}

std::string settings_to_toml(const Settings& settings) {
  TomlWriter out;
  out.comment("effective configuration from " +
              (settings.config_file.empty() ? std::string("defaults") : settings.config_file.string()));
  write_fields(settings, kSettingsFields, out);
  return std::move(out).take();
}

ConfigResolver::ConfigResolver(const RuleRegistry& registry, std::vector<ConfigOverride> overrides,
                               std::optional<fs::path> explicit_config)
    : registry_(registry), overrides_(std::move(overrides)), explicit_config_(std::move(explicit_config)) {}

std::shared_ptr<const Settings> ConfigResolver::settings_for(const fs::path& file) {
  const fs::path directory = normalised(file).parent_path();
  const std::lock_guard lock(mutex_);
  if (explicit_config_) return settings_for_config(explicit_config_, directory);
  const std::optional<fs::path> config = find_config_cached(config_by_directory_, directory);
  return settings_for_config(config, config ? fs::path() : current_directory(directory));
}

// Called with mutex_ held.
std::shared_ptr<const Settings> ConfigResolver::settings_for_config(const std::optional<fs::path>& config,
                                                                    const fs::path& fallback_root) {
  // The defaults are cached under the empty path, which no config file can have.
  const fs::path cache_key = config.value_or(fs::path());
  if (const auto hit = settings_by_config_.find(cache_key); hit != settings_by_config_.end())
    return hit->second;

  Settings settings;
  if (config) {
    settings = load_config_file(*config, registry_);
  } else {
    settings.project_root = fallback_root;
  }
  for (const ConfigOverride& override : overrides_) apply_override(settings, override, registry_);
  auto shared = std::make_shared<const Settings>(std::move(settings));
  settings_by_config_.emplace(cache_key, shared);
  return shared;
}

}  // namespace tenet

#include "pydoc-checker/docfields/doc_targets.h"

#include <algorithm>
#include <optional>
#include <unordered_map>
#include <unordered_set>
#include <utility>

#include "pydoc-checker/pydocstyle.h"

namespace tenet::python {

namespace {

/// The `__init__` defined directly in \p class_index's body, if any.
const Definition* find_init(const PythonModule& module, std::size_t class_index) {
  const std::vector<Definition>& definitions = module.definitions();
  const Definition& owner = definitions[class_index];
  for (std::size_t i = class_index + 1; i < definitions.size(); ++i) {
    const Definition& candidate = definitions[i];
    if (candidate.range.begin >= owner.range.end) break;
    if (candidate.parent == class_index && candidate.kind == DefinitionKind::method &&
        candidate.name == "__init__" && !candidate.is_overload) {
      return &candidate;
    }
  }
  return nullptr;
}

}  // namespace

DocTargets::DocTargets(const RuleContext& context) {
  RuleContext& mutable_context = const_cast<RuleContext&>(context);
  const PythonModule& module = context.module();
  const PydoclintOptions& options = pydoclint_options(context.settings());
  const DocFieldsFacts& docs = mutable_context.facts<DocFieldsFacts>();
  const FunctionFactsTable& functions = mutable_context.facts<FunctionFactsTable>();
  const std::vector<Definition>& definitions = module.definitions();
  for (std::size_t i = 0; i < definitions.size(); ++i) {
    const Definition& definition = definitions[i];
    if (!definition.is_function_like() && !definition.is_class()) continue;
    const DocumentedFields* fields = docs.find(definition);
    const DocstringText* text = docs.text(definition);
    if (fields == nullptr || text == nullptr) continue;
    if (options.skip_checking_short_docstrings && !fields->is_structured()) continue;
    if (options.ignore_one_line_docstrings && text->is_one_line()) continue;
    DocTarget target;
    target.documented = &definition;
    target.fields = fields;
    if (definition.is_class()) {
      if (!fields->has_parameters) continue;
      const Definition* init = find_init(module, i);
      if (init == nullptr) continue;
      target.function = init;
      target.class_docstring = true;
      target.name = init->qualified_name;
    } else {
      if (definition.is_overload) continue;
      target.function = &definition;
      target.name = definition.qualified_name;
    }
    target.facts = &functions.of(*target.function);
    targets_.push_back(std::move(target));
  }
}

void report_doc(RuleContext& context, const RuleMeta& rule, const DocTarget& target, std::string message,
                std::vector<RelatedLocation> related) {
  const Docstring& docstring = *target.documented->docstring;
  Diagnostic diagnostic;
  diagnostic.rule = &rule;
  diagnostic.message = std::move(message);
  // The docstring's first line: where the opening quotes are.
  const std::string_view raw = docstring.raw;
  const std::size_t line_end = raw.find_first_of("\r\n");
  const auto length = static_cast<std::uint32_t>(line_end == std::string_view::npos ? raw.size() : line_end);
  diagnostic.range = {docstring.range.begin, docstring.range.begin + length};
  diagnostic.symbol = target.documented->qualified_name;
  if (docstring.multiline && docstring.range.end > docstring.range.begin) {
    diagnostic.suppression_offset = docstring.range.end - 1;
  }
  diagnostic.related = std::move(related);
  diagnostic.trigger = docstring.range;  // editing any line of the docstring can cause it
  context.report(std::move(diagnostic));
}

std::string quoted_list(const std::vector<std::string>& names) {
  std::string out;
  for (std::size_t i = 0; i < names.size(); ++i) {
    if (i != 0) out += i + 1 == names.size() ? " and " : ", ";
    out += '`';
    out += names[i];
    out += '`';
  }
  return out;
}

std::string quoted_sequence(const std::vector<std::string>& names) {
  std::string out;
  for (std::size_t i = 0; i < names.size(); ++i) {
    if (i != 0) out += ", ";
    out += '`';
    out += names[i];
    out += '`';
  }
  return out;
}

namespace {

bool is_blank_char(char c) { return c == ' ' || c == '\t' || c == '\n' || c == '\r'; }
bool is_word_char(char c) {
  return (c >= 'A' && c <= 'Z') || (c >= 'a' && c <= 'z') || (c >= '0' && c <= '9') || c == '_' || c == '.';
}

/// Removes reST markup and the default conventions, keeping spaces: `:py:class:`int``
/// becomes `int`, `str, optional` becomes `str`, `A or B` becomes `A | B`.
std::string clean_type(std::string_view type) {
  std::string out;
  out.reserve(type.size());
  for (std::size_t i = 0; i < type.size(); ++i) {
    const char c = type[i];
    if (c == ':') {
      // A role: `:name:` or `:domain:name:` directly followed by a backquote.
      std::size_t j = i + 1;
      while (j < type.size() && (is_word_char(type[j]) || type[j] == ':' || type[j] == '-')) ++j;
      if (j < type.size() && type[j] == '`' && j > i + 1 && type[j - 1] == ':') {
        i = j - 1;
        continue;
      }
    }
    if (c == '`' || c == '~' || c == '!') continue;
    out += c;
  }
  // Trailing ", optional" / ", default ..." (NumPy and Google spell defaults this way).
  for (;;) {
    const std::size_t comma = out.rfind(',');
    if (comma == std::string::npos) break;
    std::string_view tail = std::string_view(out).substr(comma + 1);
    while (!tail.empty() && is_blank_char(tail.front())) tail.remove_prefix(1);
    if (tail.starts_with("optional") || tail.starts_with("default") || tail.starts_with("keyword-only") ||
        tail.starts_with("keyword only")) {
      out.erase(comma);
      continue;
    }
    break;
  }
  // `A or B` is prose for `A | B`.
  for (std::size_t at = out.find(" or "); at != std::string::npos; at = out.find(" or ", at + 3)) {
    out.replace(at, 4, " | ");
  }
  std::size_t begin = 0;
  std::size_t end = out.size();
  while (begin < end && is_blank_char(out[begin])) ++begin;
  while (end > begin && is_blank_char(out[end - 1])) --end;
  return out.substr(begin, end - begin);
}

/// Splits \p s at top-level occurrences of \p separator.
std::vector<std::string> split_top_level(std::string_view s, char separator) {
  std::vector<std::string> parts;
  int depth = 0;
  std::size_t start = 0;
  for (std::size_t i = 0; i < s.size(); ++i) {
    const char c = s[i];
    if (c == '[' || c == '(') ++depth;
    if ((c == ']' || c == ')') && depth > 0) --depth;
    if (c == separator && depth == 0) {
      parts.emplace_back(s.substr(start, i - start));
      start = i + 1;
    }
  }
  parts.emplace_back(s.substr(start));
  return parts;
}

/// Adds the alternatives of a union type \p s to \p out (`Optional[X]`, `Union[A, B]`,
/// `A | B` flattened).
void flatten_union(std::string_view s, std::vector<std::string>& out, int depth = 0) {
  if (depth > 32) return;
  const auto unwrap = [&](std::string_view prefix) -> std::optional<std::string_view> {
    if (s.starts_with(prefix) && s.ends_with("]") && s.size() > prefix.size()) {
      const std::string_view inner = s.substr(prefix.size(), s.size() - prefix.size() - 1);
      if (split_top_level(s.substr(prefix.size() - 1), ']').size() == 2) return inner;  // one bracket pair
    }
    return std::nullopt;
  };
  if (const auto inner = unwrap("Optional[")) {
    flatten_union(*inner, out, depth + 1);
    out.emplace_back("None");
    return;
  }
  if (const auto inner = unwrap("Union[")) {
    for (const std::string& part : split_top_level(*inner, ',')) flatten_union(part, out, depth + 1);
    return;
  }
  const std::vector<std::string> parts = split_top_level(s, '|');
  if (parts.size() > 1) {
    for (const std::string& part : parts) flatten_union(part, out, depth + 1);
    return;
  }
  out.emplace_back(s);
}

/// Lower-cases the `typing` aliases of built-in generics (`List` is `list`) and drops
/// `typing.` qualifiers and forward-reference quotes.
std::string canonical_names(std::string_view s) {
  std::string out;
  out.reserve(s.size());
  std::size_t i = 0;
  while (i < s.size()) {
    if (s[i] == '"' || s[i] == '\'') {
      ++i;
      continue;
    }
    if (!is_word_char(s[i]) || (i > 0 && is_word_char(s[i - 1]))) {
      out += s[i++];
      continue;
    }
    std::size_t end = i;
    while (end < s.size() && is_word_char(s[end])) ++end;
    std::string_view word = s.substr(i, end - i);
    for (const std::string_view module : {"typing.", "typing_extensions.", "builtins."}) {
      if (word.starts_with(module)) word.remove_prefix(module.size());
    }
    if (word == "List" || word == "Dict" || word == "Tuple" || word == "Set" || word == "FrozenSet" ||
        word == "Type") {
      std::string lowered(word);
      for (char& c : lowered) c = static_cast<char>(c | 0x20);
      out += lowered;
    } else if (word == "NoneType") {
      out += "None";
    } else {
      out += word;
    }
    i = end;
  }
  return out;
}

/// The sorted alternatives of a normalised type, `None` left out: whether a value may be
/// None is a matter of defaults (`, optional`), not compared.
std::vector<std::string> alternatives(std::string_view type) {
  const std::string canonical = canonical_names(normalize_type(type));
  std::vector<std::string> out;
  flatten_union(canonical, out);
  std::erase(out, std::string("None"));
  std::sort(out.begin(), out.end());
  out.erase(std::unique(out.begin(), out.end()), out.end());
  return out;
}

}  // namespace

std::string normalize_type(std::string_view type) {
  std::string out;
  for (const char c : clean_type(type)) {
    if (!is_blank_char(c)) out += c;
  }
  return out;
}

bool is_type_expression(std::string_view type) { return looks_like_type_expression(clean_type(type)); }

bool types_agree(std::string_view documented, std::string_view annotation) {
  return alternatives(documented) == alternatives(annotation);
}

std::vector<const Parameter*> documentable_parameters(const FunctionFacts& facts, const PydoclintOptions& options) {
  std::vector<const Parameter*> out;
  for (const Parameter& parameter : facts.parameters) {
    if (parameter.implicit) continue;
    if (options.ignore_underscore_args &&
        std::all_of(parameter.name.begin(), parameter.name.end(), [](char c) { return c == '_'; })) {
      continue;
    }
    out.push_back(&parameter);
  }
  return out;
}

bool is_exempt_exception(const PydoclintOptions& options, std::string_view type) {
  const std::string_view last = exception_names::last_component(type);
  return std::find(options.exempt_exceptions.begin(), options.exempt_exceptions.end(), last) !=
         options.exempt_exceptions.end();
}

std::vector<const RaiseSite*> documentable_raises(const FunctionFacts& facts, const PydoclintOptions& options) {
  std::vector<const RaiseSite*> out;
  for (const RaiseSite& site : facts.raises) {
    if (!is_exempt_exception(options, site.type)) out.push_back(&site);
  }
  return out;
}

ParameterMatch match_parameters(const DocTarget& target, const PydoclintOptions& options) {
  ParameterMatch match;
  const DocumentedFields& fields = *target.fields;
  if (!fields.has_parameters) return match;
  const std::vector<const Parameter*> parameters = documentable_parameters(*target.facts, options);
  match.documented_at.assign(parameters.size(), -1);
  // How a docstring may spell each parameter: `*args` also as `args`.
  std::unordered_map<std::string, std::size_t> spellings;
  spellings.reserve(parameters.size() * 2);
  for (std::size_t p = 0; p < parameters.size(); ++p) {
    spellings.emplace(std::string(parameters[p]->name), p);
    spellings.emplace(parameters[p]->display_name(), p);
  }
  // `self`, `cls` and underscore names may be documented without being required.
  std::unordered_set<std::string> tolerated;
  for (const Parameter& parameter : target.facts->parameters) {
    tolerated.emplace(parameter.name);
    tolerated.emplace(parameter.display_name());
  }
  std::unordered_set<std::string_view> reported;
  for (std::size_t d = 0; d < fields.parameters.size(); ++d) {
    const std::string& name = fields.parameters[d].name;
    const auto found = spellings.find(name);
    if (found != spellings.end()) {
      int& at = match.documented_at[found->second];
      if (at < 0) at = static_cast<int>(d);
      continue;
    }
    if (tolerated.contains(name)) continue;
    if (reported.insert(name).second) match.extra.push_back(name);
  }
  for (std::size_t p = 0; p < parameters.size(); ++p) {
    if (match.documented_at[p] < 0) match.missing.push_back(parameters[p]->display_name());
  }
  return match;
}

}  // namespace tenet::python

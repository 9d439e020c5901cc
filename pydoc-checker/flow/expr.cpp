#include "pydoc-checker/flow/expr.h"

#include <algorithm>
#include <cstdlib>

#include "pydoc-checker/flow/flow_grammar.h"
#include "pydoc-checker/ts.h"

namespace tenet::python::flow {
namespace {

const FlowGrammar& grammar() { return FlowGrammar::get(); }

/// First named child that is not a comment, or a null node.
TSNode first_named_non_comment(TSNode node) {
  const std::uint32_t count = ts_node_named_child_count(node);
  for (std::uint32_t i = 0; i < count; ++i) {
    const TSNode child = ts_node_named_child(node, i);
    if (ts_node_symbol(child) != grammar().comment) return child;
  }
  return TSNode{};
}

/// Processes the common backslash escapes of a literal's contents (enough for counting
/// placeholders and whitespace; rare escapes are kept as written).
void append_unescaped(std::string_view content, bool raw, std::string& out) {
  if (raw) {
    out.append(content);
    return;
  }
  for (std::size_t i = 0; i < content.size(); ++i) {
    const char c = content[i];
    if (c != '\\' || i + 1 >= content.size()) {
      out += c;
      continue;
    }
    const char next = content[++i];
    switch (next) {
      case 'n':
        out += '\n';
        break;
      case 't':
        out += '\t';
        break;
      case 'r':
        out += '\r';
        break;
      case 'f':
        out += '\f';
        break;
      case 'v':
        out += '\v';
        break;
      case '\\':
        out += '\\';
        break;
      case '\'':
        out += '\'';
        break;
      case '"':
        out += '"';
        break;
      case '\n':
        break;  // line continuation inside the literal
      default:
        out += '\\';
        out += next;
        break;
    }
  }
}

/// Appends the literal contents of one `string` node (interpolations skipped).
void append_string_part(TSNode string, std::string_view text, std::string& out) {
  const bool raw = string_prefix(string, text).find_first_of("rR") != std::string_view::npos;
  ts::Cursor cursor(string);
  if (!cursor.first_child()) return;
  do {
    const TSNode child = cursor.node();
    if (ts_node_symbol(child) == grammar().string_content) {
      append_unescaped(ts::text_of(child, text), raw, out);
    }
  } while (cursor.next_sibling());
}

template <class Fn>
void for_each_string_part(TSNode node, Fn&& fn) {
  if (ts_node_symbol(node) == grammar().string) {
    fn(node);
    return;
  }
  ts::Cursor cursor(node);
  if (!cursor.first_child()) return;
  do {
    if (ts_node_symbol(cursor.node()) == grammar().string) fn(cursor.node());
  } while (cursor.next_sibling());
}

bool is_zero_number(std::string_view literal) {
  std::string digits;
  for (char c : literal) {
    if (c != '_') digits += c;
  }
  if (digits.size() > 2 && digits[0] == '0' &&
      std::string_view("xXoObB").find(digits[1]) != std::string_view::npos) {
    return digits.find_first_not_of('0', 2) == std::string::npos;
  }
  if (!digits.empty() && (digits.back() == 'j' || digits.back() == 'J')) digits.pop_back();
  char* end = nullptr;
  const double value = std::strtod(digits.c_str(), &end);
  return end != digits.c_str() && value == 0.0;
}

bool is_number(TSSymbol symbol) { return symbol == grammar().integer || symbol == grammar().float_; }

}  // namespace

TSNode strip_parentheses(TSNode node) {
  while (!ts_node_is_null(node) && ts_node_symbol(node) == grammar().parenthesized_expression) {
    const TSNode inner = first_named_non_comment(node);
    if (ts_node_is_null(inner)) break;
    const TSSymbol symbol = ts_node_symbol(inner);
    if (symbol == grammar().yield || symbol == grammar().list_splat) break;
    node = inner;
  }
  return node;
}

bool dotted_parts(TSNode node, std::string_view text, std::vector<std::string_view>& parts) {
  const FlowGrammar& g = grammar();
  const std::size_t first = parts.size();
  while (!ts_node_is_null(node) && ts_node_symbol(node) == g.attribute) {
    const TSNode attribute = ts_node_child_by_field_id(node, g.field_attribute);
    if (ts_node_is_null(attribute)) break;
    parts.push_back(ts::text_of(attribute, text));
    node = ts_node_child_by_field_id(node, g.field_object);
  }
  if (ts_node_is_null(node) || ts_node_symbol(node) != g.identifier) {
    parts.resize(first);
    return false;
  }
  parts.push_back(ts::text_of(node, text));
  std::reverse(parts.begin() + static_cast<std::ptrdiff_t>(first), parts.end());
  return true;
}

std::string dotted_name(TSNode node, std::string_view text) {
  std::vector<std::string_view> parts;
  if (!dotted_parts(node, text, parts)) return {};
  std::string out;
  for (std::string_view part : parts) {
    if (!out.empty()) out += '.';
    out += part;
  }
  return out;
}

std::string_view tail_name(TSNode node, std::string_view text) {
  const FlowGrammar& g = grammar();
  if (ts_node_is_null(node)) return {};
  const TSSymbol symbol = ts_node_symbol(node);
  if (symbol == g.identifier) return ts::text_of(node, text);
  if (symbol == g.attribute) return ts::text_of(ts_node_child_by_field_id(node, g.field_attribute), text);
  return {};
}

std::string_view string_prefix(TSNode node, std::string_view text) {
  const TSNode start = ts_node_child(node, 0);
  if (ts_node_is_null(start)) return {};
  const std::string_view written = ts::text_of(start, text);
  return written.substr(0, written.find_first_of("'\""));
}

StringKind string_kind(TSNode node, std::string_view text) {
  const FlowGrammar& g = grammar();
  node = strip_parentheses(node);
  if (ts_node_is_null(node)) return StringKind::none;
  const TSSymbol symbol = ts_node_symbol(node);
  if (symbol != g.string && symbol != g.concatenated_string) return StringKind::none;
  StringKind kind = StringKind::none;
  for_each_string_part(node, [&](TSNode part) {
    const std::string_view prefix = string_prefix(part, text);
    StringKind part_kind = StringKind::plain;
    if (prefix.find_first_of("fF") != std::string_view::npos) {
      part_kind = StringKind::fstring;
    } else if (prefix.find_first_of("tT") != std::string_view::npos) {
      part_kind = StringKind::tstring;
    } else if (prefix.find_first_of("bB") != std::string_view::npos) {
      part_kind = StringKind::bytes;
    }
    if (part_kind == StringKind::fstring || part_kind == StringKind::tstring) {
      kind = part_kind;
    } else if (kind == StringKind::none) {
      kind = part_kind;
    }
  });
  return kind;
}

std::string string_value(TSNode node, std::string_view text) {
  std::string out;
  for_each_string_part(strip_parentheses(node), [&](TSNode part) { append_string_part(part, text, out); });
  return out;
}

std::string string_literal_parts(TSNode node, std::string_view text) { return string_value(node, text); }

bool is_none(TSNode node) {
  node = strip_parentheses(node);
  return !ts_node_is_null(node) && ts_node_symbol(node) == grammar().none;
}

Truth truthiness(TSNode node, std::string_view text) {
  const FlowGrammar& g = grammar();
  // `not` chains are unwound in a loop: a 10,000-deep `not not ... x` costs no stack.
  bool negated = false;
  node = strip_parentheses(node);
  while (!ts_node_is_null(node) && ts_node_symbol(node) == g.not_operator) {
    negated = !negated;
    node = strip_parentheses(ts_node_child_by_field_id(node, g.field_argument));
  }
  const auto result = [negated](Truth truth) {
    if (!negated || truth == Truth::unknown) return truth;
    return truth == Truth::truthy ? Truth::falsy : Truth::truthy;
  };
  if (ts_node_is_null(node)) return Truth::unknown;
  const TSSymbol symbol = ts_node_symbol(node);
  if (symbol == g.true_) return result(Truth::truthy);
  if (symbol == g.false_ || symbol == g.none) return result(Truth::falsy);
  if (is_number(symbol))
    return result(is_zero_number(ts::text_of(node, text)) ? Truth::falsy : Truth::truthy);
  if (symbol == g.string || symbol == g.concatenated_string) {
    const StringKind kind = string_kind(node, text);
    if (kind == StringKind::tstring) return result(Truth::truthy);  // a Template object
    const std::string value = string_value(node, text);
    if (kind == StringKind::fstring) return result(value.empty() ? Truth::unknown : Truth::truthy);
    return result(value.empty() ? Truth::falsy : Truth::truthy);
  }
  if (symbol == g.tuple || symbol == g.list || symbol == g.set || symbol == g.dictionary) {
    return result(ts_node_is_null(first_named_non_comment(node)) ? Truth::falsy : Truth::truthy);
  }
  if (symbol == g.unary_operator) {
    const TSNode argument = ts_node_child_by_field_id(node, g.field_argument);
    if (!ts_node_is_null(argument) && is_number(ts_node_symbol(argument))) {
      return result(is_zero_number(ts::text_of(argument, text)) ? Truth::falsy : Truth::truthy);
    }
  }
  return Truth::unknown;
}

bool is_literal(TSNode node, std::string_view text) {
  const FlowGrammar& g = grammar();
  node = strip_parentheses(node);
  if (ts_node_is_null(node)) return false;
  const TSSymbol symbol = ts_node_symbol(node);
  if (symbol == g.string || symbol == g.concatenated_string) {
    const StringKind kind = string_kind(node, text);
    return kind == StringKind::plain || kind == StringKind::bytes;
  }
  return is_number(symbol) || symbol == g.true_ || symbol == g.false_ || symbol == g.none ||
         symbol == g.ellipsis;
}

bool is_constant(TSNode node, std::string_view text) {
  const FlowGrammar& g = grammar();
  // An explicit stack: a deeply nested constant tuple must not cost stack.
  std::vector<TSNode> pending{node};
  while (!pending.empty()) {
    const TSNode current = strip_parentheses(pending.back());
    pending.pop_back();
    if (ts_node_is_null(current)) return false;
    if (is_literal(current, text)) continue;
    const TSSymbol symbol = ts_node_symbol(current);
    if (symbol == g.unary_operator) {
      const TSNode argument = ts_node_child_by_field_id(current, g.field_argument);
      if (ts_node_is_null(argument) || !is_number(ts_node_symbol(argument))) return false;
      continue;
    }
    if (symbol == g.tuple || symbol == g.list || symbol == g.set || symbol == g.dictionary ||
        symbol == g.pair) {
      const std::uint32_t count = ts_node_named_child_count(current);
      for (std::uint32_t i = 0; i < count; ++i) {
        const TSNode child = ts_node_named_child(current, i);
        if (ts_node_symbol(child) != g.comment) pending.push_back(child);
      }
      continue;
    }
    return false;
  }
  return true;
}

bool contains_effect(TSNode node, std::string_view text) {
  const FlowGrammar& g = grammar();
  const auto literal_operand = [&](TSNode operand) {
    operand = strip_parentheses(operand);
    if (ts_node_is_null(operand)) return false;
    const TSSymbol symbol = ts_node_symbol(operand);
    return is_literal(operand, text) || string_kind(operand, text) == StringKind::fstring ||
           symbol == g.list || symbol == g.tuple || symbol == g.set || symbol == g.dictionary ||
           symbol == g.list_comprehension || symbol == g.set_comprehension ||
           symbol == g.dictionary_comprehension;
  };
  std::vector<TSNode> pending{node};
  while (!pending.empty()) {
    const TSNode current = pending.back();
    pending.pop_back();
    if (ts_node_is_null(current)) continue;
    const TSSymbol symbol = ts_node_symbol(current);
    if (symbol == g.call) {
      const TSNode function = ts_node_child_by_field_id(current, g.field_function);
      const Arguments arguments = call_arguments(current, text);
      const std::string_view name =
          ts_node_symbol(function) == g.identifier ? ts::text_of(function, text) : std::string_view{};
      const bool empty_constructor =
          arguments.positional.empty() && arguments.keywords.empty() && !arguments.has_double_star &&
          (name == "set" || name == "list" || name == "tuple" || name == "dict" || name == "frozenset");
      if (!empty_constructor) return true;
      continue;
    }
    if (symbol == g.binary_operator) {
      if (!literal_operand(ts_node_child_by_field_id(current, g.field_left)) ||
          !literal_operand(ts_node_child_by_field_id(current, g.field_right))) {
        return true;
      }
    }
    if (symbol == g.await || symbol == g.yield || symbol == g.subscript || symbol == g.list_comprehension ||
        symbol == g.set_comprehension || symbol == g.dictionary_comprehension ||
        symbol == g.generator_expression) {
      return true;
    }
    if (symbol == g.lambda) continue;  // the body runs later, if ever
    const std::uint32_t count = ts_node_named_child_count(current);
    for (std::uint32_t i = 0; i < count; ++i) pending.push_back(ts_node_named_child(current, i));
  }
  return false;
}

TSNode keyword_value(TSNode keyword_argument) {
  return ts_node_child_by_field_id(keyword_argument, grammar().field_value);
}

TSNode Arguments::keyword(std::string_view name) const {
  for (const auto& [keyword_name, node] : keywords) {
    if (keyword_name == name) return node;
  }
  return TSNode{};
}

TSNode Arguments::keyword_value(std::string_view name) const {
  const TSNode node = keyword(name);
  return ts_node_is_null(node) ? node : flow::keyword_value(node);
}

TSNode Arguments::positional_at(std::size_t index) const {
  if (index >= positional.size()) return TSNode{};
  for (std::size_t i = 0; i <= index; ++i) {
    if (ts_node_symbol(positional[i]) == grammar().list_splat) return TSNode{};
  }
  return positional[index];
}

TSNode Arguments::argument(std::string_view name, std::size_t index) const {
  const TSNode by_name = keyword_value(name);
  return ts_node_is_null(by_name) ? positional_at(index) : by_name;
}

Arguments call_arguments(TSNode call, std::string_view text) {
  const FlowGrammar& g = grammar();
  Arguments arguments;
  const TSNode list = ts_node_child_by_field_id(call, g.field_arguments);
  if (ts_node_is_null(list)) return arguments;
  if (ts_node_symbol(list) != g.argument_list) {
    arguments.positional.push_back(list);  // f(x for x in y)
    return arguments;
  }
  ts::Cursor cursor(list);
  if (!cursor.first_child()) return arguments;
  do {
    const TSNode child = cursor.node();
    if (!ts_node_is_named(child)) continue;
    const TSSymbol symbol = ts_node_symbol(child);
    if (symbol == g.comment) continue;
    if (symbol == g.keyword_argument) {
      arguments.keywords.emplace_back(ts::text_of(ts_node_child_by_field_id(child, g.field_name), text),
                                      child);
    } else if (symbol == g.dictionary_splat) {
      arguments.has_double_star = true;
    } else {
      if (symbol == g.list_splat) arguments.has_star = true;
      arguments.positional.push_back(child);
    }
  } while (cursor.next_sibling());
  return arguments;
}

TextRange argument_removal_range(TSNode call, TSNode argument) {
  const FlowGrammar& g = grammar();
  const TSNode list = ts_node_child_by_field_id(call, g.field_arguments);
  const TextRange own = ts::range_of(argument);
  if (ts_node_is_null(list)) return own;
  TSNode comma_before{};
  TSNode comma_after{};
  TSNode named_after{};
  bool seen = false;
  ts::Cursor cursor(list);
  if (!cursor.first_child()) return own;
  do {
    const TSNode child = cursor.node();
    if (ts_node_eq(child, argument)) {
      seen = true;
      continue;
    }
    const bool is_comma = !ts_node_is_named(child) &&
                          ts_node_end_byte(child) - ts_node_start_byte(child) == 1 &&
                          ts_node_type(child)[0] == ',';
    if (!seen) {
      if (is_comma) comma_before = child;
      if (ts_node_is_named(child) && ts_node_symbol(child) != g.comment) comma_before = TSNode{};
    } else {
      if (is_comma && ts_node_is_null(comma_after)) comma_after = child;
      if (ts_node_is_named(child) && ts_node_symbol(child) != g.comment && ts_node_is_null(named_after)) {
        named_after = child;
      }
    }
  } while (cursor.next_sibling());
  if (!ts_node_is_null(comma_before)) return {ts_node_start_byte(comma_before), own.end};
  if (!ts_node_is_null(comma_after)) {
    return {own.begin,
            ts_node_is_null(named_after) ? ts_node_end_byte(comma_after) : ts_node_start_byte(named_after)};
  }
  return own;
}

}  // namespace tenet::python::flow

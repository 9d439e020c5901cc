#include "pydoc-checker/flow/names.h"

#include <algorithm>
#include <array>

#include "pydoc-checker/flow/expr.h"

namespace tenet::python::flow {

std::uint32_t NameTable::add_scope(Scope::Kind kind, std::uint32_t parent, std::string_view name) {
  Scope scope;
  scope.kind = kind;
  scope.parent = parent;
  scope.name = name;
  scope.is_method =
      kind == Scope::Kind::function && parent != kNone && scopes_[parent].kind == Scope::Kind::class_;
  scopes_.push_back(scope);
  return static_cast<std::uint32_t>(scopes_.size() - 1);
}

void NameTable::bind(std::string_view name, std::uint32_t scope, Binding::Kind kind, std::string target) {
  if (name.empty()) return;
  std::vector<Binding>& list = bindings_[name];
  for (Binding& binding : list) {
    if (binding.scope != scope) continue;
    // One entry per scope: an import outranks other bindings; a logger outranks a plain local.
    if (binding.kind == Binding::Kind::import_) return;
    if (kind == Binding::Kind::import_ || binding.kind == Binding::Kind::local) {
      binding.kind = kind;
      binding.target = std::move(target);
    }
    return;
  }
  list.push_back(Binding{scope, kind, std::move(target)});
}

void NameTable::bind_definition(std::string_view name, std::uint32_t scope, bool is_class) {
  bind(name, scope, Binding::Kind::local);
  for (Binding& binding : bindings_[name]) {
    if (binding.scope != scope) continue;
    binding.function = !is_class;
    binding.class_ = is_class;
  }
}

void NameTable::mark_logger(std::string_view name, std::uint32_t scope, bool root) {
  const auto it = bindings_.find(name);
  if (it == bindings_.end()) return;
  for (Binding& binding : it->second) {
    if (binding.scope == scope && binding.kind == Binding::Kind::local) {
      binding.kind = root ? Binding::Kind::root_logger : Binding::Kind::logger;
    }
  }
}

bool NameTable::imported_anywhere(std::string_view name) const {
  const auto it = bindings_.find(name);
  if (it == bindings_.end()) return false;
  return std::any_of(it->second.begin(), it->second.end(),
                     [](const Binding& binding) { return binding.kind == Binding::Kind::import_; });
}

const Binding* NameTable::lookup(std::string_view name, std::uint32_t scope) const {
  const auto it = bindings_.find(name);
  if (it == bindings_.end()) return nullptr;
  const std::vector<Binding>& list = it->second;
  bool first = true;
  for (std::uint32_t current = scope; current != kNone; current = scopes_[current].parent) {
    // Class bodies are not enclosing scopes for the functions inside them.
    if (!first && scopes_[current].kind == Scope::Kind::class_) continue;
    first = false;
    for (const Binding& binding : list) {
      if (binding.scope == current) return &binding;
    }
  }
  return nullptr;
}

Resolved NameTable::resolve(TSNode node, std::string_view text, std::uint32_t scope) const {
  Resolved resolved;
  std::vector<std::string_view> parts;
  if (!dotted_parts(strip_parentheses(node), text, parts)) return resolved;
  const Binding* binding = lookup(parts.front(), scope);
  std::string rest;
  for (std::size_t i = 1; i < parts.size(); ++i) {
    rest += '.';
    rest += parts[i];
  }
  if (binding == nullptr) {
    if (!is_builtin_name(parts.front())) return resolved;
    resolved.kind = Resolved::Kind::builtin;
    resolved.qualified = std::string(parts.front()) + rest;
    return resolved;
  }
  resolved.binding = binding;
  if (binding->kind == Binding::Kind::import_) {
    resolved.kind = Resolved::Kind::import_;
    resolved.qualified = binding->target + rest;
  } else {
    resolved.kind = Resolved::Kind::local;
    resolved.qualified = std::string(parts.front()) + rest;
  }
  return resolved;
}

bool is_builtin_name(std::string_view name) {
  // Sorted for binary search: Python 3.14's builtins module (functions, types, exceptions,
  // constants and the module dunders).
  static constexpr std::array<std::string_view, 164> kBuiltins{"ArithmeticError",
                                                               "AssertionError",
                                                               "AttributeError",
                                                               "BaseException",
                                                               "BaseExceptionGroup",
                                                               "BlockingIOError",
                                                               "BrokenPipeError",
                                                               "BufferError",
                                                               "BytesWarning",
                                                               "ChildProcessError",
                                                               "ConnectionAbortedError",
                                                               "ConnectionError",
                                                               "ConnectionRefusedError",
                                                               "ConnectionResetError",
                                                               "DeprecationWarning",
                                                               "EOFError",
                                                               "Ellipsis",
                                                               "EncodingWarning",
                                                               "EnvironmentError",
                                                               "Exception",
                                                               "ExceptionGroup",
                                                               "False",
                                                               "FileExistsError",
                                                               "FileNotFoundError",
                                                               "FloatingPointError",
                                                               "FutureWarning",
                                                               "GeneratorExit",
                                                               "IOError",
                                                               "ImportError",
                                                               "ImportWarning",
                                                               "IndentationError",
                                                               "IndexError",
                                                               "InterruptedError",
                                                               "IsADirectoryError",
                                                               "KeyError",
                                                               "KeyboardInterrupt",
                                                               "LookupError",
                                                               "MemoryError",
                                                               "ModuleNotFoundError",
                                                               "NameError",
                                                               "None",
                                                               "NotADirectoryError",
                                                               "NotImplemented",
                                                               "NotImplementedError",
                                                               "OSError",
                                                               "OverflowError",
                                                               "PendingDeprecationWarning",
                                                               "PermissionError",
                                                               "ProcessLookupError",
                                                               "PythonFinalizationError",
                                                               "RecursionError",
                                                               "ReferenceError",
                                                               "ResourceWarning",
                                                               "RuntimeError",
                                                               "RuntimeWarning",
                                                               "StopAsyncIteration",
                                                               "StopIteration",
                                                               "SyntaxError",
                                                               "SyntaxWarning",
                                                               "SystemError",
                                                               "SystemExit",
                                                               "TabError",
                                                               "TimeoutError",
                                                               "True",
                                                               "TypeError",
                                                               "UnboundLocalError",
                                                               "UnicodeDecodeError",
                                                               "UnicodeEncodeError",
                                                               "UnicodeError",
                                                               "UnicodeTranslateError",
                                                               "UnicodeWarning",
                                                               "UserWarning",
                                                               "ValueError",
                                                               "Warning",
                                                               "WindowsError",
                                                               "ZeroDivisionError",
                                                               "__build_class__",
                                                               "__debug__",
                                                               "__doc__",
                                                               "__file__",
                                                               "__import__",
                                                               "__loader__",
                                                               "__name__",
                                                               "__package__",
                                                               "__spec__",
                                                               "abs",
                                                               "aiter",
                                                               "all",
                                                               "anext",
                                                               "any",
                                                               "ascii",
                                                               "bin",
                                                               "bool",
                                                               "breakpoint",
                                                               "bytearray",
                                                               "bytes",
                                                               "callable",
                                                               "chr",
                                                               "classmethod",
                                                               "compile",
                                                               "complex",
                                                               "copyright",
                                                               "credits",
                                                               "delattr",
                                                               "dict",
                                                               "dir",
                                                               "divmod",
                                                               "enumerate",
                                                               "eval",
                                                               "exec",
                                                               "exit",
                                                               "filter",
                                                               "float",
                                                               "format",
                                                               "frozenset",
                                                               "getattr",
                                                               "globals",
                                                               "hasattr",
                                                               "hash",
                                                               "help",
                                                               "hex",
                                                               "id",
                                                               "input",
                                                               "int",
                                                               "isinstance",
                                                               "issubclass",
                                                               "iter",
                                                               "len",
                                                               "license",
                                                               "list",
                                                               "locals",
                                                               "map",
                                                               "max",
                                                               "memoryview",
                                                               "min",
                                                               "next",
                                                               "object",
                                                               "oct",
                                                               "open",
                                                               "ord",
                                                               "pow",
                                                               "print",
                                                               "property",
                                                               "quit",
                                                               "range",
                                                               "repr",
                                                               "reversed",
                                                               "round",
                                                               "set",
                                                               "setattr",
                                                               "slice",
                                                               "sorted",
                                                               "staticmethod",
                                                               "str",
                                                               "sum",
                                                               "super",
                                                               "tuple",
                                                               "type",
                                                               "vars",
                                                               "zip",
                                                               "__cached__",
                                                               "__builtins__",
                                                               "__path__",
                                                               "__annotations__"};
  static const std::array<std::string_view, kBuiltins.size()> kSorted = [] {
    std::array<std::string_view, kBuiltins.size()> sorted = kBuiltins;
    std::sort(sorted.begin(), sorted.end());
    return sorted;
  }();
  return std::binary_search(kSorted.begin(), kSorted.end(), name);
}

}  // namespace tenet::python::flow

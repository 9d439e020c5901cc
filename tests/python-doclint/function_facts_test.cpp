// Unit tests of FunctionFacts: what a `def` says about its parameters, returns, yields and
// raised exception types.
#include <gtest/gtest.h>

#include <string>
#include <vector>

#include "pydoc-checker/function_facts/function_facts.h"
#include "tests/python/test_support.h"

namespace tenet::python {
namespace {

using testing::parse;

struct Facts {
  std::unique_ptr<testing::Parsed> parsed;
  FunctionFacts facts;
};

Facts facts_of(const std::string& source, const std::string& name) {
  Facts out;
  out.parsed = parse(source);
  const Definition* definition = out.parsed->find(name);
  EXPECT_NE(definition, nullptr) << name;
  if (definition != nullptr) out.facts = compute_function_facts(out.parsed->model, *definition);
  return out;
}

std::vector<std::string> raised(const FunctionFacts& facts) {
  std::vector<std::string> types;
  for (const RaiseSite& site : facts.raises) types.push_back(site.type);
  return types;
}

TEST(FunctionFacts, ParameterKinds) {
  const Facts f = facts_of("def f(a, b: int = 1, /, c=2, *args: str, d, e: bool, **kw) -> None: pass\n", "f");
  ASSERT_EQ(f.facts.parameters.size(), 7u);
  const auto& p = f.facts.parameters;
  EXPECT_EQ(p[0].name, "a");
  EXPECT_EQ(p[0].kind, ParameterKind::positional_only);
  EXPECT_EQ(p[1].kind, ParameterKind::positional_only);
  EXPECT_EQ(p[1].annotation, "int");
  EXPECT_TRUE(p[1].has_default);
  EXPECT_EQ(p[2].kind, ParameterKind::positional_or_keyword);
  EXPECT_EQ(p[3].kind, ParameterKind::var_positional);
  EXPECT_EQ(p[3].display_name(), "*args");
  EXPECT_EQ(p[3].annotation, "str");
  EXPECT_EQ(p[4].kind, ParameterKind::keyword_only);
  EXPECT_EQ(p[5].annotation, "bool");
  EXPECT_EQ(p[6].kind, ParameterKind::var_keyword);
  EXPECT_EQ(p[6].display_name(), "**kw");
  EXPECT_EQ(f.facts.return_annotation, "None");
}

TEST(FunctionFacts, BareStarMakesKeywordOnly) {
  const Facts f = facts_of("def f(a, *, b): pass\n", "f");
  ASSERT_EQ(f.facts.parameters.size(), 2u);
  EXPECT_EQ(f.facts.parameters[1].kind, ParameterKind::keyword_only);
}

TEST(FunctionFacts, SelfAndClsAreImplicitExceptInStaticMethods) {
  const Facts f = facts_of(
      "class C:\n"
      "    def m(self, x): pass\n"
      "    @classmethod\n"
      "    def c(cls, x): pass\n"
      "    @staticmethod\n"
      "    def s(x): pass\n",
      "C.m");
  EXPECT_TRUE(f.facts.parameters[0].implicit);
  EXPECT_FALSE(f.facts.parameters[1].implicit);
  const Definition* c = f.parsed->find("C.c");
  const FunctionFacts cf = compute_function_facts(f.parsed->model, *c);
  EXPECT_TRUE(cf.is_classmethod);
  EXPECT_TRUE(cf.parameters[0].implicit);
  const Definition* s = f.parsed->find("C.s");
  const FunctionFacts sf = compute_function_facts(f.parsed->model, *s);
  EXPECT_TRUE(sf.is_staticmethod);
  EXPECT_FALSE(sf.parameters[0].implicit);
}

TEST(FunctionFacts, ReturnsIgnoreNestedScopes) {
  const Facts f = facts_of(
      "def f(x):\n"
      "    def inner():\n"
      "        return 1\n"
      "    class K:\n"
      "        def m(self):\n"
      "            return 2\n"
      "    g = lambda: 3\n"
      "    if x:\n"
      "        return\n"
      "    return None\n",
      "f");
  ASSERT_EQ(f.facts.returns.size(), 2u);
  EXPECT_FALSE(f.facts.returns[0].has_value);
  EXPECT_FALSE(f.facts.returns[1].has_value);
  EXPECT_TRUE(f.facts.returns[1].is_none);
  EXPECT_FALSE(f.facts.returns_value());
}

TEST(FunctionFacts, ValueReturnsInsideCompoundStatements) {
  const Facts f = facts_of(
      "def f(x):\n"
      "    for i in x:\n"
      "        while i:\n"
      "            with open(i) as h:\n"
      "                try:\n"
      "                    return h.read()\n"
      "                finally:\n"
      "                    pass\n"
      "    match x:\n"
      "        case 1:\n"
      "            return 1, 2\n"
      "    return None\n",
      "f");
  ASSERT_EQ(f.facts.returns.size(), 3u);
  EXPECT_TRUE(f.facts.returns[0].has_value);
  EXPECT_TRUE(f.facts.returns[1].has_value);
  EXPECT_TRUE(f.facts.returns[2].is_none);
  EXPECT_TRUE(f.facts.returns_value());
}

TEST(FunctionFacts, YieldsAnywhereInTheBody) {
  const Facts f = facts_of(
      "def f(x):\n"
      "    y = yield\n"
      "    print((yield x))\n"
      "    def inner():\n"
      "        yield 1\n"
      "    g = (z for z in x)\n"
      "    yield from x\n",
      "f");
  ASSERT_EQ(f.facts.yields.size(), 3u);
  EXPECT_FALSE(f.facts.yields[0].has_value);
  EXPECT_TRUE(f.facts.yields[1].has_value);
  EXPECT_TRUE(f.facts.yields[2].is_from);
  EXPECT_TRUE(f.facts.yields[2].has_value);
  EXPECT_TRUE(f.facts.is_generator());
}

TEST(FunctionFacts, BareYieldOnlyIsNotValueYield) {
  const Facts f = facts_of("def f():\n    setup()\n    yield\n    teardown()\n", "f");
  EXPECT_TRUE(f.facts.is_generator());
  EXPECT_FALSE(f.facts.yields_value());
}

TEST(FunctionFacts, RaisedTypes) {
  const Facts f = facts_of(
      "def f(x):\n"
      "    if x == 1:\n"
      "        raise ValueError('bad')\n"
      "    if x == 2:\n"
      "        raise errors.ConfigError from None\n"
      "    if x == 3:\n"
      "        raise KeyError\n"
      "    def inner():\n"
      "        raise TypeError\n"
      "    raise NotImplementedError\n",
      "f");
  EXPECT_EQ(raised(f.facts), (std::vector<std::string>{"ValueError", "errors.ConfigError", "KeyError",
                                                        "NotImplementedError"}));
  EXPECT_FALSE(f.facts.has_unnamed_raise);
}

TEST(FunctionFacts, ReraiseResolvesHandlerTypes) {
  const Facts f = facts_of(
      "def f(x):\n"
      "    try:\n"
      "        x()\n"
      "    except (KeyError, IndexError):\n"
      "        raise\n"
      "    try:\n"
      "        x()\n"
      "    except OSError as exc:\n"
      "        log(exc)\n"
      "        raise exc\n"
      "    try:\n"
      "        x()\n"
      "    except mod.Error as e:\n"
      "        raise RuntimeError('wrapped') from e\n",
      "f");
  EXPECT_EQ(raised(f.facts),
            (std::vector<std::string>{"KeyError", "IndexError", "OSError", "RuntimeError"}));
}

TEST(FunctionFacts, BroadReraiseIsPropagationNotARaise) {
  const Facts f = facts_of(
      "def f(x):\n"
      "    try:\n"
      "        x()\n"
      "    except Exception:\n"
      "        cleanup()\n"
      "        raise\n"
      "    try:\n"
      "        x()\n"
      "    except:\n"
      "        raise\n",
      "f");
  EXPECT_TRUE(f.facts.raises.empty());
  EXPECT_TRUE(f.facts.has_unnamed_raise);
}

TEST(FunctionFacts, RaiseCaughtInTheSameFunctionDoesNotEscape) {
  const Facts f = facts_of(
      "def f(x):\n"
      "    try:\n"
      "        if x:\n"
      "            raise KeyError(x)\n"
      "        raise FileNotFoundError(x)\n"
      "    except LookupError:\n"
      "        pass\n"
      "    except OSError:\n"
      "        raise ValueError('no file')\n"
      "    else:\n"
      "        raise TypeError\n",
      "f");
  EXPECT_EQ(raised(f.facts), (std::vector<std::string>{"ValueError", "TypeError"}));
}

TEST(FunctionFacts, UnnamedRaises) {
  const Facts f = facts_of("def f(x):\n    raise self.failure('x')\n", "f");
  EXPECT_TRUE(f.facts.raises.empty());
  EXPECT_TRUE(f.facts.has_unnamed_raise);
}

TEST(FunctionFacts, StubBodies) {
  const auto p = parse(
      "import abc\n"
      "class C:\n"
      "    def a(self):\n"
      "        \"\"\"Doc.\"\"\"\n"
      "        ...\n"
      "    def b(self):\n"
      "        raise NotImplementedError('subclass')\n"
      "    @abc.abstractmethod\n"
      "    def c(self):\n"
      "        return 1\n"
      "    def d(self):\n"
      "        return 1\n");
  EXPECT_TRUE(compute_function_facts(p->model, *p->find("C.a")).is_stub_body);
  EXPECT_TRUE(compute_function_facts(p->model, *p->find("C.b")).is_stub_body);
  EXPECT_TRUE(compute_function_facts(p->model, *p->find("C.c")).is_abstract);
  EXPECT_FALSE(compute_function_facts(p->model, *p->find("C.d")).is_stub_body);
}

TEST(FunctionFacts, PropertyDecorators) {
  const auto p = parse(
      "import functools\n"
      "class C:\n"
      "    @property\n"
      "    def a(self): return 1\n"
      "    @functools.cached_property\n"
      "    def b(self): return 1\n");
  EXPECT_TRUE(compute_function_facts(p->model, *p->find("C.a")).is_property);
  EXPECT_TRUE(compute_function_facts(p->model, *p->find("C.b")).is_property);
}

/// `def f(x):` with \p depth nested `if x:` blocks, each one space deeper, and a raise at
/// the bottom.
std::string nested_ifs(int depth) {
  std::string source = "def f(x):\n";
  std::string indent = "    ";
  for (int i = 0; i < depth; ++i) {
    source += indent + "if x:\n";
    indent += ' ';
  }
  source += indent + "raise ValueError\n";
  return source;
}

TEST(FunctionFacts, NestedBlocks) {
  const Facts f = facts_of(nested_ifs(100), "f");
  EXPECT_EQ(f.facts.raises.size(), 1u);
}

TEST(FunctionFacts, DeepNestingDoesNotOverflow) {
  // Deeper statement nesting makes the source quadratic in size, and tree-sitter's
  // indentation tracking gives up long before: whatever tree comes back, no crash.
  const auto p = parse(nested_ifs(3000));
  for (const Definition& definition : p->model.definitions()) {
    if (definition.is_function_like()) {
      EXPECT_LE(compute_function_facts(p->model, definition).raises.size(), 1u);
    }
  }
}

TEST(FunctionFacts, DeepExpressionNestingWithYield) {
  std::string source = "def f(x):\n    y = ";
  for (int i = 0; i < 10000; ++i) source += "(";
  source += "yield x";
  for (int i = 0; i < 10000; ++i) source += ")";
  source += "\n";
  const Facts f = facts_of(source, "f");
  EXPECT_LE(f.facts.yields.size(), 1u);
}

TEST(ExceptionNames, DocumentsByLastComponentAndBuiltinBases) {
  EXPECT_TRUE(exception_names::documents("ConfigError", "errors.ConfigError"));
  EXPECT_TRUE(exception_names::documents("errors.ConfigError", "ConfigError"));
  EXPECT_TRUE(exception_names::documents("OSError", "FileNotFoundError"));
  EXPECT_TRUE(exception_names::documents("LookupError", "KeyError"));
  EXPECT_TRUE(exception_names::documents("ValueError", "UnicodeDecodeError"));
  EXPECT_FALSE(exception_names::documents("KeyError", "LookupError"));
  EXPECT_FALSE(exception_names::documents("OSError", "mod.FileNotFoundError"));
  EXPECT_FALSE(exception_names::documents("TypeError", "ValueError"));
}

}  // namespace
}  // namespace tenet::python

// Unit tests of the Python model: definitions, nesting, docstrings, decorators resolved
// through imports, visibility and `__all__`.
#include <gtest/gtest.h>

#include "tests/python/test_support.h"

namespace tenet::python {
namespace {

using testing::parse;

TEST(PythonModel, ModuleIsFirstDefinition) {
  const auto p = parse("x = 1\n", ModelOptions{.is_stub = false, .location = {}, .module_name = "mod"});
  ASSERT_EQ(p->model.definitions().size(), 1u);
  const Definition& module = p->model.module();
  EXPECT_EQ(module.kind, DefinitionKind::module);
  EXPECT_EQ(module.name, "mod");
  EXPECT_EQ(module.qualified_name, "");
  EXPECT_EQ(module.name_range.begin, 0u);
  EXPECT_EQ(module.name_range.end, 0u);
  EXPECT_FALSE(module.docstring);
}

TEST(PythonModel, KindsFollowNesting) {
  const auto p = parse(
      "def f():\n"
      "    def inner(): pass\n"
      "    class Local: pass\n"
      "class C:\n"
      "    def m(self): pass\n"
      "    class N:\n"
      "        def deep(self): pass\n"
      "    if X:\n"
      "        def in_if(self): pass\n");
  EXPECT_EQ(p->find("f")->kind, DefinitionKind::function);
  EXPECT_EQ(p->find("f.inner")->kind, DefinitionKind::nested_function);
  EXPECT_EQ(p->find("f.Local")->kind, DefinitionKind::nested_class);
  EXPECT_EQ(p->find("C")->kind, DefinitionKind::top_level_class);
  EXPECT_EQ(p->find("C.m")->kind, DefinitionKind::method);
  EXPECT_EQ(p->find("C.N")->kind, DefinitionKind::nested_class);
  EXPECT_EQ(p->find("C.N.deep")->kind, DefinitionKind::method);
  EXPECT_EQ(p->find("C.in_if")->kind, DefinitionKind::method);
  EXPECT_EQ(p->model.parent_of(*p->find("C.N.deep")), p->find("C.N"));
}

TEST(PythonModel, DefinitionsInsideCompoundStatementsAreFound) {
  const auto p = parse(
      "try:\n    def a(): pass\nexcept* E:\n    def b(): pass\nelse:\n    def c(): pass\n"
      "finally:\n    def d(): pass\n"
      "for x in y:\n    def e(): pass\nelse:\n    def f(): pass\n"
      "while z:\n    def g(): pass\n"
      "with m as n:\n    def h(): pass\n"
      "match v:\n    case 1:\n        def i(): pass\n    case _:\n        def j(): pass\n"
      "if p:\n    def k(): pass\nelif q:\n    def l(): pass\n");
  for (const char* name : {"a", "b", "c", "d", "e", "f", "g", "h", "i", "j", "k", "l"}) {
    const Definition* def = p->find(name);
    ASSERT_NE(def, nullptr) << name;
    EXPECT_EQ(def->kind, DefinitionKind::function) << name;
  }
}

TEST(PythonModel, NameRangeIsTheIdentifierAndRangeIncludesDecorators) {
  const std::string source = "@dec\nasync def fetch(): pass\n";
  const auto p = parse(source);
  const Definition* fetch = p->find("fetch");
  ASSERT_NE(fetch, nullptr);
  EXPECT_EQ(source.substr(fetch->name_range.begin, fetch->name_range.end - fetch->name_range.begin), "fetch");
  EXPECT_EQ(fetch->range.begin, 0u);
  ASSERT_EQ(fetch->decorators.size(), 1u);
  EXPECT_EQ(fetch->decorators[0].written_name, "dec");
}

TEST(PythonModel, DocstringParts) {
  const std::string source = "def f():\n    r'''Raw \\d.'''\n";
  const auto p = parse(source);
  const auto& doc = p->find("f")->docstring;
  ASSERT_TRUE(doc);
  EXPECT_EQ(doc->prefix, "r");
  EXPECT_EQ(doc->quote, "'''");
  EXPECT_EQ(doc->content, "Raw \\d.");
  EXPECT_EQ(doc->raw, "r'''Raw \\d.'''");
  EXPECT_EQ(source.substr(doc->content_range.begin, doc->content_range.end - doc->content_range.begin),
            "Raw \\d.");
  EXPECT_FALSE(doc->multiline);
  EXPECT_FALSE(doc->implicit_concatenation);
}

TEST(PythonModel, ModuleDocstringAfterCommentsAndBom) {
  const auto p = parse("\xEF\xBB\xBF#!/usr/bin/env python\n# comment\n\"\"\"Module.\n\nMore.\n\"\"\"\n");
  const auto& doc = p->model.module().docstring;
  ASSERT_TRUE(doc);
  EXPECT_EQ(doc->content, "Module.\n\nMore.\n");
  EXPECT_TRUE(doc->multiline);
  EXPECT_EQ(p->model.code_start(), 3u);
  EXPECT_EQ(p->model.module().name_range.begin, 3u);
}

TEST(PythonModel, OnlyTheFirstStatementIsADocstring) {
  const auto p = parse("import os\n\"\"\"Not a docstring.\"\"\"\ndef f():\n    x = 1\n    \"no\"\n");
  EXPECT_FALSE(p->model.module().docstring);
  EXPECT_FALSE(p->find("f")->docstring);
}

TEST(PythonModel, DocstringKinds) {
  const auto p = parse(
      "class Concat:\n    'a' \"b\"\n"
      "class Paren:\n    ('''In parentheses.''')\n"
      "class Bytes:\n    b'x'\n"
      "class FString:\n    f'x'\n"
      "class TString:\n    t'x'\n"
      "class Mixed:\n    'a' f'b'\n"
      "class Unicode:\n    u'x'\n"
      "class OneLine: 'inline'\n");
  const auto& concat = p->find("Concat")->docstring;
  ASSERT_TRUE(concat);
  EXPECT_TRUE(concat->implicit_concatenation);
  EXPECT_EQ(concat->content, "ab");
  EXPECT_EQ(concat->quote, "'");
  ASSERT_TRUE(p->find("Paren")->docstring);
  EXPECT_EQ(p->find("Paren")->docstring->content, "In parentheses.");
  EXPECT_FALSE(p->find("Bytes")->docstring);
  EXPECT_FALSE(p->find("FString")->docstring);
  EXPECT_FALSE(p->find("TString")->docstring);
  EXPECT_FALSE(p->find("Mixed")->docstring);
  ASSERT_TRUE(p->find("Unicode")->docstring);
  EXPECT_EQ(p->find("Unicode")->docstring->prefix, "u");
  ASSERT_TRUE(p->find("OneLine")->docstring);
  EXPECT_EQ(p->find("OneLine")->docstring->content, "inline");
}

TEST(PythonModel, OverloadResolvedThroughImports) {
  const auto p = parse(
      "import typing as t\n"
      "import typing_extensions\n"
      "from typing import overload as o, override\n"
      "@t.overload\ndef a(): ...\n"
      "@o\ndef b(): ...\n"
      "@typing_extensions.overload\ndef c(): ...\n"
      "@override\ndef d(): ...\n"
      "@overload\ndef e(): ...\n"           // never imported: not typing's
      "@t.overload()\ndef f(): ...\n");     // a call names its callee
  EXPECT_TRUE(p->find("a")->is_overload);
  EXPECT_EQ(p->find("a")->decorators[0].qualified_name, "typing.overload");
  EXPECT_EQ(p->find("a")->decorators[0].written_name, "t.overload");
  EXPECT_TRUE(p->find("b")->is_overload);
  EXPECT_TRUE(p->find("c")->is_overload);
  EXPECT_TRUE(p->find("d")->is_override);
  EXPECT_FALSE(p->find("d")->is_overload);
  EXPECT_FALSE(p->find("e")->is_overload);
  EXPECT_EQ(p->find("e")->decorators[0].qualified_name, "overload");
  EXPECT_TRUE(p->find("f")->is_overload);
}

TEST(PythonModel, ImportsAreScopedAndOrdered) {
  const auto p = parse(
      "@overload\ndef before(): ...\n"
      "from typing import overload\n"
      "@overload\ndef after(): ...\n"
      "def overload(f): return f\n"
      "@overload\ndef shadowed(): ...\n"
      "def outer():\n"
      "    from typing_extensions import override as ov\n"
      "    class K:\n"
      "        @ov\n"
      "        def m(self): ...\n"
      "@ov\ndef not_in_scope(): ...\n");
  EXPECT_FALSE(p->find("before")->is_overload);
  EXPECT_TRUE(p->find("after")->is_overload);
  EXPECT_FALSE(p->find("shadowed")->is_overload);
  EXPECT_TRUE(p->find("outer.K.m")->is_override);
  EXPECT_FALSE(p->find("not_in_scope")->is_override);
}

TEST(PythonModel, DecoratorNamingTheDefinitionMeansTheEarlierBinding) {
  // `@overload` on `def overload` is evaluated before the new name is bound.
  const auto p = parse("from typing import overload\n@overload\ndef overload(): ...\n");
  EXPECT_TRUE(p->find("overload")->is_overload);
}

TEST(PythonModel, DecoratorsOfABrokenDefinitionDoNotLeak) {
  const auto p = parse("@first\nx = 1\n\ndef later(): pass\n");
  const Definition* later = p->find("later");
  ASSERT_NE(later, nullptr);
  EXPECT_TRUE(later->decorators.empty());
}

TEST(PythonModel, FunctionBodiesSeeModuleImportsMadeLater) {
  // A function body runs after the module has executed, so a later module import counts.
  const auto p = parse(
      "def outer():\n"
      "    @overload\n"
      "    def inner(): ...\n"
      "from typing import overload\n");
  EXPECT_TRUE(p->find("outer.inner")->is_overload);
}

TEST(PythonModel, DottedAndRelativeImports) {
  const auto p = parse(
      "import a.b.c\nimport x.y as z\nfrom . import rel\nfrom ..pkg import thing as th\n"
      "@a.b.c.deco\ndef f(): ...\n@z.deco\ndef g(): ...\n@rel.deco\ndef h(): ...\n@th\ndef i(): ...\n");
  EXPECT_EQ(p->find("f")->decorators[0].qualified_name, "a.b.c.deco");
  EXPECT_EQ(p->find("g")->decorators[0].qualified_name, "x.y.deco");
  EXPECT_EQ(p->find("h")->decorators[0].qualified_name, ".rel.deco");
  EXPECT_EQ(p->find("i")->decorators[0].qualified_name, "..pkg.thing");
}

TEST(PythonModel, VisibilityByName) {
  const auto p = parse(
      "def public(): pass\ndef _private(): pass\ndef __dunder__(): pass\n"
      "class C:\n"
      "    def m(self): pass\n    def _m(self): pass\n    def __eq__(self, o): pass\n"
      "    def __mangled(self): pass\n"
      "    class _Hidden:\n        def m(self): pass\n"
      "class _P:\n    def m(self): pass\n    class N: pass\n"
      "def outer():\n    class Local:\n        def m(self): pass\n    def inner(): pass\n");
  EXPECT_TRUE(p->find("public")->is_public());
  EXPECT_FALSE(p->find("_private")->is_public());
  EXPECT_FALSE(p->find("__dunder__")->is_public());  // module-level dunders are private (ruff)
  EXPECT_TRUE(p->find("C.m")->is_public());
  EXPECT_FALSE(p->find("C._m")->is_public());
  EXPECT_TRUE(p->find("C.__eq__")->is_public());
  EXPECT_FALSE(p->find("C.__mangled")->is_public());
  EXPECT_FALSE(p->find("C._Hidden")->is_public());
  EXPECT_FALSE(p->find("C._Hidden.m")->is_public());
  EXPECT_FALSE(p->find("_P.m")->is_public());
  EXPECT_FALSE(p->find("_P.N")->is_public());
  EXPECT_FALSE(p->find("outer.Local")->is_public());
  EXPECT_FALSE(p->find("outer.Local.m")->is_public());
  EXPECT_FALSE(p->find("outer.inner")->is_public());
}

TEST(PythonModel, SetterAndDeleterArePrivate) {
  const auto p = parse(
      "class C:\n"
      "    @property\n    def x(self): pass\n"
      "    @x.setter\n    def x(self, v): pass\n"
      "    @y.deleter\n    def y(self): pass\n"
      "    @other.setter\n    def z(self, v): pass\n");
  const auto& defs = p->model.definitions();
  ASSERT_EQ(defs.size(), 6u);
  EXPECT_TRUE(defs[2].is_public());   // the getter
  EXPECT_FALSE(defs[3].is_public());  // x.setter
  EXPECT_FALSE(defs[4].is_public());  // y.deleter
  EXPECT_TRUE(defs[5].is_public());   // setter of another name: ruff keeps it public
}

TEST(PythonModel, DunderAllLimitsPublicNames) {
  const auto p = parse(
      "__all__ = ['a', \"b\"]\n"
      "__all__ += ('c',)\n"
      "__all__.extend(['d'])\n"
      "__all__.append('E')\n"
      "if cond:\n    __all__ = __all__ + ['f'] + list(('g',))\n"
      "try:\n    __all__: list[str] = ['h' 'i']\nexcept ImportError:\n    pass\n"
      "def a(): pass\ndef x(): pass\nclass E: pass\nclass Y: pass\ndef hi(): pass\n"
      "class B:\n    def m(self): pass\n");
  ASSERT_TRUE(p->model.dunder_all());
  // extend() and append() add nothing, as in ruff: only assignments name public names.
  EXPECT_EQ(*p->model.dunder_all(), (std::vector<std::string>{"a", "b", "c", "f", "g", "hi"}));
  EXPECT_TRUE(p->find("a")->is_public());
  EXPECT_FALSE(p->find("x")->is_public());
  EXPECT_FALSE(p->find("E")->is_public());
  EXPECT_FALSE(p->find("Y")->is_public());
  EXPECT_TRUE(p->find("hi")->is_public());
  EXPECT_FALSE(p->find("B")->is_public());
  EXPECT_FALSE(p->find("B.m")->is_public());
}

TEST(PythonModel, UnreadableDunderAllStillLimits) {
  const auto p = parse("__all__ = compute()\ndef f(): pass\n");
  ASSERT_TRUE(p->model.dunder_all());
  EXPECT_TRUE(p->model.dunder_all()->empty());
  EXPECT_FALSE(p->find("f")->is_public());
}

TEST(PythonModel, DunderAllInsideFunctionOrClassIsIgnored) {
  const auto p = parse("def g():\n    __all__ = []\nclass K:\n    __all__ = []\ndef f(): pass\n");
  EXPECT_FALSE(p->model.dunder_all());
  EXPECT_TRUE(p->find("f")->is_public());
}

TEST(PythonModel, PrivateModuleMakesEverythingPrivate) {
  ModelOptions options;
  options.location.is_private = true;
  const auto p = parse("def f(): pass\nclass C:\n    def m(self): pass\n", options);
  EXPECT_FALSE(p->model.module().is_public());
  EXPECT_FALSE(p->find("f")->is_public());
  EXPECT_FALSE(p->find("C.m")->is_public());
}

TEST(PythonModel, LenientSyntaxErrors) {
  EXPECT_TRUE(parse("def f():\n    print 'x'\n")->model.lenient_syntax_error());
  EXPECT_TRUE(parse("exec 'x'\n")->model.lenient_syntax_error());
  EXPECT_TRUE(parse("def f():\nreturn 1\n")->model.lenient_syntax_error());
  // Valid Python 3 that the grammar also reads as a print statement.
  EXPECT_FALSE(parse("print >> sys.stderr, 'x'\nprint('x')\nprint\nexec('x')\n")->model.lenient_syntax_error());
}

TEST(PythonModel, MultilineStringAt) {
  const std::string source = "x = '''a\nb'''\ny = 'one line'\nz = ('p'\n     'q')\n";
  const auto p = parse(source);
  const auto first = p->model.multiline_string_at(static_cast<std::uint32_t>(source.find('a')));
  ASSERT_TRUE(first);
  EXPECT_EQ(first->begin, source.find("'''"));
  EXPECT_EQ(first->end, source.find("\ny ="));
  EXPECT_FALSE(p->model.multiline_string_at(static_cast<std::uint32_t>(source.find("one"))));
  EXPECT_FALSE(p->model.multiline_string_at(0));
  // A concatenation over several lines counts as a whole.
  const auto joined = p->model.multiline_string_at(static_cast<std::uint32_t>(source.find("'p'")));
  ASSERT_TRUE(joined);
  EXPECT_EQ(joined->end, source.find(")\n"));
}

TEST(ModuleLocation, PackagesByInitFiles) {
  const auto packages = [](std::initializer_list<const char*> dirs) {
    std::vector<std::filesystem::path> list(dirs.begin(), dirs.end());
    return [list](const std::filesystem::path& dir) {
      return std::find(list.begin(), list.end(), dir) != list.end();
    };
  };
  const ModuleLocation loose = locate_module("/r/scripts/_tool.py", packages({}));
  EXPECT_TRUE(loose.package_path.empty());
  EXPECT_TRUE(loose.is_private);
  EXPECT_FALSE(locate_module("/r/_hidden/tool.py", packages({})).is_private);

  const ModuleLocation nested = locate_module("/r/src/pkg/_impl/util.py", packages({"/r/src/pkg", "/r/src/pkg/_impl"}));
  EXPECT_EQ(nested.package_path, (std::vector<std::string>{"pkg", "_impl", "util"}));
  EXPECT_TRUE(nested.is_private);
  EXPECT_FALSE(nested.is_package);

  const ModuleLocation init = locate_module("/r/_outside/pkg/__init__.py", packages({"/r/_outside/pkg"}));
  EXPECT_EQ(init.package_path, (std::vector<std::string>{"pkg", "__init__"}));
  EXPECT_TRUE(init.is_package);
  EXPECT_FALSE(init.is_private);  // `_outside` holds no __init__.py: not part of the package

  EXPECT_FALSE(locate_module("/r/pkg/__main__.py", packages({"/r/pkg"})).is_private);
}

}  // namespace
}  // namespace tenet::python

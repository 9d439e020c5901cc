// Unit tests of the docstring field parser: Sphinx field lists, Google and NumPy sections.
#include <gtest/gtest.h>

#include <string>
#include <vector>

#include "pydoc-checker/docfields/docfields.h"
#include "tests/python/test_support.h"

namespace tenet::python {
namespace {

using testing::parse;

/// Parses the docstring of function `f` in \p source in \p style.
struct Fields {
  std::unique_ptr<testing::Parsed> parsed;
  std::unique_ptr<DocstringText> text;
  DocumentedFields fields;
};

Fields fields_of(const std::string& source, DocstringStyle style = DocstringStyle::auto_detect) {
  Fields out;
  out.parsed = parse(source);
  const Definition* f = out.parsed->find("f");
  EXPECT_TRUE(f != nullptr && f->docstring);
  if (f == nullptr || !f->docstring) return out;
  out.text = std::make_unique<DocstringText>(DocstringText::parse(*f->docstring, out.parsed->text));
  out.fields = parse_documented_fields(*out.text, style);
  return out;
}

std::vector<std::string> names(const DocumentedFields& fields) {
  std::vector<std::string> out;
  for (const DocParameter& parameter : fields.parameters) out.push_back(parameter.name + ":" + parameter.type);
  return out;
}

std::vector<std::string> raises(const DocumentedFields& fields) {
  std::vector<std::string> out;
  for (const DocRaise& raise : fields.raises) out.push_back(raise.type);
  return out;
}

TEST(SphinxFields, ParamsTypesReturnsRaises) {
  const Fields f = fields_of(
      "def f(a, b, *args, **kwargs):\n"
      "    \"\"\"Summary.\n"
      "\n"
      "    :param a: the first,\n"
      "        continued.\n"
      "    :type a: int\n"
      "    :param dict[str, int] b: the second\n"
      "    :param \\*args: extra\n"
      "    :keyword \\*\\*kwargs: options\n"
      "    :returns: a value\n"
      "    :rtype: str\n"
      "    :raises ValueError: when bad\n"
      "    :raise errors.Oops, KeyError: sometimes\n"
      "    :yields: nothing really\n"
      "    :ytype: int\n"
      "    :ivar name: an attribute\n"
      "    :cvar int count: a class attribute\n"
      "    \"\"\"\n");
  EXPECT_EQ(f.fields.style, FieldStyle::sphinx);
  EXPECT_TRUE(f.fields.has_parameters);
  EXPECT_EQ(names(f.fields),
            (std::vector<std::string>{"a:int", "b:dict[str, int]", "*args:", "**kwargs:"}));
  ASSERT_EQ(f.fields.returns.size(), 1u);
  EXPECT_EQ(f.fields.returns[0].type, "str");
  EXPECT_EQ(raises(f.fields), (std::vector<std::string>{"ValueError", "errors.Oops", "KeyError"}));
  ASSERT_EQ(f.fields.yields.size(), 1u);
  EXPECT_EQ(f.fields.yields[0].type, "int");
  ASSERT_EQ(f.fields.attributes.size(), 2u);
  EXPECT_FALSE(f.fields.attributes[0].class_variable);
  EXPECT_TRUE(f.fields.attributes[1].class_variable);
  EXPECT_EQ(f.fields.attributes[1].type, "int");
  // The description of `a` spans its continuation line.
  const DocParameter& a = f.fields.parameters[0];
  EXPECT_EQ(f.parsed->text.substr(a.description.begin, a.description.end - a.description.begin),
            "the first,\n        continued.");
  EXPECT_EQ(f.parsed->text.substr(a.range.begin, a.range.end - a.range.begin), "a");
}

TEST(SphinxFields, RolesAndProseAreNotFields) {
  const Fields f = fields_of(
      "def f(a):\n"
      "    \"\"\"Summary.\n"
      "\n"
      "    :class:`Thing` objects: are not fields.\n"
      "    :note: nor is this.\n"
      "    \"\"\"\n");
  EXPECT_EQ(f.fields.style, FieldStyle::none);
  EXPECT_FALSE(f.fields.is_structured());
}

TEST(SphinxFields, RaisesWithoutTypeReadsTheProse) {
  const Fields f = fields_of(
      "def f(a):\n"
      "    \"\"\"Summary.\n"
      "\n"
      "    :raises: ValueError if `a` is negative.\n"
      "    \"\"\"\n");
  EXPECT_TRUE(f.fields.has_raises);
  EXPECT_TRUE(f.fields.raises_free_form);
  EXPECT_EQ(raises(f.fields), (std::vector<std::string>{"ValueError"}));
}

TEST(SphinxFields, FieldsInsideLiteralBlocksAndDoctestsAreIgnored) {
  const Fields f = fields_of(
      "def f(a):\n"
      "    \"\"\"Summary.\n"
      "\n"
      "    Example::\n"
      "\n"
      "        :param x: inside a literal block\n"
      "\n"
      "    >>> :param y: no\n"
      "    \"\"\"\n");
  EXPECT_FALSE(f.fields.is_structured());
}

TEST(GoogleFields, ArgsReturnsRaisesYields) {
  const Fields f = fields_of(
      "def f(a, b, *args, **kwargs):\n"
      "    \"\"\"Summary.\n"
      "\n"
      "    Args:\n"
      "        a (int): The first.\n"
      "        b: The second,\n"
      "            continued.\n"
      "        *args: Extra.\n"
      "        **kwargs (dict[str, int], optional): Options.\n"
      "\n"
      "    Keyword Args:\n"
      "        c, d (str): Two at once.\n"
      "\n"
      "    Returns:\n"
      "        Optional[int]: The count.\n"
      "\n"
      "    Raises:\n"
      "        ValueError: If bad.\n"
      "        errors.Oops: Sometimes.\n"
      "\n"
      "    Yields:\n"
      "        str: Lines.\n"
      "    \"\"\"\n");
  EXPECT_EQ(f.fields.style, FieldStyle::google);
  EXPECT_EQ(names(f.fields), (std::vector<std::string>{"a:int", "b:", "*args:", "**kwargs:dict[str, int], optional",
                                                       "c:str", "d:str"}));
  ASSERT_EQ(f.fields.returns.size(), 1u);
  EXPECT_EQ(f.fields.returns[0].type, "Optional[int]");
  EXPECT_EQ(raises(f.fields), (std::vector<std::string>{"ValueError", "errors.Oops"}));
  ASSERT_EQ(f.fields.yields.size(), 1u);
  EXPECT_EQ(f.fields.yields[0].type, "str");
}

TEST(GoogleFields, ReturnsProseHasNoType) {
  const Fields f = fields_of(
      "def f(a):\n"
      "    \"\"\"Summary.\n"
      "\n"
      "    Returns:\n"
      "        The value of a thing: usually one.\n"
      "    \"\"\"\n");
  ASSERT_EQ(f.fields.returns.size(), 1u);
  EXPECT_EQ(f.fields.returns[0].type, "");
}

TEST(GoogleFields, UnindentedArgumentsAreProse) {
  // The old standard-library layout: `name -- text` at the header's depth.
  const Fields f = fields_of(
      "def f(a, b):\n"
      "    \"\"\"Summary.\n"
      "\n"
      "    Arguments:\n"
      "    a -- the first\n"
      "    b -- the second\n"
      "    \"\"\"\n");
  EXPECT_FALSE(f.fields.has_parameters);
}

TEST(GoogleFields, SectionWithProseEntriesIsNotAParameterSection) {
  const Fields f = fields_of(
      "def f(a, b):\n"
      "    \"\"\"Summary.\n"
      "\n"
      "    Args:\n"
      "        - a -- the first\n"
      "        - b -- the second\n"
      "    \"\"\"\n");
  EXPECT_FALSE(f.fields.has_parameters);
}

TEST(GoogleFields, ProseRaisesNameTheExceptions) {
  const Fields f = fields_of(
      "def f(a):\n"
      "    \"\"\"Summary.\n"
      "\n"
      "    Raises:\n"
      "        A ValueError when `a` is bad, or an OSError.\n"
      "    \"\"\"\n");
  EXPECT_TRUE(f.fields.raises_free_form);
  EXPECT_EQ(raises(f.fields), (std::vector<std::string>{"ValueError", "OSError"}));
}

TEST(NumpyFields, ParametersReturnsRaisesYields) {
  const Fields f = fields_of(
      "def f(x, y, z):\n"
      "    \"\"\"Summary.\n"
      "\n"
      "    Parameters\n"
      "    ----------\n"
      "    x : int\n"
      "        The x.\n"
      "    y, z : float, optional\n"
      "        The others.\n"
      "\n"
      "    Returns\n"
      "    -------\n"
      "    total : float\n"
      "        The sum.\n"
      "    bool\n"
      "        Whether it worked.\n"
      "\n"
      "    Raises\n"
      "    ------\n"
      "    ValueError\n"
      "        If x is negative.\n"
      "\n"
      "    Yields\n"
      "    ------\n"
      "    int\n"
      "    \"\"\"\n");
  EXPECT_EQ(f.fields.style, FieldStyle::numpy);
  EXPECT_EQ(names(f.fields), (std::vector<std::string>{"x:int", "y:float, optional", "z:float, optional"}));
  ASSERT_EQ(f.fields.returns.size(), 2u);
  EXPECT_EQ(f.fields.returns[0].name, "total");
  EXPECT_EQ(f.fields.returns[0].type, "float");
  EXPECT_EQ(f.fields.returns[1].type, "bool");
  EXPECT_EQ(raises(f.fields), (std::vector<std::string>{"ValueError"}));
  ASSERT_EQ(f.fields.yields.size(), 1u);
  EXPECT_EQ(f.fields.yields[0].type, "int");
}

TEST(Styles, ExplicitStyleReadsOnlyThatStyle) {
  const std::string source =
      "def f(a):\n"
      "    \"\"\"Summary.\n"
      "\n"
      "    Args:\n"
      "        a: The first.\n"
      "    \"\"\"\n";
  EXPECT_TRUE(fields_of(source, DocstringStyle::google).fields.has_parameters);
  EXPECT_TRUE(fields_of(source, DocstringStyle::auto_detect).fields.has_parameters);
  EXPECT_FALSE(fields_of(source, DocstringStyle::sphinx).fields.has_parameters);
  EXPECT_FALSE(fields_of(source, DocstringStyle::numpy).fields.has_parameters);
}

TEST(Styles, ShortDocstringIsNotStructured) {
  const Fields f = fields_of("def f(a):\n    \"\"\"Do a thing with a.\"\"\"\n");
  EXPECT_FALSE(f.fields.is_structured());
}

}  // namespace
}  // namespace tenet::python

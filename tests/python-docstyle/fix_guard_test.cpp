// The fix guard: a docstring fix may change docstrings and white space, nothing else.
#include "pydoc-checker/fix_guard.h"

#include <gtest/gtest.h>

namespace tenet::python {
namespace {

TEST(FixGuard, DocstringTextAndWhiteSpaceMayChange) {
  EXPECT_TRUE(fix_preserves_code("def f():\n    '''doc'''\n    return 1\n",
                                 "def f():\n    r\"\"\"Doc.\n    \"\"\"\n\n    return 1\n"));
  EXPECT_TRUE(
      fix_preserves_code("\"\"\"Module.\"\"\"\nx = 1\n", "\"\"\"Module.\n\nMore.\n\"\"\"\n\nx = 1\n"));
  EXPECT_TRUE(fix_preserves_code("class C:\n    # c\n    \"\"\"D.\"\"\"; x = 1\n",
                                 "class C:\n    # c\n    \"\"\"D.\"\"\"\n\n    x = 1\n"));
}

TEST(FixGuard, CodeChangesAreRefused) {
  EXPECT_FALSE(
      fix_preserves_code("def f():\n    '''d'''\n    return 1\n", "def f():\n    '''d'''\n    return 2\n"));
  EXPECT_FALSE(fix_preserves_code("def f():\n    '''d'''\n    x = 'a b'\n",
                                  "def f():\n    '''d'''\n    x = 'a  b'\n"));
  EXPECT_FALSE(
      fix_preserves_code("def f():\n    '''d'''\n    # one\n", "def f():\n    '''d'''\n    # two\n"));
  // The string moved out of the docstring position.
  EXPECT_FALSE(
      fix_preserves_code("def f():\n    '''d'''\n    x = 1\n", "def f():\n    x = 1\n    '''d'''\n"));
  // Indentation that changes the block structure.
  EXPECT_FALSE(fix_preserves_code("if a:\n    x = 1\n    y = 2\n", "if a:\n    x = 1\ny = 2\n"));
  // A docstring turned into code.
  EXPECT_FALSE(fix_preserves_code("def f():\n    '''d'''\n", "def f():\n    '''d'''\n    pass\n"));
}

}  // namespace
}  // namespace tenet::python

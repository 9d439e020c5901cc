/// \file
/// A guard for fixes to docstrings: does an edited module still parse to the same code?
#pragma once

#include <string_view>

namespace tenet::python {

/// Whether \p after parses to the same module as \p before except for the text of
/// docstring literals (prefix, quotes and content of the first-statement string of the
/// module, a class or a function body) and the white space around tokens. Comments,
/// every other token and the shape of the tree must be identical; `;` statement
/// separators are ignored (a fix may put a statement on its own line instead).
/// The CLI refuses a docstring fix when this returns false.
/// \param before The file before the fix.
/// \param after The file after the fix.
/// \return True when the fix changed nothing but docstrings and white space.
bool fix_preserves_code(std::string_view before, std::string_view after);

}  // namespace tenet::python

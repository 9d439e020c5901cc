/// \file
/// Locating the first syntax error in a tree-sitter tree (for TNT002).
#pragma once

#include <optional>
#include <string>
#include <string_view>

#include "linters/core/diagnostic.h"
#include "pydoc-checker/ts.h"

namespace tenet::python {

/// The first ERROR or MISSING node of a tree, described for a diagnostic.
struct SyntaxErrorSite {
  TextRange range;      ///< The offending token (empty for a missing one).
  std::string message;  ///< "Syntax error: unexpected `tok`." style sentence.
};

/// Finds the first error in document order, descending only into subtrees that contain one
/// (tree-sitter marks them), so a clean file costs one check of the root.
/// \param root The root node of the tree.
/// \param text The parsed source, for quoting the offending token.
/// \param lenient The first construct the grammar accepts but Python 3 rejects, as the
///   model found it (see PythonModule::lenient_syntax_error()), if any.
/// \return The earlier of the two, or nullopt when the file has no error.
std::optional<SyntaxErrorSite> first_syntax_error(TSNode root, std::string_view text,
                                                  const std::optional<SyntaxErrorSite>& lenient);

}  // namespace tenet::python

/// \file
/// GitHub's `primaryLocationLineHash`, as its upload-sarif action computes it.
#pragma once

#include <cstdint>
#include <string>
#include <string_view>
#include <vector>

namespace tenet {

/// The `primaryLocationLineHash` ("<hex>:<n>") of every line of \p utf8_text; element 0
/// is line 1. Computed over UTF-16 code units with GitHub's rolling hash (spaces and
/// tabs skipped, CR and CRLF read as LF, 100-unit window, duplicate hashes numbered).
/// \param utf8_text A file's contents.
/// \return One hash per line.
std::vector<std::string> line_hashes(std::string_view utf8_text);

}  // namespace tenet

/// \file
/// What a rule reports: a fact about a byte range of one file.
#pragma once

#include <cstdint>
#include <optional>
#include <string>
#include <vector>

#include "linters/core/rule.h"

namespace tenet {

/// A half-open range of byte offsets into a file's contents.
struct TextRange {
  std::uint32_t begin = 0;  ///< First byte of the range.
  std::uint32_t end = 0;    ///< One past the last byte.
};

/// One replacement of a byte range by new text.
struct Edit {
  TextRange range;          ///< The bytes to replace (empty for an insertion).
  std::string replacement;  ///< The text that takes their place.
};

/// A set of edits that together resolve one diagnostic.
struct Fix {
  std::string title;                        ///< Imperative one-liner, e.g. "Add a period".
  FixAvailability safety = FixAvailability::safe;  ///< safe or unsafe.
  std::vector<Edit> edits;                  ///< Non-overlapping, sorted by range.
};

/// A secondary place that explains a finding (e.g. the `raise` a docstring misses).
/// In code review mode a finding is also reported when one of these lines changed.
struct RelatedLocation {
  TextRange range;      ///< Where, in the same file.
  std::string message;  ///< What happens there, e.g. "raised here".
};

/// Lines of a file (possibly not the finding's own) whose text decides a finding: the
/// C++ engine reports a documentation finding in a source file whose doc comment lies in
/// a header. With `--diff-base` a change on any of these lines makes the finding new.
struct TriggerLines {
  std::string file;              ///< Absolute path of the file.
  std::uint32_t first_line = 0;  ///< First line, 1-based.
  std::uint32_t last_line = 0;   ///< Last line, 1-based and inclusive.
};

/// A finding as a rule reports it, in byte offsets; lines and columns come later.
struct Diagnostic {
  const RuleMeta* rule = nullptr;  ///< The rule that found it.
  std::string message;             ///< One sentence stating the fact, ending with a period.
  TextRange range;                 ///< Primary location.
  /// Qualified name of the enclosing definition ("" for module level); baselines match on it.
  std::string symbol;
  /// Byte offset whose line carries the suppression comment for this finding, when it
  /// differs from `range.begin` (a finding inside a multi-line string is suppressed after
  /// the string's closing quotes).
  std::optional<std::uint32_t> suppression_offset;
  std::optional<Fix> fix;          ///< Present when the rule can fix it.
  std::vector<RelatedLocation> related;  ///< Secondary places, in the same file.
  /// The whole construct whose text decides the finding when it is larger than `range`
  /// (the docstring a documentation rule read): with `--diff-base`, a change on any of
  /// its lines makes the finding new, even though it is reported at the first line.
  std::optional<TextRange> trigger;
  /// Triggers given as lines of a named file, in this file or another (the C++ engine's
  /// doc comments and declarations); read like `trigger` by `--diff-base` only.
  std::vector<TriggerLines> trigger_lines;
};

}  // namespace tenet

#include "pydoc-checker/suppression_scan.h"

#include <algorithm>
#include <cstring>

#include "pydoc-checker/python_grammar.h"

namespace tenet::python {
namespace {

/// Finds the leaf token at increasing offsets with one cursor that only moves forward
/// (right or down, and up past finished subtrees), so a whole file's worth of lookups costs
/// about one walk. ts_node_descendant_for_byte_range would rescan from the root each time,
/// which is quadratic on a module with many statements and many comments.
class ForwardLocator {
 public:
  explicit ForwardLocator(TSNode root) : cursor_(root) {}

  /// \return The leaf containing \p offset, or a null node when \p offset lies between
  /// tokens. Offsets must not decrease from one call to the next.
  TSNode leaf_at(std::uint32_t offset) {
    for (;;) {
      const TSNode node = cursor_.node();
      if (ts_node_end_byte(node) <= offset) {
        // The whole node is before the offset: move right, or up once the level is done.
        if (cursor_.next_sibling()) {
          children_done_ = false;
          continue;
        }
        if (!cursor_.parent()) return TSNode{};
        children_done_ = true;
        continue;
      }
      if (ts_node_start_byte(node) > offset) return TSNode{};  // in a gap before `node`
      if (children_done_) return TSNode{};                        // in a gap after the children
      if (!cursor_.first_child()) return node;                    // a leaf holds the offset
    }
  }

 private:
  ts::Cursor cursor_;
  bool children_done_ = false;  ///< Every child of the cursor's node ends before the offset.
};

/// The start of the last "noqa" (any case) in [begin, end), or null.
const char* last_noqa(const char* begin, const char* end) {
  if (end - begin < 4) return nullptr;
  for (const char* p = end - 4;; --p) {
    if ((p[0] | 0x20) == 'n' && (p[1] | 0x20) == 'o' && (p[2] | 0x20) == 'q' && (p[3] | 0x20) == 'a') {
      return p;
    }
    if (p == begin) return nullptr;
  }
}

const char* line_end(const char* from, const char* end) {
  for (const char* p = from; p < end; ++p) {
    if (*p == '\n' || *p == '\r') return p;
  }
  return end;
}

}  // namespace

void collect_suppressions(std::string_view text, TSNode root, std::vector<SuppressionDirective>& out) {
  const std::uint16_t comment = Grammar::get().comment;
  const char* const begin = text.data();
  const char* const end = begin + text.size();
  ForwardLocator locator(root);
  // The current line's end and its last "noqa", computed once per line that has a `#`.
  const char* eol = begin;
  const char* noqa = nullptr;
  const char* p = begin;
  while (p < end) {
    const char* hash = static_cast<const char*>(std::memchr(p, '#', static_cast<std::size_t>(end - p)));
    if (hash == nullptr) return;
    if (hash >= eol) {
      eol = line_end(hash, end);
      noqa = last_noqa(hash, eol);
    }
    // Only a `#` followed on its line by "noqa" can start a suppression comment.
    if (noqa == nullptr || noqa < hash) {
      p = eol;
      continue;
    }
    const auto offset = static_cast<std::uint32_t>(hash - begin);
    const TSNode leaf = locator.leaf_at(offset);
    if (ts_node_is_null(leaf)) {
      p = hash + 1;
      continue;
    }
    const TextRange range = ts::range_of(leaf);
    if (ts_node_symbol(leaf) == comment && range.begin == offset) {
      if (auto directive = parse_python_suppression(ts::text_of(leaf, text), range)) {
        out.push_back(std::move(*directive));
      }
    }
    // A `#` inside a string: skip the rest of the literal (its other `#`s are not comments).
    p = begin + std::max<std::uint32_t>(range.end, offset + 1);
  }
}

}  // namespace tenet::python

/// \file
/// RAII owners for tree-sitter's C handles (parser, tree, cursor) and small node helpers.
///
/// Nothing else in the front end calls a `ts_*_delete` function: every handle lives in one
/// of these owners. tree-sitter is C and never throws, and none of these wrappers throw
/// either, so no exception can cross a tree-sitter call.
#pragma once

#include <tree_sitter/api.h>

#include <time.h>

#include <chrono>
#include <cstdint>
#include <string_view>

#include "linters/core/diagnostic.h"

namespace tenet::ts {

/// Owns a `TSTree`; movable, not copyable.
class Tree {
 public:
  /// An empty owner.
  Tree() = default;
  /// Takes ownership of a tree.
  /// \param tree The tree (may be null).
  explicit Tree(TSTree* tree) noexcept : tree_(tree) {}
  /// Frees the tree.
  ~Tree() { reset(); }
  /// Takes \p other's tree.
  /// \param other The owner to empty.
  Tree(Tree&& other) noexcept : tree_(other.tree_) { other.tree_ = nullptr; }
  /// Releases the current tree and takes \p other's.
  /// \param other The tree to take; left empty.
  /// \return This tree.
  Tree& operator=(Tree&& other) noexcept {
    if (this != &other) {
      reset();
      tree_ = other.tree_;
      other.tree_ = nullptr;
    }
    return *this;
  }
  /// Not copyable: one owner per tree.
  Tree(const Tree&) = delete;
  /// Not copyable: one owner per tree.
  Tree& operator=(const Tree&) = delete;

  /// Frees the tree, leaving this owner empty.
  void reset() noexcept {
    if (tree_ != nullptr) ts_tree_delete(tree_);
    tree_ = nullptr;
  }
  /// \return The owned tree, or null.
  [[nodiscard]] const TSTree* get() const noexcept { return tree_; }
  /// \return Whether a tree is owned.
  explicit operator bool() const noexcept { return tree_ != nullptr; }
  /// \return The root node; the tree must be non-null.
  [[nodiscard]] TSNode root() const noexcept { return ts_tree_root_node(tree_); }

 private:
  TSTree* tree_ = nullptr;
};

/// Owns a `TSParser` set to one language; not copyable or movable (one per worker thread).
class Parser {
 public:
  /// Creates a parser for \p language.
  /// \param language A tree-sitter language, e.g. `tree_sitter_python()`.
  explicit Parser(const TSLanguage* language) noexcept : parser_(ts_parser_new()) {
    ts_parser_set_language(parser_, language);
  }
  /// Frees the parser.
  ~Parser() { ts_parser_delete(parser_); }
  /// Not copyable: one parser per thread.
  Parser(const Parser&) = delete;
  /// Not copyable: one parser per thread.
  Parser& operator=(const Parser&) = delete;

  /// Parses \p text (UTF-8) from scratch.
  /// \param text The source; it must stay alive as long as the returned tree is used.
  /// \return The tree; empty only if tree-sitter gave up (it does not without a timeout).
  [[nodiscard]] Tree parse(std::string_view text) noexcept {
    ts_parser_reset(parser_);
    return Tree(ts_parser_parse_string(parser_, nullptr, text.data(),
                                       static_cast<std::uint32_t>(text.size())));
  }

  /// Parses \p text (UTF-8) from scratch, giving up after \p timeout of this thread's
  /// CPU time (not wall time, so a loaded machine does not change the result).
  /// \param text The source; it must stay alive as long as the returned tree is used.
  /// \param timeout How much CPU time the parse may take.
  /// \return The tree, or an empty tree when the time ran out.
  [[nodiscard]] Tree parse(std::string_view text, std::chrono::milliseconds timeout) noexcept {
    ts_parser_reset(parser_);
    struct Source {
      std::string_view text;
      std::chrono::nanoseconds deadline;
      unsigned calls_until_clock;  ///< progress callbacks left before the clock is read again
    } source{text, thread_cpu_time() + timeout, kCallbacksPerClockRead};
    TSInput input{};
    input.payload = &source;
    input.encoding = TSInputEncodingUTF8;
    input.read = [](void* payload, std::uint32_t byte, TSPoint, std::uint32_t* bytes_read) -> const char* {
      const auto& from = *static_cast<const Source*>(payload);
      if (byte >= from.text.size()) {
        *bytes_read = 0;
        return "";
      }
      *bytes_read = static_cast<std::uint32_t>(from.text.size() - byte);
      return from.text.data() + byte;
    };
    TSParseOptions options{};
    options.payload = &source;
    options.progress_callback = [](TSParseState* state) {
      auto& from = *static_cast<Source*>(state->payload);
      if (--from.calls_until_clock != 0) return false;
      from.calls_until_clock = kCallbacksPerClockRead;
      return thread_cpu_time() > from.deadline;
    };
    Tree tree(ts_parser_parse_with_options(parser_, nullptr, input, options));
    ts_parser_reset(parser_);  // a cancelled parse leaves state behind
    return tree;
  }

 private:
  /// tree-sitter calls the progress callback every 100 parse operations (some 30 µs of
  /// parsing), and a thread's CPU clock is a system call, not a vDSO read: reading it on
  /// every call took 2-3% of a check. Every 32nd call still notices a timeout within about
  /// a millisecond.
  static constexpr unsigned kCallbacksPerClockRead = 32;

  static std::chrono::nanoseconds thread_cpu_time() noexcept {
    timespec now{};
    clock_gettime(CLOCK_THREAD_CPUTIME_ID, &now);
    return std::chrono::seconds(now.tv_sec) + std::chrono::nanoseconds(now.tv_nsec);
  }

  TSParser* parser_;
};

/// Owns a `TSTreeCursor`: the O(1)-per-step way to walk children (ts_node_next_sibling is
/// linear in the number of siblings, so a loop over it is quadratic).
class Cursor {
 public:
  /// A cursor positioned on \p node.
  /// \param node Where the walk starts; the cursor never leaves its subtree.
  explicit Cursor(TSNode node) noexcept : cursor_(ts_tree_cursor_new(node)) {}
  /// Frees the cursor.
  ~Cursor() { ts_tree_cursor_delete(&cursor_); }
  /// Not copyable (the C cursor owns a stack).
  Cursor(const Cursor&) = delete;
  /// Not copyable (the C cursor owns a stack).
  Cursor& operator=(const Cursor&) = delete;

  /// Restarts the cursor on \p node.
  /// \param node The new root of the walk.
  void reset(TSNode node) noexcept { ts_tree_cursor_reset(&cursor_, node); }
  /// \return The node under the cursor.
  [[nodiscard]] TSNode node() const noexcept { return ts_tree_cursor_current_node(&cursor_); }
  /// \return The field id under which the current node hangs off its parent (0 if none).
  [[nodiscard]] TSFieldId field() const noexcept { return ts_tree_cursor_current_field_id(&cursor_); }
  /// Moves to the first child.
  /// \return False (and no move) when there is none.
  bool first_child() noexcept { return ts_tree_cursor_goto_first_child(&cursor_); }
  /// Moves to the next sibling.
  /// \return False (and no move) when there is none.
  bool next_sibling() noexcept { return ts_tree_cursor_goto_next_sibling(&cursor_); }
  /// Moves to the parent.
  /// \return False (and no move) at the node the cursor started on.
  bool parent() noexcept { return ts_tree_cursor_goto_parent(&cursor_); }

 private:
  TSTreeCursor cursor_;
};

/// \param node A node.
/// \return Its byte range.
inline TextRange range_of(TSNode node) noexcept {
  return {ts_node_start_byte(node), ts_node_end_byte(node)};
}

/// \param node A node of a tree parsed from \p text.
/// \param text The parsed source.
/// \return The node's source text (clamped to \p text).
inline std::string_view text_of(TSNode node, std::string_view text) noexcept {
  const std::uint32_t begin = ts_node_start_byte(node);
  const std::uint32_t end = ts_node_end_byte(node);
  if (begin >= text.size() || end <= begin) return {};
  return text.substr(begin, end - begin);
}

}  // namespace tenet::ts

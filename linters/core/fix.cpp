#include "linters/core/fix.h"

#include <algorithm>
#include <cstdint>

namespace tenet {

FixOutcome apply_fixes(std::string_view text, const std::vector<const Fix*>& fixes) {
  std::vector<const Fix*> ordered;
  for (const Fix* fix : fixes) {
    if (fix != nullptr && !fix->edits.empty()) ordered.push_back(fix);
  }
  const auto first_edit = [](const Fix* fix) {
    std::uint32_t begin = UINT32_MAX;
    for (const Edit& edit : fix->edits) begin = std::min(begin, edit.range.begin);
    return begin;
  };
  std::stable_sort(ordered.begin(), ordered.end(),
                   [&](const Fix* a, const Fix* b) { return first_edit(a) < first_edit(b); });

  // Accept fixes whose edits touch no byte an accepted edit touches.
  std::vector<const Edit*> accepted;
  FixOutcome outcome;
  const auto overlaps = [](const Edit& a, const Edit& b) {
    // Two insertions at one point would be ordered arbitrarily: treat them as a clash.
    if (a.range.begin == a.range.end && b.range.begin == b.range.end) return a.range.begin == b.range.begin;
    return a.range.begin < b.range.end && b.range.begin < a.range.end;
  };
  for (const Fix* fix : ordered) {
    bool clash = false;
    for (std::size_t i = 0; i < fix->edits.size() && !clash; ++i) {
      const Edit& edit = fix->edits[i];
      if (edit.range.end < edit.range.begin || edit.range.end > text.size()) clash = true;
      for (const Edit* taken : accepted) clash = clash || overlaps(edit, *taken);
      for (std::size_t j = 0; j < i; ++j) clash = clash || overlaps(edit, fix->edits[j]);
    }
    if (clash) continue;
    for (const Edit& edit : fix->edits) accepted.push_back(&edit);
    ++outcome.applied;
  }
  std::sort(accepted.begin(), accepted.end(), [](const Edit* a, const Edit* b) { return a->range.begin < b->range.begin; });
  std::size_t at = 0;
  for (const Edit* edit : accepted) {
    outcome.text.append(text.substr(at, edit->range.begin - at));
    outcome.text.append(edit->replacement);
    at = edit->range.end;
  }
  outcome.text.append(text.substr(at));
  return outcome;
}

namespace {

std::vector<std::string_view> split_lines(std::string_view text) {
  std::vector<std::string_view> lines;
  std::size_t start = 0;
  while (start < text.size()) {
    const std::size_t newline = text.find('\n', start);
    const std::size_t end = newline == std::string_view::npos ? text.size() : newline + 1;
    lines.push_back(text.substr(start, end - start));
    start = end;
  }
  return lines;
}

/// One line of an edit script: kept, removed from before, or added from after.
struct ScriptLine {
  char tag;               // ' ', '-', '+'
  std::string_view text;  // with its newline, if it had one
};

/// A shortest edit script by longest common subsequence, after trimming the common
/// prefix and suffix (fixes change a few lines of large files, so the middle is small).
std::vector<ScriptLine> edit_script(const std::vector<std::string_view>& a, const std::vector<std::string_view>& b) {
  std::size_t prefix = 0;
  while (prefix < a.size() && prefix < b.size() && a[prefix] == b[prefix]) ++prefix;
  std::size_t suffix = 0;
  while (suffix < a.size() - prefix && suffix < b.size() - prefix &&
         a[a.size() - 1 - suffix] == b[b.size() - 1 - suffix]) {
    ++suffix;
  }
  const std::size_t n = a.size() - prefix - suffix;
  const std::size_t m = b.size() - prefix - suffix;
  std::vector<ScriptLine> script;
  for (std::size_t i = 0; i < prefix; ++i) script.push_back({' ', a[i]});
  // Beyond a few million cells the exact script costs more than it shows: replace the
  // whole middle instead (still a correct diff, only less minimal).
  constexpr std::size_t kMaxCells = 4'000'000;
  if (n * m > kMaxCells) {
    for (std::size_t i = 0; i < n; ++i) script.push_back({'-', a[prefix + i]});
    for (std::size_t j = 0; j < m; ++j) script.push_back({'+', b[prefix + j]});
    for (std::size_t k = a.size() - suffix; k < a.size(); ++k) script.push_back({' ', a[k]});
    return script;
  }
  // lcs[i][j]: length of the LCS of a[i..n) and b[j..m) (middle parts).
  std::vector<std::uint32_t> lcs((n + 1) * (m + 1), 0);
  const auto at = [&](std::size_t i, std::size_t j) -> std::uint32_t& { return lcs[i * (m + 1) + j]; };
  for (std::size_t i = n; i-- > 0;) {
    for (std::size_t j = m; j-- > 0;) {
      at(i, j) = a[prefix + i] == b[prefix + j] ? at(i + 1, j + 1) + 1 : std::max(at(i + 1, j), at(i, j + 1));
    }
  }
  std::size_t i = 0;
  std::size_t j = 0;
  while (i < n || j < m) {
    if (i < n && j < m && a[prefix + i] == b[prefix + j]) {
      script.push_back({' ', a[prefix + i]});
      ++i;
      ++j;
    } else if (i < n && (j == m || at(i + 1, j) >= at(i, j + 1))) {
      script.push_back({'-', a[prefix + i++]});  // removals first, as diff(1) prints them
    } else {
      script.push_back({'+', b[prefix + j++]});
    }
  }
  for (std::size_t k = a.size() - suffix; k < a.size(); ++k) script.push_back({' ', a[k]});
  return script;
}

}  // namespace

std::string unified_diff(std::string_view before, std::string_view after, std::string_view path) {
  if (before == after) return {};
  const std::vector<std::string_view> a = split_lines(before);
  const std::vector<std::string_view> b = split_lines(after);
  const std::vector<ScriptLine> script = edit_script(a, b);
  constexpr std::size_t kContext = 3;
  std::string out = "--- a/" + std::string(path) + "\n+++ b/" + std::string(path) + "\n";
  std::size_t k = 0;
  while (k < script.size()) {
    // Find the next change and the hunk around it.
    while (k < script.size() && script[k].tag == ' ') ++k;
    if (k == script.size()) break;
    std::size_t start = k >= kContext ? k - kContext : 0;
    std::size_t end = k;
    std::size_t quiet = 0;
    while (end < script.size() && quiet <= 2 * kContext) {
      quiet = script[end].tag == ' ' ? quiet + 1 : 0;
      ++end;
    }
    end -= quiet > kContext ? quiet - kContext : 0;
    std::size_t old_line = 1;
    std::size_t new_line = 1;
    for (std::size_t s = 0; s < start; ++s) {
      if (script[s].tag != '+') ++old_line;
      if (script[s].tag != '-') ++new_line;
    }
    std::size_t old_count = 0;
    std::size_t new_count = 0;
    for (std::size_t s = start; s < end; ++s) {
      if (script[s].tag != '+') ++old_count;
      if (script[s].tag != '-') ++new_count;
    }
    out += "@@ -" + std::to_string(old_count == 0 ? old_line - 1 : old_line) + "," + std::to_string(old_count) + " +" +
           std::to_string(new_count == 0 ? new_line - 1 : new_line) + "," + std::to_string(new_count) + " @@\n";
    for (std::size_t s = start; s < end; ++s) {
      out += script[s].tag;
      out += script[s].text;
      if (script[s].text.empty() || script[s].text.back() != '\n') out += "\n\\ No newline at end of file\n";
    }
    k = end;
  }
  return out;
}

}  // namespace tenet

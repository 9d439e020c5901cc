/// \file
/// The adapter's exception barrier: LLVM is built without exceptions, so no C++ exception
/// may unwind through a Clang frame. Every entry point Clang calls runs its body here.
#pragma once

#include <exception>
#include <string>
#include <utility>

namespace tenet::cpp {

/// Runs \p body, catching every exception.
/// \tparam Body A callable taking no arguments; its result is ignored.
/// \param body The work to do.
/// \param error Receives the exception's message when one was caught.
/// \return Whether \p body finished without an exception.
template <class Body>
bool run_guarded(Body&& body, std::string& error) noexcept {
  try {
    std::forward<Body>(body)();
    return true;
  } catch (const std::exception& caught) {
    try {
      error = caught.what();
    } catch (...) {  // NOLINT(CXE001): out of memory while copying the message; keep none
    }
  } catch (...) {
    try {
      error = "unknown exception";
    } catch (...) {  // NOLINT(CXE001): out of memory while copying the message; keep none
    }
  }
  return false;
}

}  // namespace tenet::cpp

#include <cstdio>

void Session::close() {
  try {
    flush();
  } catch (...) {
  }
}

void Session::reset() {
  try { drop(); } catch (...) { std::puts("reset failed"); }
  try { drop(); } catch (...) { std::puts("reset failed"); }
}

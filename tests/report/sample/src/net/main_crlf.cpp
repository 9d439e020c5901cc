int main() {
  return 0;  // CRLF line endings
}

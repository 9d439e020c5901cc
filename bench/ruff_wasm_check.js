// Runs ruff's WebAssembly build (the npm package @astral-sh/ruff-wasm-nodejs, unpacked by
// bench/compare_pydocstyle.py) over the files named on standard input, one path per line,
// with the rule selection given as the first argument (e.g. "D"), and prints one line per
// finding: PATH<TAB>LINE<TAB>CODE. The WebAssembly build checks contents, not files: it
// knows no path, so path-based behaviour (private modules, __init__.py) is not ruff's here.
"use strict";
const fs = require("fs");
const path = require("path");

const [packageDir, select] = process.argv.slice(2);
const ruff = require(path.resolve(packageDir, "ruff_wasm.js"));
const workspace = new ruff.Workspace({ lint: { select: select.split(",") } }, ruff.PositionEncoding.Utf16);
const files = fs.readFileSync(0, "utf8").split("\n").filter(Boolean);
const out = [];
for (const file of files) {
  let diagnostics;
  try {
    diagnostics = workspace.check(fs.readFileSync(file, "utf8"));
  } catch (error) {
    process.stderr.write(`${file}: ${error}\n`);
    continue;
  }
  for (const d of diagnostics) {
    if (d.code) out.push(`${file}\t${d.start_location.row}\t${d.code}`);
  }
}
process.stdout.write(out.join("\n") + (out.length ? "\n" : ""));

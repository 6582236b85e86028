// Builds the explorer into one folder that `netra serve` serves as it is:
//   node explorer/build.mjs OUT_DIR [--if-installed]
// writes OUT_DIR/index.html, OUT_DIR/style.css and OUT_DIR/app.js (src/main.js
// and the npm packages it imports, bundled and minified by esbuild). Nothing
// in OUT_DIR loads anything from elsewhere, so the explorer works offline.
//
// Exit 0 when built; 1 on a build error; 3 when esbuild is not installed
// (run tools/install-deps.sh, which runs `npm ci` here). With --if-installed
// (the CMake target), a missing esbuild is a warning: OUT_DIR gets a page
// that says how to build the explorer, and the exit status is 0, so that
// netra builds on a machine without npm.
import {copyFile, mkdir, rm, writeFile} from "node:fs/promises";
import {createRequire} from "node:module";
import {dirname, join} from "node:path";
import {fileURLToPath} from "node:url";

const here = dirname(fileURLToPath(import.meta.url));
const [out, option] = process.argv.slice(2);
if (!out || (option && option !== "--if-installed")) {
  console.error("usage: node explorer/build.mjs OUT_DIR [--if-installed]");
  process.exit(1);
}

let esbuild;
try {
  esbuild = createRequire(import.meta.url)("esbuild");
} catch {
  const why = `esbuild is not installed in ${join(here, "node_modules")}`;
  const fix = "run tools/install-deps.sh (npm ci in explorer/), then build again";
  console.error(`explorer: ${option ? "WARNING: " : ""}${why}; ${fix}`);
  if (!option) process.exit(3);
  await mkdir(out, {recursive: true});
  for (const file of ["app.js", "style.css"]) await rm(join(out, file), {force: true});
  await writeFile(join(out, "index.html"), `<!doctype html><meta charset="utf-8"><title>netra explorer</title>
<p>The explorer was not built: ${why}. To build it, ${fix}. The JSON API (/api/...) and /sparql work without it.</p>\n`);
  process.exit(0);
}

// Only the files this script writes are replaced: OUT_DIR is a setting
// (NETRA_EXPLORER_DIR), never a folder to empty.
await mkdir(out, {recursive: true});
try {
  await esbuild.build({
    entryPoints: [join(here, "src/main.js")],
    outfile: join(out, "app.js"),
    bundle: true,
    format: "esm",
    minify: true,
    target: ["es2020"],
    legalComments: "eof",
    define: {"process.env.NODE_ENV": "\"production\""},
    logLevel: "warning",
  });
} catch {
  process.exit(1);  // esbuild has printed the errors
}
for (const file of ["index.html", "style.css"]) await copyFile(join(here, file), join(out, file));
console.log(`explorer: built ${out}`);

// Builds the explorer into one folder that `netra serve` serves as it is:
//   node explorer/build.mjs OUT_DIR
// writes OUT_DIR/index.html, OUT_DIR/style.css and OUT_DIR/app.js (src/main.js
// and the npm packages it imports, bundled and minified by esbuild). Nothing
// in OUT_DIR loads anything from elsewhere, so the explorer works offline.
//
// Exit 0 when built; 1 on a build error; 3 when esbuild is not installed
// (run tools/install-deps.sh, which runs `npm ci` here).
import {copyFile, mkdir, rm} from "node:fs/promises";
import {createRequire} from "node:module";
import {dirname, join} from "node:path";
import {fileURLToPath} from "node:url";

const here = dirname(fileURLToPath(import.meta.url));
const out = process.argv[2];
if (!out) {
  console.error("usage: node explorer/build.mjs OUT_DIR");
  process.exit(1);
}

let esbuild;
try {
  esbuild = createRequire(import.meta.url)("esbuild");
} catch {
  console.error(`explorer: esbuild is not installed in ${join(here, "node_modules")}; ` +
    "run tools/install-deps.sh (npm ci in explorer/)");
  process.exit(3);
}

await rm(out, {recursive: true, force: true});
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
    logLevel: "warning",
  });
} catch {
  process.exit(1);  // esbuild has printed the errors
}
for (const file of ["index.html", "style.css"]) await copyFile(join(here, file), join(out, file));
console.log(`explorer: built ${out}`);

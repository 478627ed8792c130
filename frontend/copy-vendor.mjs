// Copies the pinned libraries into the Python package, so `pip install warta` needs no Node.js.
// Run after `npm ci`:  npm run copy
import { copyFileSync, mkdirSync } from "node:fs";
import { dirname, join } from "node:path";
import { fileURLToPath } from "node:url";

const here = dirname(fileURLToPath(import.meta.url));
const target = join(here, "..", "src", "warta", "serve", "static", "vendor");
const files = [
  ["d3/dist/d3.min.js", "d3.min.js"],
  ["d3/LICENSE", "LICENSE.d3.txt"],
  ["topojson-client/dist/topojson-client.min.js", "topojson-client.min.js"],
  ["topojson-client/LICENSE", "LICENSE.topojson-client.txt"],
  ["world-atlas/countries-110m.json", "countries-110m.json"],
  ["world-atlas/LICENSE", "LICENSE.world-atlas.txt"],
];
mkdirSync(target, { recursive: true });
for (const [from, to] of files) {
  copyFileSync(join(here, "node_modules", from), join(target, to));
  console.log(`${from} -> static/vendor/${to}`);
}

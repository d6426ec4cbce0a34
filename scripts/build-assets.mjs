// Builds the portal's static files from npm packages into static_build/.
// DKFDS's Sass is compiled together with our own styles, and its fonts,
// icons and JavaScript are copied beside them. Nothing here is committed.
import { cpSync, mkdirSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { dirname, join } from "node:path";
import { fileURLToPath } from "node:url";
import * as sass from "sass";

const root = join(dirname(fileURLToPath(import.meta.url)), "..");
const dkfds = join(root, "node_modules", "dkfds", "dist");
const out = join(root, "static_build");

rmSync(out, { recursive: true, force: true });
mkdirSync(join(out, "css"), { recursive: true });
mkdirSync(join(out, "js"), { recursive: true });

const result = sass.compile(join(root, "assets", "scss", "portal.scss"), {
  loadPaths: [join(root, "node_modules")],
  style: "compressed",
  sourceMap: false,
  silenceDeprecations: ["import", "global-builtin", "color-functions"],
  quietDeps: true,
});
writeFileSync(join(out, "css", "portal.css"), result.css);

cpSync(join(dkfds, "fonts"), join(out, "fonts"), { recursive: true });
cpSync(join(dkfds, "img"), join(out, "img"), { recursive: true });
cpSync(join(dkfds, "js", "dkfds.min.js"), join(out, "js", "dkfds.min.js"));
// The script names its source map; production's manifest storage insists the file exists.
cpSync(join(dkfds, "js", "dkfds.min.js.map"), join(out, "js", "dkfds.min.js.map"));
cpSync(join(root, "assets", "js"), join(out, "js"), { recursive: true });
cpSync(join(root, "assets", "img"), join(out, "img"), { recursive: true });

const size = readFileSync(join(out, "css", "portal.css")).length;
console.log(`Built static_build/ (portal.css ${Math.round(size / 1024)} kB)`);

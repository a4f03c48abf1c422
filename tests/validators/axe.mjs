// Runs axe-core in headless Debian Chromium over HTML files and prints one
// JSON line per page: {"file": ..., "violations": [{id, impact, help, nodes}]}.
// Pages are opened as file:// URLs, which also proves they work from disk.
// Usage: node axe.mjs <file.html> [...]
import { launch } from "./browser.mjs";
import { readFileSync } from "node:fs";
import { createRequire } from "node:module";
import { resolve } from "node:path";
import { pathToFileURL } from "node:url";

const require = createRequire(import.meta.url);
const axeSource = readFileSync(require.resolve("axe-core/axe.min.js"), "utf8");
const browser = await launch();
const widths = (process.env.AXE_WIDTHS || "1280,320").split(",").map(Number);
const page = await browser.newPage();
let failed = false;
for (const file of process.argv.slice(2)) {
  const violations = [];
  for (const width of widths) {
    await page.setViewportSize({ width, height: 900 });
    await page.goto(pathToFileURL(resolve(file)).href);
    await page.addScriptTag({ content: axeSource });
    const result = await page.evaluate(async () =>
      await window.axe.run(document, { runOnly: { type: "tag", values: ["wcag2a", "wcag2aa", "wcag21a", "wcag21aa", "wcag22aa"] } }));
    for (const v of result.violations) {
      violations.push({ width, id: v.id, impact: v.impact, help: v.help,
        nodes: v.nodes.slice(0, 3).map((n) => ({ target: n.target.join(" "), summary: n.failureSummary })) });
    }
  }
  if (violations.length) failed = true;
  console.log(JSON.stringify({ file, violations }));
}
await browser.close();
process.exit(failed ? 1 : 0);

// Measures pages as a reader's browser lays them out, in headless Debian
// Chromium, and prints one JSON line per page and width:
// {"file", "width", "scrollWidth", "problems": [...], "fonts": [...]}.
//
// - scrollWidth: the page's width; at 320 CSS px a page that is wider
//   scrolls sideways (WCAG 1.4.10, reflow).
// - problems, in right-to-left pages: a list item with a visible marker
//   whose direction is not the page's (its number or bullet would jump to
//   the other side), and a list or item inside a table cell that reaches
//   outside the cell (a bullet on or over the cell's border); and any table
//   region that scrolls sideways although the page is wide.
// - fonts: the web fonts the page loaded, with the bytes each took.
//
// Usage: node layout.mjs <width,width> <file.html> [...]
import { launch } from "./browser.mjs";
import { resolve } from "node:path";
import { pathToFileURL } from "node:url";

const widths = process.argv[2].split(",").map(Number);
const browser = await launch();
const page = await browser.newPage();
const loaded = [];
page.on("requestfinished", async (request) => {
  if (request.resourceType() !== "font") return;
  const sizes = await request.sizes().catch(() => null);
  const body = await (await request.response())?.body().catch(() => null);
  loaded.push({ url: request.url(), bytes: body ? body.length : sizes?.responseBodySize ?? -1 });
});
for (const file of process.argv.slice(3)) {
  for (const width of widths) {
    loaded.length = 0;
    await page.setViewportSize({ width, height: 900 });
    await page.goto(pathToFileURL(resolve(file)).href);
    await page.evaluate(() => document.fonts.ready);
    await page.waitForLoadState("networkidle");
    const measured = await page.evaluate(() => {
      const problems = [];
      const pageDir = getComputedStyle(document.documentElement).direction;
      const describe = (e) => {
        const text = (e.textContent || "").trim().replace(/\s+/g, " ").slice(0, 60);
        return `${e.tagName.toLowerCase()}${e.id ? "#" + e.id : ""} "${text}"`;
      };
      if (pageDir === "rtl") {
        for (const li of document.querySelectorAll("main li, footer li")) {
          const style = getComputedStyle(li);
          const marker = style.display === "list-item" && style.listStyleType !== "none";
          if (marker && style.direction !== "rtl") {
            problems.push(`marker on the wrong side: ${describe(li)} is ${style.direction}`);
          }
        }
        for (const cell of document.querySelectorAll("td, th")) {
          const box = cell.getBoundingClientRect();
          for (const inner of cell.querySelectorAll("ul, ol, li")) {
            const r = inner.getBoundingClientRect();
            if (r.width === 0) continue;
            if (r.left < box.left - 0.5 || r.right > box.right + 0.5) {
              problems.push(`outside its cell: ${describe(inner)} spans ${Math.round(r.left)}–${Math.round(r.right)}, the cell ${Math.round(box.left)}–${Math.round(box.right)}`);
            }
          }
        }
      }
      for (const region of document.querySelectorAll(".matrix-scroll, .table-scroll")) {
        if (region.scrollWidth > region.clientWidth + 1) {
          problems.push(`scrolls sideways: ${describe(region)} is ${region.scrollWidth} px wide in ${region.clientWidth}`);
        }
      }
      return { scrollWidth: document.documentElement.scrollWidth, problems };
    });
    const fonts = await page.evaluate(() =>
      [...document.fonts].filter((f) => f.status === "loaded").map((f) => `${f.family} ${f.weight}`));
    console.log(JSON.stringify({ file, width, ...measured, fonts, downloads: [...loaded] }));
  }
}
await browser.close();

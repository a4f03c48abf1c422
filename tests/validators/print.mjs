// Prints a page to PDF as a reader's browser would, in headless Debian
// Chromium set to US English (the locale whose date placeholder, mm/dd/yyyy,
// once leaked into every language's printed form).
// Usage: node print.mjs <out.pdf> <file.html>
import { chromium } from "playwright-core";
import { mkdtempSync } from "node:fs";
import { tmpdir } from "node:os";
import { join, resolve } from "node:path";
import { pathToFileURL } from "node:url";

const [out, file] = process.argv.slice(2);
const context = await chromium.launchPersistentContext(mkdtempSync(join(tmpdir(), "compact-press-print-")), {
  headless: true,
  executablePath: process.env.CHROMIUM || "/usr/bin/chromium",
  locale: "en-US",
  args: ["--headless", "--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run",
    "--disable-background-networking", "--disable-component-update", "--disable-sync", "--lang=en-US"],
});
const page = await context.newPage();
await page.goto(pathToFileURL(resolve(file)).href);
await page.evaluate(() => document.fonts.ready);
await page.emulateMedia({ media: "print" });
await page.pdf({ path: out, format: "A4" });
await context.close();

// Screenshots pages for looking at: node screenshot.mjs out.png page.html [width]
import { chromium } from "playwright-core";
import { mkdtempSync } from "node:fs";
import { tmpdir } from "node:os";
import { join, resolve } from "node:path";
import { pathToFileURL } from "node:url";

const [out, file, width = "1280", full = "full"] = process.argv.slice(2);
const browser = await chromium.launchPersistentContext(mkdtempSync(join(tmpdir(), "compact-press-shot-")), {
  headless: true,
  executablePath: process.env.CHROMIUM || "/usr/bin/chromium",
  args: ["--headless", "--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run",
    "--disable-background-networking", "--disable-component-update", "--disable-sync"],
});
const page = await browser.newPage();
await page.setViewportSize({ width: Number(width), height: 1000 });
await page.goto(pathToFileURL(resolve(file)).href);
await page.screenshot({ path: out, fullPage: full === "full" });
await browser.close();

// Screenshots pages for looking at: node screenshot.mjs out.png page.html [width]
import { launch } from "./browser.mjs";
import { resolve } from "node:path";
import { pathToFileURL } from "node:url";

const [out, file, width = "1280", full = "full"] = process.argv.slice(2);
const browser = await launch();
const page = await browser.newPage();
await page.setViewportSize({ width: Number(width), height: 1000 });
await page.goto(pathToFileURL(resolve(file)).href);
await page.screenshot({ path: out, fullPage: full === "full" });
await browser.close();

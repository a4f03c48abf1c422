// Serves a folder over HTTP the way many servers do — `.txt` as
// `text/plain` with no charset — opens each named file in headless Debian
// Chromium and prints one JSON line per file with the text the browser shows:
// {"path": ..., "contentType": ..., "text": ...}.
// Usage: node charset.mjs <root> <path relative to root> [...]
import { launch } from "./browser.mjs";
import { createServer } from "node:http";
import { readFileSync } from "node:fs";
import { join, resolve, normalize } from "node:path";

const root = resolve(process.argv[2]);
const types = { ".txt": "text/plain", ".html": "text/html" };
const server = createServer((req, res) => {
  const path = normalize(decodeURIComponent(new URL(req.url, "http://x").pathname));
  const file = join(root, path);
  if (!file.startsWith(root)) { res.writeHead(403); res.end(); return; }
  try {
    const body = readFileSync(file);
    const ext = path.slice(path.lastIndexOf("."));
    // Deliberately no "; charset=…": the file must carry its own encoding.
    res.writeHead(200, { "Content-Type": types[ext] || "application/octet-stream" });
    res.end(body);
  } catch {
    res.writeHead(404); res.end();
  }
});
await new Promise((ok) => server.listen(0, "127.0.0.1", ok));
const port = server.address().port;

const browser = await launch();
const page = await browser.newPage();
for (const path of process.argv.slice(3)) {
  const response = await page.goto(`http://127.0.0.1:${port}/${path}`);
  const contentType = response.headers()["content-type"];
  const text = await page.evaluate(() => document.body.innerText);
  console.log(JSON.stringify({ path, contentType, text }));
}
await browser.close();
server.close();

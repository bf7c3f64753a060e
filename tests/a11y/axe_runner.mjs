// Check HTML files with axe-core in one headless Chromium and print one JSON object.
//
//   node axe_runner.mjs [--screenshot OUT.png --width W --height H] FILE.html...
//
// Prints {"chromium": version, "axe": version, "results": {file: {violations, incomplete}}},
// where each rule is {id, impact, help, nodes: [{target, html, summary}]}. With --screenshot
// the first file is also captured (viewport W x H, default 1280 x 900) into OUT.png.
//
// axe is injected with page.evaluate, which the page's Content-Security-Policy does not
// govern, so the page is checked exactly as a reader's browser loads it (no bypassCSP).
import { readFileSync } from "node:fs";
import { createRequire } from "node:module";
import { resolve } from "node:path";
import { pathToFileURL } from "node:url";

import { chromium } from "playwright-core";

const require = createRequire(import.meta.url);
const AXE_SOURCE = readFileSync(require.resolve("axe-core/axe.min.js"), "utf8");
const TAGS = ["wcag2a", "wcag2aa", "wcag21a", "wcag21aa", "wcag22aa"];
const LAUNCH_ARGS = [
  "--headless",
  "--no-sandbox",
  "--disable-gpu",
  "--disable-quic",
  "--no-first-run",
  "--disable-background-networking",
  "--disable-component-update",
  "--disable-sync",
];

function parseArgs(argv) {
  const options = { files: [], screenshot: null, width: 1280, height: 900 };
  for (let i = 0; i < argv.length; i++) {
    const arg = argv[i];
    if (arg === "--screenshot") options.screenshot = argv[++i];
    else if (arg === "--width") options.width = Number(argv[++i]);
    else if (arg === "--height") options.height = Number(argv[++i]);
    else options.files.push(arg);
  }
  return options;
}

function summarise(rules) {
  return rules.map((rule) => ({
    id: rule.id,
    impact: rule.impact,
    help: rule.help,
    nodes: rule.nodes.map((node) => ({
      target: node.target,
      html: node.html.slice(0, 300),
      summary: node.failureSummary ?? "",
    })),
  }));
}

async function check(page, file) {
  const errors = [];
  page.removeAllListeners("console");
  page.removeAllListeners("pageerror");
  page.on("console", (msg) => {
    if (msg.type() === "error") errors.push(msg.text());
  });
  page.on("pageerror", (err) => errors.push(String(err)));
  await page.goto(pathToFileURL(resolve(file)).href, { waitUntil: "load" });
  await page.evaluate(AXE_SOURCE);
  const result = await page.evaluate(
    (tags) =>
      window.axe.run(document, {
        runOnly: { type: "tag", values: tags },
        resultTypes: ["violations", "incomplete"],
      }),
    TAGS,
  );
  return {
    violations: summarise(result.violations),
    incomplete: summarise(result.incomplete),
    console_errors: errors,
  };
}

async function main() {
  const options = parseArgs(process.argv.slice(2));
  const browser = await chromium.launch({
    executablePath: process.env.CHROMIUM ?? "/usr/bin/chromium",
    args: LAUNCH_ARGS,
  });
  try {
    const context = await browser.newContext({
      viewport: { width: options.width, height: options.height },
      reducedMotion: "reduce",
    });
    const page = await context.newPage();
    const results = {};
    for (const file of options.files) results[file] = await check(page, file);
    if (options.screenshot && options.files.length > 0) {
      await page.goto(pathToFileURL(resolve(options.files[0])).href, { waitUntil: "load" });
      await page.evaluate(() => document.fonts.ready);
      await page.screenshot({ path: options.screenshot });
    }
    const axeVersion = JSON.parse(readFileSync(require.resolve("axe-core/package.json"))).version;
    process.stdout.write(
      JSON.stringify({ chromium: browser.version(), axe: axeVersion, results }) + "\n",
    );
  } finally {
    await browser.close();
  }
}

main().catch((error) => {
  process.stderr.write(`axe_runner: ${error.stack ?? error}\n`);
  process.exit(2);
});

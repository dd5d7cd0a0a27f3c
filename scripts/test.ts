/**
 * `npm test`: type check, lint, unit tests, integration tests (real SQLite file), then
 * Playwright in Debian's chromium against the built app. Stops at the first failing stage.
 */
import fs from "node:fs";
import { bin, run } from "./lib/run";

const chromium = process.env.CHROMIUM_PATH ?? "/usr/bin/chromium";

const stages: { name: string; command: string; args: string[]; before?: () => string | null }[] = [
  { name: "type check", command: bin("tsc"), args: ["--noEmit"] },
  { name: "lint", command: bin("eslint"), args: ["--max-warnings=0", "."] },
  { name: "unit tests", command: bin("vitest"), args: ["run", "--project", "unit"] },
  { name: "integration tests (SQLite)", command: bin("vitest"), args: ["run", "--project", "integration"] },
  {
    name: "browser tests (Playwright, chromium)",
    command: bin("playwright"),
    args: ["test"],
    before: () =>
      fs.existsSync(chromium)
        ? null
        : `Chromium was not found at ${chromium}.\n` +
          `Install Debian's chromium and CJK fonts:  sudo apt-get update && sudo apt-get install -y chromium fonts-noto-cjk\n` +
          `or point CHROMIUM_PATH at a Chromium binary.`,
  },
];

async function main() {
  const only = process.argv.slice(2);
  const started = Date.now();
  for (const stage of stages) {
    if (only.length > 0 && !only.some((o) => stage.name.startsWith(o))) continue;
    const problem = stage.before?.();
    if (problem) {
      console.error(`\n✗ ${stage.name}: ${problem}`);
      process.exit(1);
    }
    console.log(`\n▶ ${stage.name}`);
    const t0 = Date.now();
    const code = await run(stage.command, stage.args, { env: { ...process.env, NEXT_TELEMETRY_DISABLED: "1" } });
    if (code !== 0) {
      console.error(`\n✗ ${stage.name} failed (exit ${code}).`);
      process.exit(code);
    }
    console.log(`✓ ${stage.name} (${((Date.now() - t0) / 1000).toFixed(1)} s)`);
  }
  console.log(`\nAll stages passed in ${((Date.now() - started) / 1000).toFixed(0)} s.`);
}

void main();

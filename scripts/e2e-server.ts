/**
 * Playwright's web server: a fresh database, the bank built from content/sources and the demo
 * accounts, the app built into .next-e2e, served on E2E_PORT. Leaves the demo database alone.
 */
import fs from "node:fs";
import { bin, run, runScript } from "./lib/run";

const port = process.env.E2E_PORT ?? "3100";
const dbFile = "tests/.tmp/e2e.db";

async function main() {
  fs.mkdirSync("tests/.tmp", { recursive: true });
  for (const suffix of ["", "-wal", "-shm", "-journal"]) fs.rmSync(dbFile + suffix, { force: true });
  const env = {
    ...process.env,
    DATABASE_URL: `file:./${dbFile}`,
    AUTH_SECRET: process.env.E2E_AUTH_SECRET ?? "e2e-only-secret-not-for-production-0123456789",
    WENGU_MODE: "demo",
    WENGU_TEST_CLOCK: "1",
    NEXT_DIST_DIR: ".next-e2e",
    NEXT_TELEMETRY_DISABLED: "1",
  } as NodeJS.ProcessEnv;
  const steps: [string, () => Promise<number>][] = [
    ["migrate", () => runScript("scripts/db-migrate.ts", [], { env })],
    ["bank", () => runScript("scripts/content-build.ts", [], { env })],
    ["seed", () => runScript("scripts/seed.ts", [], { env })],
    ["build", () => run(bin("next"), ["build"], { env })],
  ];
  for (const [name, step] of steps) {
    const code = await step();
    if (code !== 0) {
      console.error(`e2e server: step "${name}" failed (exit ${code})`);
      process.exit(code);
    }
  }
  const code = await run(bin("next"), ["start", "-p", port, "-H", "127.0.0.1"], { env });
  process.exit(code);
}

void main();

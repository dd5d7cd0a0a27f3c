/**
 * `npm test`: type check, lint, unit tests, integration tests (real SQLite file), then
 * Playwright in Debian's chromium against the built app. Stops at the first failing stage.
 */
import fs from "node:fs";
import pg from "pg";
import { bin, run } from "./lib/run";

const chromium = process.env.CHROMIUM_PATH ?? "/usr/bin/chromium";

const postgresUrl = process.env.WENGU_TEST_PG_URL ?? "postgresql://postgres@127.0.0.1:5432/postgres";

async function postgresProblem(): Promise<string | null> {
  const client = new pg.Client({ connectionString: postgresUrl, connectionTimeoutMillis: 5000 });
  try {
    await client.connect();
    await client.end();
    return null;
  } catch (error) {
    return (
      `PostgreSQL is not reachable at ${postgresUrl.replace(/\/\/[^@]*@/, "//…@")} (${(error as Error).message}).\n` +
      `Start it (on these machines: pg_ctlcluster --skip-systemctl-redirect $(ls /etc/postgresql) main start),\n` +
      `or point WENGU_TEST_PG_URL at a server where this user may create databases.`
    );
  }
}

const stages: {
  name: string;
  command: string;
  args: string[];
  env?: Record<string, string>;
  before?: () => string | null | Promise<string | null>;
}[] = [
  { name: "type check", command: bin("tsc"), args: ["--noEmit"] },
  { name: "lint", command: bin("eslint"), args: ["--max-warnings=0", "."] },
  { name: "unit tests", command: bin("vitest"), args: ["run", "--project", "unit"] },
  { name: "integration tests (SQLite)", command: bin("vitest"), args: ["run", "--project", "integration"] },
  {
    name: "integration tests (PostgreSQL)",
    command: bin("vitest"),
    // the command-line tests drive SQLite files of their own and ran above
    args: ["run", "--project", "integration", "--exclude", "tests/integration/commands.integration.test.ts"],
    env: { WENGU_TEST_DB: "postgres" },
    before: postgresProblem,
  },
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
    const problem = await stage.before?.();
    if (problem) {
      console.error(`\n✗ ${stage.name}: ${problem}`);
      process.exit(1);
    }
    console.log(`\n▶ ${stage.name}`);
    const t0 = Date.now();
    const code = await run(stage.command, stage.args, { env: { ...process.env, NEXT_TELEMETRY_DISABLED: "1", ...stage.env } });
    if (code !== 0) {
      console.error(`\n✗ ${stage.name} failed (exit ${code}).`);
      process.exit(code);
    }
    console.log(`✓ ${stage.name} (${((Date.now() - t0) / 1000).toFixed(1)} s)`);
  }
  console.log(`\nAll stages passed in ${((Date.now() - started) / 1000).toFixed(0)} s.`);
}

void main();

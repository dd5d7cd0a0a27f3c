/**
 * `npm start`: everything a fresh clone needs to serve Wengu, safe to run again.
 * .env.local (random AUTH_SECRET) → migrations → question bank from content/sources → import and
 * demo accounts → build → serve on http://localhost:$PORT (3000), then print the demo logins.
 */
import crypto from "node:crypto";
import fs from "node:fs";
import { bin, run, runScript } from "./lib/run";

const ENV_FILE = ".env.local";

function ensureEnvFile(): void {
  const existing = fs.existsSync(ENV_FILE) ? fs.readFileSync(ENV_FILE, "utf8") : "";
  const lines: string[] = [];
  if (!/^AUTH_SECRET=/m.test(existing)) lines.push(`AUTH_SECRET=${crypto.randomBytes(32).toString("base64url")}`);
  if (!/^DATABASE_URL=/m.test(existing)) lines.push("DATABASE_URL=file:./prisma/wengu.db");
  if (!/^WENGU_MODE=/m.test(existing)) lines.push("WENGU_MODE=demo");
  if (lines.length === 0) return;
  const prefix = existing.length === 0 ? "# Created by npm start. Keep it secret; never commit it.\n" : existing.endsWith("\n") ? "" : "\n";
  fs.writeFileSync(ENV_FILE, existing + prefix + lines.join("\n") + "\n", { mode: 0o600 });
  console.log(`✓ ${ENV_FILE}: added ${lines.map((l) => l.split("=")[0]).join(", ")}`);
}

async function step(name: string, action: () => Promise<number>): Promise<void> {
  console.log(`\n▶ ${name}`);
  const code = await action();
  if (code !== 0) {
    console.error(`\n✗ ${name} failed (exit ${code}). Nothing was served; your data is unchanged by this step.`);
    process.exit(code);
  }
}

async function waitForServer(url: string, timeoutMs: number): Promise<boolean> {
  const deadline = Date.now() + timeoutMs;
  while (Date.now() < deadline) {
    try {
      if ((await fetch(url)).ok) return true;
    } catch {
      // not up yet
    }
    await new Promise((r) => setTimeout(r, 300));
  }
  return false;
}

async function printDemoLogins(port: string): Promise<void> {
  const mode = process.env.WENGU_MODE ?? "demo";
  console.log(`\n  Wengu is running at http://localhost:${port}\n`);
  if (mode !== "demo") return;
  const { DEMO_ACCOUNTS, DEMO_PASSWORD } = await import("../lib/server/demo-seed");
  console.log("  Demo accounts (demo mode only; password for all: " + DEMO_PASSWORD + ")");
  for (const a of DEMO_ACCOUNTS) console.log(`    ${a.role.padEnd(8)} ${a.email}`);
  console.log("");
}

async function main() {
  ensureEnvFile();
  process.loadEnvFile(ENV_FILE);
  const env = { ...process.env, NEXT_TELEMETRY_DISABLED: "1" };
  const port = process.env.PORT ?? "3000";
  await step("Applying database migrations", () => runScript("scripts/db-migrate.ts", [], { env }));
  await step("Building the question bank from content/sources", () => runScript("scripts/content-build.ts", [], { env }));
  await step("Importing the bank and seeding accounts", () => runScript("scripts/seed.ts", [], { env }));
  await step("Building the app", () => run(bin("next"), ["build"], { env }));
  console.log("\n▶ Serving");
  const server = run(bin("next"), ["start", "-p", port], { env });
  if (await waitForServer(`http://127.0.0.1:${port}/api/health`, 60_000)) await printDemoLogins(port);
  process.exit(await server);
}

void main();

/**
 * `npm run db:seed`: imports content/banks/default.json (when it has been built) and, in demo
 * mode, creates the demo accounts, then prints them. Safe to run again: the import updates in
 * place and existing accounts are left as they are. Never creates accounts in production mode.
 */
import "./lib/load-env";
import fs from "node:fs";
import { env } from "../lib/env";
import { createDb } from "../lib/server/db";
import { BankImportError, describeImport, importBank, loadBankFile } from "../lib/server/bank-import";
import { seedDemo, type DemoLogin } from "../lib/server/demo-seed";
import { exitWith } from "./lib/run";

const DEFAULT_BANK = "content/banks/default.json";

function printLogins(logins: DemoLogin[]): void {
  const rows = [["role", "email", "password"], ...logins.map((l) => [l.role, l.email, l.password])];
  const widths = rows[0].map((_, c) => Math.max(...rows.map((r) => r[c].length)));
  const line = (r: string[]) => "  " + r.map((cell, c) => cell.padEnd(widths[c])).join("  ");
  console.log("db:seed: demo accounts (demo mode only)");
  console.log(line(rows[0]));
  console.log("  " + widths.map((w) => "-".repeat(w)).join("  "));
  for (const r of rows.slice(1)) console.log(line(r));
}

async function main(): Promise<number> {
  const db = createDb();
  try {
    if (fs.existsSync(DEFAULT_BANK)) {
      const { json, readRawText } = loadBankFile(DEFAULT_BANK);
      const summary = await importBank(db, json, { readRawText });
      console.log(`db:seed: imported ${DEFAULT_BANK}\n${describeImport(summary).replace(/^/gm, "  ")}`);
    } else {
      console.log(`db:seed: ${DEFAULT_BANK} not found, no questions imported (build it with: npm run content:build)`);
    }

    if (env.WENGU_MODE === "production") {
      console.log("db:seed: production mode: no demo accounts created");
      return 0;
    }
    printLogins(await seedDemo(db));
    return 0;
  } catch (error) {
    if (error instanceof BankImportError) {
      console.error(`db:seed: the bank was not imported (the database is unchanged). ${error.message}`);
      return 1;
    }
    throw error;
  } finally {
    await db.$disconnect();
  }
}

exitWith("db:seed", main);

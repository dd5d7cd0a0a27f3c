/**
 * `npm run db:import -- --bank <file.json> [--owner <email>] [--draft]`: imports a quizbank/1
 * bank into DATABASE_URL, idempotently (shared/BANK_FORMAT.md), and prints what changed.
 *   --owner <email>  the documents belong to this user (a teacher) and are not shared
 *   --draft          new questions start as drafts for review (default: active when the self-check is good)
 */
import "./lib/load-env";
import { parseArgs } from "node:util";
import { z } from "zod";
import { createDb } from "../lib/server/db";
import { BankImportError, describeImport, importBank, loadBankFile } from "../lib/server/bank-import";
import { exitWith } from "./lib/run";

const USAGE = "usage: npm run db:import -- --bank <file.json> [--owner <email>] [--draft]";

const argsSchema = z.object({
  bank: z.string({ error: "--bank <file.json> is required" }).min(1, "--bank <file.json> is required"),
  owner: z.email("--owner must be an email address").optional(),
  draft: z.boolean().default(false),
});

async function main(): Promise<number> {
  let raw;
  try {
    raw = parseArgs({
      options: { bank: { type: "string" }, owner: { type: "string" }, draft: { type: "boolean" } },
      allowPositionals: false,
    }).values;
  } catch (error) {
    console.error(`db:import: ${(error as Error).message}\n${USAGE}`);
    return 2;
  }
  const args = argsSchema.safeParse(raw);
  if (!args.success) {
    console.error(`db:import: ${args.error.issues.map((i) => i.message).join("; ")}\n${USAGE}`);
    return 2;
  }
  const { bank, owner, draft } = args.data;

  const db = createDb();
  try {
    let ownerId: string | undefined;
    if (owner) {
      const user = await db.user.findUnique({ where: { email: owner.toLowerCase() }, select: { id: true } });
      if (!user) {
        console.error(`db:import: no user with the email ${owner}; create the account first.`);
        return 1;
      }
      ownerId = user.id;
    }
    const { json, readRawText } = loadBankFile(bank);
    const summary = await importBank(db, json, {
      ownerId,
      initialStatus: draft ? "draft" : undefined,
      readRawText,
    });
    console.log(`db:import: ${bank}\n${describeImport(summary)}`);
    return 0;
  } catch (error) {
    if (error instanceof BankImportError) {
      console.error(`db:import: nothing was imported. ${error.message}`);
      return 1;
    }
    throw error;
  } finally {
    await db.$disconnect();
  }
}

exitWith("db:import", main);

/**
 * `npm run bank -- --input <file|dir> --out <bank.json> [--report] [--sample N] [--seed S]`
 * Builds a quizbank/1 bank from any .txt/.md document(s), without a database.
 */
import { z } from "zod";
import { DocumentReadError } from "../lib/content/read";
import { bankFromPath, typeSummary, writeBank } from "../lib/content/generate/from-files";
import { formatReport } from "../lib/content/generate/report";

const USAGE = `Usage: npm run bank -- --input <file|dir> --out <bank.json> [--report] [--sample N] [--seed S]

  --input   a .txt or .md document, or a directory of them (not recursive)
  --out     where to write the bank (quizbank/1 JSON); folders are created
  --report  print counts by type and fact kind, coverage, dropped questions with
            reasons, and a seeded random sample of questions to read
  --sample  how many questions the report samples (default 15)
  --seed    seed of the sample (default "report")`;

const argsSchema = z.object({
  input: z.string({ error: "--input <file|dir> is required" }).min(1, "--input needs a path"),
  out: z.string({ error: "--out <bank.json> is required" }).min(1, "--out needs a path"),
  report: z.boolean().default(false),
  sample: z.coerce.number().int().min(0).max(1000).default(15),
  seed: z.string().default("report"),
});

function parseArgs(argv: string[]): Record<string, string | boolean> {
  const out: Record<string, string | boolean> = {};
  for (let i = 0; i < argv.length; i++) {
    const a = argv[i]!;
    if (a === "--help" || a === "-h") {
      out.help = true;
      continue;
    }
    const m = /^--([a-z]+)(?:=(.*))?$/.exec(a);
    if (!m) throw new Error(`unexpected argument "${a}"`);
    const [, key, inline] = m;
    if (key === "report") out.report = true;
    else if (!["input", "out", "sample", "seed"].includes(key!)) throw new Error(`unknown option --${key}`);
    else if (inline !== undefined) out[key!] = inline;
    else {
      const v = argv[i + 1];
      if (v === undefined || v.startsWith("--")) throw new Error(`--${key} needs a value`);
      out[key!] = v;
      i++;
    }
  }
  return out;
}

async function main(): Promise<number> {
  let raw: Record<string, string | boolean>;
  try {
    raw = parseArgs(process.argv.slice(2));
  } catch (e) {
    console.error(`bank: ${(e as Error).message}\n\n${USAGE}`);
    return 2;
  }
  if (raw.help) {
    console.log(USAGE);
    return 0;
  }
  const parsed = argsSchema.safeParse(raw);
  if (!parsed.success) {
    console.error(`bank: ${parsed.error.issues.map((i) => i.message).join("; ")}\n\n${USAGE}`);
    return 2;
  }
  const args = parsed.data;
  const t0 = performance.now();
  try {
    const { bank, report, skipped } = await bankFromPath(args.input);
    for (const s of skipped) console.error(`bank: skipped ${s.file ?? ""}: ${s.message}`);
    const bytes = writeBank(args.out, bank);
    const ms = Math.round(performance.now() - t0);
    console.log(
      `bank: ${report.documents} documents, ${report.facts} facts → ${report.questions} questions (${typeSummary(report)}); ` +
        `${report.dropped.length} dropped by the self-check → ${args.out} (${Math.round(bytes / 1024)} KB, ${ms} ms)`,
    );
    if (args.report) console.log(`\n${formatReport(bank, report, { sample: args.sample, seed: args.seed })}`);
    return 0;
  } catch (e) {
    if (e instanceof DocumentReadError) {
      console.error(`bank: ${e.message}`);
      return 1;
    }
    console.error(`bank: unexpected error: ${(e as Error).stack ?? e}`);
    return 1;
  }
}

main().then((code) => process.exit(code));

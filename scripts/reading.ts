/**
 * `npm run reading -- sample --bank <bank.json> --salt S --size N --out <prefix> [--judged <file.tsv>]`
 * `npm run reading -- tally <file.tsv>...`
 * A reading of a bank that survives generator changes (lib/content/reading.ts, docs/readings/).
 */
import { readFileSync, writeFileSync } from "node:fs";
import { z } from "zod";
import { bankSchema, type Bank, type Question } from "../lib/bank/format";
import { carryOver, contentHash, formatJudgements, parseJudgements, stableSample, tally } from "../lib/content/reading";
import { formatQuestion } from "../lib/content/generate/report";

const USAGE = `Usage:
  npm run reading -- sample --bank <bank.json> --salt <salt> --size <n> --out <prefix> [--judged <file.tsv>]
      writes <prefix>.md (each question with its passage) and <prefix>.todo.tsv (the lines to judge);
      with --judged, questions whose id and content are unchanged keep their judgement (<prefix>.kept.tsv)
      and only the rest are written to read
  npm run reading -- tally <file.tsv>...
      accepted count and rejects by code of one or more judgement files`;

const sampleArgs = z.object({
  bank: z.string({ error: "--bank <bank.json> is required" }),
  salt: z.string({ error: "--salt is required" }),
  size: z.coerce.number({ error: "--size <n> is required" }).int().positive(),
  out: z.string({ error: "--out <prefix> is required" }),
  judged: z.string().optional(),
});

/** The question as a teacher reads it, with 250 characters of its document before the quote and 200 after. */
function withPassage(bank: Bank, q: Question, n: number): string {
  const doc = bank.documents.find((d) => d.id === q.source.documentId);
  const text = doc?.text ?? "";
  const { start, end } = q.source;
  const passage = `…${text.slice(Math.max(0, start - 250), start)}【${text.slice(start, end)}】${text.slice(end, end + 200)}…`.replace(/\n/g, "⏎");
  return [`### ${n}. ${q.id} (${q.tags.join(", ")}; 《${doc?.title ?? "?"}》 ${doc?.date ?? ""})`, formatQuestion(q), `  原文：${passage}`, ""].join("\n");
}

function sample(argv: string[]): void {
  const flags: Record<string, string> = {};
  for (let i = 0; i < argv.length; i += 2) {
    const m = /^--([a-z]+)$/.exec(argv[i]!);
    if (!m || argv[i + 1] === undefined) throw new Error(`unexpected argument "${argv[i]}"`);
    flags[m[1]!] = argv[i + 1]!;
  }
  const parsed = sampleArgs.safeParse(flags);
  if (!parsed.success) throw new Error(parsed.error.issues.map((i) => i.message).join("; "));
  const a = parsed.data;
  const bank = bankSchema.parse(JSON.parse(readFileSync(a.bank, "utf8")));
  const drawn = stableSample(bank.questions, a.salt, a.size);
  const { kept, toRead } = a.judged ? carryOver(drawn, parseJudgements(readFileSync(a.judged, "utf8"))) : { kept: [], toRead: drawn };
  writeFileSync(`${a.out}.md`, toRead.map((q, i) => withPassage(bank, q, i + 1)).join("\n"));
  writeFileSync(`${a.out}.todo.tsv`, toRead.map((q) => `${q.id}\t${contentHash(q)}`).join("\n") + "\n");
  if (a.judged) writeFileSync(`${a.out}.kept.tsv`, formatJudgements(kept));
  const t = tally(kept);
  console.log(`sample of ${drawn.length}: ${kept.length} keep their judgement (${t.accepted} accepted), ${toRead.length} to read → ${a.out}.md`);
}

function main(): number {
  const [command, ...rest] = process.argv.slice(2);
  try {
    if (command === "sample") sample(rest);
    else if (command === "tally" && rest.length) {
      const t = tally(rest.flatMap((f) => parseJudgements(readFileSync(f, "utf8"))));
      const codes = Object.entries(t.rejects).sort((x, y) => y[1] - x[1]).map(([c, n]) => `${c} ${n}`);
      console.log(`${t.accepted}/${t.total} accepted (${((t.accepted / Math.max(1, t.total)) * 100).toFixed(1)}%); rejects: ${codes.join(", ") || "none"}`);
    } else {
      console.log(USAGE);
      return command === "--help" || command === "-h" ? 0 : 2;
    }
    return 0;
  } catch (e) {
    console.error(`reading: ${(e as Error).message}\n${USAGE}`);
    return 2;
  }
}

process.exitCode = main();

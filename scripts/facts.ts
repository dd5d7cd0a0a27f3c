/**
 * npm run facts -- --input <file|dir> [--out facts.json] [--quiet]
 *
 * Reads .txt/.md documents, extracts their facts and prints a summary per document;
 * with --out, writes { format: "quizbank/1", generator, documents, facts } (questions
 * are the generator's job and left empty). Progress goes to stderr for large inputs.
 */
import { mkdirSync, writeFileSync } from "node:fs";
import path from "node:path";
import { z } from "zod";
import { BANK_FORMAT, type FactKind } from "../lib/bank/format";
import { buildCorpus, factsForBank } from "../lib/content/pipeline";
import { DocumentReadError, readDocumentsLenient } from "../lib/content/read";

const USAGE = `usage: npm run facts -- --input <file|dir> [--out facts.json] [--quiet]
  --input   a .txt/.md document, or a directory of them (manifest.json beside them is used)
  --out     where to write the facts as JSON (quizbank/1 shape, no questions)
  --quiet   no per-document summary`;

const argsSchema = z.object({
  input: z.string({ error: "--input is required" }).min(1, "--input is required"),
  out: z.string().min(1).optional(),
  quiet: z.boolean().default(false),
});

export function parseArgs(argv: string[]): z.infer<typeof argsSchema> {
  const raw: Record<string, string | boolean> = {};
  for (let i = 0; i < argv.length; i++) {
    const a = argv[i];
    if (a === "--help" || a === "-h") throw new UsageError("");
    if (!a.startsWith("--")) throw new UsageError(`unexpected argument "${a}"`);
    const [key, inline] = a.slice(2).split("=", 2);
    if (key === "quiet") raw.quiet = true;
    else if (key === "input" || key === "out") {
      const value = inline ?? argv[++i];
      if (value === undefined || value.startsWith("--")) throw new UsageError(`--${key} needs a value`);
      raw[key] = value;
    } else throw new UsageError(`unknown option --${key}`);
  }
  const parsed = argsSchema.safeParse(raw);
  if (!parsed.success) throw new UsageError(parsed.error.issues.map((i) => i.message).join("; "));
  return parsed.data;
}

class UsageError extends Error {}

const KINDS: FactKind[] = ["date", "agreement", "concept", "figure", "entity"];

function main(): number {
  let args: z.infer<typeof argsSchema>;
  try {
    args = parseArgs(process.argv.slice(2));
  } catch (e) {
    if (e instanceof UsageError) {
      if (e.message) console.error(`error: ${e.message}`);
      console.error(USAGE);
      return e.message ? 2 : 0;
    }
    throw e;
  }
  let read: ReturnType<typeof readDocumentsLenient>;
  try {
    read = readDocumentsLenient(args.input);
  } catch (e) {
    console.error(`error: ${(e as Error).message}`);
    return 1;
  }
  for (const err of read.errors) console.error(`skipped: ${err.message}`);
  if (read.documents.length === 0) {
    console.error("error: no document could be read.");
    return 1;
  }
  const totalBytes = read.documents.reduce((n, d) => n + d.raw.length, 0);
  const showProgress = read.documents.length > 5 || totalBytes > 1_000_000;
  const started = performance.now();
  const corpus = buildCorpus(read.documents, {
    onProgress: showProgress ? (done, total, doc) => process.stderr.write(`\r[${done}/${total}] ${doc.doc.id}`.padEnd(60)) : undefined,
  });
  if (showProgress) process.stderr.write("\n");
  const ms = performance.now() - started;

  if (!args.quiet) {
    for (const doc of corpus.documents) {
      const facts = corpus.facts.filter((f) => f.documentId === doc.doc.id);
      const linked = corpus.facts.filter((f) => f.documentId !== doc.doc.id && f.alsoIn.some((a) => a.documentId === doc.doc.id)).length;
      const blocks = new Map<string, number>();
      for (const b of doc.blocks) blocks.set(b.label, (blocks.get(b.label) ?? 0) + 1);
      console.log(`\n${doc.doc.id}  ${doc.title}${doc.authors.length ? ` — ${doc.authors.join("、")}` : ""}${doc.date ? ` (${doc.date})` : ""}`);
      console.log(`  blocks: ${[...blocks].map(([k, n]) => `${k} ${n}`).join(", ")}; sentences: ${doc.sentences.length}`);
      console.log(`  facts: ${KINDS.map((k) => `${k} ${facts.filter((f) => f.kind === k).length}`).join(", ")}; also found in other documents: ${linked}`);
      for (const k of KINDS.slice(0, 4)) {
        const examples = facts.filter((f) => f.kind === k).slice(0, 3);
        for (const f of examples) console.log(`    ${k.padEnd(9)} ${f.label.length > 70 ? f.label.slice(0, 70) + "…" : f.label}`);
      }
    }
    console.log(`\n${corpus.documents.length} documents, ${corpus.facts.length} facts in ${Math.round(ms)} ms`);
  }

  if (args.out) {
    const out = {
      format: BANK_FORMAT,
      generator: { version: "facts-0.1.0" },
      documents: corpus.documents.map((d) => ({
        id: d.doc.id,
        file: d.doc.file,
        title: d.title,
        authors: d.authors,
        sha256: d.doc.sha256,
        ...(d.doc.meta?.kind ? { kind: d.doc.meta.kind } : {}),
        ...(d.doc.meta?.source ? { source: d.doc.meta.source } : {}),
        ...(d.date ? { date: d.date } : {}),
      })),
      facts: factsForBank(corpus),
      questions: [],
    };
    mkdirSync(path.dirname(path.resolve(args.out)), { recursive: true });
    writeFileSync(args.out, JSON.stringify(out, null, 2) + "\n");
    console.error(`wrote ${out.facts.length} facts to ${args.out}`);
  }
  return 0;
}

if (process.argv[1] && /facts\.ts$/.test(process.argv[1])) {
  try {
    process.exitCode = main();
  } catch (e) {
    const msg = e instanceof DocumentReadError ? e.message : `unexpected failure: ${(e as Error).message}`;
    console.error(`error: ${msg}`);
    process.exitCode = 1;
  }
}

/**
 * `npm run coverage -- --input <dir> --annotations <dir> [--kind K] [--doc PREFIX] [--why]`
 * A rule writer's view of issue #3's and #4's targets: for each kind, how many annotated facts the
 * extractor finds and how many a kept question tests; then every annotated fact that is missed,
 * tagged NOFACT (the extractor has no matching fact) or UNTESTED (a fact, but no question). With
 * --why, each UNTESTED fact shows its sentence and why the generator's drafts for it were dropped.
 */
import { readdirSync, readFileSync } from "node:fs";
import path from "node:path";
import { z } from "zod";
import { annotationFileSchema, anchorSpan, keyMatches, scoreDocument, totalScores, type AnnotatedFact } from "../lib/content/evaluate";
import { generateBank } from "../lib/content/generate/bank";
import { buildCorpus } from "../lib/content/pipeline";
import { readDocuments } from "../lib/content/read";
import type { Corpus, ExtractedFact } from "../lib/content/types";

const USAGE = "Usage: npm run coverage -- --input <dir> --annotations <dir> [--kind date|agreement|concept|figure] [--doc PREFIX] [--why]";

const argsSchema = z.object({
  input: z.string({ error: "--input <dir> is required" }),
  annotations: z.string({ error: "--annotations <dir> is required" }),
  kind: z.enum(["date", "agreement", "concept", "figure"]).optional(),
  doc: z.string().optional(),
  why: z.boolean().default(false),
});

function parseArgs(argv: string[]): z.infer<typeof argsSchema> {
  const out: Record<string, string | boolean> = {};
  for (let i = 0; i < argv.length; i++) {
    const m = /^--([a-z]+)$/.exec(argv[i]!);
    if (!m) throw new Error(`unexpected argument "${argv[i]}"`);
    if (m[1] === "why") out.why = true;
    else out[m[1]!] = argv[++i] ?? "";
  }
  const parsed = argsSchema.safeParse(out);
  if (!parsed.success) throw new Error(parsed.error.issues.map((i) => i.message).join("; "));
  return parsed.data;
}

const overlaps = (a: { start: number; end: number }, b: { start: number; end: number }) => a.start < b.end && b.start < a.end;
const pct = (found: number, total: number) => `${total ? ((found / total) * 100).toFixed(1) : "100.0"}% (${found}/${total})`;
const keyOf = (a: AnnotatedFact) => a.iso ?? a.name ?? a.term ?? a.items?.join("、") ?? String(a.number);

function main(): number {
  let args: z.infer<typeof argsSchema>;
  try {
    args = parseArgs(process.argv.slice(2));
  } catch (e) {
    console.error(`coverage: ${(e as Error).message}\n${USAGE}`);
    return 2;
  }
  const corpus: Corpus = buildCorpus(readDocuments(args.input));
  const { bank, report } = generateBank(corpus);
  const tested = new Set(bank.questions.flatMap((q) => q.factIds));
  const testedCorpus = { ...corpus, facts: corpus.facts.filter((f) => tested.has(f.id)) };
  const ids = new Set(corpus.documents.map((d) => d.doc.id));
  const files = readdirSync(args.annotations)
    .filter((f) => f.endsWith(".json"))
    .map((f) => annotationFileSchema.parse(JSON.parse(readFileSync(path.join(args.annotations, f), "utf8"))))
    .filter((a) => ids.has(a.document) && (!args.doc || a.document.startsWith(args.doc)))
    .map((a) => (args.kind ? { ...a, facts: a.facts.filter((f) => f.kind === args.kind) } : a));

  const found = totalScores(files.map((a) => scoreDocument(corpus, a).byKind));
  const asked = totalScores(files.map((a) => scoreDocument(testedCorpus, a).byKind));
  for (const kind of Object.keys(found).sort())
    console.log(`${kind.padEnd(10)} extractor ${pct(found[kind]!.found, found[kind]!.total).padEnd(20)} bank ${pct(asked[kind]!.found, asked[kind]!.total)}`);

  const droppedFor = new Map<string, string[]>();
  for (const d of report.dropped)
    for (const id of d.factIds) droppedFor.set(id, [...(droppedFor.get(id) ?? []), `${d.type} [${d.reasons.join(",")}] ${d.prompt}`]);

  for (const a of files) {
    const doc = corpus.documents.find((d) => d.doc.id === a.document)!;
    const missed = scoreDocument(testedCorpus, a).byKind;
    for (const m of Object.values(missed).flatMap((s) => s.missed)) {
      const span = anchorSpan(doc, m);
      const matching: ExtractedFact[] = span
        ? corpus.facts.filter((f) => keyMatches(m, f) && [f.documentId === doc.doc.id ? f.span : null, ...f.alsoIn.filter((x) => x.documentId === doc.doc.id).map((x) => x.span)].some((s) => s && overlaps(s, span)))
        : [];
      const tag = matching.length ? "UNTESTED" : "NOFACT";
      console.log(`\n${tag} ${a.document} ${m.kind} ${keyOf(m)} «${m.anchor}»${span ? "" : " (anchor not in the clean text)"}`);
      if (!args.why) continue;
      for (const f of matching) {
        console.log(`  fact ${f.id} ${f.label}\n  sentence: ${f.context.sentence}`);
        const reasons = droppedFor.get(f.id) ?? [];
        if (reasons.length === 0) console.log("  no draft reached the self-check");
        for (const r of reasons.slice(0, 6)) console.log(`  dropped ${r}`);
      }
    }
  }
  return 0;
}

process.exitCode = main();

/**
 * The generator on the five real documents (content/sources, copies of shared/seeds):
 * coverage per fact kind, a valid and deterministic bank, no leftovers the self-check exists to catch.
 */
import { existsSync, readdirSync, readFileSync } from "node:fs";
import path from "node:path";
import { beforeAll, describe, expect, it } from "vitest";
import { bankSchema, type Bank } from "../../bank/format";
import { annotationFileSchema, scoreDocument, totalScores } from "../evaluate";
import { buildCorpus } from "../pipeline";
import { readDocuments } from "../read";
import type { Corpus } from "../types";
import { generateBank, type BankReport } from "./bank";
import { serialiseBank } from "./from-files";
import { questionFlags, DROPPING_FLAGS } from "./selfcheck";

const SOURCES = path.resolve(__dirname, "../../../content/sources");
const TARGETS = { date: 0.95, agreement: 0.9, concept: 0.85, figure: 0.85 } as const;

describe("the bank of the five documents", () => {
  let corpus: Corpus;
  let bank: Bank;
  let report: BankReport;

  beforeAll(() => {
    expect(existsSync(SOURCES), `${SOURCES} must hold the five documents`).toBe(true);
    corpus = buildCorpus(readDocuments(SOURCES));
    ({ bank, report } = generateBank(corpus));
  }, 60_000);

  it("reads five documents and makes well over a thousand questions", () => {
    expect(bank.documents).toHaveLength(5);
    expect(bank.questions.length).toBeGreaterThan(1000);
  });

  it("tests every kind of fact at the issue's coverage targets", () => {
    for (const [kind, target] of Object.entries(TARGETS)) {
      const c = report.coverage[kind]!;
      expect(c.facts, kind).toBeGreaterThan(0);
      expect(c.share, `${kind}: ${c.tested}/${c.facts}`).toBeGreaterThanOrEqual(target);
    }
  });

  it("tests the facts a careful reader marks (tests/fixtures/content/annotations) at the coverage targets", () => {
    const dir = path.resolve(__dirname, "../../../tests/fixtures/content/annotations");
    const tested = new Set(bank.questions.flatMap((q) => q.factIds));
    const testedCorpus = { ...corpus, facts: corpus.facts.filter((f) => tested.has(f.id)) };
    const ids = new Set(corpus.documents.map((d) => d.doc.id));
    const files = readdirSync(dir)
      .map((f) => annotationFileSchema.parse(JSON.parse(readFileSync(path.join(dir, f), "utf8"))))
      .filter((a) => ids.has(a.document));
    expect(files).toHaveLength(5);
    const totals = totalScores(files.map((a) => scoreDocument(testedCorpus, a).byKind));
    for (const [kind, target] of Object.entries(TARGETS)) {
      const t = totals[kind]!;
      expect(t.recall, `${kind}: ${t.found}/${t.total} annotated facts tested`).toBeGreaterThanOrEqual(target);
    }
  });

  it("makes every question type", () => {
    for (const t of ["mcq", "multi", "true_false", "cloze", "ordering", "matching", "short_answer", "flashcard"]) {
      expect(report.byType[t] ?? 0, t).toBeGreaterThan(0);
    }
  });

  it("validates against quizbank/1, with every source quoting the raw text", () => {
    expect(bankSchema.safeParse(bank).success).toBe(true);
    const raw = new Map(bank.documents.map((d) => [d.id, d.text!]));
    for (const q of bank.questions) expect(q.source.quote).toBe(raw.get(q.source.documentId)!.slice(q.source.start, q.source.end));
  });

  it("keeps no question the self-check would drop, and no duplicate ids", () => {
    for (const q of bank.questions) {
      const drop = questionFlags(q).filter((f) => DROPPING_FLAGS.has(f));
      expect(drop, `${q.id}: ${q.prompt}`).toEqual([]);
    }
    expect(new Set(bank.questions.map((q) => q.id)).size).toBe(bank.questions.length);
  });

  it("never offers an mcq distractor equal to its answer, and mcq have four options", () => {
    for (const q of bank.questions.filter((q) => q.type === "mcq")) {
      expect(q.options, q.prompt).toHaveLength(4);
      expect(q.options!.filter((o) => o === q.answer), q.prompt).toHaveLength(1);
    }
  });

  it("writes byte-identical JSON on a second run", () => {
    const again = generateBank(buildCorpus(readDocuments(SOURCES))).bank;
    expect(serialiseBank(again)).toBe(serialiseBank(bank));
  }, 60_000);
});

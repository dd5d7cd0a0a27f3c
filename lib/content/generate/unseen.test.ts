/**
 * The generator on documents it was not tuned on (tests/fixtures/content/unseen): how many of the
 * annotated facts a careful reader marks are tested by at least one question. Issue #4's targets
 * (TARGETS) are not all met on these documents yet (docs/generator-quality.md, "Where this leaves
 * the issue"): the test holds the coverage reached so far (FLOOR), and prints both.
 */
import { existsSync, readdirSync, readFileSync } from "node:fs";
import path from "node:path";
import { beforeAll, describe, expect, it } from "vitest";
import type { Bank } from "../../bank/format";
import { annotationFileSchema, scoreDocument, totalScores } from "../evaluate";
import { buildCorpus } from "../pipeline";
import { readDocuments } from "../read";
import type { Corpus } from "../types";
import { generateBank } from "./bank";
import { questionFlags, DROPPING_FLAGS } from "./selfcheck";

const UNSEEN = path.resolve(__dirname, "../../../tests/fixtures/content/unseen");
const ANNOTATIONS = path.resolve(__dirname, "../../../tests/fixtures/content/annotations");
const TARGETS = { date: 0.95, agreement: 0.9, concept: 0.85, figure: 0.85 } as const;
// measured after round 15 on 68 documents (u65–u68 moved in on branch x15; merged with g15a, g15b, q15):
// date 85.2% (1183/1389), agreement 88.9% (1060/1193), concept 85.9% (532/619), figure 84.3% (722/856); agreement
// 88.8% (1059/1193) once a dated memorandum no longer joins another of its name through an undated mention (link.ts);
// round 16 (g16, Chinese-numeral figure clozes): figure 84.8% (726/856)
// q18b (lead's decision, a reviewer's comment or a speech's title line is not asked): the two rules together cost date −3
// agreement −3, concept −1 (u66 comments, u46 title line) → date 84.9% (1180), agreement 88.5% (1056), concept 85.7% (531)
// q18b: a 他/她 opening a prompt is named from the sentence before, the rest dropped: concept −1 (u68's 她) → 85.6% (530)
// q18b: a bare 还 opening a prompt (subject cut off) is not asked: agreement −1 (u56's "还____，五十兆瓦……") → 88.4% (1055)
const FLOOR = { date: 0.849, agreement: 0.884, concept: 0.856, figure: 0.85 } as const;
/**
 * Kinds whose issue target the unseen documents reach: asserted as the target itself. (Round 15's documents took
 * agreement to 89.0% and figure to 84.2%, under their targets: they are held by the FLOOR until they reach them again.)
 */
const MET = ["concept", "figure"] as const;

describe("the bank of the unseen documents", () => {
  let corpus: Corpus;
  let bank: Bank;

  beforeAll(() => {
    expect(existsSync(UNSEEN), `${UNSEEN} must hold the unseen documents`).toBe(true);
    corpus = buildCorpus(readDocuments(UNSEEN));
    ({ bank } = generateBank(corpus));
  }, 120_000);

  it("tests no fewer annotated facts than the floor measured so far", () => {
    const tested = new Set(bank.questions.flatMap((q) => q.factIds));
    const testedCorpus = { ...corpus, facts: corpus.facts.filter((f) => tested.has(f.id)) };
    const ids = new Set(corpus.documents.map((d) => d.doc.id));
    const files = readdirSync(ANNOTATIONS)
      .map((f) => annotationFileSchema.parse(JSON.parse(readFileSync(path.join(ANNOTATIONS, f), "utf8"))))
      .filter((a) => ids.has(a.document));
    expect(files.length).toBe(corpus.documents.length);
    const totals = totalScores(files.map((a) => scoreDocument(testedCorpus, a).byKind));
    console.log(
      "coverage on unseen documents: " +
        Object.entries(TARGETS).map(([kind, target]) => `${kind} ${(totals[kind]!.recall * 100).toFixed(1)}% (${totals[kind]!.found}/${totals[kind]!.total}; target ${target * 100}%)`).join(", "),
    );
    for (const [kind, floor] of Object.entries(FLOOR)) {
      const t = totals[kind]!;
      expect(t.total, kind).toBeGreaterThan(0);
      expect(t.recall, `${kind}: ${t.found}/${t.total} annotated facts tested`).toBeGreaterThanOrEqual(floor);
    }
    for (const kind of MET) {
      const t = totals[kind]!;
      expect(t.recall, `${kind}: ${t.found}/${t.total} annotated facts tested (target ${TARGETS[kind]})`).toBeGreaterThanOrEqual(TARGETS[kind]);
    }
  });

  it("keeps no question the self-check would drop", () => {
    for (const q of bank.questions) {
      const drop = questionFlags(q).filter((f) => DROPPING_FLAGS.has(f));
      expect(drop, `${q.id}: ${q.prompt}`).toEqual([]);
    }
  });
});

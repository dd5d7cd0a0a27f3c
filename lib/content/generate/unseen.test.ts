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
// measured after round 13 (x13's four documents u57–u60 and g13's builders) on 60 documents:
// date 87.4% (978/1119), agreement 89.4% (943/1055), concept 87.4% (458/524), figure 87.0% (623/716);
// round 14 (g14: "某某站建成", an agreement in a CSV row, "某某（2020年揭牌）", "某年—某年：某某阶段", "中挪建交"): date 88.1% (986/1119),
// agreement 90.0% (950/1055, target met)
const FLOOR = { date: 0.881, agreement: 0.9, concept: 0.874, figure: 0.87 } as const;
/** Kinds whose issue target the unseen documents reach: asserted as the target itself. */
const MET = ["agreement", "concept", "figure"] as const;

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

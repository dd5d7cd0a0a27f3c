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
// Measured on 72 documents once round 16's four (u69–u72) moved in and round 18 was merged (x16, q18, q18b, g18a,
// g18c, g18d, g18p): date 86.1% (1286/1494), agreement 89.6% (1140/1272), concept 85.4% (557/652), figure 87.8% (771/878).
// q18b's drops (a reviewer's comment, a speech's title line, an unnamed 他/她, a bare 还) cost date −3, agreement −4,
// concept −2: a question made of text that is not content is worse than a missing one. History: docs/generator-quality.md.
// Figure 88.4% (776/878) once a 此后/前者/后者/这一/该项目 whose antecedent the shown sentence names stopped counting as dangling.
// Date 86.9% (1299/1494) once a clause with no subject takes the one of the clause before it, a pair chronology's line its
// pair, 前者/后者 and a bare 生效 are named from the sentence before, and a joint statement's closing line dates it
// (86.8%, 1297, with the title and self-check rules of the same session).
// With round 19's agreements merged (pairs named from the text around, 本币, 建交公报): date 86.9% (1299/1494),
// agreement 90.3% (1148/1272), concept 85.6% (558/652), figure 88.4% (776/878).
// x17 (extractor recall, round 17's phase 1 and 2): agreement 90.8% (1155/1272), concept 86.5% (564/652), figure 87.9% (772/878).
// All of session 10 merged (g19d, g19a, x17 and the self-check rules): date 86.9% (1299/1494), agreement 91.5% (1164/1272),
// concept 86.7% (565/652), figure 88.5% (777/878).
// Session 11 (g21): a relative date read from its passage (文中“次年”指……), pairs named from the sentence's own countries or
// the document's group, trade figures' years, one typed question per date, no bare 两国发表联合声明: date 88.1% (1316/1494).
// With x19's names (counted programmes, 下称 short names, a revised agreement's protocol) and the lead's page heads:
// agreement 91.7% (1167/1272).
// With x20 (round 18's names and levels) merged: agreement 91.8% (1168/1272). A page's time line with its source
// (来源：某网 | 2024-03-15) is not content: two pages' own publication times are no longer asked ("某网发布是在什么时候？"),
// date 88.0% (1314/1494). Where a text was first published (（本文原载某报2024年6月28日……）) is not content either:
// date 87.9% (1313/1494).
// With g23 (an entry's text under its headline, a slide's bullet under its heading): date 88.2% (1318/1494), figure
// 89.1% (782/878).
// Session 12 (g24): a relative date blanked beside the date it is counted from (not "文中“次年”指……"), table rows and
// chronology entries asked with their title, a list's left-out partner, notes' arrows, a slide's agreement heading,
// periods "至今", 签署的“某某备忘录”: date 89.4% (1336/1494). A date whose sentence points back shown with the sentences
// before it, a relative date's anchor two sentences back: date 89.7% (1340/1494).
// (session 12, f2: agreement 0.919 → 0.917, concept 0.866 → 0.852, figure 0.89 → 0.88: the facts whose only questions
// were given away or dangled went with them: a count of the items listed before the blank (six), 一个中国政策 after
// 奉行/坚持 (four), a visit's count with no visit named (two), a speaker's 我希望 (two), an ellipsis for the subject (five),
// a short name right after the full one (two))
// Merged (session 12, all branches): date 89.7% (1340/1494), agreement 91.7% (1166/1272; f1's heading-only question and
// f2's dropped ones), concept 85.3% (556/652), figure 88.0% (773/878).
// (session 14: agreement 0.922 → 0.921: 瀾湄合作 was asked only inside an unnamed speaker's quote (g32), and a 两国 beside
// another country in the sentence shown before it is no longer named (g31), which left one FTA asked by no question)
// Session 15, merged: date 90.4% (1351/1494; anniversaries in words, themed years, letters, 中日韩三国, periods without
// 阶段), agreement 92.3% (1174/1272; a name written again is a mention of the same fact), concept 87.4% (570/652; numbered
// points asked by their heading, an open list's example), figure 88.3% (775/878).
const FLOOR = { date: 0.904, agreement: 0.922, concept: 0.874, figure: 0.882 } as const;
/**
 * Kinds whose issue target the unseen documents reach: asserted as the target itself. (Agreement reached 90.2% on the
 * first 68 documents in round 18, fell to 89.6% on 72 once round 16's documents moved in, and is back at 90% on the 72
 * since round 19 named more unnamed pairs.)
 */
const MET = ["agreement", "concept", "figure"] as const;

// (each test reads all 72 documents' banks: seconds alone, more on a machine busy with other work, hence the timeouts)
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
  }, 60_000);

  it("keeps no question the self-check would drop", () => {
    for (const q of bank.questions) {
      const drop = questionFlags(q).filter((f) => DROPPING_FLAGS.has(f));
      expect(drop, `${q.id}: ${q.prompt}`).toEqual([]);
    }
  }, 60_000);
});

import fs from "node:fs";
import path from "node:path";
import { afterAll, beforeEach, describe, expect, it } from "vitest";
import { BankImportError, importBank } from "@/lib/server/bank-import";
import type { Db } from "@/lib/server/db";
import { reviewLogRow } from "@/tests/support/rows";
import { createTestDb, testDbProvider, TMP_DIR, type TestDb } from "@/tests/support/test-db";
import { smallBank } from "@/tests/fixtures/banks/banks";

let testDb: TestDb;
let db: Db;

beforeEach(async () => {
  // A fresh database per test: imports are the thing under test, so no state leaks between them.
  await testDb?.cleanup();
  testDb = await createTestDb();
  db = testDb.db;
});
afterAll(async () => testDb?.cleanup());

async function counts() {
  const [documents, facts, questions, tags, links, cards, logs] = await Promise.all([
    db.document.count(),
    db.fact.count(),
    db.question.count(),
    db.questionTag.count(),
    db.questionFact.count(),
    db.card.count(),
    db.reviewLog.count(),
  ]);
  return { documents, facts, questions, tags, links, cards, logs };
}

async function addLearnerWithCard(questionId: string) {
  const user = await db.user.create({ data: { email: "learner@test", name: "学习者", passwordHash: "x" } });
  const card = await db.card.create({ data: { userId: user.id, questionId, due: new Date(), reps: 1, state: 2 } });
  const log = await db.reviewLog.create({ data: { ...reviewLogRow(user.id, card.id, questionId, "answer-1"), correct: true } });
  return { user, card, log };
}

describe("importing a bank", () => {
  it("creates documents, facts and questions with their payload, tags and fact links", async () => {
    const bank = smallBank();
    const summary = await importBank(db, bank);

    expect(summary.documents).toEqual({ created: 2, updated: 0, unchanged: 0 });
    expect(summary.facts).toEqual({ created: 7, updated: 0, unchanged: 0, removed: 0 });
    expect(summary.questions).toMatchObject({ created: 10, updated: 0, unchanged: 0, keptAsEdited: 0, retired: 0 });
    expect(summary.warnings).toEqual([]);
    expect(await counts()).toMatchObject({ documents: 2, facts: 7, questions: 10 });

    const doc = await db.document.findUniqueOrThrow({ where: { id: "doc_a_cooperation" } });
    expect(doc.rawText).toBe(bank.documents[0].text);
    expect(JSON.parse(doc.authors)).toEqual(["测试作者"]);
    expect(doc).toMatchObject({ kind: "article", sourceInfo: "测试材料", date: "2023-06-01", ownerId: null, shared: true });

    const fact = await db.fact.findUniqueOrThrow({ where: { id: "f_a_trade_2022" } });
    expect(JSON.parse(fact.value)).toMatchObject({ number: 702, unit: "亿美元", measure: "贸易额" });
    expect(doc.rawText.slice(fact.start, fact.end)).toBe(fact.quote);

    const q = await db.question.findUniqueOrThrow({
      where: { id: "q_order_timeline" },
      include: { tags: true, facts: true },
    });
    expect(JSON.parse(q.payload)).toEqual({
      options: bank.questions[4].options,
      answer: bank.questions[4].answer,
    });
    expect(q).toMatchObject({
      type: "ordering",
      documentId: "doc_b_sco",
      factKind: "date",
      siblingKey: "f_b_sco_founded",
      status: "active",
      origin: "generated",
      generatorVersion: "0.0.1-fixture",
    });
    expect(q.facts.map((f) => f.factId).sort()).toEqual(["f_a_2013_belt", "f_b_cn_kz_partnership", "f_b_sco_founded"]);
    expect(q.tags.map((t) => t.tag)).toEqual(["timeline"]);

    const matching = await db.question.findUniqueOrThrow({ where: { id: "q_match_dates" } });
    expect(JSON.parse(matching.payload).pairs).toEqual(bank.questions[6].pairs);
    const card = await db.question.findUniqueOrThrow({ where: { id: "q_card_spirit" } });
    expect(JSON.parse(card.payload)).toMatchObject({ front: "“上海精神”", back: expect.stringContaining("互信") });
  });

  it("starts weak or flagged questions as drafts, and a question without facts is its own sibling group", async () => {
    const summary = await importBank(db, smallBank());
    const byId = new Map((await db.question.findMany()).map((q) => [q.id, q]));
    expect(byId.get("q_mcq_weak")!.status).toBe("draft"); // score 0.4
    expect(byId.get("q_tf_nofact")!.status).toBe("draft"); // "answer-leak" flag
    expect(byId.get("q_tf_road")!.status).toBe("active"); // "inferred-date" is only a note
    expect(summary.questions.createdAsDraft).toBe(2);
    expect(byId.get("q_tf_nofact")).toMatchObject({ siblingKey: "q_tf_nofact", factKind: null });
    expect(JSON.parse(byId.get("q_tf_nofact")!.qualityFlags)).toEqual(["answer-leak"]);
  });

  it("puts every new question in draft for an upload, owned by the teacher and not shared", async () => {
    const teacher = await db.user.create({ data: { email: "t@test", name: "老师", passwordHash: "x", role: "teacher" } });
    const summary = await importBank(db, smallBank(), { ownerId: teacher.id, initialStatus: "draft" });
    expect(summary.questions.createdAsDraft).toBe(10);
    expect(await db.question.count({ where: { status: { not: "draft" } } })).toBe(0);
    expect(await db.document.count({ where: { ownerId: teacher.id, shared: false } })).toBe(2);
  });

  it("refuses an upload that would overwrite another teacher's document or the shared corpus", async () => {
    const [a, b] = await Promise.all(
      ["a", "b"].map((n) => db.user.create({ data: { email: `${n}@test`, name: n, passwordHash: "x", role: "teacher" } })),
    );
    await importBank(db, smallBank(), { ownerId: a.id, initialStatus: "draft" });
    expect((await importBank(db, smallBank(), { ownerId: a.id })).documents.unchanged).toBe(2); // its own: fine

    const error = (await importBank(db, smallBank(), { ownerId: b.id }).catch((e: unknown) => e)) as BankImportError;
    expect(error.code).toBe("document_taken");
    expect(error.problems).toContain('document "doc_a_cooperation" already exists and belongs to another user');
    expect(await db.document.count({ where: { ownerId: a.id } })).toBe(2);

    await db.document.update({ where: { id: "doc_b_sco" }, data: { ownerId: null, shared: true } });
    const shared = (await importBank(db, smallBank(), { ownerId: a.id }).catch((e: unknown) => e)) as BankImportError;
    expect(shared.problems).toContain('document "doc_b_sco" already exists and belongs to the shared corpus');
  });

  it("changes nothing when the same bank is imported twice, and keeps ids and timestamps", async () => {
    await importBank(db, smallBank());
    const before = await db.question.findMany({ orderBy: { id: "asc" } });
    const factsBefore = await db.fact.findMany({ orderBy: { id: "asc" } });
    const countsBefore = await counts();

    const again = await importBank(db, smallBank());

    expect(again.documents).toEqual({ created: 0, updated: 0, unchanged: 2 });
    expect(again.facts).toEqual({ created: 0, updated: 0, unchanged: 7, removed: 0 });
    expect(again.questions).toMatchObject({ created: 0, updated: 0, unchanged: 10, retired: 0 });
    expect(await counts()).toEqual(countsBefore);
    expect(await db.question.findMany({ orderBy: { id: "asc" } })).toEqual(before);
    expect(await db.fact.findMany({ orderBy: { id: "asc" } })).toEqual(factsBefore);
  });

  it("keeps a learner's card and review log attached when the generator's output changes", async () => {
    await importBank(db, smallBank());
    const { card, log } = await addLearnerWithCard("q_mcq_belt");

    const next = smallBank();
    next.generator.version = "0.0.2-fixture";
    next.questions[0].prompt = "“丝绸之路经济带”是何时提出的？";
    next.questions[0].tags = ["date"];
    const summary = await importBank(db, next);

    expect(summary.questions.updated).toBe(10); // one rewritten, nine with only a new generator version
    const q = await db.question.findUniqueOrThrow({ where: { id: "q_mcq_belt" }, include: { tags: true } });
    expect(q.prompt).toBe("“丝绸之路经济带”是何时提出的？");
    expect(q.generatorVersion).toBe("0.0.2-fixture");
    expect(q.tags.map((t) => t.tag)).toEqual(["date"]);
    expect(await db.card.findUniqueOrThrow({ where: { id: card.id } })).toMatchObject({ questionId: "q_mcq_belt", reps: 1 });
    expect(await db.reviewLog.findUniqueOrThrow({ where: { id: log.id } })).toMatchObject({ questionId: "q_mcq_belt" });
  });

  it("never overwrites a question a teacher edited, even when the generator rewrites it", async () => {
    await importBank(db, smallBank());
    await db.question.update({
      where: { id: "q_cloze_declaration" },
      data: { prompt: "老师改过的题干____", origin: "edited", status: "active" },
    });

    const next = smallBank();
    next.questions[2].prompt = "生成器的新题干____";
    next.questions[2].tags = ["changed"];
    const summary = await importBank(db, next);

    expect(summary.questions.keptAsEdited).toBe(1);
    const q = await db.question.findUniqueOrThrow({ where: { id: "q_cloze_declaration" }, include: { tags: true } });
    expect(q.prompt).toBe("老师改过的题干____");
    expect(q.origin).toBe("edited");
    expect(q.tags.map((t) => t.tag)).toEqual(["agreement"]);
  });

  it("keeps a teacher's status decisions: a retired question stays retired and a draft stays a draft", async () => {
    await importBank(db, smallBank());
    await db.question.update({ where: { id: "q_mcq_belt" }, data: { status: "retired" } });
    await db.question.update({ where: { id: "q_tf_road" }, data: { status: "draft" } });
    await db.question.update({ where: { id: "q_mcq_weak" }, data: { status: "active" } });

    const next = smallBank();
    next.questions.forEach((q) => (q.explanation += "（新版）"));
    await importBank(db, next);

    const status = async (id: string) => (await db.question.findUniqueOrThrow({ where: { id } })).status;
    expect(await status("q_mcq_belt")).toBe("retired");
    expect(await status("q_tf_road")).toBe("draft");
    expect(await status("q_mcq_weak")).toBe("active");
  });

  it("retires a generated question that left the bank, keeping its card, and leaves manual questions alone", async () => {
    await importBank(db, smallBank());
    const { card } = await addLearnerWithCard("q_short_trade");
    await db.question.create({
      data: {
        id: "q_manual_1",
        documentId: "doc_a_cooperation",
        type: "true_false",
        prompt: "老师自己出的题。",
        payload: JSON.stringify({ answer: true }),
        sourceStart: 0,
        sourceEnd: 4,
        sourceQuote: "中国与中",
        origin: "manual",
      },
    });

    const next = smallBank();
    next.questions = next.questions.filter((q) => q.id !== "q_short_trade");
    const summary = await importBank(db, next);

    expect(summary.questions.retired).toBe(1);
    expect((await db.question.findUniqueOrThrow({ where: { id: "q_short_trade" } })).status).toBe("retired");
    expect(await db.card.findUnique({ where: { id: card.id } })).not.toBeNull();
    expect(await db.reviewLog.count({ where: { questionId: "q_short_trade" } })).toBe(1);
    expect((await db.question.findUniqueOrThrow({ where: { id: "q_manual_1" } })).status).toBe("active");

    // and it is not retired "again" on the next import
    expect((await importBank(db, next)).questions.retired).toBe(0);
  });

  it("removes facts that left the bank and leaves other documents' questions alone", async () => {
    await importBank(db, smallBank());
    const onlyB = smallBank();
    onlyB.documents = onlyB.documents.filter((d) => d.id === "doc_b_sco");
    onlyB.facts = onlyB.facts.filter((f) => f.documentId === "doc_b_sco" && f.id !== "f_b_shanghai_spirit");
    onlyB.questions = onlyB.questions.filter((q) => q.source.documentId === "doc_b_sco" && !q.factIds.includes("f_a_2013_belt"));
    onlyB.questions = onlyB.questions.map((q) => ({ ...q, factIds: q.factIds.filter((f) => f !== "f_b_shanghai_spirit") }));

    const summary = await importBank(db, onlyB);

    expect(summary.facts.removed).toBe(1);
    expect(await db.fact.findUnique({ where: { id: "f_b_shanghai_spirit" } })).toBeNull();
    expect(await db.fact.count({ where: { documentId: "doc_a_cooperation" } })).toBe(4);
    // questions of doc A are not in this bank, but doc A was not imported: nothing of it retires
    expect(await db.question.count({ where: { documentId: "doc_a_cooperation", status: "retired" } })).toBe(0);
    // q_order_timeline (doc B, links a fact of doc A) left this bank: retired
    expect((await db.question.findUniqueOrThrow({ where: { id: "q_order_timeline" } })).status).toBe("retired");
  });
});

describe("a bank that cannot be imported changes nothing", () => {
  it("reports the path of each problem in an invalid bank", async () => {
    await importBank(db, smallBank());
    const before = await counts();
    const bad = smallBank() as unknown as { questions: Record<string, unknown>[]; documents: Record<string, unknown>[] };
    bad.questions[0].answer = "2099年"; // not one of the mcq's options
    bad.documents[1].sha256 = "not-a-hash";
    bad.questions[3].prompt = "第一题改了";

    const error = await importBank(db, bad).catch((e: unknown) => e);

    expect(error).toBeInstanceOf(BankImportError);
    expect((error as BankImportError).code).toBe("invalid_bank");
    expect((error as BankImportError).problems).toEqual(
      expect.arrayContaining([
        "questions.0.type: mcq answer must be one of its options",
        expect.stringMatching(/^documents\.1\.sha256: /),
      ]),
    );
    expect(await counts()).toEqual(before);
    expect((await db.question.findUniqueOrThrow({ where: { id: "q_short_trade" } })).prompt).not.toBe("第一题改了");
  });

  it("rejects a bank whose questions point at facts or documents it does not have", async () => {
    const bad = smallBank();
    bad.questions[1].factIds = ["f_missing"];
    bad.facts[0].documentId = "doc_missing";
    bad.questions.push({ ...bad.questions[0] });

    const error = (await importBank(db, bad).catch((e: unknown) => e)) as BankImportError;

    expect(error.code).toBe("inconsistent_bank");
    expect(error.problems).toEqual(
      expect.arrayContaining([
        'questions.1.factIds.0: "f_missing" is not a fact of this bank',
        'facts.0.documentId: "doc_missing" is not a document of this bank',
        'questions: duplicate id "q_mcq_belt"',
      ]),
    );
    expect(await counts()).toMatchObject({ documents: 0, facts: 0, questions: 0 });
  });

  it("rolls back every write when the database fails half-way", async () => {
    await importBank(db, smallBank());
    const before = await counts();
    const factsBefore = await db.fact.findMany({ orderBy: { id: "asc" } });
    // make the database itself refuse a tag, after documents and facts have been written
    if (testDbProvider === "sqlite") {
      await db.$executeRawUnsafe(
        `CREATE TRIGGER refuse_boom BEFORE INSERT ON "QuestionTag" WHEN NEW.tag = 'boom' BEGIN SELECT RAISE(ABORT, 'boom refused'); END`,
      );
    } else {
      await db.$executeRawUnsafe(
        `CREATE FUNCTION refuse_boom() RETURNS trigger AS $$ BEGIN IF NEW.tag = 'boom' THEN RAISE EXCEPTION 'boom refused'; END IF; RETURN NEW; END $$ LANGUAGE plpgsql`,
      );
      await db.$executeRawUnsafe(`CREATE TRIGGER refuse_boom BEFORE INSERT ON "QuestionTag" FOR EACH ROW EXECUTE FUNCTION refuse_boom()`);
    }
    const next = smallBank();
    next.documents[0].title = "新标题";
    next.facts[0].label = "新的标签";
    next.facts.splice(3, 1); // removes a fact
    next.questions = next.questions.filter((q) => !q.factIds.includes("f_a_trade_2022"));
    next.questions.push({ ...next.questions[0], id: "q_new_boom", tags: ["boom"] });

    await expect(importBank(db, next)).rejects.toThrow(/questionTag\.createMany|boom refused/);

    expect(await counts()).toEqual(before);
    expect(await db.fact.findMany({ orderBy: { id: "asc" } })).toEqual(factsBefore);
    expect((await db.document.findUniqueOrThrow({ where: { id: "doc_a_cooperation" } })).title).toBe("中国与中亚合作大事记");
  });
});

describe("documents given by file", () => {
  const dir = path.join(TMP_DIR, `bank-files-${process.pid}`);
  afterAll(() => fs.rmSync(dir, { recursive: true, force: true }));

  function bankWithFiles(options: { tamper?: boolean } = {}) {
    const bank = smallBank();
    fs.mkdirSync(dir, { recursive: true });
    for (const doc of bank.documents) {
      const file = path.join(dir, `${doc.id}.txt`);
      fs.writeFileSync(file, options.tamper ? doc.text + "（改动）" : doc.text!);
      doc.file = file;
      delete doc.text;
    }
    return bank;
  }

  it("reads the raw text from the document's file when its sha256 matches", async () => {
    const bank = bankWithFiles();
    await importBank(db, bank);
    const doc = await db.document.findUniqueOrThrow({ where: { id: "doc_b_sco" } });
    expect(doc.rawText).toBe(smallBank().documents[1].text);
  });

  it("refuses a file whose bytes are not the ones the bank was made from", async () => {
    const error = (await importBank(db, bankWithFiles({ tamper: true })).catch((e: unknown) => e)) as BankImportError;
    expect(error).toBeInstanceOf(BankImportError);
    expect(error.code).toBe("raw_text");
    expect(error.message).toMatch(/doc_a_cooperation.*not the one the bank was made from/);
    expect(await db.document.count()).toBe(0);
  });

  it("names the missing file and where it looked", async () => {
    const bank = smallBank();
    bank.documents[0].file = "content/sources/no-such-file.txt";
    delete bank.documents[0].text;
    await expect(importBank(db, bank)).rejects.toThrow(/no-such-file\.txt" was not found/);
  });

  it("imports with a warning when a quote is not the text its span points at", async () => {
    const bank = smallBank();
    bank.questions[0].source.quote = "别的文字";
    bank.facts[1].span = { start: 5000, end: 5010 };
    const summary = await importBank(db, bank);
    expect(summary.warnings).toEqual([
      expect.stringMatching(/^facts\.1 \(f_a_2013_road\): span 5000–5010 is past the end/),
      expect.stringMatching(/^questions\.0 \(q_mcq_belt\): quote is not the text at/),
    ]);
    expect(await db.question.count()).toBe(10);
  });

  it("keeps the stored text on re-import when the file is gone but the sha256 is the same", async () => {
    await importBank(db, smallBank());
    const bank = smallBank();
    bank.documents[0].file = "content/sources/gone.txt";
    delete bank.documents[0].text;
    const summary = await importBank(db, bank);
    expect(summary.documents.unchanged).toBe(2);
  });
});

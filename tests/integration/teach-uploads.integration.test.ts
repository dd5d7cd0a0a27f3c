import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { Bank } from "@/lib/bank/format";
import { importBank } from "@/lib/server/bank-import";
import type { Db } from "@/lib/server/db";
import { editQuestion } from "@/lib/server/question-review";
import { getQuestionDetail, searchQuestions } from "@/lib/server/questions";
import { createSetFromFilter, getSet } from "@/lib/server/sets";
import {
  deleteOwnDocument,
  getOwnDocument,
  listOwnDocuments,
  markForRetry,
  processUploadedDocument,
  setDocumentShared,
  uploadDocument,
} from "@/lib/server/uploads";
import type { Actor } from "@/lib/teaching/actor";
import { smallBank } from "@/tests/fixtures/banks/banks";
import { createTestDb, type TestDb } from "@/tests/support/test-db";
import { makeUser } from "./teach-support";

let testDb: TestDb;
let db: Db;
let teacherA: Actor;
let teacherB: Actor;

const LIMIT = 64 * 1024;
const utf8 = (s: string) => new TextEncoder().encode(s);
const TEXT = [
  "中国与中亚合作新进展",
  "",
  "2013年9月，中国国家主席访问哈萨克斯坦，提出共同建设“丝绸之路经济带”。",
  "2001年6月15日，上海合作组织在上海成立。",
  "2023年5月18日至19日，首届中国—中亚峰会在西安举行，各方签署《中国—中亚峰会西安宣言》。",
  "2022年，中国与中亚五国贸易额达到702亿美元。",
].join("\n");

beforeAll(async () => {
  testDb = await createTestDb();
  db = testDb.db;
  await importBank(db, smallBank());
  teacherA = await makeUser(db, "teacher", "A");
  teacherB = await makeUser(db, "teacher", "B");
});
afterAll(async () => testDb?.cleanup());

describe("uploads are checked before anything is saved", () => {
  const gbk = new Uint8Array([0xd6, 0xd0, 0xb9, 0xfa, 0xd3, 0xeb, 0xd6, 0xd0, 0xd1, 0xc7, 0x0a]); // 中国与中亚 in GBK
  const cases: [string, string, Uint8Array, string][] = [
    ["a binary file", "notes.txt", new Uint8Array([0x89, 0x50, 0x4e, 0x47, 0x00, 0x00, 0x01, 0x02]), "uploadBinary"],
    ["a GBK file", "gbk.txt", gbk, "uploadNotUtf8"],
    ["an oversized file", "big.txt", utf8("中".repeat(LIMIT)), "uploadTooLarge"],
    ["an empty file", "empty.md", new Uint8Array(0), "uploadEmpty"],
    ["a whitespace-only file", "blank.txt", utf8(" \n\t\u3000\n"), "uploadEmpty"],
    ["a PDF", "paper.pdf", utf8("%PDF-1.7"), "uploadExtension"],
    ["a file without a name", "", utf8("文本"), "uploadNoFile"],
  ];
  for (const [what, name, bytes, message] of cases) {
    it(`rejects ${what} with a clear message and saves nothing`, async () => {
      const before = await db.document.count();
      const result = await uploadDocument(db, teacherA, { name, bytes }, undefined, LIMIT);
      expect(result).toMatchObject({ ok: false, message });
      expect(await db.document.count()).toBe(before);
    });
  }
});

describe("an upload becomes facts and draft questions", () => {
  let docId: string;

  it("is saved private with status processing, then the pipeline makes draft questions", async () => {
    const up = await uploadDocument(db, teacherA, { name: "合作.md", bytes: utf8(TEXT) }, "合作新进展", LIMIT);
    if (!up.ok) throw new Error(up.message);
    docId = up.value.id;
    expect(await getOwnDocument(db, teacherA, docId)).toMatchObject({ status: "processing", shared: false, title: "合作新进展" });
    await processUploadedDocument(db, docId);
    const doc = await getOwnDocument(db, teacherA, docId);
    expect(doc?.status).toBe("ready");
    expect(doc?.message.facts).toBeGreaterThan(0);
    expect(doc?.questions.draft).toBeGreaterThan(0);
    expect(doc?.questions.active).toBe(0);
    const row = await db.document.findUniqueOrThrow({ where: { id: docId } });
    expect(row).toMatchObject({ ownerId: teacherA.id, shared: false, title: "合作新进展", rawText: TEXT, sourceInfo: "合作.md" });
  });

  it("is private to its owner until shared", async () => {
    expect(await getOwnDocument(db, teacherB, docId)).toBeNull();
    expect((await listOwnDocuments(db, teacherB)).length).toBe(0);
    expect((await searchQuestions(db, teacherB, { documentId: docId })).total).toBe(0);
    expect(await setDocumentShared(db, teacherB, docId, true)).toMatchObject({ ok: false });
    expect(await deleteOwnDocument(db, teacherB, docId)).toMatchObject({ ok: false, code: "not_found" });
    expect((await setDocumentShared(db, teacherA, docId, true)).ok).toBe(true);
    const seenByB = await searchQuestions(db, teacherB, { documentId: docId });
    expect(seenByB.total).toBeGreaterThan(0);
    const detail = await getQuestionDetail(db, teacherB, seenByB.items[0].id);
    expect(detail?.editable).toBe(false);
    expect((await setDocumentShared(db, teacherA, docId, false)).ok).toBe(true);
    expect((await searchQuestions(db, teacherB, { documentId: docId })).total).toBe(0);
  });

  it("a set is built from it, and a teacher's edit survives running the pipeline again", async () => {
    const made = await createSetFromFilter(db, teacherA, { title: "上传题组" }, { documentId: docId });
    if (!made.ok) throw new Error(made.message);
    const set = await getSet(db, teacherA, made.value.id);
    expect(set?.items.length).toBeGreaterThan(0);
    const first = set!.items[0];
    const detail = await getQuestionDetail(db, teacherA, first.id);
    const fields: Record<string, string> = { prompt: "教师改过的题干" };
    if (detail!.type === "true_false") fields.answer = String(detail!.payload.answer);
    else if (detail!.type === "flashcard") fields.back = detail!.payload.back ?? "背面";
    else if (detail!.type === "matching") fields.pairs = (detail!.payload.pairs ?? []).map(([l, r]) => `${l} | ${r}`).join("\n");
    else {
      fields.options = (detail!.payload.options ?? []).join("\n");
      fields.answer = Array.isArray(detail!.payload.answer) ? detail!.payload.answer.join("\n") : String(detail!.payload.answer);
    }
    expect((await editQuestion(db, teacherA, first.id, fields)).ok).toBe(true);
    await db.document.update({ where: { id: docId }, data: { status: "failed" } });
    expect((await markForRetry(db, teacherA, docId)).ok).toBe(true);
    await processUploadedDocument(db, docId);
    const again = await db.question.findUniqueOrThrow({ where: { id: first.id } });
    expect(again).toMatchObject({ prompt: "教师改过的题干", origin: "edited" });
    expect((await getSet(db, teacherA, made.value.id))?.items.map((i) => i.id)).toEqual(set!.items.map((i) => i.id));
    expect(await deleteOwnDocument(db, teacherA, docId)).toMatchObject({ ok: false, message: "documentInUse" });
  });
});

describe("a failing or hostile generation", () => {
  it("marks the document failed with the reason, never throws", async () => {
    const up = await uploadDocument(db, teacherA, { name: "x.txt", bytes: utf8("这是一段文字。") }, undefined, LIMIT);
    if (!up.ok) throw new Error(up.message);
    await processUploadedDocument(db, up.value.id, async () => {
      throw new Error("extractor exploded");
    });
    const doc = await getOwnDocument(db, teacherA, up.value.id);
    expect(doc).toMatchObject({ status: "failed", message: { error: "extractor exploded" } });
    expect((await deleteOwnDocument(db, teacherA, up.value.id)).ok).toBe(true);
  });

  it("never rewrites a question that belongs to another document", async () => {
    const up = await uploadDocument(db, teacherA, { name: "y.txt", bytes: utf8(TEXT) }, undefined, LIMIT);
    if (!up.ok) throw new Error(up.message);
    const id = up.value.id;
    const shared = smallBank().questions[0];
    const hostile = async (): Promise<Bank> => ({
      format: "quizbank/1",
      generator: { version: "x" },
      documents: [{ id, file: "y.txt", title: "y", authors: [], sha256: "0".repeat(64), text: TEXT }],
      facts: [],
      questions: [
        { ...shared, factIds: [], prompt: "劫持", source: { documentId: id, start: 0, end: 2, quote: TEXT.slice(0, 2) } },
        { ...shared, id: "q_own_1", factIds: [], prompt: "自己的题", source: { documentId: id, start: 0, end: 2, quote: TEXT.slice(0, 2) } },
      ],
    });
    await processUploadedDocument(db, id, hostile);
    const original = await db.question.findUniqueOrThrow({ where: { id: shared.id } });
    expect(original.documentId).toBe(shared.source.documentId);
    expect(original.prompt).not.toBe("劫持");
    expect(await db.question.findUnique({ where: { id: "q_own_1" }, select: { documentId: true, status: true } })).toEqual({ documentId: id, status: "draft" });
  });
});

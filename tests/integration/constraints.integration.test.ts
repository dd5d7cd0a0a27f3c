import { prismaErrorCode } from "@/lib/db/errors";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { importBank } from "@/lib/server/bank-import";
import { reviewLogRow } from "@/tests/support/rows";
import { createTestDb, type TestDb } from "@/tests/support/test-db";
import { smallBank } from "@/tests/fixtures/banks/banks";

let t: TestDb;
let alice: { id: string };
let bob: { id: string };
let cardId: string;

beforeAll(async () => {
  t = await createTestDb();
  await importBank(t.db, smallBank());
  alice = await t.db.user.create({ data: { email: "alice@test", name: "Alice", passwordHash: "x" } });
  bob = await t.db.user.create({ data: { email: "bob@test", name: "Bob", passwordHash: "x" } });
  cardId = (await t.db.card.create({ data: { userId: alice.id, questionId: "q_mcq_belt", due: new Date() } })).id;
});
afterAll(async () => t.cleanup());

const reviewLog = (userId: string, cardId: string, idempotencyKey: string) => reviewLogRow(userId, cardId, "q_mcq_belt", idempotencyKey);

async function prismaCode(promise: Promise<unknown>): Promise<string | undefined> {
  try {
    await promise;
    return undefined;
  } catch (error) {
    return prismaErrorCode(error) ?? `not a known request error: ${error}`;
  }
}

describe("the database's own guarantees", () => {
  it("keeps one card per learner and question", async () => {
    expect(await prismaCode(t.db.card.create({ data: { userId: alice.id, questionId: "q_mcq_belt", due: new Date() } }))).toBe(
      "P2002",
    );
    // another learner, or another question, is fine
    await t.db.card.create({ data: { userId: bob.id, questionId: "q_mcq_belt", due: new Date() } });
    await t.db.card.create({ data: { userId: alice.id, questionId: "q_tf_road", due: new Date() } });
    expect(await t.db.card.count()).toBe(3);
  });

  it("records an answer once per learner and idempotency key, so a double submit cannot log twice", async () => {
    await t.db.reviewLog.create({ data: reviewLog(alice.id, cardId, "answer-42") });
    expect(await prismaCode(t.db.reviewLog.create({ data: reviewLog(alice.id, cardId, "answer-42") }))).toBe("P2002");
    expect(await t.db.reviewLog.count({ where: { userId: alice.id } })).toBe(1);

    const bobCard = await t.db.card.findFirstOrThrow({ where: { userId: bob.id } });
    await t.db.reviewLog.create({ data: reviewLog(bob.id, bobCard.id, "answer-42") }); // same key, other learner
    expect(await t.db.reviewLog.count()).toBe(2);
  });

  it("keeps join codes unique across classes", async () => {
    const teacher = await t.db.user.create({ data: { email: "t@test", name: "T", passwordHash: "x", role: "teacher" } });
    await t.db.classroom.create({ data: { name: "A", teacherId: teacher.id, joinCode: "ABCDEFGH" } });
    expect(await prismaCode(t.db.classroom.create({ data: { name: "B", teacherId: teacher.id, joinCode: "ABCDEFGH" } }))).toBe(
      "P2002",
    );
  });

  it("enforces foreign keys: a card for a question that does not exist is refused", async () => {
    expect(await prismaCode(t.db.card.create({ data: { userId: alice.id, questionId: "q_nope", due: new Date() } }))).toBe(
      "P2003",
    );
  });
});

import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { randomUUID } from "node:crypto";
import { isUniqueViolation } from "@/lib/db/errors";
import { directSql } from "@/lib/server/db";
import { UnexpectedChanges, type WriteStep } from "@/lib/server/direct-sql";
import { createTestDb, type TestDb } from "../support/test-db";

let t: TestDb;
let userId: string;

beforeAll(async () => {
  t = await createTestDb();
  userId = (await t.db.user.create({ data: { email: `d-${randomUUID()}@example.test`, name: "D", passwordHash: "x" } })).id;
});
afterAll(() => t.cleanup());

const INSERT = `INSERT INTO "LoginAttempt" ("id", "email", "address", "success", "createdAt") VALUES (?, ?, ?, ?, ?)`;
const addAttempt = (email: string, id = randomUUID()): WriteStep => ({
  text: INSERT,
  params: [id, email, "127.0.0.1", true, new Date("2026-03-01T08:00:00Z")],
});
const rename = (name: string, from: string): WriteStep => ({
  text: `UPDATE "User" SET "name" = ? WHERE "id" = ? AND "name" = ?`,
  params: [name, userId, from],
  changes: 1,
});
const attempts = async (email: string) => t.db.loginAttempt.count({ where: { email, success: true } });

describe("DirectSql, the plain-SQL path of practice", () => {
  it("reads rows with ? parameters, dates and booleans the same on both databases", async () => {
    const [row] = await directSql(t.db).all<{ id: string; disabled: unknown; createdAt: unknown }>(
      `SELECT "id", "disabled", "createdAt" FROM "User" WHERE "id" = ? AND "disabled" = ? AND "createdAt" <= ?`,
      [userId, false, new Date(Date.now() + 60_000)],
    );
    expect(row.id).toBe(userId);
    expect(new Date(row.createdAt as string).getTime()).toBeLessThanOrEqual(Date.now());
  });

  it("writes all steps of a write or none, and says which step changed the wrong number of rows", async () => {
    const key = `k-${randomUUID()}`;
    await expect(directSql(t.db).write([addAttempt(key), rename("甲", "nobody")])).rejects.toBeInstanceOf(UnexpectedChanges);
    expect(await attempts(key)).toBe(0);
    await directSql(t.db).write([addAttempt(key), rename("甲", "D")]);
    expect(await attempts(key)).toBe(1);
    expect((await t.db.user.findUniqueOrThrow({ where: { id: userId } })).name).toBe("甲");
  });

  it("keeps the writes that arrive together apart: one failing undoes only itself", async () => {
    const key = `b-${randomUUID()}`;
    const dup = randomUUID();
    const results = await Promise.allSettled([
      directSql(t.db).write([addAttempt(key, dup)]),
      directSql(t.db).write([addAttempt(key)]),
      directSql(t.db).write([addAttempt(key, dup)]),
      directSql(t.db).write([addAttempt(key), rename("乙", "nobody")]),
      directSql(t.db).write([addAttempt(key)]),
    ]);
    expect(results.map((r) => r.status)).toEqual(["fulfilled", "fulfilled", "rejected", "rejected", "fulfilled"]);
    expect(isUniqueViolation((results[2] as PromiseRejectedResult).reason)).toBe(true);
    expect((results[3] as PromiseRejectedResult).reason).toBeInstanceOf(UnexpectedChanges);
    expect(await attempts(key)).toBe(3);
  });

  it("waits for a Prisma transaction in progress instead of writing into it", async () => {
    const key = `t-${randomUUID()}`;
    let direct: Promise<void> | undefined;
    await expect(
      t.db.$transaction(async (tx) => {
        await tx.loginAttempt.create({ data: { email: key, address: "127.0.0.1", success: true } });
        direct = directSql(t.db).write([addAttempt(key)]);
        await new Promise((r) => setTimeout(r, 50));
        throw new Error("the Prisma transaction is rolled back");
      }),
    ).rejects.toThrow("rolled back");
    await direct;
    expect(await attempts(key)).toBe(1);
  });
});

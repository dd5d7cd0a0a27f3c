import { afterAll, beforeAll, beforeEach, describe, expect, it } from "vitest";
import { importBank } from "@/lib/server/bank-import";
import { createDb } from "@/lib/server/db";
import { createTestDb, type TestDb } from "@/tests/support/test-db";
import { largeBank } from "@/tests/fixtures/banks/banks";

const N = 3000;
let t: TestDb;
let queries = 0;

/** A client that counts its SQL statements: the deterministic measure of "writes in bulk". */
function countingClient(url: string) {
  return createDb(url, { onQuery: () => queries++ });
}
let db: ReturnType<typeof countingClient>;

beforeAll(async () => {
  t = await createTestDb();
  db = countingClient(t.url);
});
beforeEach(() => {
  queries = 0;
});
afterAll(async () => {
  await db.$disconnect();
  await t.cleanup();
});

// Times are printed; their bounds are loose (a busy 2-core CI machine), the statement counts are not.
describe(`importing a bank of ${N} questions`, () => {
  it("creates it in bulk, in a few seconds", async () => {
    const summary = await importBank(db, largeBank(N));
    console.log(`import of ${N} new questions: ${summary.durationMs} ms, ${queries} statements`);
    expect(summary.questions.created).toBe(N);
    expect(await db.questionTag.count()).toBe(2 * N);
    expect(queries).toBeLessThan(300);
    expect(summary.durationMs).toBeLessThan(30_000);
  });

  it("re-imports it unchanged with a handful of statements and no writes", async () => {
    const summary = await importBank(db, largeBank(N));
    console.log(`re-import of ${N} unchanged questions: ${summary.durationMs} ms, ${queries} statements`);
    expect(summary.questions.unchanged).toBe(N);
    expect(queries).toBeLessThan(30);
  });

  it("rewrites every question of a new generator output in place, one statement each", async () => {
    const summary = await importBank(db, largeBank(N, { variant: "新版：" }));
    console.log(`re-import of ${N} rewritten questions: ${summary.durationMs} ms, ${queries} statements`);
    expect(summary.questions.updated).toBe(N);
    expect(await db.question.count({ where: { prompt: { startsWith: "新版：" } } })).toBe(N);
    expect(queries).toBeLessThan(N + 50);
    expect(summary.durationMs).toBeLessThan(30_000);
  });
});

import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { importBank } from "@/lib/server/bank-import";
import { createTestDb, type TestDb } from "@/tests/support/test-db";
import { largeBank } from "@/tests/fixtures/banks/banks";

const N = 3000;
let t: TestDb;
beforeAll(async () => {
  t = await createTestDb();
});
afterAll(async () => t.cleanup());

// Generous bounds for a 2-core CI machine; the measured times are printed.
describe(`importing a bank of ${N} questions`, () => {
  it("creates it in a few seconds", async () => {
    const summary = await importBank(t.db, largeBank(N));
    console.log(`import of ${N} new questions: ${summary.durationMs} ms`);
    expect(summary.questions.created).toBe(N);
    expect(await t.db.questionTag.count()).toBe(2 * N);
    expect(summary.durationMs).toBeLessThan(10_000);
  });

  it("re-imports it unchanged even faster, writing nothing", async () => {
    const summary = await importBank(t.db, largeBank(N));
    console.log(`re-import of ${N} unchanged questions: ${summary.durationMs} ms`);
    expect(summary.questions.unchanged).toBe(N);
    expect(summary.durationMs).toBeLessThan(10_000);
  });

  it("rewrites every question of a new generator output in place", async () => {
    const summary = await importBank(t.db, largeBank(N, { variant: "新版：" }));
    console.log(`re-import of ${N} rewritten questions: ${summary.durationMs} ms`);
    expect(summary.questions.updated).toBe(N);
    expect(await t.db.question.count({ where: { prompt: { startsWith: "新版：" } } })).toBe(N);
    expect(summary.durationMs).toBeLessThan(20_000);
  });
});

import { it } from "vitest";
import { createTestDb } from "@/tests/support/test-db";
import Database from "better-sqlite3";
it("probe", async () => {
  const t = await createTestDb();
  const u = await t.db.user.create({ data: { email: "a@b", name: "a", passwordHash: "x" } });
  const s = new Database(t.file);
  console.log(s.prepare("select createdAt, typeof(createdAt) t, sqlite_version() v from User").all());
  try { console.log(s.prepare("select pow(2,3) p, ln(2) l").all()); } catch (e) { console.log("nomath", (e as Error).message); }
  const r = await t.db.$queryRaw`select createdAt, typeof(createdAt) t from "User"`;
  console.log(r, u.createdAt);
  await t.cleanup();
});

import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { DEMO_CLASS_NAME, DEMO_PASSWORD, DemoSeedRefused, seedDemo } from "@/lib/server/demo-seed";
import { isJoinCode } from "@/lib/domain/join-code";
import { hashPassword, verifyPassword } from "@/lib/server/password";
import { createTestDb, type TestDb } from "@/tests/support/test-db";

let t: TestDb;
beforeAll(async () => {
  t = await createTestDb();
});
afterAll(async () => t.cleanup());

describe("the demo seed", () => {
  it("refuses to run in production mode and creates nothing", async () => {
    await expect(seedDemo(t.db, { mode: "production" })).rejects.toBeInstanceOf(DemoSeedRefused);
    await expect(seedDemo(t.db, { mode: "production" })).rejects.toThrow(/production mode/);
    expect(await t.db.user.count()).toBe(0);
  });

  it("creates an admin, a teacher with a class and three enrolled students who can sign in", async () => {
    const logins = await seedDemo(t.db, { mode: "demo" });

    expect(logins.map((l) => [l.role, l.email])).toEqual([
      ["admin", "admin@wengu.demo"],
      ["teacher", "teacher@wengu.demo"],
      ["student", "student1@wengu.demo"],
      ["student", "student2@wengu.demo"],
      ["student", "student3@wengu.demo"],
    ]);
    expect(new Set(logins.map((l) => l.password))).toEqual(new Set([DEMO_PASSWORD]));
    for (const login of logins) {
      const user = await t.db.user.findUniqueOrThrow({ where: { email: login.email } });
      expect(user.role).toBe(login.role);
      expect(await verifyPassword(user.passwordHash, DEMO_PASSWORD)).toBe(true);
    }

    const classes = await t.db.classroom.findMany({ include: { teacher: true, enrolments: { include: { user: true } } } });
    expect(classes).toHaveLength(1);
    expect(classes[0].name).toBe(DEMO_CLASS_NAME);
    expect(classes[0].teacher.email).toBe("teacher@wengu.demo");
    expect(isJoinCode(classes[0].joinCode)).toBe(true);
    expect(classes[0].enrolments.map((e) => e.user.email).sort()).toEqual([
      "student1@wengu.demo",
      "student2@wengu.demo",
      "student3@wengu.demo",
    ]);
  });

  it("is idempotent and never resets a demo user's changed password or role", async () => {
    const classBefore = await t.db.classroom.findFirstOrThrow();
    const newHash = await hashPassword("my-own-password");
    await t.db.user.update({ where: { email: "student1@wengu.demo" }, data: { passwordHash: newHash } });
    await t.db.user.update({ where: { email: "student2@wengu.demo" }, data: { role: "teacher" } });

    await seedDemo(t.db, { mode: "demo" });
    await seedDemo(t.db, { mode: "demo" });

    expect(await t.db.user.count()).toBe(5);
    expect(await t.db.classroom.count()).toBe(1);
    expect(await t.db.enrolment.count()).toBe(3);
    expect((await t.db.classroom.findFirstOrThrow()).joinCode).toBe(classBefore.joinCode);
    expect((await t.db.user.findUniqueOrThrow({ where: { email: "student1@wengu.demo" } })).passwordHash).toBe(newHash);
    expect((await t.db.user.findUniqueOrThrow({ where: { email: "student2@wengu.demo" } })).role).toBe("teacher");
  });

  it("puts a deleted demo student back, and in the class", async () => {
    await t.db.user.delete({ where: { email: "student3@wengu.demo" } });
    await seedDemo(t.db, { mode: "demo" });
    const student = await t.db.user.findUniqueOrThrow({ where: { email: "student3@wengu.demo" }, include: { enrolments: true } });
    expect(student.enrolments).toHaveLength(1);
  });
});

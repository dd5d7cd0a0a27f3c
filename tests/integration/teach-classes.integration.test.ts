import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { isJoinCode } from "@/lib/domain/join-code";
import {
  createClass,
  findClassByJoinCode,
  getTeacherClass,
  joinClassByCode,
  listStudentClasses,
  listTeacherClasses,
  regenerateJoinCode,
  removeStudent,
  renameClass,
  setClassArchived,
} from "@/lib/server/classes";
import type { Db } from "@/lib/server/db";
import { createTestDb, type TestDb } from "@/tests/support/test-db";
import { makeUser } from "./teach-support";

let testDb: TestDb;
let db: Db;

beforeAll(async () => {
  testDb = await createTestDb();
  db = testDb.db;
});
afterAll(async () => testDb?.cleanup());

async function newClass(teacher: { id: string; role: "teacher" | "admin" | "student" }, name = "一班") {
  const created = await createClass(db, teacher, { name });
  if (!created.ok) throw new Error(created.message);
  return created.value;
}

describe("classes", () => {
  it("a teacher creates a class with a valid, unique join code and sees it in their list", async () => {
    const teacher = await makeUser(db, "teacher");
    const codes = new Set<string>();
    for (let i = 0; i < 20; i++) {
      const c = await newClass(teacher, `班级 ${i}`);
      expect(isJoinCode(c.joinCode)).toBe(true);
      codes.add(c.joinCode);
    }
    expect(codes.size).toBe(20);
    const list = await listTeacherClasses(db, teacher);
    expect(list).toHaveLength(20);
    expect(list.every((c) => c.studentCount === 0 && !c.archived)).toBe(true);
  });

  it("rejects an empty or overlong name with a message key and creates nothing", async () => {
    const teacher = await makeUser(db, "teacher");
    const empty = await createClass(db, teacher, { name: "   " });
    expect(empty).toMatchObject({ ok: false, message: "classNameRequired" });
    const long = await createClass(db, teacher, { name: "长".repeat(81) });
    expect(long).toMatchObject({ ok: false, message: "classNameTooLong" });
    expect(await listTeacherClasses(db, teacher)).toHaveLength(0);
  });

  it("renames and archives; an archived class cannot be joined until restored", async () => {
    const teacher = await makeUser(db, "teacher");
    const student = await makeUser(db, "student");
    const c = await newClass(teacher);
    expect((await renameClass(db, teacher, c.id, { name: "二班" })).ok).toBe(true);
    expect((await getTeacherClass(db, teacher, c.id))?.name).toBe("二班");
    expect((await setClassArchived(db, teacher, c.id, true)).ok).toBe(true);
    expect(await joinClassByCode(db, student.id, c.joinCode)).toMatchObject({ ok: false, message: "joinCodeUnknown" });
    expect((await setClassArchived(db, teacher, c.id, false)).ok).toBe(true);
    expect((await joinClassByCode(db, student.id, c.joinCode)).ok).toBe(true);
  });
});

describe("joining with a code", () => {
  it("students join with the code (case and dashes ignored); joining twice changes nothing", async () => {
    const teacher = await makeUser(db, "teacher");
    const [s1, s2] = [await makeUser(db, "student", "甲"), await makeUser(db, "student", "乙")];
    const c = await newClass(teacher);
    const typed = `${c.joinCode.slice(0, 4).toLowerCase()}-${c.joinCode.slice(4)}`;
    expect(await joinClassByCode(db, s1.id, typed)).toMatchObject({ ok: true, value: { classId: c.id, alreadyMember: false } });
    expect(await joinClassByCode(db, s2.id, c.joinCode)).toMatchObject({ ok: true });
    expect(await joinClassByCode(db, s2.id, c.joinCode)).toMatchObject({ ok: true, value: { alreadyMember: true } });
    const detail = await getTeacherClass(db, teacher, c.id);
    expect(detail?.roster.map((r) => r.name).sort()).toEqual(["乙", "甲"]);
    expect(detail?.studentCount).toBe(2);
  });

  it("a student may be in several classes of different teachers", async () => {
    const [t1, t2] = [await makeUser(db, "teacher"), await makeUser(db, "teacher")];
    const student = await makeUser(db, "student");
    const a = await newClass(t1, "甲班");
    const b = await newClass(t2, "乙班");
    expect((await joinClassByCode(db, student.id, a.joinCode)).ok).toBe(true);
    expect((await joinClassByCode(db, student.id, b.joinCode)).ok).toBe(true);
    expect((await listStudentClasses(db, student.id)).map((c) => c.name).sort()).toEqual(["乙班", "甲班"]);
  });

  it("regenerating the code invalidates the old one at once", async () => {
    const teacher = await makeUser(db, "teacher");
    const student = await makeUser(db, "student");
    const c = await newClass(teacher);
    const fresh = await regenerateJoinCode(db, teacher, c.id);
    if (!fresh.ok) throw new Error(fresh.message);
    expect(fresh.value.joinCode).not.toBe(c.joinCode);
    expect(isJoinCode(fresh.value.joinCode)).toBe(true);
    expect(await findClassByJoinCode(db, student.id, c.joinCode)).toBeNull();
    expect(await joinClassByCode(db, student.id, c.joinCode)).toMatchObject({ ok: false, message: "joinCodeUnknown" });
    expect(await findClassByJoinCode(db, student.id, fresh.value.joinCode)).toMatchObject({ id: c.id, alreadyMember: false });
    expect((await joinClassByCode(db, student.id, fresh.value.joinCode)).ok).toBe(true);
  });

  it("malformed and unknown codes get a clear message", async () => {
    const student = await makeUser(db, "student");
    expect(await joinClassByCode(db, student.id, "abc")).toMatchObject({ ok: false, message: "joinCodeInvalid" });
    expect(await joinClassByCode(db, student.id, "ZZZZZZZZ")).toMatchObject({ ok: false, message: "joinCodeUnknown" });
  });

  it("a teacher cannot join their own class as a student", async () => {
    const teacher = await makeUser(db, "teacher");
    const c = await newClass(teacher);
    expect(await joinClassByCode(db, teacher.id, c.joinCode)).toMatchObject({ ok: false, message: "joinOwnClass" });
  });
});

describe("the roster", () => {
  it("a teacher removes a student; the student can join again with the code", async () => {
    const teacher = await makeUser(db, "teacher");
    const student = await makeUser(db, "student");
    const c = await newClass(teacher);
    await joinClassByCode(db, student.id, c.joinCode);
    expect((await removeStudent(db, teacher, c.id, student.id)).ok).toBe(true);
    expect((await getTeacherClass(db, teacher, c.id))?.roster).toHaveLength(0);
    expect(await removeStudent(db, teacher, c.id, student.id)).toMatchObject({ ok: false, message: "studentNotFound" });
    expect((await joinClassByCode(db, student.id, c.joinCode)).ok).toBe(true);
  });
});

describe("scoping: another teacher gets nothing", () => {
  it("teacher B cannot read, rename, archive, regenerate or remove from teacher A's class", async () => {
    const a = await makeUser(db, "teacher");
    const b = await makeUser(db, "teacher");
    const student = await makeUser(db, "student");
    const c = await newClass(a, "A 的班");
    await joinClassByCode(db, student.id, c.joinCode);

    expect(await getTeacherClass(db, b, c.id)).toBeNull();
    expect(await listTeacherClasses(db, b)).toEqual([]);
    expect(await renameClass(db, b, c.id, { name: "偷来的" })).toMatchObject({ ok: false, code: "not_found" });
    expect(await setClassArchived(db, b, c.id, true)).toMatchObject({ ok: false, code: "not_found" });
    expect(await regenerateJoinCode(db, b, c.id)).toMatchObject({ ok: false, code: "not_found" });
    expect(await removeStudent(db, b, c.id, student.id)).toMatchObject({ ok: false });
    // a student is not a teacher of anything either
    expect(await getTeacherClass(db, student, c.id)).toBeNull();

    const unchanged = await getTeacherClass(db, a, c.id);
    expect(unchanged).toMatchObject({ name: "A 的班", joinCode: c.joinCode, archived: false, studentCount: 1 });
  });

  it("an admin may open any class", async () => {
    const teacher = await makeUser(db, "teacher");
    const admin = await makeUser(db, "admin");
    const c = await newClass(teacher);
    expect((await getTeacherClass(db, admin, c.id))?.id).toBe(c.id);
  });
});

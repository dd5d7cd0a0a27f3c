import "server-only";
/**
 * Question sets: a teacher's ordered lists of question ids. Ids are the bank's stable ids, so
 * a set keeps working when the bank is regenerated; a retired question stays in the set (shown
 * as retired) but leaves students' queues. Scoped to the owner (admins reach all).
 */
import type { Prisma } from "@prisma/client";
import { fail, ok, type Result } from "@/lib/domain/result";
import type { Db } from "@/lib/server/db";
import { changeQuestionStatus } from "@/lib/server/question-status";
import { matchingQuestionIds, questionRowSelect, toQuestionRow, visibleQuestionWhere, type QuestionRow } from "@/lib/server/questions";
import { isAdmin, type Actor } from "@/lib/teaching/actor";
import { MAX_SET_SIZE, setDescriptionSchema, setTitleSchema, type QuestionFilter } from "@/lib/validations/teach";

export function ownSetWhere(actor: Actor, setId: string): Prisma.QuestionSetWhereInput {
  return isAdmin(actor) ? { id: setId } : { id: setId, ownerId: actor.id };
}

export interface SetSummary {
  id: string;
  title: string;
  description: string;
  itemCount: number;
  assignmentCount: number;
  updatedAt: Date;
}

export async function listSets(db: Db, actor: Actor): Promise<SetSummary[]> {
  const rows = await db.questionSet.findMany({
    where: { ownerId: actor.id },
    orderBy: { updatedAt: "desc" },
    select: { id: true, title: true, description: true, updatedAt: true, _count: { select: { items: true, assignments: true } } },
  });
  return rows.map((s) => ({
    id: s.id,
    title: s.title,
    description: s.description,
    updatedAt: s.updatedAt,
    itemCount: s._count.items,
    assignmentCount: s._count.assignments,
  }));
}

export interface SetDetail extends SetSummary {
  items: (QuestionRow & { position: number })[];
}

export async function getSet(db: Db, actor: Actor, setId: string): Promise<SetDetail | null> {
  const s = await db.questionSet.findFirst({
    where: ownSetWhere(actor, setId),
    select: {
      id: true,
      title: true,
      description: true,
      updatedAt: true,
      _count: { select: { items: true, assignments: true } },
      items: { orderBy: [{ position: "asc" }, { questionId: "asc" }], select: { position: true, question: { select: questionRowSelect } } },
    },
  });
  if (!s) return null;
  return {
    id: s.id,
    title: s.title,
    description: s.description,
    updatedAt: s.updatedAt,
    itemCount: s._count.items,
    assignmentCount: s._count.assignments,
    items: s.items.map((i) => ({ ...toQuestionRow(i.question), position: i.position })),
  };
}

function parseSetFields(input: { title: unknown; description?: unknown }): Result<{ title: string; description: string }> {
  const title = setTitleSchema.safeParse(input.title);
  if (!title.success) return fail("invalid", title.error.issues[0].message, { title: title.error.issues[0].message });
  const description = setDescriptionSchema.safeParse(input.description ?? "");
  if (!description.success) return fail("invalid", description.error.issues[0].message, { description: description.error.issues[0].message });
  return ok({ title: title.data, description: description.data });
}

export async function createSet(db: Db, actor: Actor, input: { title: unknown; description?: unknown }): Promise<Result<{ id: string }>> {
  const fields = parseSetFields(input);
  if (!fields.ok) return fields;
  const set = await db.questionSet.create({ data: { ...fields.value, ownerId: actor.id }, select: { id: true } });
  return ok(set);
}

export async function updateSet(db: Db, actor: Actor, setId: string, input: { title: unknown; description?: unknown }): Promise<Result<null>> {
  const fields = parseSetFields(input);
  if (!fields.ok) return fields;
  const { count } = await db.questionSet.updateMany({ where: ownSetWhere(actor, setId), data: fields.value });
  return count === 1 ? ok(null) : fail("not_found", "setNotFound");
}

/** Deleting a set that is assigned would delete students' quiz attempts with it: refused. */
export async function deleteSet(db: Db, actor: Actor, setId: string): Promise<Result<null>> {
  const set = await db.questionSet.findFirst({ where: ownSetWhere(actor, setId), select: { id: true, _count: { select: { assignments: true } } } });
  if (!set) return fail("not_found", "setNotFound");
  if (set._count.assignments > 0) return fail("in_use", "setInUse");
  await db.questionSet.delete({ where: { id: set.id } });
  return ok(null);
}

/**
 * Appends questions the actor may see, skipping those already in the set, up to MAX_SET_SIZE.
 * Returns how many were added and how many were left out because the set is full.
 */
export async function addQuestionsToSet(db: Db, actor: Actor, setId: string, questionIds: string[]): Promise<Result<{ added: number; skippedFull: number }>> {
  const set = await db.questionSet.findFirst({ where: ownSetWhere(actor, setId), select: { id: true } });
  if (!set) return fail("not_found", "setNotFound");
  const wanted = [...new Set(questionIds)].slice(0, MAX_SET_SIZE * 2);
  if (wanted.length === 0) return fail("empty", "noQuestionsChosen");
  return db.$transaction(async (tx) => {
    const existing = await tx.questionSetItem.findMany({ where: { setId: set.id }, select: { questionId: true, position: true } });
    const inSet = new Set(existing.map((e) => e.questionId));
    const fresh = wanted.filter((id) => !inSet.has(id));
    const visible = fresh.length
      ? await tx.question.findMany({ where: { AND: [{ id: { in: fresh } }, visibleQuestionWhere(actor)] }, select: { id: true } })
      : [];
    const visibleIds = new Set(visible.map((v) => v.id));
    const toAdd = fresh.filter((id) => visibleIds.has(id));
    const room = Math.max(0, MAX_SET_SIZE - existing.length);
    const added = toAdd.slice(0, room);
    let next = existing.reduce((m, e) => Math.max(m, e.position), -1) + 1;
    if (added.length) {
      await tx.questionSetItem.createMany({ data: added.map((questionId) => ({ setId: set.id, questionId, position: next++ })) });
      await tx.questionSet.update({ where: { id: set.id }, data: { updatedAt: new Date() } });
    }
    return ok({ added: added.length, skippedFull: toAdd.length - added.length });
  });
}

/** Every visible question matching the filter (bank order), appended to the set. */
export async function addFilteredToSet(db: Db, actor: Actor, setId: string, filter: QuestionFilter, limit = MAX_SET_SIZE) {
  const ids = await matchingQuestionIds(db, actor, filter, Math.min(limit, MAX_SET_SIZE));
  if (ids.length === 0) return fail("empty", "noQuestionsMatch");
  return addQuestionsToSet(db, actor, setId, ids);
}

/** A new set holding every visible question that matches the filter. */
export async function createSetFromFilter(
  db: Db,
  actor: Actor,
  input: { title: unknown; description?: unknown },
  filter: QuestionFilter,
  limit = MAX_SET_SIZE,
): Promise<Result<{ id: string; added: number }>> {
  const fields = parseSetFields(input);
  if (!fields.ok) return fields;
  const ids = await matchingQuestionIds(db, actor, filter, Math.min(Math.max(1, limit), MAX_SET_SIZE));
  if (ids.length === 0) return fail("empty", "noQuestionsMatch");
  const set = await db.questionSet.create({
    data: { ...fields.value, ownerId: actor.id, items: { createMany: { data: ids.map((questionId, position) => ({ questionId, position })) } } },
    select: { id: true },
  });
  return ok({ id: set.id, added: ids.length });
}

export async function removeQuestionFromSet(db: Db, actor: Actor, setId: string, questionId: string): Promise<Result<null>> {
  const { count } = await db.questionSetItem.deleteMany({ where: { setId, questionId, set: ownSetWhere(actor, setId) } });
  return count === 1 ? ok(null) : fail("not_found", "setNotFound");
}

/** Puts the set's questions in exactly this order (a permutation of its items). */
export async function reorderSet(db: Db, actor: Actor, setId: string, orderedIds: string[]): Promise<Result<null>> {
  const set = await db.questionSet.findFirst({ where: ownSetWhere(actor, setId), select: { id: true, items: { select: { questionId: true } } } });
  if (!set) return fail("not_found", "setNotFound");
  const current = new Set(set.items.map((i) => i.questionId));
  if (orderedIds.length !== current.size || new Set(orderedIds).size !== orderedIds.length || !orderedIds.every((id) => current.has(id)))
    return fail("invalid", "orderInvalid");
  await db.$transaction([
    ...orderedIds.map((questionId, position) =>
      db.questionSetItem.update({ where: { setId_questionId: { setId: set.id, questionId } }, data: { position } }),
    ),
    db.questionSet.update({ where: { id: set.id }, data: { updatedAt: new Date() } }),
  ]);
  return ok(null);
}

export type Move = "up" | "down" | "top" | "bottom";

/** Moves one question within its set. */
export async function moveSetItem(db: Db, actor: Actor, setId: string, questionId: string, move: Move): Promise<Result<null>> {
  const set = await db.questionSet.findFirst({
    where: ownSetWhere(actor, setId),
    select: { items: { orderBy: [{ position: "asc" }, { questionId: "asc" }], select: { questionId: true } } },
  });
  if (!set) return fail("not_found", "setNotFound");
  const order = set.items.map((i) => i.questionId);
  const from = order.indexOf(questionId);
  if (from === -1) return fail("not_found", "questionNotFound");
  const to = { up: Math.max(0, from - 1), down: Math.min(order.length - 1, from + 1), top: 0, bottom: order.length - 1 }[move];
  if (to === from) return ok(null);
  order.splice(from, 1);
  order.splice(to, 0, questionId);
  return reorderSet(db, actor, setId, order);
}

/** Makes the set's draft questions active (those the actor may change), so students get them. */
export async function approveSetDrafts(db: Db, actor: Actor, setId: string): Promise<Result<{ approved: number }>> {
  const set = await db.questionSet.findFirst({ where: ownSetWhere(actor, setId), select: { id: true } });
  if (!set) return fail("not_found", "setNotFound");
  const count = await db.$transaction(async (tx) => {
    const drafts = await tx.question.findMany({
      where: {
        status: "draft",
        setItems: { some: { setId: set.id } },
        document: isAdmin(actor) ? {} : { OR: [{ ownerId: null }, { ownerId: actor.id }] },
      },
      select: { id: true },
    });
    return changeQuestionStatus(tx, drafts.map((q) => q.id), "active");
  });
  return ok({ approved: count });
}

import "server-only";
/**
 * Class and student dashboards for teachers. A fixed number of grouped queries per dashboard,
 * whatever the class size (no per-student loop), in SQL that runs on SQLite and PostgreSQL.
 * Scope: the class must be the actor's; students' work counts only on the questions of the
 * sets assigned to that class (a student's other classes stay private).
 */
import { Prisma } from "@prisma/client";
import type { AssignmentMode } from "@/lib/domain/constants";
import { directSql, type Db } from "@/lib/server/db";
import { ownClassWhere } from "@/lib/server/classes";
import { dialectOf, localDaySql, MASTERED_STABILITY_DAYS, timestampParam } from "@/lib/server/progress-sql";
import type { Actor } from "@/lib/teaching/actor";
import { latest, num, practiceCell, quizCell, toDate, type ProgressCell } from "@/lib/teaching/progress";

export interface DashboardAssignment {
  id: string;
  title: string;
  mode: AssignmentMode;
  opensAt: Date;
  dueAt: Date;
  /** Active questions in its set. */
  total: number;
}

export interface DashboardStudent {
  userId: string;
  name: string;
  email: string;
  lastActive: Date | null;
  overdue: number;
  late: number;
  /** Mean over assignments of completion (0..1), null without assignments. */
  completion: number | null;
  /** Mean best quiz score, null without submitted quizzes. */
  quizAverage: number | null;
}

export interface MasteryGroup {
  key: string;
  label: string;
  cards: number;
  studied: number;
  mastered: number;
}

export interface ActivityDay {
  day: string;
  answers: number;
  students: number;
}

export interface ClassDashboard {
  classId: string;
  className: string;
  students: DashboardStudent[];
  assignments: DashboardAssignment[];
  /** cells[assignmentId][userId] */
  cells: Record<string, Record<string, ProgressCell>>;
  masteryByDocument: MasteryGroup[];
  masteryByKind: MasteryGroup[];
  /** Students who answered a class question in the last 7 days. */
  activeLastWeek: number;
}

export const ACTIVITY_DAYS = 28;

/** The questions of the sets assigned to a class (optionally of one assignment), as a subquery. */
export function classQuestionIds(classId: string, assignmentId?: string): Prisma.Sql {
  return assignmentId
    ? Prisma.sql`SELECT i."questionId" FROM "QuestionSetItem" i JOIN "Assignment" a ON a."setId" = i."setId" WHERE a."classId" = ${classId} AND a."id" = ${assignmentId}`
    : Prisma.sql`SELECT i."questionId" FROM "QuestionSetItem" i JOIN "Assignment" a ON a."setId" = i."setId" WHERE a."classId" = ${classId}`;
}

/** The students of a class (or one of them), as a subquery. */
export function classUserIds(classId: string, userId?: string): Prisma.Sql {
  return userId
    ? Prisma.sql`SELECT e."userId" FROM "Enrolment" e WHERE e."classId" = ${classId} AND e."userId" = ${userId}`
    : Prisma.sql`SELECT e."userId" FROM "Enrolment" e WHERE e."classId" = ${classId}`;
}

export async function classAssignments(db: Db, classId: string): Promise<DashboardAssignment[]> {
  const rows = await db.assignment.findMany({
    where: { classId },
    orderBy: [{ dueAt: "asc" }, { createdAt: "asc" }],
    select: {
      id: true,
      title: true,
      mode: true,
      opensAt: true,
      dueAt: true,
      set: { select: { _count: { select: { items: { where: { question: { status: "active" } } } } } } },
    },
  });
  return rows.map((a) => ({ id: a.id, title: a.title, mode: a.mode as AssignmentMode, opensAt: a.opensAt, dueAt: a.dueAt, total: a.set._count.items }));
}

/** Progress of the given students on every assignment of the class: two grouped queries. */
export async function progressCells(
  db: Db,
  classId: string,
  assignments: DashboardAssignment[],
  userIds: string[],
  now: Date,
  onlyUserId?: string,
): Promise<Record<string, Record<string, ProgressCell>>> {
  const users = classUserIds(classId, onlyUserId);
  const [practice, quizzes] = await Promise.all([
    // on time: the cards first answered by the due date (the card keeps its first answer); read only once it has passed
    assignments.some((a) => a.mode === "practice")
      ? db.$queryRaw<{ aid: string; uid: string; done: unknown; mastered: unknown; ontime: unknown; last: unknown }[]>(Prisma.sql`
          SELECT a."id" AS aid, c."userId" AS uid,
            SUM(CASE WHEN c."reps" > 0 THEN 1 ELSE 0 END) AS done,
            SUM(CASE WHEN c."state" = 2 AND c."stability" >= ${MASTERED_STABILITY_DAYS} THEN 1 ELSE 0 END) AS mastered,
            SUM(CASE WHEN c."firstReviewedAt" <= a."dueAt" THEN 1 ELSE 0 END) AS ontime,
            MAX(c."lastReview") AS last
          FROM "Assignment" a
          JOIN "QuestionSetItem" i ON i."setId" = a."setId"
          JOIN "Question" q ON q."id" = i."questionId" AND q."status" = 'active'
          JOIN "Card" c ON c."questionId" = i."questionId"
          WHERE a."classId" = ${classId} AND a."mode" = 'practice' AND c."userId" IN (${users})
          GROUP BY a."id", c."userId"`)
      : Promise.resolve([]),
    assignments.some((a) => a.mode === "quiz")
      ? db.quizAttempt.groupBy({
          by: ["assignmentId", "userId"],
          where: { assignment: { classId }, ...(onlyUserId ? { userId: onlyUserId } : { user: { enrolments: { some: { classId } } } }) },
          _count: { _all: true, submittedAt: true },
          _max: { score: true, submittedAt: true, startedAt: true },
          _min: { submittedAt: true },
        })
      : Promise.resolve([]),
  ]);
  const practiceBy = new Map(practice.map((r) => [`${r.aid}|${r.uid}`, r]));
  const quizBy = new Map(quizzes.map((q) => [`${q.assignmentId}|${q.userId}`, q]));
  const cells: Record<string, Record<string, ProgressCell>> = {};
  for (const a of assignments) {
    const row: Record<string, ProgressCell> = (cells[a.id] = {});
    for (const uid of userIds) {
      const key = `${a.id}|${uid}`;
      if (a.mode === "practice") {
        const p = practiceBy.get(key);
        row[uid] = practiceCell(
          { total: a.total, done: num(p?.done), mastered: num(p?.mastered), onTime: a.dueAt < now ? num(p?.ontime) : null, lastActive: toDate(p?.last) },
          a,
          now,
        );
      } else {
        const q = quizBy.get(key);
        row[uid] = quizCell(
          {
            attempts: q?._count._all ?? 0,
            submitted: q?._count.submittedAt ?? 0,
            best: q?._max.score ?? null,
            firstSubmitted: q?._min.submittedAt ?? null,
            lastActive: latest(q?._max.submittedAt, q?._max.startedAt),
          },
          a,
          now,
          a.total,
        );
      }
    }
  }
  return cells;
}

type MasteryRaw = { doc: string; kind: string | null; cards: unknown; studied: unknown; mastered: unknown };

interface CardSummary {
  /** Cards on the class's active questions, per document and fact kind. */
  mastery: MasteryRaw[];
  /** Each student's last answer on any of the class's questions (null with cards never answered). */
  last: Map<string, Date | null>;
}

/**
 * The cards of the class's students (or one) on the class's questions, read in one grouped pass
 * (per document, fact kind and student): the mastery groups (active questions only) and each
 * student's last answer. Plain SQL (DirectSql); the class's questions are a DISTINCT derived table
 * joined to the cards, which PostgreSQL hashes (two IN (subquery) filters made it probe the card
 * index once per student × question).
 */
async function cardSummary(db: Db, classId: string, userId?: string): Promise<CardSummary> {
  const rows = await directSql(db).all<{ doc: string; kind: string | null; uid: string; cards: unknown; studied: unknown; mastered: unknown; last: unknown }>(
    `SELECT q."documentId" AS doc, q."factKind" AS kind, c."userId" AS uid,
      SUM(CASE WHEN q."status" = 'active' THEN 1 ELSE 0 END) AS cards,
      SUM(CASE WHEN q."status" = 'active' AND c."reps" > 0 THEN 1 ELSE 0 END) AS studied,
      SUM(CASE WHEN q."status" = 'active' AND c."state" = 2 AND c."stability" >= ? THEN 1 ELSE 0 END) AS mastered,
      MAX(c."lastReview") AS last
    FROM "Card" c
    JOIN (SELECT DISTINCT i."questionId" AS qid FROM "QuestionSetItem" i JOIN "Assignment" a ON a."setId" = i."setId" WHERE a."classId" = ?) cq ON cq.qid = c."questionId"
    JOIN "Question" q ON q."id" = c."questionId"
    WHERE ${userId ? `c."userId" = ? AND c."userId" IN (SELECT e."userId" FROM "Enrolment" e WHERE e."classId" = ?)` : `c."userId" IN (SELECT e."userId" FROM "Enrolment" e WHERE e."classId" = ?)`}
    GROUP BY q."documentId", q."factKind", c."userId"`,
    [MASTERED_STABILITY_DAYS, classId, ...(userId ? [userId, classId] : [classId])],
  );
  const groups = new Map<string, { doc: string; kind: string | null; cards: number; studied: number; mastered: number }>();
  const last = new Map<string, Date | null>();
  for (const r of rows) {
    last.set(r.uid, latest(last.get(r.uid), toDate(r.last)));
    const key = `${r.doc}\u0000${r.kind ?? ""}\u0000${r.kind === null ? 0 : 1}`;
    const g = groups.get(key) ?? { doc: r.doc, kind: r.kind, cards: 0, studied: 0, mastered: 0 };
    g.cards += num(r.cards);
    g.studied += num(r.studied);
    g.mastered += num(r.mastered);
    groups.set(key, g);
  }
  // groups of active questions only, in (document, kind) order, NULL kind first
  const byKey = (x: string | null, y: string | null) => (x === y ? 0 : x === null ? -1 : y === null ? 1 : x < y ? -1 : 1);
  const mastery = [...groups.values()].filter((g) => g.cards > 0).sort((x, y) => byKey(x.doc, y.doc) || byKey(x.kind, y.kind));
  return { mastery, last };
}

async function masteryGroups(db: Db, rows: MasteryRaw[]): Promise<{ byDocument: MasteryGroup[]; byKind: MasteryGroup[] }> {
  const docIds = [...new Set(rows.map((r) => r.doc))];
  const docs = docIds.length ? await db.document.findMany({ where: { id: { in: docIds } }, select: { id: true, title: true } }) : [];
  const titles = new Map(docs.map((x) => [x.id, x.title]));
  const fold = (keyOf: (r: MasteryRaw) => string, labelOf: (key: string) => string) => {
    const m = new Map<string, MasteryGroup>();
    for (const r of rows) {
      const key = keyOf(r);
      const g = m.get(key) ?? { key, label: labelOf(key), cards: 0, studied: 0, mastered: 0 };
      g.cards += num(r.cards);
      g.studied += num(r.studied);
      g.mastered += num(r.mastered);
      m.set(key, g);
    }
    return [...m.values()].sort((a, b) => a.label.localeCompare(b.label, "zh"));
  };
  return {
    byDocument: fold((r) => r.doc, (k) => titles.get(k) ?? k),
    byKind: fold((r) => r.kind ?? "none", (k) => k),
  };
}

/**
 * Answers per local day on the class's questions, last ACTIVITY_DAYS days. Driven by the cards
 * (students × class questions) and the (cardId, reviewedAt) index, which covers the count: the
 * work grows with the class and the window, not with everything ever answered in Wengu.
 */
async function activityRows(db: Db, classId: string, timeZone: string, now: Date, userId?: string): Promise<ActivityDay[]> {
  const d = dialectOf(db);
  const since = new Date(now.getTime() - ACTIVITY_DAYS * 86_400_000);
  const day = localDaySql(Prisma.raw(`r."reviewedAt"`), timeZone, now, d);
  const rows = await db.$queryRaw<{ day: string; n: unknown; students: unknown }[]>(Prisma.sql`
    SELECT ${day} AS day, COUNT(*) AS n, COUNT(DISTINCT c."userId") AS students
    FROM "Card" c JOIN "ReviewLog" r ON r."cardId" = c."id" AND r."reviewedAt" >= ${timestampParam(since, d)}
    WHERE c."userId" IN (${classUserIds(classId, userId)}) AND c."questionId" IN (${classQuestionIds(classId)})
    GROUP BY 1 ORDER BY 1`);
  return rows.map((r) => ({ day: String(r.day), answers: num(r.n), students: num(r.students) }));
}

function studentSummary(
  s: { userId: string; name: string; email: string },
  assignments: DashboardAssignment[],
  cells: Record<string, Record<string, ProgressCell>>,
  lastAnswer: Date | null | undefined,
): DashboardStudent {
  const mine = assignments.map((a) => cells[a.id]?.[s.userId]).filter((c): c is ProgressCell => Boolean(c));
  const quizScores = mine.filter((c) => c.mode === "quiz" && c.score !== null).map((c) => c.score!);
  return {
    ...s,
    lastActive: latest(lastAnswer, ...mine.map((c) => c.lastActive)),
    overdue: mine.filter((c) => c.state === "overdue").length,
    late: mine.filter((c) => c.state === "late").length,
    completion: mine.length ? mine.reduce((t, c) => t + c.completion, 0) / mine.length : null,
    quizAverage: quizScores.length ? quizScores.reduce((t, x) => t + x, 0) / quizScores.length : null,
  };
}

/** The class dashboard; null when the class is not the actor's. */
export async function classDashboard(db: Db, actor: Actor, classId: string, { now = new Date() } = {}): Promise<ClassDashboard | null> {
  const klass = await db.classroom.findFirst({ where: ownClassWhere(actor, classId), select: { id: true, name: true } });
  if (!klass) return null;
  const [roster, assignments] = await Promise.all([
    db.enrolment.findMany({
      where: { classId: klass.id },
      orderBy: [{ user: { name: "asc" } }, { joinedAt: "asc" }],
      select: { user: { select: { id: true, name: true, email: true } } },
    }),
    classAssignments(db, klass.id),
  ]);
  const people = roster.map((r) => ({ userId: r.user.id, name: r.user.name, email: r.user.email }));
  const [cells, summary] = await Promise.all([
    progressCells(db, klass.id, assignments, people.map((p) => p.userId), now),
    cardSummary(db, klass.id),
  ]);
  const mastery = await masteryGroups(db, summary.mastery);
  const last = summary.last;
  // students who answered a class question in the last 7 days
  const weekAgo = now.getTime() - 7 * 86_400_000;
  const activeLastWeek = [...last.values()].filter((d) => d !== null && d.getTime() >= weekAgo).length;
  return {
    classId: klass.id,
    className: klass.name,
    students: people.map((p) => studentSummary(p, assignments, cells, last.get(p.userId))),
    assignments,
    cells,
    masteryByDocument: mastery.byDocument,
    masteryByKind: mastery.byKind,
    activeLastWeek,
  };
}

/**
 * Answers per day on the class's questions (all students, or one), for the activity chart. Kept
 * out of the dashboard's first render: it reads every answer of the window, which grows with the
 * class's activity, while the dashboard itself reads one row per card.
 */
export async function classActivity(
  db: Db,
  actor: Actor,
  classId: string,
  { now = new Date(), timeZone = "Asia/Shanghai", userId }: { now?: Date; timeZone?: string; userId?: string } = {},
): Promise<ActivityDay[] | null> {
  const klass = userId
    ? await db.enrolment.findFirst({ where: { classId, userId, class: ownClassWhere(actor, classId) }, select: { classId: true } })
    : await db.classroom.findFirst({ where: ownClassWhere(actor, classId), select: { id: true } });
  if (!klass) return null;
  return activityRows(db, classId, timeZone, now, userId);
}

export interface WeakQuestion {
  questionId: string;
  prompt: string;
  type: string;
  status: string;
  answers: number;
  correct: number;
  accuracy: number;
  lastAnswered: Date | null;
}

export interface StudentDashboard {
  classId: string;
  className: string;
  student: DashboardStudent;
  assignments: DashboardAssignment[];
  cells: Record<string, ProgressCell>;
  studied: number;
  mastered: number;
  cards: number;
  answers: number;
  correct: number;
  /** Share right among answers given to cards already in review (true retention); null without any. */
  retention: number | null;
  reviewAnswers: number;
  masteryByDocument: MasteryGroup[];
  masteryByKind: MasteryGroup[];
  weakest: WeakQuestion[];
  quizAttempts: { id: string; assignmentTitle: string; startedAt: Date; submittedAt: Date | null; score: number | null; correctCount: number; total: number; late: boolean }[];
}

export const WEAKEST_COUNT = 10;

/** One student of the actor's class; null when the class is not theirs or the student not in it. */
export async function studentDashboard(db: Db, actor: Actor, classId: string, userId: string, { now = new Date() } = {}): Promise<StudentDashboard | null> {
  const enrolment = await db.enrolment.findFirst({
    where: { classId, userId, class: ownClassWhere(actor, classId) },
    select: { class: { select: { id: true, name: true } }, user: { select: { id: true, name: true, email: true } } },
  });
  if (!enrolment) return null;
  const klass = enrolment.class;
  const assignments = await classAssignments(db, klass.id);
  const questions = classQuestionIds(klass.id);
  const [cells, summary, totals, weak, attempts] = await Promise.all([
    progressCells(db, klass.id, assignments, [userId], now, userId),
    cardSummary(db, klass.id, userId),
    db.$queryRaw<{ n: unknown; ok: unknown; rn: unknown; rok: unknown }[]>(Prisma.sql`
      SELECT COUNT(*) AS n, SUM(CASE WHEN r."correct" THEN 1 ELSE 0 END) AS ok,
        SUM(CASE WHEN r."state" = 2 THEN 1 ELSE 0 END) AS rn,
        SUM(CASE WHEN r."state" = 2 AND r."correct" THEN 1 ELSE 0 END) AS rok
      FROM "Card" c JOIN "ReviewLog" r ON r."cardId" = c."id"
      WHERE c."userId" = ${userId} AND c."questionId" IN (${questions})`),
    db.$queryRaw<{ qid: string; n: unknown; ok: unknown; last: unknown }[]>(Prisma.sql`
      SELECT c."questionId" AS qid, COUNT(*) AS n, SUM(CASE WHEN r."correct" THEN 1 ELSE 0 END) AS ok, MAX(r."reviewedAt") AS last
      FROM "Card" c JOIN "ReviewLog" r ON r."cardId" = c."id"
      WHERE c."userId" = ${userId} AND c."questionId" IN (${questions})
      GROUP BY c."questionId"`),
    db.quizAttempt.findMany({
      where: { userId, assignment: { classId: klass.id } },
      orderBy: { startedAt: "desc" },
      take: 50,
      select: { id: true, startedAt: true, submittedAt: true, score: true, correctCount: true, total: true, assignment: { select: { title: true, dueAt: true } } },
    }),
  ]);
  const masteryRaw = summary.mastery;
  const last = summary.last;
  const ranked = weak
    .map((w) => ({ questionId: w.qid, answers: num(w.n), correct: num(w.ok), lastAnswered: toDate(w.last) }))
    .filter((w) => w.answers > 0 && w.correct < w.answers)
    .map((w) => ({ ...w, accuracy: w.correct / w.answers }))
    .sort((a, b) => a.accuracy - b.accuracy || b.answers - a.answers)
    .slice(0, WEAKEST_COUNT);
  const info = ranked.length
    ? await db.question.findMany({ where: { id: { in: ranked.map((r) => r.questionId) } }, select: { id: true, prompt: true, type: true, status: true } })
    : [];
  const infoById = new Map(info.map((q) => [q.id, q]));
  const mastery = await masteryGroups(db, masteryRaw);
  const t = totals[0] ?? { n: 0, ok: 0, rn: 0, rok: 0 };
  const cardTotals = masteryRaw.reduce((acc, r) => ({ cards: acc.cards + num(r.cards), studied: acc.studied + num(r.studied), mastered: acc.mastered + num(r.mastered) }), { cards: 0, studied: 0, mastered: 0 });
  const person = { userId: enrolment.user.id, name: enrolment.user.name, email: enrolment.user.email };
  const allCells = Object.fromEntries(assignments.map((a) => [a.id, cells[a.id][userId]]));
  return {
    classId: klass.id,
    className: klass.name,
    student: studentSummary(person, assignments, cells, last.get(userId)),
    assignments,
    cells: allCells,
    ...cardTotals,
    answers: num(t.n),
    correct: num(t.ok),
    reviewAnswers: num(t.rn),
    retention: num(t.rn) ? num(t.rok) / num(t.rn) : null,
    masteryByDocument: mastery.byDocument,
    masteryByKind: mastery.byKind,
    weakest: ranked.map((r) => {
      const q = infoById.get(r.questionId);
      return { ...r, prompt: q?.prompt ?? r.questionId, type: q?.type ?? "", status: q?.status ?? "" };
    }),
    quizAttempts: attempts.map((a) => ({
      id: a.id,
      assignmentTitle: a.assignment?.title ?? "",
      startedAt: a.startedAt,
      submittedAt: a.submittedAt,
      score: a.score,
      correctCount: a.correctCount,
      total: a.total,
      late: Boolean(a.submittedAt && a.assignment && a.submittedAt > a.assignment.dueAt),
    })),
  };
}

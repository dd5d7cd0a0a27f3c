/**
 * Benchmark data: a school's worth of students, cards and review history, generated from a seed so
 * that anyone gets the same rows (dates are relative to `--now`, by default today 00:00 UTC).
 *
 *   tsx --conditions=react-server scripts/bench/_data.ts --db <url> [--students 200] [--cards 1000]
 *       [--reviews 30] [--class-size 200] [--seed 7] [--now 2026-11-21] [--bank content/banks/default.json] [--replace]
 *
 * <url> is a SQLite file (file:./bench.db) or a PostgreSQL database (postgresql://…/wengu_bench). The
 * database is created and migrated (`npm run db:migrate`); an existing one is only replaced with
 * --replace. What goes in:
 * - the real question bank, imported with importBank (built with `npm run content:build` if missing);
 * - one teacher (teacher@wengu.bench) and N students (student001@wengu.bench …), password
 *   `wengu-bench-2026`, in classes of --class-size (default: one class of everyone);
 * - question sets assigned to every class: every carded question in practice units of 60 (one
 *   every two weeks, the last one open), a quiz of 40 (open) and a closed quiz of 40 that every
 *   student has submitted (responses for item analysis);
 * - one card per student and question for the first --cards active questions (document order, as a
 *   student's deck fills), each with --reviews review logs whose FSRS states are the real scheduler's
 *   (lib/scheduler/fsrs.ts) for that history. Whether an answer is right follows an item-response
 *   model: a student's ability and a question's difficulty (both seeded), so item analysis has
 *   something to find. Histories span about a semester and end in the last two weeks; reviews come
 *   on time or early (students review ahead), never years apart.
 * Writes are raw multi-row INSERTs in transactions (scripts/bench/_sink.ts), with the Card and
 * ReviewLog indexes dropped during the load and rebuilt after it; PostgreSQL is ANALYZEd after the
 * load (autovacuum would do it), SQLite is not (the app never runs ANALYZE).
 */
import { spawn } from "node:child_process";
import fs from "node:fs";
import path from "node:path";
import { parseArgs } from "node:util";
import pg from "pg";
import { importBank, loadBankFile } from "../../lib/server/bank-import";
import { createDb } from "../../lib/server/db";
import { hashPassword } from "../../lib/server/password";
import { newCardState, scheduleReview, serialiseCardState, type CardState, type RatingValue } from "../../lib/scheduler/fsrs";
import { bin } from "../lib/run";
import { openSink, sqliteFileOf, type Column, type Value } from "./_sink";

export interface DataSize {
  students: number;
  /** Cards per student: one per question, the first this many active questions of the bank. */
  cards: number;
  /** Review logs per card. */
  reviews: number;
}

/**
 * The students issue's size, 200 students × 1,000 questions × 30 reviews (6 million review logs);
 * the dashboards are measured on it too, which is more than the 600 questions their issue names.
 */
export const FULL_SIZE: DataSize = { students: 200, cards: 1000, reviews: 30 };
/** BENCH_QUICK=1: enough students for 50 concurrent ones, a fraction of the history. */
export const QUICK_SIZE: DataSize = { students: 50, cards: 200, reviews: 10 };
export const benchSize = (): DataSize => (process.env.BENCH_QUICK === "1" ? QUICK_SIZE : FULL_SIZE);
export const describeSize = (s: DataSize, questions = s.cards): string =>
  `${s.students} students × ${questions} questions × ${s.reviews} reviews`;

export const BENCH_PASSWORD = "wengu-bench-2026";
export const BENCH_TEACHER = "teacher@wengu.bench";
export const studentEmail = (i: number): string => `student${String(i + 1).padStart(3, "0")}@wengu.bench`;
export const DEFAULT_BANK = path.join("content", "banks", "default.json");

export interface GenerateOptions extends DataSize {
  /** Students per class (default: all in one class). */
  classSize?: number;
  seed?: number;
  /** The anchor of every date (default: today 00:00 UTC). */
  now?: Date;
  bank?: string;
  log?: (line: string) => void;
}

export interface GenerateStats {
  anchor: string;
  seed: number;
  students: number;
  classes: number;
  /** Active questions in the bank, and how many of them got cards. */
  bankQuestions: number;
  questions: number;
  cards: number;
  reviewLogs: number;
  quizResponses: number;
  rows: number;
  importMs: number;
  insertMs: number;
  indexMs: number;
  totalMs: number;
  /** Rows inserted per second of the insert phase (without the bank import and the index rebuild). */
  rowsPerSec: number;
  note?: string;
}

const DAY = 86_400_000;
const MINUTE = 60_000;
const SEMESTER_DAYS = 120;

// ---------------------------------------------------------------------------------------------
// seeded randomness

/** mulberry32: a small, fast 32-bit PRNG; the same seed gives the same stream everywhere. */
export function prng(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

const normal = (rand: () => number): number => Math.sqrt(-2 * Math.log(1 - rand())) * Math.cos(2 * Math.PI * rand());
const sigmoid = (x: number): number => 1 / (1 + Math.exp(-x));

/** cuid-shaped ids (25 characters, increasing like cuid's time prefix), from the seed. */
function idMaker(rand: () => number): () => string {
  let n = 0;
  return () => {
    let r = "";
    while (r.length < 14) r += Math.floor(rand() * 4294967296).toString(36);
    return "c" + (n++).toString(36).padStart(10, "0") + r.slice(0, 14);
  };
}

const iso = (ms: number): string => new Date(ms).toISOString();

// ---------------------------------------------------------------------------------------------
// review histories: real FSRS states, a pool of trajectories per probability of a right answer

/** Chance of a right answer per bucket; a card takes a trajectory of the bucket nearest its chance. */
const BUCKETS = [0.35, 0.45, 0.55, 0.65, 0.72, 0.8, 0.87, 0.94];
const PER_BUCKET = 256;

interface Step {
  at: number; // ms, relative to the anchor (negative)
  rating: RatingValue;
  log: { state: number; due: number; stability: number; difficulty: number; elapsedDays: number; lastElapsedDays: number; scheduledDays: number; learningSteps: number };
  /** `after` JSON around its two dates: a + due + b + lastReview + c. */
  after: [string, string, string];
  afterDue: number;
  afterLastReview: number;
}
interface Trajectory {
  steps: Step[];
  final: CardState;
}

function simulate(rand: () => number, pRight: number, reviews: number, anchor: number): Trajectory {
  // simulate from the anchor forward, then move the whole history back by whole days so that it ends
  // before the anchor (the states stay exactly the scheduler's)
  const cap = Math.max(1, (SEMESTER_DAYS / reviews) * 1.6) * DAY;
  let at = anchor + Math.floor(rand() * 14) * 60 * MINUTE; // time of day
  let card = newCardState(new Date(at));
  const raw: { at: number; rating: RatingValue; log: Step["log"]; after: CardState }[] = [];
  for (let i = 0; i < reviews; i++) {
    const right = rand() < pRight;
    const r = rand();
    const rating: RatingValue = !right ? 1 : r < 0.1 ? 2 : r < 0.88 ? 3 : 4;
    const { card: after, log } = scheduleReview(card, rating, new Date(at), { desiredRetention: 0.9 });
    raw.push({
      at,
      rating,
      log: {
        state: log.state,
        due: log.due.getTime(),
        stability: log.stability,
        difficulty: log.difficulty,
        elapsedDays: log.elapsedDays,
        lastElapsedDays: log.lastElapsedDays,
        scheduledDays: log.scheduledDays,
        learningSteps: log.learningSteps,
      },
      after,
    });
    card = after;
    // next review: when due, or earlier (students review ahead), a little late sometimes
    const gap = Math.max(MINUTE, after.due.getTime() - at);
    at += Math.round(Math.min(gap * (0.9 + rand() * 0.5), cap * (0.5 + rand()))); // whole ms, as Dates hold them
  }
  // whole days: ts-fsrs counts elapsed time in UTC calendar days (dateDiffInDays), which a shift
  // by part of a day would change; the last review lands 0–3 days before the anchor
  const shift = (Math.floor((raw[raw.length - 1].at - anchor) / DAY) + 1 + Math.floor(rand() * 2)) * DAY;
  const steps: Step[] = raw.map((s) => {
    const after: CardState = {
      ...s.after,
      due: new Date(s.after.due.getTime() - shift),
      lastReview: s.after.lastReview ? new Date(s.after.lastReview.getTime() - shift) : null,
    };
    const json = serialiseCardState(after);
    const dueIso = after.due.toISOString();
    const lastIso = after.lastReview?.toISOString() ?? "";
    const i = json.indexOf(dueIso);
    const j = json.lastIndexOf(lastIso);
    return {
      at: s.at - shift - anchor,
      rating: s.rating,
      log: { ...s.log, due: s.log.due - shift - anchor },
      after: [json.slice(0, i), json.slice(i + dueIso.length, j), json.slice(j + lastIso.length)],
      afterDue: after.due.getTime() - anchor,
      afterLastReview: (after.lastReview?.getTime() ?? 0) - anchor,
    };
  });
  const last = raw[raw.length - 1].after;
  return { steps, final: { ...last, due: new Date(last.due.getTime() - shift - anchor), lastReview: new Date(last.lastReview!.getTime() - shift - anchor) } };
}

// ---------------------------------------------------------------------------------------------
// what a student answered: plausible values of the `answer` JSON column per question type

interface QuestionInfo {
  id: string;
  type: string;
  siblingKey: string | null;
  right: string; // JSON of the right answer
  wrong: string[]; // JSON of wrong ones
}

function answersOf(type: string, payloadJson: string): { right: string; wrong: string[] } {
  let p: { options?: string[]; answer?: unknown; pairs?: [string, string][] } = {};
  try {
    p = JSON.parse(payloadJson) as typeof p;
  } catch {
    /* keep {} */
  }
  const j = JSON.stringify;
  const options = p.options ?? [];
  switch (type) {
    case "mcq":
      return { right: j(p.answer ?? null), wrong: options.filter((o) => o !== p.answer).map((o) => j(o)) };
    case "multi":
      return { right: j(p.answer ?? []), wrong: options.slice(0, 2).map((o) => j([o])) };
    case "true_false":
      return { right: j(p.answer === true), wrong: [j(p.answer !== true)] };
    case "ordering":
      return { right: j(p.answer ?? []), wrong: [j(options)] };
    case "matching": {
      const pairs = p.pairs ?? [];
      const rotated = pairs.map((x, i) => [x[0], pairs[(i + 1) % pairs.length][1]]);
      return { right: j(pairs), wrong: [j(rotated)] };
    }
    case "flashcard":
      return { right: "3", wrong: ["1"] };
    default:
      return { right: j(typeof p.answer === "string" ? p.answer : ""), wrong: [j("")] };
  }
}

// ---------------------------------------------------------------------------------------------
// tables

const col = (spec: string): Column[] =>
  spec.split(" ").map((s) => {
    const [name, type] = s.split(":");
    return { name, type: (type ?? "text") as Column["type"] };
  });

const T = {
  User: col("id email name passwordHash role createdAt:date updatedAt:date"),
  Classroom: col("id name teacherId joinCode createdAt:date updatedAt:date"),
  Enrolment: col("classId userId joinedAt:date"),
  QuestionSet: col("id title description ownerId createdAt:date updatedAt:date"),
  QuestionSetItem: col("setId questionId position:int"),
  Assignment: col("id classId setId title mode opensAt:date dueAt:date timeLimitSec:int maxAttempts:int createdAt:date updatedAt:date"),
  Card: col(
    "id userId questionId due:date stability:float difficulty:float elapsedDays:int scheduledDays:int learningSteps:int reps:int lapses:int state:int lastReview:date siblingKey firstReviewedAt:date firstCorrect:bool firstAnswer createdAt:date updatedAt:date",
  ),
  ReviewLog: col(
    "id userId cardId questionId idempotencyKey rating:int correct:bool answer durationMs:int origin state:int due:date stability:float difficulty:float elapsedDays:int lastElapsedDays:int scheduledDays:int learningSteps:int after reviewedAt:date",
  ),
  QuizAttempt: col("id userId assignmentId setId questionIds timeLimitSec:int startedAt:date submittedAt:date score:float correctCount:int total:int"),
  QuizResponse: col("id attemptId questionId answer correct:bool durationMs:int answeredAt:date"),
};

const JOIN_ALPHABET = "ABCDEFGHJKLMNPQRSTUVWXYZ23456789";

/** Fills a migrated, empty database. Returns what was written and how fast. */
export async function fillDatabase(url: string, options: GenerateOptions): Promise<GenerateStats> {
  const log = options.log ?? (() => undefined);
  const seed = options.seed ?? 7;
  const anchor = (options.now ?? new Date(Math.floor(Date.now() / DAY) * DAY)).getTime();
  const classSize = Math.max(1, options.classSize ?? options.students);
  const started = performance.now();

  // 1. the real bank, through the app's importer
  const bankFile = options.bank ?? DEFAULT_BANK;
  const { json, readRawText } = loadBankFile(bankFile);
  const prisma = createDb(url);
  try {
    await importBank(prisma, json, { readRawText });
  } finally {
    await prisma.$disconnect();
  }
  const importMs = performance.now() - started;
  log(`bank ${bankFile} imported in ${Math.round(importMs)} ms`);

  const sink = await openSink(url);
  let rows = 0;
  const insert = async (table: keyof typeof T, data: Value[][]) => {
    if (!data.length) return;
    await sink.insert(table, T[table], data);
    rows += data.length;
  };
  try {
    const bankRows = await sink.query<{ id: string; type: string; siblingKey: string | null; payload: string }>(
      `SELECT "id", "type", "siblingKey", "payload" FROM "Question" WHERE "status" = 'active' ORDER BY "documentId", "sourceStart", "id"`,
    );
    const questions: QuestionInfo[] = bankRows.slice(0, options.cards).map((q) => ({ id: q.id, type: q.type, siblingKey: q.siblingKey, ...answersOf(q.type, q.payload) }));
    if (!questions.length) throw new Error(`the bank ${bankFile} has no active questions`);
    const note =
      questions.length < options.cards ? `the bank has ${questions.length} active questions: ${questions.length} cards per student, not ${options.cards}` : undefined;
    if (note) log(note);

    const rand = prng(seed);
    const nextId = idMaker(prng(seed ^ 0x5bd1e995));
    const insertStarted = performance.now();
    const dropped = await sink.dropIndexes(["Card", "ReviewLog"]);

    // 2. people and classes
    const passwordHash = await hashPassword(BENCH_PASSWORD);
    const created = iso(anchor - 200 * DAY);
    const teacherId = nextId();
    const students = Array.from({ length: options.students }, (_, i) => ({ id: nextId(), email: studentEmail(i), ability: normal(rand) }));
    await sink.begin();
    await insert("User", [
      [teacherId, BENCH_TEACHER, "压测老师", passwordHash, "teacher", created, created],
      ...students.map((s, i) => [s.id, s.email, `学生${i + 1}`, passwordHash, "student", created, created]),
    ]);
    const classes: string[] = [];
    for (let c = 0; c * classSize < students.length; c++) {
      const id = nextId();
      const code = Array.from({ length: 8 }, () => JOIN_ALPHABET[Math.floor(rand() * 32)]).join("");
      classes.push(id);
      await insert("Classroom", [[id, `压测班 ${c + 1}`, teacherId, code, created, created]]);
      await insert("Enrolment", students.slice(c * classSize, (c + 1) * classSize).map((s) => [id, s.id, created]));
    }

    // 3. sets assigned to every class: the carded questions in practice units of 60, one every two
    //    weeks (the last one open), and two quizzes of 40: one open, one closed that everyone submitted
    const unitSize = 60;
    const units = Math.ceil(questions.length / unitSize);
    const quizSize = Math.min(40, questions.length);
    const sets = [
      ...Array.from({ length: units }, (_, k) => ({
        id: nextId(),
        title: `第${k + 1}单元 练习`,
        questions: questions.slice(k * unitSize, (k + 1) * unitSize),
        mode: "practice",
        opensAt: anchor - (units - k) * 14 * DAY,
        dueAt: anchor - (units - k - 1) * 14 * DAY + 7 * DAY,
      })),
      { id: nextId(), title: "单元测验", questions: questions.slice(0, quizSize), mode: "quiz", opensAt: anchor - 2 * DAY, dueAt: anchor + 7 * DAY },
      {
        id: nextId(),
        title: "期中测验",
        questions: Array.from({ length: quizSize }, (_, i) => questions[(i * 7) % questions.length]).filter((q, i, all) => all.indexOf(q) === i),
        mode: "quiz",
        opensAt: anchor - 30 * DAY,
        dueAt: anchor - 20 * DAY,
      },
    ];
    const midterm = sets[sets.length - 1];
    await insert("QuestionSet", sets.map((set) => [set.id, set.title, "", teacherId, created, created]));
    await insert("QuestionSetItem", sets.flatMap((set) => set.questions.map((q, i) => [set.id, q.id, i])));
    const closedQuiz: string[] = [];
    for (const classId of classes) {
      const rowsOf = sets.map((set) => [
        nextId(), classId, set.id, set.title, set.mode, iso(set.opensAt), iso(set.dueAt),
        set.mode === "quiz" ? 1200 : null, set.mode === "quiz" ? (set === midterm ? 1 : 2) : null, created, created,
      ]);
      closedQuiz.push(rowsOf[rowsOf.length - 1][0] as string);
      await insert("Assignment", rowsOf);
    }
    await sink.commit();

    // 4. cards and their histories
    const difficulty = questions.map(() => normal(rand) * 0.9 - 0.3);
    const trajRand = prng(seed ^ 0x27d4eb2f);
    const simStarted = performance.now();
    const pool = BUCKETS.map((p) => Array.from({ length: PER_BUCKET }, () => simulate(trajRand, p, options.reviews, anchor)));
    log(`${BUCKETS.length * PER_BUCKET} review histories simulated with FSRS in ${Math.round(performance.now() - simStarted)} ms`);
    let cards = 0;
    let reviewLogs = 0;
    let keyN = 0;
    for (const student of students) {
      const cardRows: Value[][] = [];
      const logRows: Value[][] = [];
      for (let qi = 0; qi < questions.length; qi++) {
        const q = questions[qi];
        const p = sigmoid(1.3 + student.ability - difficulty[qi]);
        let b = 0;
        for (let k = 1; k < BUCKETS.length; k++) if (Math.abs(BUCKETS[k] - p) < Math.abs(BUCKETS[b] - p)) b = k;
        const traj = pool[b][Math.floor(rand() * PER_BUCKET)];
        const shift = Math.floor(rand() * 14) * DAY; // whole days: FSRS sees the same calendar-day differences
        const at = (rel: number) => iso(anchor + rel - shift);
        const cardId = nextId();
        const f = traj.final;
        const card: Value[] = [
          cardId, student.id, q.id, at(f.due.getTime()), f.stability, f.difficulty, f.elapsedDays, f.scheduledDays, f.learningSteps,
          f.reps, f.lapses, f.state, at(f.lastReview!.getTime()), q.siblingKey, null, null, null, at(traj.steps[0].at - 60 * MINUTE), at(f.lastReview!.getTime()),
        ];
        cardRows.push(card);
        for (const s of traj.steps) {
          const right = s.rating > 1;
          const answer = q.type === "flashcard" ? String(s.rating) : right ? q.right : q.wrong.length ? q.wrong[Math.floor(rand() * q.wrong.length)] : "null";
          // the card keeps its first answer (steps are in time order), as lib/server/study-sql.ts does
          if (card[14] === null) card.splice(14, 3, at(s.at), right, answer);
          const l = s.log;
          logRows.push([
            nextId(), student.id, cardId, q.id, `seed-${(keyN++).toString(36)}`, s.rating, right, answer,
            Math.round(2_000 + 25_000 * rand() * rand()), "practice", l.state, at(l.due), l.stability, l.difficulty, l.elapsedDays,
            l.lastElapsedDays, l.scheduledDays, l.learningSteps, s.after[0] + at(s.afterDue) + s.after[1] + at(s.afterLastReview) + s.after[2], at(s.at),
          ]);
        }
      }
      await sink.begin();
      await insert("Card", cardRows);
      await insert("ReviewLog", logRows);
      await sink.commit();
      cards += cardRows.length;
      reviewLogs += logRows.length;
      if ((students.indexOf(student) + 1) % 20 === 0) log(`  ${students.indexOf(student) + 1}/${students.length} students, ${reviewLogs} review logs`);
    }

    // 5. the closed quiz, submitted by everyone: responses for item analysis
    let quizResponses = 0;
    await sink.begin();
    for (let c = 0; c < classes.length; c++) {
      const attempts: Value[][] = [];
      const responses: Value[][] = [];
      for (const student of students.slice(c * classSize, (c + 1) * classSize)) {
        const attemptId = nextId();
        const startedAt = anchor - 25 * DAY + Math.floor(rand() * 4 * DAY);
        let right = 0;
        midterm.questions.forEach((q, i) => {
          const qi = questions.indexOf(q);
          const ok = rand() < sigmoid(0.8 + student.ability - difficulty[qi]);
          if (ok) right++;
          const answer = ok ? q.right : q.wrong.length ? q.wrong[Math.floor(rand() * q.wrong.length)] : "null";
          responses.push([nextId(), attemptId, q.id, answer, ok, Math.round(5_000 + 40_000 * rand()), iso(startedAt + (i + 1) * 25_000)]);
        });
        const total = midterm.questions.length;
        attempts.push([
          attemptId, student.id, closedQuiz[c], midterm.id, JSON.stringify(midterm.questions.map((q) => q.id)), 1200,
          iso(startedAt), iso(startedAt + (total + 1) * 25_000), right / total, right, total,
        ]);
      }
      await insert("QuizAttempt", attempts);
      await insert("QuizResponse", responses);
      quizResponses += responses.length;
    }
    await sink.commit();
    const insertMs = performance.now() - insertStarted;

    // 6. indexes back, statistics for PostgreSQL's planner
    const indexStarted = performance.now();
    for (const sql of dropped) await sink.exec(sql);
    if (sink.kind === "postgresql") await sink.exec(`ANALYZE`);
    const indexMs = performance.now() - indexStarted;

    const stats: GenerateStats = {
      anchor: iso(anchor),
      seed,
      students: students.length,
      classes: classes.length,
      bankQuestions: bankRows.length,
      questions: questions.length,
      cards,
      reviewLogs,
      quizResponses,
      rows,
      importMs: Math.round(importMs),
      insertMs: Math.round(insertMs),
      indexMs: Math.round(indexMs),
      totalMs: Math.round(performance.now() - started),
      rowsPerSec: Math.round(rows / (insertMs / 1000)),
      note,
    };
    log(
      `${rows} rows (${cards} cards, ${reviewLogs} review logs, ${quizResponses} quiz responses) in ${stats.insertMs} ms: ` +
        `${stats.rowsPerSec} rows/s; indexes rebuilt in ${stats.indexMs} ms; ${stats.totalMs} ms in all`,
    );
    return stats;
  } finally {
    await sink.close();
  }
}

// ---------------------------------------------------------------------------------------------
// creating the database

const postgresName = (url: string): string => decodeURIComponent(new URL(url).pathname.replace(/^\//, ""));
const postgresAdminUrl = (url: string): string => {
  const u = new URL(url);
  u.pathname = "/postgres";
  return u.toString();
};

function runQuiet(command: string, args: string[], env: NodeJS.ProcessEnv): Promise<{ code: number; output: string }> {
  return new Promise((resolve) => {
    let output = "";
    const child = spawn(command, args, { env, stdio: ["ignore", "pipe", "pipe"] });
    child.stdout.on("data", (c: Buffer) => (output += c.toString()));
    child.stderr.on("data", (c: Buffer) => (output += c.toString()));
    child.on("error", (e) => resolve({ code: 1, output: e.message }));
    child.on("close", (code) => resolve({ code: code ?? 1, output }));
  });
}

/** Does the database exist (a SQLite file, or a PostgreSQL database)? */
export async function databaseExists(url: string): Promise<boolean> {
  if (url.startsWith("file:")) return fs.existsSync(sqliteFileOf(url));
  const admin = new pg.Client({ connectionString: postgresAdminUrl(url) });
  await admin.connect();
  try {
    return (await admin.query("SELECT 1 FROM pg_database WHERE datname = $1", [postgresName(url)])).rowCount === 1;
  } finally {
    await admin.end();
  }
}

/** Removes a bench database: the SQLite file (and its -wal, -shm), or DROP DATABASE … WITH (FORCE). */
export async function dropDatabase(url: string): Promise<void> {
  if (url.startsWith("file:")) {
    for (const suffix of ["", "-wal", "-shm", "-journal"]) fs.rmSync(sqliteFileOf(url) + suffix, { force: true });
    return;
  }
  const admin = new pg.Client({ connectionString: postgresAdminUrl(url) });
  await admin.connect();
  try {
    await admin.query(`DROP DATABASE IF EXISTS "${postgresName(url).replace(/"/g, '""')}" WITH (FORCE)`);
  } finally {
    await admin.end();
  }
}

/** Creates an empty database (refusing to touch an existing one unless `replace`) and migrates it with `npm run db:migrate`. */
export async function prepareDatabase(url: string, { replace = false }: { replace?: boolean } = {}): Promise<void> {
  if (await databaseExists(url)) {
    if (!replace) throw new Error(`${url} exists; pass --replace to overwrite it`);
    await dropDatabase(url);
  }
  if (url.startsWith("file:")) {
    fs.mkdirSync(path.dirname(path.resolve(sqliteFileOf(url))), { recursive: true });
  } else {
    const admin = new pg.Client({ connectionString: postgresAdminUrl(url) });
    await admin.connect();
    try {
      await admin.query(`CREATE DATABASE "${postgresName(url).replace(/"/g, '""')}"`);
    } finally {
      await admin.end();
    }
  }
  const { code, output } = await runQuiet(bin("tsx"), ["--conditions=react-server", "scripts/db-migrate.ts"], { ...process.env, DATABASE_URL: url });
  if (code !== 0) throw new Error(`db:migrate failed on ${url}: ${output.trim().split("\n").slice(-3).join(" ")}`);
}

/** The default bank, built from content/sources when it is missing. */
export async function ensureBank(file = DEFAULT_BANK): Promise<void> {
  if (fs.existsSync(file)) return;
  const { code, output } = await runQuiet(bin("tsx"), ["--conditions=react-server", "scripts/content-build.ts"], process.env);
  if (code !== 0 || !fs.existsSync(file)) throw new Error(`npm run content:build failed: ${output.trim().split("\n").slice(-3).join(" ")}`);
}

/** prepareDatabase + fillDatabase: what the command line does. */
export async function generateBenchData(url: string, options: GenerateOptions & { replace?: boolean }): Promise<GenerateStats> {
  await ensureBank(options.bank);
  await prepareDatabase(url, { replace: options.replace });
  return fillDatabase(url, options);
}

// ---------------------------------------------------------------------------------------------
// command line

const USAGE =
  "usage: tsx --conditions=react-server scripts/bench/_data.ts --db <file:… | postgresql://…> [--students 200] [--cards 1000] [--reviews 30] " +
  "[--class-size N] [--seed 7] [--now YYYY-MM-DD] [--bank file.json] [--replace] [--quick]";

async function main(): Promise<number> {
  const { values } = parseArgs({
    options: {
      db: { type: "string" },
      students: { type: "string" },
      cards: { type: "string" },
      reviews: { type: "string" },
      "class-size": { type: "string" },
      seed: { type: "string" },
      now: { type: "string" },
      bank: { type: "string" },
      replace: { type: "boolean" },
      quick: { type: "boolean" },
    },
  });
  if (!values.db) {
    console.error(USAGE);
    return 2;
  }
  const base = values.quick ? QUICK_SIZE : FULL_SIZE;
  const int = (v: string | undefined, d: number) => {
    const n = v === undefined ? d : Number(v);
    if (!Number.isInteger(n) || n < 1) throw new Error(`not a positive whole number: ${v}\n${USAGE}`);
    return n;
  };
  const now = values.now ? new Date(values.now) : undefined;
  if (now && Number.isNaN(now.getTime())) throw new Error(`--now is not a date: ${values.now}`);
  const options: GenerateOptions & { replace?: boolean } = {
    students: int(values.students, base.students),
    cards: int(values.cards, base.cards),
    reviews: int(values.reviews, base.reviews),
    classSize: values["class-size"] ? int(values["class-size"], 1) : undefined,
    seed: int(values.seed, 7),
    now,
    bank: values.bank,
    replace: values.replace,
    log: (line) => console.log(`bench data: ${line}`),
  };
  console.log(`bench data: ${describeSize(options)} into ${values.db.replace(/\/\/[^@/]*@/, "//…@")} (seed ${options.seed})`);
  const stats = await generateBenchData(values.db, options);
  console.log(
    `bench data: done. Anchor ${stats.anchor}; sign in as ${BENCH_TEACHER} or ${studentEmail(0)} … ${studentEmail(stats.students - 1)}, password ${BENCH_PASSWORD}`,
  );
  return 0;
}

if (/[\\/]scripts[\\/]bench[\\/]_data\.ts$/.test(process.argv[1] ?? "")) {
  main().then(
    (code) => process.exit(code),
    (error: unknown) => {
      console.error(`bench data: ${(error as Error).message}`);
      process.exit(1);
    },
  );
}

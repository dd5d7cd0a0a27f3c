/**
 * The study-loop measurement shared by the SQLite section (one app server) and the PostgreSQL
 * section (two app servers): sign 50 students in, drive answer → next question with all of them
 * at once against the trivial route of the same server(s) in the same run, count acknowledged
 * answers against review logs written, and time answerQuestion in-process.
 */
import { randomUUID } from "node:crypto";
import { createDb } from "../../lib/server/db";
import { answerQuestion } from "../../lib/server/study-answer";
import { BENCH_PASSWORD, studentEmail } from "./_data";
import type { Dataset } from "./_dataset";
import {
  countRows,
  emptySamples,
  fmtFailures,
  fmtLatency,
  healthWorkers,
  inBatches,
  ms,
  percentile,
  queryRows,
  request,
  runLoad,
  signIn,
  studyWorkers,
  summarise,
  type StudyLoopCounters,
  type StudyStudent,
} from "./_load";
import type { AppServer } from "./_server";
import type { BenchRow } from "./types";

export const CONCURRENT_STUDENTS = 50;

const quick = () => process.env.BENCH_QUICK === "1";

/** Figures of the study loop on `servers` (all against `data.url`). */
export async function measureStudyLoop(section: string, data: Dataset, servers: AppServer[]): Promise<BenchRow[]> {
  const rows: BenchRow[] = [];
  const origins = servers.map((s) => s.origin);
  const n = Math.min(CONCURRENT_STUDENTS, data.size.students);
  const where = servers.length > 1 ? `${servers.length} servers` : "1 server";

  // sign in (through the sign-in endpoint, as the form does) on the first server
  const t0 = performance.now();
  const emails = Array.from({ length: n }, (_, i) => studentEmail(i));
  const cookies = await inBatches(emails, 4, (email) => signIn(origins[0], email, BENCH_PASSWORD));
  rows.push({ section, name: `${n} students signed in (POST /api/auth/callback/credentials, argon2id), 4 at a time`, value: `${ms(performance.now() - t0)} in all` });

  if (servers.length > 1) {
    // a session made by server A is a session on server B: same AUTH_SECRET, JWT, nothing in memory
    let accepted = 0;
    await inBatches(cookies, 8, async (cookie) => {
      const statuses = await Promise.all(
        origins.slice(1).map(async (o) =>
          (await request(`${o}/api/study/answer`, { method: "POST", headers: { "content-type": "application/json", cookie }, body: "{}" })).status,
        ),
      );
      if (statuses.every((s) => s === 400)) accepted++; // 400: signed in, invalid body; 401 would be "not signed in"
    });
    rows.push({ section, name: "sessions signed in on server A accepted by server B", value: `${accepted}/${n}`, target: `${n}/${n}` });
  }

  const users = await queryRows<{ id: string; email: string }>(
    data.url,
    `SELECT "id", "email" FROM "User" WHERE "email" IN (${emails.map(() => "?").join(",")})`,
    emails,
  );
  const idOf = new Map(users.map((u) => [u.email, u.id]));
  const students: StudyStudent[] = await Promise.all(
    emails.map(async (email, i) => ({
      cookie: cookies[i],
      questionIds: (await queryRows<{ questionId: string }>(data.url, `SELECT "questionId" FROM "Card" WHERE "userId" = ?`, [idOf.get(email)!])).map(
        (r) => r.questionId,
      ),
    })),
  );

  // warm up both routes, then alternate windows (trivial, study, trivial, study) so that a change
  // in the machine's load (other work on it) falls on both alike
  const runId = randomUUID().slice(0, 8);
  const counters: StudyLoopCounters = { firstAnswers: 0, replays: 0, replayMismatches: 0 };
  const study = studyWorkers(origins, students, runId, counters);
  const health = healthWorkers(origins, n);
  const windowMs = quick() ? 3_000 : 10_000;
  await runLoad(health, quick() ? 1_000 : 2_000);
  await runLoad(study, quick() ? 2_000 : 4_000);
  const h = emptySamples();
  const s = emptySamples();
  for (let round = 0; round < 2; round++) {
    await runLoad(health, windowMs, h);
    await runLoad(study, windowMs, s);
  }
  const hs = summarise(h);
  const ss = summarise(s);

  rows.push({
    section,
    name: `answer → next question, ${n} students at once, ${where} (${data.label})`,
    value: fmtLatency(ss) + fmtFailures(ss),
    target: "p95 < 100 ms",
  });
  rows.push({ section, name: `  trivial route /api/health, ${n} connections, same run`, value: fmtLatency(hs) + fmtFailures(hs) });
  const ratio = hs.throughput > 0 ? ss.throughput / hs.throughput : NaN;
  rows.push({
    section,
    name: "  throughput: answers/s vs trivial route/s (ratio)",
    value: `${Math.round(ss.throughput)} / ${Math.round(hs.throughput)} (${Number.isFinite(ratio) ? Math.round(ratio * 100) : "–"}%)`,
    target: "≥ 40%",
  });

  // every acknowledged answer wrote exactly one review log; every retry wrote none
  const written = await countRows(data.url, `SELECT COUNT(*) AS n FROM "ReviewLog" WHERE "idempotencyKey" LIKE ?`, [`bench-${runId}-%`]);
  const equal = written === counters.firstAnswers && counters.replayMismatches === 0;
  rows.push({
    section,
    name: "  answers acknowledged (2xx) vs review logs written during the run",
    value:
      `${counters.firstAnswers} answers (+ ${counters.replays} retries with the same key${counters.replayMismatches ? `, ${counters.replayMismatches} not replayed` : ""}) ` +
      `vs ${written} logs: ${equal ? "equal" : "NOT EQUAL"}`,
    target: "equal",
  });

  // the same answer sent twice at the same moment (to two servers when there are two): one log
  const races = quick() ? 10 : 25;
  const raceId = randomUUID().slice(0, 8);
  let raceOk = 0;
  const raceFailures: Record<string, number> = {};
  await inBatches(students.slice(0, races), 5, async (student, i) => {
    const body = JSON.stringify({ questionId: student.questionIds[0], answer: 3, durationMs: 5_000, idempotencyKey: `race-${raceId}-${i}` });
    const both = await Promise.all(
      [0, 1].map((k) =>
        request(`${origins[k % origins.length]}/api/study/answer`, {
          method: "POST",
          headers: { "content-type": "application/json", cookie: student.cookie },
          body,
        }),
      ),
    );
    if (both.every((r) => r.status === 200)) raceOk++;
    for (const r of both) if (r.status !== 200) raceFailures[r.status || "no response"] = (raceFailures[r.status || "no response"] ?? 0) + 1;
  });
  const raceLogs = await countRows(data.url, `SELECT COUNT(*) AS n FROM "ReviewLog" WHERE "idempotencyKey" LIKE ?`, [`race-${raceId}-%`]);
  const failedHow = Object.entries(raceFailures).map(([k, v]) => `${k} ×${v}`).join(", ");
  rows.push({
    section,
    name: `  the same answer sent twice at once${servers.length > 1 ? " (once to each server)" : ""}, ${races} times`,
    value: `${raceOk}/${races} both acknowledged${failedHow ? ` (the other got ${failedHow})` : ""}, ${raceLogs} logs`,
    target: `${races}/${races}, ${races} logs`,
  });

  // what students at a real pace see: each answers, reads for 5–15 s, answers again
  const paced = studyWorkers(origins, students, `${runId}p`, counters, { replayEvery: 1_000_000, seed: 2, thinkMs: [5_000, 15_000] });
  const p = summarise(await runLoad(paced, quick() ? 12_000 : 30_000));
  rows.push({
    section,
    name: `  answer → next question at a student's pace (${n} students, 5–15 s between answers: ~${Math.round(n / 10)} answers/s)`,
    value: `${fmtLatency(p)} (${p.requests} answers)${fmtFailures(p)}`,
    target: "p95 < 100 ms",
  });
  return rows;
}

/** answerQuestion (grading, the write, the next question) called directly, one at a time. */
export async function measureAnswerInProcess(section: string, data: Dataset): Promise<BenchRow[]> {
  const db = createDb(data.url);
  try {
    const students = await db.user.findMany({
      where: { role: "student" },
      orderBy: { email: "asc" },
      take: 10,
      select: { id: true, timezone: true, newPerDay: true, reviewsPerDay: true, desiredRetention: true },
    });
    const perStudent = quick() ? 10 : 30;
    const times: number[] = [];
    const runId = randomUUID().slice(0, 8);
    for (const [i, user] of students.entries()) {
      const fallback = await db.card.findMany({ where: { userId: user.id }, select: { questionId: true }, take: perStudent });
      let questionId: string | undefined = fallback[0]?.questionId;
      for (let k = 0; k < perStudent && questionId; k++) {
        const t0 = performance.now();
        const out = await answerQuestion(db, user, { questionId, answer: 3, durationMs: 8_000, idempotencyKey: `inproc-${runId}-${i}-${k}` }, new Date());
        times.push(performance.now() - t0);
        questionId = (out.ok ? out.value.next.item?.question.id : undefined) ?? fallback[(k + 1) % fallback.length]?.questionId;
      }
    }
    const sorted = times.sort((a, b) => a - b);
    return [
      {
        section,
        name: `  answerQuestion in-process (grade, write, next question), ${sorted.length} calls one at a time`,
        value: `p50 ${ms(percentile(sorted, 50))} · p95 ${ms(percentile(sorted, 95))}`,
      },
    ];
  } finally {
    await db.$disconnect();
  }
}

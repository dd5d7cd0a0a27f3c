/**
 * Load generation for the study-loop benchmarks, by hand rather than with autocannon: every
 * virtual student is one keep-alive connection that answers, reads the next question from the
 * response and answers that one (autocannon resets its per-connection context after every request,
 * so it cannot chain answers), and the run ends only when every request sent has been answered:
 * the count of acknowledged answers is then exact. Latencies are measured per request (send →
 * whole body read), percentiles are exact (sorted samples). The trivial route is driven by the same
 * loop with the same concurrency, so the ratio of the two compares like with like.
 */
import http from "node:http";
import Database from "better-sqlite3";
import pg from "pg";
import { sqliteFileOf } from "./_sink";

export interface HttpResult {
  status: number;
  headers: http.IncomingHttpHeaders;
  body: string;
}

/**
 * One HTTP request (loopback only), with a timeout; status 0 when it failed to complete. A request
 * on a kept-alive socket the server closed meanwhile (ECONNRESET on a reused socket: the race that
 * Node's documentation describes) is sent again once, on a new socket.
 */
export function request(
  url: string,
  options: { method?: string; headers?: Record<string, string>; body?: string; agent?: http.Agent; timeoutMs?: number } = {},
  retried = false,
): Promise<HttpResult> {
  const target = new URL(url);
  if (target.hostname !== "127.0.0.1" && target.hostname !== "localhost") throw new Error(`the benchmarks only talk to loopback addresses, not ${target.hostname}`);
  return new Promise((resolve) => {
    const headers: Record<string, string> = { ...options.headers };
    if (options.body !== undefined) headers["content-length"] = String(Buffer.byteLength(options.body));
    const req = http.request(
      target,
      { method: options.method ?? "GET", headers, agent: options.agent ?? false, timeout: options.timeoutMs ?? 30_000 },
      (res) => {
        const chunks: Buffer[] = [];
        res.on("data", (c: Buffer) => chunks.push(c));
        res.on("end", () => resolve({ status: res.statusCode ?? 0, headers: res.headers, body: Buffer.concat(chunks).toString("utf8") }));
        res.on("error", () => resolve({ status: 0, headers: {}, body: "" }));
      },
    );
    req.on("timeout", () => req.destroy(new Error("timeout")));
    req.on("error", (e: NodeJS.ErrnoException) => {
      if (!retried && req.reusedSocket && (e.code === "ECONNRESET" || e.code === "EPIPE")) resolve(request(url, options, true));
      else resolve({ status: 0, headers: {}, body: e.message });
    });
    if (options.body !== undefined) req.write(options.body);
    req.end();
  });
}

const cookiesOf = (res: HttpResult): Map<string, string> => {
  const out = new Map<string, string>();
  for (const line of res.headers["set-cookie"] ?? []) {
    const [pair] = line.split(";");
    const eq = pair.indexOf("=");
    if (eq > 0) out.set(pair.slice(0, eq).trim(), pair.slice(eq + 1).trim());
  }
  return out;
};

/**
 * Signs in through next-auth's credentials endpoint, as the sign-in form does (CSRF token first),
 * and returns the Cookie header that carries the session (authjs.session-token, a JWT).
 */
export async function signIn(origin: string, email: string, password: string): Promise<string> {
  const csrf = await request(`${origin}/api/auth/csrf`);
  if (csrf.status !== 200) throw new Error(`GET /api/auth/csrf: ${csrf.status}`);
  const csrfToken = (JSON.parse(csrf.body) as { csrfToken: string }).csrfToken;
  const csrfCookies = [...cookiesOf(csrf)].map(([k, v]) => `${k}=${v}`).join("; ");
  const res = await request(`${origin}/api/auth/callback/credentials`, {
    method: "POST",
    headers: { "content-type": "application/x-www-form-urlencoded", cookie: csrfCookies },
    body: new URLSearchParams({ csrfToken, email, password, callbackUrl: `${origin}/student` }).toString(),
  });
  const session = cookiesOf(res).get("authjs.session-token");
  if (!session) throw new Error(`sign-in of ${email} failed: ${res.status} ${String(res.headers.location ?? "")}`);
  return `authjs.session-token=${session}`;
}

/** Runs `task` for every item, `concurrency` at a time. */
export async function inBatches<T, R>(items: readonly T[], concurrency: number, task: (item: T, i: number) => Promise<R>): Promise<R[]> {
  const out: R[] = new Array(items.length);
  let next = 0;
  await Promise.all(
    Array.from({ length: Math.min(concurrency, items.length) }, async () => {
      while (next < items.length) {
        const i = next++;
        out[i] = await task(items[i], i);
      }
    }),
  );
  return out;
}

export const percentile = (sorted: readonly number[], p: number): number =>
  sorted.length ? sorted[Math.min(sorted.length - 1, Math.max(0, Math.ceil((p / 100) * sorted.length) - 1))] : NaN;

export interface LoadStats {
  requests: number;
  ok: number;
  errors: number;
  /** status → count, for the non-2xx ones (0: no response). */
  failures: Record<number, number>;
  seconds: number;
  /** 2xx responses per second. */
  throughput: number;
  p50: number;
  p95: number;
  p99: number;
}

export interface Worker {
  /** Sends one request; returns its status (the loop measures the time). */
  step(n: number): Promise<number>;
  /** Milliseconds to wait before the next request (a student reading); none: at once. */
  think?: () => number;
}

/** Samples of one or more load windows, merged into one LoadStats by `summarise`. */
export interface LoadSamples {
  latencies: number[];
  ok: number;
  failures: Record<number, number>;
  seconds: number;
}

const sleep = (ms: number) => new Promise((r) => setTimeout(r, Math.max(0, ms)));

export const emptySamples = (): LoadSamples => ({ latencies: [], ok: 0, failures: {}, seconds: 0 });

/**
 * `workers` run their steps one after another, as fast as the server answers (or with their
 * `think` pauses between), for `durationMs`
 * (then each finishes the request it has in flight: nothing is left unanswered), at most `maxSteps`
 * each. Adds the window's samples to `into` (when given) and returns them.
 */
export async function runLoad(workers: Worker[], durationMs: number, into: LoadSamples = emptySamples(), maxSteps = Number.MAX_SAFE_INTEGER): Promise<LoadSamples> {
  const started = performance.now();
  const end = started + durationMs;
  await Promise.all(
    workers.map(async (w, i) => {
      // paced workers start spread over their first pause, as students do not all click at once
      if (w.think) await sleep(Math.min(end - performance.now(), (w.think() * i) / workers.length));
      for (let n = 0; n < maxSteps && performance.now() < end; n++) {
        if (n > 0 && w.think) {
          await sleep(Math.min(w.think(), end - performance.now()));
          if (performance.now() >= end) break;
        }
        const t0 = performance.now();
        const status = await w.step(n);
        into.latencies.push(performance.now() - t0);
        if (status >= 200 && status < 300) into.ok++;
        else into.failures[status] = (into.failures[status] ?? 0) + 1;
      }
    }),
  );
  into.seconds += (performance.now() - started) / 1000;
  return into;
}

export function summarise(s: LoadSamples): LoadStats {
  const sorted = [...s.latencies].sort((a, b) => a - b);
  return {
    requests: sorted.length,
    ok: s.ok,
    errors: sorted.length - s.ok,
    failures: s.failures,
    seconds: s.seconds,
    throughput: s.seconds > 0 ? s.ok / s.seconds : 0,
    p50: percentile(sorted, 50),
    p95: percentile(sorted, 95),
    p99: percentile(sorted, 99),
  };
}

/** Rows from a direct connection (better-sqlite3 or pg), outside the app; "?" placeholders. */
export async function queryRows<T>(url: string, sql: string, params: (string | number)[] = []): Promise<T[]> {
  if (url.startsWith("file:")) {
    const sqlite = new Database(sqliteFileOf(url), { readonly: true });
    try {
      return sqlite.prepare(sql).all(params) as T[];
    } finally {
      sqlite.close();
    }
  }
  const client = new pg.Client({ connectionString: url });
  await client.connect();
  try {
    let n = 0;
    return (await client.query(sql.replace(/\?/g, () => `$${++n}`), params)).rows as T[];
  } finally {
    await client.end();
  }
}

/** A COUNT(*) AS n query's result. */
export async function countRows(url: string, sql: string, params: (string | number)[] = []): Promise<number> {
  const rows = await queryRows<{ n: number | string | bigint }>(url, sql, params);
  return Number(rows[0]?.n ?? 0);
}

// ---------------------------------------------------------------------------------------------
// the study loop: answer → next question, with 50 students at once

/** The parts of the app's queue item (lib/study/types.ts) the client needs to answer. */
interface QuestionView {
  id: string;
  type: string;
  options?: string[];
  left?: string[];
  right?: string[];
}

/** A plausible answer to what the student sees: right or wrong, in the type's shape. */
export function answerFor(q: QuestionView | null, rand: () => number): unknown {
  if (!q) return 3;
  const pick = <T>(xs: T[] | undefined): T | undefined => (xs?.length ? xs[Math.floor(rand() * xs.length)] : undefined);
  switch (q.type) {
    case "mcq":
      return pick(q.options) ?? 0;
    case "multi":
      return (q.options ?? []).filter(() => rand() < 0.5);
    case "true_false":
      return rand() < 0.6;
    case "ordering":
      return q.options ?? [];
    case "matching":
      return (q.left ?? []).map((l, i) => [l, (q.right ?? [])[i] ?? ""]);
    case "flashcard":
      return pick([1, 2, 3, 3, 3, 3, 4]) ?? 3;
    default:
      return rand() < 0.5 ? "不知道" : "合作";
  }
}

export interface StudyLoopCounters {
  /** 2xx answers that wrote (result.replayed false). */
  firstAnswers: number;
  /** 2xx answers to a repeated request (same idempotency key), which must write nothing. */
  replays: number;
  /** Replays whose response did not say replayed (a duplicate would be written). */
  replayMismatches: number;
}

export interface StudyStudent {
  cookie: string;
  /** Question ids of the student's cards, to answer when the queue has nothing (all done for today). */
  questionIds: string[];
}

/**
 * One worker per student: POST /api/study/answer with the question the previous response gave
 * as next (or one of the student's cards when the queue is empty), every `replayEvery`-th request a
 * repeat of the previous one with its idempotency key (a retry after a lost response). With several
 * origins, a student's requests go to them in turn (sessions and idempotency must hold across servers).
 */
export function studyWorkers(
  origins: string[],
  students: StudyStudent[],
  runId: string,
  counters: StudyLoopCounters,
  { replayEvery = 10, seed = 1, thinkMs }: { replayEvery?: number; seed?: number; thinkMs?: [number, number] } = {},
): Worker[] {
  return students.map((student, i) => {
    const agents = origins.map(() => new http.Agent({ keepAlive: true, maxSockets: 1 }));
    let rand = seed * 7919 + i;
    const random = () => {
      rand = (Math.imul(rand, 1664525) + 1013904223) >>> 0;
      return rand / 4294967296;
    };
    let current: QuestionView | null = null;
    let previous: string | null = null;
    let serial = 0;
    let steps = 0; // across load windows (`n` restarts with each window)
    return {
      think: thinkMs ? () => thinkMs[0] + random() * (thinkMs[1] - thinkMs[0]) : undefined,
      async step() {
        const k = steps++;
        const o = (i + k) % origins.length;
        const replay = previous !== null && k % replayEvery === replayEvery - 1;
        let body: string;
        if (replay) body = previous!;
        else {
          const questionId = current?.id ?? student.questionIds[Math.floor(random() * student.questionIds.length)];
          body = JSON.stringify({
            questionId,
            answer: answerFor(current, random),
            durationMs: Math.round(2_000 + random() * 20_000),
            idempotencyKey: `bench-${runId}-${i}-${serial++}`,
          });
        }
        const res = await request(`${origins[o]}/api/study/answer`, {
          method: "POST",
          headers: { "content-type": "application/json", cookie: student.cookie },
          body,
          agent: agents[o],
        });
        if (res.status >= 200 && res.status < 300) {
          try {
            const out = JSON.parse(res.body) as { result?: { replayed?: boolean }; next?: { item?: { question?: QuestionView } | null } };
            if (replay) {
              counters.replays++;
              if (!out.result?.replayed) counters.replayMismatches++;
            } else counters.firstAnswers++;
            current = out.next?.item?.question ?? null;
          } catch {
            current = null;
          }
          previous = replay ? null : body;
        } else {
          current = null;
          previous = null;
        }
        return res.status;
      },
    };
  });
}

/** GET /api/health from the same number of connections: the trivial route of the same server(s). */
export function healthWorkers(origins: string[], count: number): Worker[] {
  return Array.from({ length: count }, (_, i) => {
    const agents = origins.map(() => new http.Agent({ keepAlive: true, maxSockets: 1 }));
    return {
      async step(n: number) {
        const o = (i + n) % origins.length;
        return (await request(`${origins[o]}/api/health`, { agent: agents[o] })).status;
      },
    };
  });
}

export const ms = (x: number): string => (Number.isFinite(x) ? `${x < 10 ? x.toFixed(1) : Math.round(x)} ms` : "–");
export const fmtLatency = (s: LoadStats): string => `p50 ${ms(s.p50)} · p95 ${ms(s.p95)} · p99 ${ms(s.p99)}`;
export const fmtFailures = (s: LoadStats): string =>
  s.errors ? `, ${s.errors} failed (${Object.entries(s.failures).map(([k, v]) => `${k === "0" ? "no response" : k}: ${v}`).join(", ")})` : "";

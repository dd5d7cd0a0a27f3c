/**
 * The built app for the benchmarks: `next build` into .next-bench (once per bench process), and
 * `next start` servers on free loopback ports, each in its own process group so that stopping it
 * stops everything it started. Servers still running when the bench process exits (an error, a
 * Ctrl-C) are killed then.
 */
import { spawn, type ChildProcess } from "node:child_process";
import http from "node:http";
import net from "node:net";
import { bin } from "../lib/run";

export const BENCH_DIST_DIR = ".next-bench";
/** The session secret every bench server shares (several servers must share one). */
export const BENCH_AUTH_SECRET = "wengu-bench-secret-not-for-production-0123456789";

const running = new Set<ChildProcess>();

function killGroup(child: ChildProcess, signal: NodeJS.Signals): void {
  if (child.pid === undefined || child.exitCode !== null || child.signalCode !== null) return;
  try {
    process.kill(-child.pid, signal); // the whole group: next start's own workers too
  } catch {
    try {
      child.kill(signal);
    } catch {
      /* gone already */
    }
  }
}

let exitHooked = false;
function hookExit(): void {
  if (exitHooked) return;
  exitHooked = true;
  process.on("exit", () => {
    for (const child of running) killGroup(child, "SIGKILL");
  });
  for (const signal of ["SIGINT", "SIGTERM"] as const) {
    process.once(signal, () => {
      for (const child of running) killGroup(child, "SIGKILL");
      process.exit(130);
    });
  }
}

/** Spawns a command in its own process group; resolves with its exit code and the tail of its output. */
function runGroup(command: string, args: string[], env: NodeJS.ProcessEnv, timeoutMs: number): Promise<{ code: number; tail: string }> {
  hookExit();
  return new Promise((resolve) => {
    let output = "";
    const child = spawn(command, args, { env, detached: true, stdio: ["ignore", "pipe", "pipe"] });
    running.add(child);
    const keep = (c: Buffer) => (output = (output + c.toString()).slice(-4000));
    child.stdout?.on("data", keep);
    child.stderr?.on("data", keep);
    const timer = setTimeout(() => {
      output += `\n(timed out after ${Math.round(timeoutMs / 1000)} s)`;
      killGroup(child, "SIGKILL");
    }, timeoutMs);
    child.on("error", (e) => {
      clearTimeout(timer);
      running.delete(child);
      resolve({ code: 1, tail: e.message });
    });
    child.on("close", (code) => {
      clearTimeout(timer);
      running.delete(child);
      resolve({ code: code ?? 1, tail: output });
    });
  });
}

let built: Promise<number> | undefined;

/**
 * Builds the app into .next-bench once per process (BENCH_SKIP_BUILD=1 reuses the last build).
 * Resolves with the build's duration in ms; throws with the end of its output when it fails.
 */
export function buildApp(): Promise<number> {
  built ??= (async () => {
    if (process.env.BENCH_SKIP_BUILD === "1") return 0;
    const t0 = performance.now();
    const { code, tail } = await runGroup(
      bin("next"),
      ["build"],
      { ...process.env, NEXT_DIST_DIR: BENCH_DIST_DIR, NEXT_TELEMETRY_DISABLED: "1" },
      15 * 60_000,
    );
    if (code !== 0) {
      const lines = tail.trim().split("\n").filter((l) => l.trim());
      throw new Error(`next build failed (exit ${code}): ${lines.slice(-4).join(" | ")}`);
    }
    return performance.now() - t0;
  })();
  return built;
}

/** A port nobody listens on right now, on 127.0.0.1. */
export function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const server = net.createServer();
    server.unref();
    server.on("error", reject);
    server.listen(0, "127.0.0.1", () => {
      const { port } = server.address() as net.AddressInfo;
      server.close(() => resolve(port));
    });
  });
}

/** One GET, resolving with the status (0 when nothing answers). */
export function getStatus(url: string, timeoutMs = 2_000): Promise<number> {
  return new Promise((resolve) => {
    const req = http.get(url, { timeout: timeoutMs, agent: false }, (res) => {
      res.resume();
      res.on("end", () => resolve(res.statusCode ?? 0));
    });
    req.on("timeout", () => req.destroy());
    req.on("error", () => resolve(0));
  });
}

export interface AppServer {
  origin: string;
  port: number;
  stop(): Promise<void>;
}

/** `next start` on a free loopback port against `databaseUrl`; resolves when /api/health answers 200. */
export async function startServer(databaseUrl: string, extraEnv: Record<string, string> = {}): Promise<AppServer> {
  hookExit();
  const port = await freePort();
  const origin = `http://127.0.0.1:${port}`;
  let output = "";
  const child = spawn(bin("next"), ["start", "-H", "127.0.0.1", "-p", String(port)], {
    env: {
      ...process.env,
      NODE_ENV: "production" as const,
      DATABASE_URL: databaseUrl,
      AUTH_SECRET: BENCH_AUTH_SECRET,
      WENGU_MODE: "production",
      WENGU_TEST_CLOCK: "0",
      NEXT_DIST_DIR: BENCH_DIST_DIR,
      NEXT_TELEMETRY_DISABLED: "1",
      ...extraEnv,
    },
    detached: true,
    stdio: ["ignore", "pipe", "pipe"],
  });
  running.add(child);
  const keep = (c: Buffer) => (output = (output + c.toString()).slice(-4000));
  child.stdout?.on("data", keep);
  child.stderr?.on("data", keep);
  const exited = new Promise<void>((resolve) => child.on("close", () => resolve()));
  const stop = async () => {
    killGroup(child, "SIGTERM");
    const done = await Promise.race([exited.then(() => true), new Promise<boolean>((r) => setTimeout(() => r(false), 5_000))]);
    if (!done) {
      killGroup(child, "SIGKILL");
      await exited;
    }
    running.delete(child);
  };
  const deadline = Date.now() + 90_000;
  while (Date.now() < deadline) {
    if (child.exitCode !== null || child.signalCode !== null) break;
    if ((await getStatus(`${origin}/api/health`)) === 200) return { origin, port, stop };
    await new Promise((r) => setTimeout(r, 250));
  }
  await stop();
  throw new Error(`next start did not come up on ${origin}: ${output.trim().split("\n").slice(-3).join(" | ") || "no output"}`);
}

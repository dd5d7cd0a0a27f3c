import "server-only";
/**
 * WAL checkpoints of a SQLite database, off the request path. SQLite copies the write-ahead log
 * back into the database inside the COMMIT that crosses wal_autocheckpoint; better-sqlite3 runs
 * that synchronously, so every request of the server waits for it (10,000 pages took about
 * 400 ms on our machine, every few seconds under load). A worker thread with its own connection
 * runs passive checkpoints instead: they copy what no reader still needs, without taking the
 * write lock, while the server goes on answering. If under steady load the log is never copied to
 * its end at the moment a write begins (when SQLite starts it over), the worker waits, briefly
 * holding writes back, for such a moment once the log passes RESTART_BYTES.
 */
import { Worker } from "node:worker_threads";

// plain CommonJS: the worker is started from source text, not from a file of the build
const WORKER_SOURCE = `
const fs = require("node:fs");
const { workerData: w } = require("node:worker_threads");
const Database = require("better-sqlite3");
const db = new Database(w.file, { fileMustExist: true, timeout: 50 });
const walBytes = () => { try { return fs.statSync(w.file + "-wal").size; } catch { return 0; } };
setInterval(() => {
  const bytes = walBytes();
  if (bytes < w.checkpointBytes) return;
  try {
    db.pragma(bytes > w.restartBytes ? "wal_checkpoint(RESTART)" : "wal_checkpoint(PASSIVE)");
  } catch {
    // busy (another checkpoint is running) or the file is gone: the next tick tries again
  }
}, w.everyMs);
`;

/**
 * Sizes of the log. The connection cuts the log file back to LOG_LIMIT_BYTES when it starts it
 * over, so the file's size is what was written since; each start costs the writer one fsync, so
 * the log is copied back in large steps (CHECKPOINT_BYTES), not as it grows.
 */
export const LOG_LIMIT_BYTES = 4 * 1024 * 1024;
const CHECKPOINT_BYTES = 48 * 1024 * 1024;
const RESTART_BYTES = 128 * 1024 * 1024;
/** The connection's own autocheckpoint while the worker runs (256 MiB of log), should the worker stop. */
export const BACKSTOP_PAGES = 65_536;

const started = new Map<string, Worker>();

export interface CheckpointSteps {
  /** How often the worker looks at the log's size. */
  everyMs?: number;
  /** The log's size from which it is copied back. */
  checkpointBytes?: number;
  /** The log's size from which the worker holds writes back to start it over. */
  restartBytes?: number;
}

/**
 * Starts the checkpointing worker for a database file (once per file and process); false when it
 * could not. The worker does not keep the process alive; if it stops, the connection's
 * autocheckpoint (BACKSTOP_PAGES) does the work inside COMMIT, as it would without it.
 */
export function checkpointInBackground(file: string, steps: CheckpointSteps = {}): boolean {
  if (!file || file === ":memory:") return false;
  if (started.has(file)) return true;
  const workerData = { file, everyMs: 100, checkpointBytes: CHECKPOINT_BYTES, restartBytes: RESTART_BYTES, ...steps };
  try {
    const worker = new Worker(WORKER_SOURCE, { eval: true, workerData });
    worker.unref();
    worker.on("error", () => started.delete(file));
    worker.on("exit", () => started.delete(file));
    started.set(file, worker);
    return true;
  } catch {
    return false; // worker threads unavailable: autocheckpoint inside COMMIT, as before
  }
}

/** Stops the worker of a database file, if one runs. */
export async function stopCheckpointing(file: string): Promise<void> {
  const worker = started.get(file);
  started.delete(file);
  await worker?.terminate();
}

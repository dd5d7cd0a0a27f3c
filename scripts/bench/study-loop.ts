/**
 * Bench: the study loop on the built app with SQLite. Builds into .next-bench, starts `next start`
 * on a free loopback port against the generated SQLite data (scripts/bench/_data.ts), signs 50
 * students in and measures answer → next question against /api/health in the same run; then
 * answerQuestion in-process. The server is always stopped.
 */
import { dataRows, sqliteDataset } from "./_dataset";
import { ms } from "./_load";
import { buildApp, startServer, type AppServer } from "./_server";
import { measureAnswerInProcess, measureStudyLoop } from "./_study";
import type { Bench, BenchRow } from "./types";

const SECTION = "study loop (SQLite)";

export const bench: Bench = async () => {
  const rows: BenchRow[] = [];
  let server: AppServer | undefined;
  try {
    const data = await sqliteDataset();
    rows.push(...dataRows(SECTION, data));
    const buildMs = await buildApp();
    if (buildMs) rows.push({ section: SECTION, name: "next build (.next-bench)", value: ms(buildMs) });
    server = await startServer(data.url);
    rows.push(...(await measureStudyLoop(SECTION, data, [server])));
  } catch (e) {
    rows.push({ section: SECTION, name: "could not run", value: (e as Error).message.split("\n")[0] });
  } finally {
    await server?.stop();
  }
  try {
    const data = await sqliteDataset();
    rows.push(...(await measureAnswerInProcess(SECTION, data)));
  } catch (e) {
    rows.push({ section: SECTION, name: "answerQuestion in-process: could not run", value: (e as Error).message.split("\n")[0] });
  }
  return rows;
};

/**
 * Bench: the same figures on PostgreSQL with two app servers. Generates the same data as the SQLite
 * sections (same size, same seed) into a new database wengu_bench_<pid> on BENCH_PG_URL's server
 * (default postgresql://postgres@127.0.0.1:5432/postgres), starts two `next start` processes on two
 * loopback ports against it, signs students in on the first and sends every student's requests to
 * the two in turn; then times answerQuestion and the dashboards in-process. The servers are always
 * stopped and the database is always dropped.
 */
import { measureDashboards } from "./_dashboards";
import { BENCH_PG_ADMIN_URL, dataRows, dropPostgresDataset, postgresDataset } from "./_dataset";
import { queryRows } from "./_load";
import { buildApp, startServer, type AppServer } from "./_server";
import { measureAnswerInProcess, measureStudyLoop } from "./_study";
import type { Bench, BenchRow } from "./types";

const SECTION = "PostgreSQL, 2 servers";

const failed = (name: string, e: unknown): BenchRow => ({ section: SECTION, name, value: (e as Error).message.split("\n")[0] });

export const bench: Bench = async () => {
  const rows: BenchRow[] = [];
  try {
    await queryRows(BENCH_PG_ADMIN_URL, "SELECT 1");
  } catch (e) {
    return [failed(`could not run: PostgreSQL not reachable at ${BENCH_PG_ADMIN_URL.replace(/\/\/[^@/]*@/, "//…@")}`, e)];
  }
  const servers: AppServer[] = [];
  try {
    const data = await postgresDataset();
    rows.push(...dataRows(SECTION, data));
    try {
      await buildApp();
      servers.push(await startServer(data.url), await startServer(data.url));
      rows.push(...(await measureStudyLoop(SECTION, data, servers)));
    } catch (e) {
      rows.push(failed("study loop: could not run", e));
    } finally {
      await Promise.all(servers.map((s) => s.stop()));
    }
    try {
      rows.push(...(await measureAnswerInProcess(SECTION, data)));
    } catch (e) {
      rows.push(failed("answerQuestion in-process: could not run", e));
    }
    rows.push(...(await measureDashboards(SECTION, data)));
  } catch (e) {
    rows.push(failed("could not run", e));
  } finally {
    await Promise.all(servers.map((s) => s.stop()));
    await dropPostgresDataset().catch((e: unknown) => rows.push(failed("could not drop the bench database", e)));
  }
  return rows;
};

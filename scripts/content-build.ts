/**
 * `npm run content:build`: content/sources/*.txt|.md → content/banks/default.json, one summary line.
 * Called by `npm start` before the import; deterministic, so re-running writes the same bytes.
 */
import { existsSync, mkdirSync } from "node:fs";
import { bankFromPath, typeSummary, writeBank } from "../lib/content/generate/from-files";

const SOURCES = "content/sources";
const OUT = "content/banks/default.json";

async function main(): Promise<number> {
  const t0 = performance.now();
  if (!existsSync(SOURCES)) {
    mkdirSync(SOURCES, { recursive: true });
    console.error(`content:build: ${SOURCES}/ was missing (created it); put .txt or .md documents there and run again.`);
    return 1;
  }
  try {
    const { bank, report, skipped } = await bankFromPath(SOURCES);
    for (const s of skipped) console.error(`content:build: skipped ${s.file ?? ""}: ${s.message}`);
    writeBank(OUT, bank);
    const cov = Object.entries(report.coverage)
      .map(([k, c]) => `${k} ${Math.round(c.share * 100)}%`)
      .join(", ");
    console.log(
      `content:build: ${report.documents} documents, ${report.facts} facts → ${report.questions} questions (${typeSummary(report)}); coverage ${cov} → ${OUT} in ${Math.round(performance.now() - t0)} ms`,
    );
    return 0;
  } catch (e) {
    console.error(`content:build: ${(e as Error).message}`);
    return 1;
  }
}

main().then((code) => process.exit(code));

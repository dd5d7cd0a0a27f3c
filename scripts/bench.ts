/**
 * `npm run bench [-- section…]`: prints a table of figures. Never fails on a figure; a section
 * that cannot run says why and the others go on. Each section lives in scripts/bench/<name>.ts.
 */
import "./lib/load-env";
import fs from "node:fs";
import path from "node:path";
import type { Bench, BenchRow } from "./bench/types";

async function main() {
  const wanted = process.argv.slice(2).filter((a) => !a.startsWith("-"));
  const dir = path.join(__dirname, "bench");
  const sections = fs
    .readdirSync(dir)
    .filter((f) => f.endsWith(".ts") && f !== "types.ts" && !f.includes(".test.") && !f.startsWith("_"))
    .map((f) => f.replace(/\.ts$/, ""))
    .filter((name) => wanted.length === 0 || wanted.includes(name))
    .sort();
  const rows: BenchRow[] = [];
  for (const name of sections) {
    const mod = (await import(path.join(dir, `${name}.ts`))) as { bench?: Bench };
    if (typeof mod.bench !== "function") continue;
    process.stderr.write(`… ${name}\n`);
    try {
      rows.push(...(await mod.bench()));
    } catch (error) {
      rows.push({ section: name, name: "could not run", value: (error as Error).message.split("\n")[0] });
    }
  }
  printTable(rows);
}

function printTable(rows: BenchRow[]) {
  const header = ["section", "measure", "figure", "target"];
  const cells = rows.map((r) => [r.section, r.name, r.value, r.target ?? ""]);
  const width = (s: string) => [...s].reduce((w, ch) => w + (/[\u3000-\u9fff\uff00-\uffef]/.test(ch) ? 2 : 1), 0);
  const widths = header.map((h, i) => Math.max(width(h), ...cells.map((c) => width(c[i]))));
  const line = (c: string[]) => c.map((s, i) => s + " ".repeat(widths[i] - width(s))).join("  ");
  console.log("\n" + line(header));
  console.log(widths.map((w) => "-".repeat(w)).join("  "));
  for (const c of cells) console.log(line(c));
}

void main();

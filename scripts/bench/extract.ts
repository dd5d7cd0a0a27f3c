/**
 * Extraction speed: the five source documents (median of several runs, one core), and
 * synthetic corpora of 2.5, 5 and 10 MB built from them (time, heap growth, peak RSS),
 * to see that cost grows linearly. Figures only: a slow one is reported, never thrown.
 */
import path from "node:path";
import { buildCorpus } from "../../lib/content/pipeline";
import { rawDocumentFromText, readDocuments } from "../../lib/content/read";
import type { RawDocument } from "../../lib/content/types";
import type { Bench, BenchRow } from "./types";

const SOURCES = path.join(__dirname, "../../content/sources");
const MB = 1024 * 1024;

function median(xs: number[]): number {
  const s = [...xs].sort((a, b) => a - b);
  return s[Math.floor(s.length / 2)];
}

/** Documents of about `bytes` UTF-8 bytes, made of the sources repeated (each copy a separate document). */
function syntheticCorpus(sources: RawDocument[], bytes: number): RawDocument[] {
  const docs: RawDocument[] = [];
  let size = 0;
  for (let i = 0; size < bytes; i++) {
    const src = sources[i % sources.length];
    docs.push(rawDocumentFromText(`${src.id}_copy${i}`, `${src.file}#${i}`, src.raw));
    size += Buffer.byteLength(src.raw, "utf8");
  }
  return docs;
}

function measure(docs: RawDocument[]): { ms: number; heapMb: number; rssMb: number; facts: number } {
  (globalThis as { gc?: () => void }).gc?.();
  const heapBefore = process.memoryUsage().heapUsed;
  let peakRss = process.memoryUsage().rss;
  const timer = setInterval(() => (peakRss = Math.max(peakRss, process.memoryUsage().rss)), 50);
  const started = performance.now();
  const corpus = buildCorpus(docs, { onProgress: () => (peakRss = Math.max(peakRss, process.memoryUsage().rss)) });
  const ms = performance.now() - started;
  clearInterval(timer);
  const heapMb = (process.memoryUsage().heapUsed - heapBefore) / MB;
  return { ms, heapMb, rssMb: Math.max(peakRss, process.memoryUsage().rss) / MB, facts: corpus.facts.length };
}

export const bench: Bench = async () => {
  const rows: BenchRow[] = [];
  const sources = readDocuments(SOURCES);
  buildCorpus(sources); // warm-up (JIT)
  const runs: number[] = [];
  for (let i = 0; i < 5; i++) {
    const started = performance.now();
    buildCorpus(sources);
    runs.push(performance.now() - started);
  }
  rows.push({ section: "extract", name: "five documents (median of 5, one core)", value: `${Math.round(median(runs))} ms`, target: "< 1 s" });

  const perMb: number[] = [];
  for (const size of [2.5, 5, 10]) {
    const docs = syntheticCorpus(sources, size * MB);
    const m = measure(docs);
    perMb.push(m.ms / size);
    rows.push({
      section: "extract",
      name: `${size} MB synthetic corpus (${docs.length} docs, ${m.facts} facts)`,
      value: `${(m.ms / 1000).toFixed(1)} s, heap +${Math.round(m.heapMb)} MB, peak RSS ${Math.round(m.rssMb)} MB`,
      target: size === 10 ? "< 60 s, < 1 GB" : undefined,
    });
  }
  rows.push({
    section: "extract",
    name: "time per MB at 2.5 / 5 / 10 MB (linear when flat)",
    value: perMb.map((x) => `${(x / 1000).toFixed(2)} s`).join(" / "),
  });
  return rows;
};

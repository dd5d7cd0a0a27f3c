/**
 * Numbered items of notes or slides, each a name on a line of its own with lines about it below
 * ("①某某合作区" then "某公司运营，起步区面积……"), three or more: a matching of the names to what the
 * text says of each, which tests the agreements and concepts the item lines name.
 */
import type { ExtractedFact } from "../../types";
import type { Draft, GenContext } from "../model";
import { fold } from "../text";
import { factKey, matchingDraft } from "./common";

const CIRCLED = "①②③④⑤⑥⑦⑧⑨⑩⑪⑫⑬⑭⑮⑯⑰⑱⑲⑳";
const ITEM = /^([①-⑳])\s*([^，。；：:！？]{2,30})$/u;
/** A line that opens another part of the text: a section number, a label ending in a colon, a rating. */
const SECTION = /^(?:[一二三四五六七八九十]+、|第[一二三四五六七八九十\d]+[章节部分讲]|[（(][一二三四五六七八九十\d]+[）)])|[：:]$|★/u;

export interface NumberedItem {
  /** the item line without its number */
  line: string;
  /** the name it gives, without a bracket after it ("某区（简称……）" → "某区") */
  name: string;
  details: string[];
}

/** Runs of numbered items (①, ②, ③ … in order) with the lines under each, from a text's lines. */
export function numberedItems(text: string): NumberedItem[][] {
  const lines = text.split("\n").map((l) => l.trim()).filter(Boolean);
  const runs: NumberedItem[][] = [];
  let run: NumberedItem[] = [];
  let open: NumberedItem | undefined;
  const close = () => {
    if (run.length >= 3) runs.push(run);
    run = [];
    open = undefined;
  };
  for (const l of lines) {
    const m = ITEM.exec(l);
    if (m) {
      const n = CIRCLED.indexOf(m[1]!);
      if (n !== run.length) close();
      if (n !== 0 && run.length === 0) continue;
      open = { line: m[2]!.trim(), name: m[2]!.trim().replace(/[（(][^（）()]*[）)]$/u, "").trim(), details: [] };
      run.push(open);
    } else if (open && !SECTION.test(l) && open.details.length < 2) open.details.push(l);
    else close();
  }
  close();
  return runs;
}

/** Two-character words of a text (Chinese characters only). */
function bigrams(t: string): Set<string> {
  const cjk = t.replace(/[^\u3400-\u9fff]/gu, " ");
  const out = new Set<string>();
  for (let i = 0; i + 1 < cjk.length; i++) if (cjk[i] !== " " && cjk[i + 1] !== " ") out.add(cjk.slice(i, i + 2));
  return out;
}

/**
 * What the text says of an item, as the clauses of its first detail line that share no word with the
 * item's own line (a shared word would give the pair away), up to 30 characters; undefined when
 * too little is left.
 */
export function itemDescription(item: NumberedItem): string | undefined {
  const own = bigrams(item.line);
  for (const detail of item.details) {
    const kept: string[] = [];
    for (const clause of detail.replace(/[。；]$/u, "").split("，")) {
      if ([...bigrams(clause)].some((b) => own.has(b))) break;
      if ([...kept, clause].join("，").length > 30) break;
      kept.push(clause);
    }
    const text = kept.join("，");
    if (text.replace(/[^\u3400-\u9fff]/gu, "").length >= 6) return text;
  }
  return undefined;
}

const KINDS = new Set(["agreement", "concept"]);

function keyName(f: ExtractedFact): string {
  const n = f.kind === "agreement" ? f.value.name : f.kind === "concept" ? f.value.term : f.quote;
  return n.replace(/^《|》$/gu, "");
}

export function buildItemMatchings(ctx: GenContext): Draft[] {
  const out: Draft[] = [];
  for (const doc of ctx.corpus.documents) {
    for (const run of numberedItems(doc.text)) {
      const described = run.flatMap((item) => {
        const text = itemDescription(item);
        return text ? [{ item, text }] : [];
      });
      if (described.length < 3 || described.length > 6) continue;
      const names = new Set(described.map((d) => fold(d.item.name)));
      const texts = new Set(described.map((d) => fold(d.text)));
      if (names.size !== described.length || texts.size !== described.length) continue;
      const lines = described.map((d) => d.item.line);
      // (a fact whose name the matching shows: not the short form in the bracket it leaves out)
      const lineOf = (f: ExtractedFact) => lines.findIndex((l, i) => f.context.sentence.trim().endsWith(l) && described[i]!.item.name.includes(keyName(f)));
      const facts = ctx.corpus.facts
        .filter((f) => f.documentId === doc.doc.id && KINDS.has(f.kind) && lineOf(f) >= 0)
        .sort((a, b) => lineOf(a) - lineOf(b) || (factKey(a) < factKey(b) ? -1 : 1));
      if (facts.length === 0) continue;
      out.push(
        matchingDraft(ctx, {
          variant: "match-item",
          facts,
          prompt: "根据原文，将下列各项与原文对它的介绍配对：",
          pairs: described.map((d): [string, string] => [d.item.name, d.text]),
          tags: ["matching", ...new Set(facts.map((f) => f.kind))],
        }),
      );
    }
  }
  return out;
}

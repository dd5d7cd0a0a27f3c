/**
 * A name and the other name the text gives it ("……某某国际运输走廊，又称“某某走廊”"): a cloze asking the
 * other name beside the name, which tests both when both are facts.
 */
import type { ExtractedFact } from "../../types";
import { explain } from "../context";
import type { Draft, GenContext } from "../model";
import { CLOZE_BLANK } from "../context";
import { draft } from "./common";

const ALIAS = /[，,]\s*(?:又称|又名|也称|亦称|俗称|别称)[“"「]([^”"」，。]{2,16})[”"」]/gu;

function keyName(f: ExtractedFact): string | undefined {
  if (f.kind === "agreement") return f.value.name.replace(/^《|》$/gu, "");
  if (f.kind === "concept") return f.value.term;
  return undefined;
}

/** The other name a sentence gives right after `name` ("X，又称“Y”"), or undefined. */
export function aliasOf(sentence: string, name: string): string | undefined {
  for (const m of sentence.matchAll(ALIAS)) {
    if (!sentence.slice(0, m.index).endsWith(name)) continue;
    const alias = m[1]!.trim();
    if (alias === name || name.includes(alias) || alias.includes(name)) return undefined;
    return alias;
  }
  return undefined;
}

export function buildAliasQuestions(ctx: GenContext, f: ExtractedFact): Draft[] {
  const name = keyName(f);
  if (!name || name.length < 4) return [];
  const alias = aliasOf(f.context.sentence, name);
  if (!alias) return [];
  // the other name, when the extractor found it as a fact of the same sentence, is tested as well
  const other = ctx.corpus.facts.filter((g) => g !== f && g.documentId === f.documentId && g.context.sentence === f.context.sentence && keyName(g) === alias);
  return [
    draft(ctx, {
      type: "cloze",
      variant: "alias-cloze",
      facts: [f, ...other],
      prompt: `根据原文填空：${name}，又称“${CLOZE_BLANK}”。`,
      answer: alias,
      accepted: [alias, `“${alias}”`],
      blanked: alias,
      explanation: explain(ctx, f, `空格处应填“${alias}”。`),
      tags: [f.kind, "alias"],
    }),
  ];
}

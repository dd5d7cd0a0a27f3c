/**
 * A name and the other name the text gives it ("……某某国际运输走廊，又称“某某走廊”"): a cloze asking the
 * other name beside the name, which tests both when both are facts.
 */
import type { ExtractedFact } from "../../types";
import { explain } from "../context";
import type { Draft, GenContext } from "../model";
import { CLOZE_BLANK } from "../context";
import { type GivenNames, namesGivenIn, OTHER_NAME_MARKS, SHORT_NAME_MARKS } from "../other-names";
import { draft } from "./common";

function keyName(f: ExtractedFact): string | undefined {
  if (f.kind === "agreement") return f.value.name.replace(/^《|》$/gu, "");
  if (f.kind === "concept") return f.value.term;
  return undefined;
}

/** The other name a sentence gives right after `name` ("X，又称“Y”"), or undefined. */
export function aliasOf(sentence: string, name: string): string | undefined {
  for (const given of namesGivenIn(sentence)) {
    const f = given.forms[0]!;
    if (given.bracketed || !OTHER.includes(f.mark ?? "") || !/^[“"「][^”"」，。]{2,16}[”"」]$/u.test(f.written)) continue;
    if (!sentence.slice(0, given.at).endsWith(name)) continue;
    const alias = f.form;
    if (alias === name || name.includes(alias) || alias.includes(name)) return undefined;
    return alias;
  }
  return undefined;
}

const OTHER: readonly string[] = OTHER_NAME_MARKS;
const SHORT: readonly string[] = SHORT_NAME_MARKS;
/** The words without which `shortNameOf` finds nothing. */
const SHORT_NAME_WORDS = [...SHORT_NAME_MARKS, "通称", "称之为"];

/** The short name in brackets right after a name: "（以下简称“某某”）", "（简称某某，ABC）", "（下称《某某》）". */
function bracketedShortName(given: GivenNames | undefined): string | undefined {
  const f = given?.bracketed ? given.forms[0] : undefined;
  if (!f?.mark || !SHORT.includes(f.mark.replace(/为$/u, ""))) return undefined;
  if (/^[“"「《][^”"」》，。（）()]{2,16}[”"」》]$/u.test(f.written) || /^[\u3400-\u9fff]{2,8}$/u.test(f.written)) return f.form;
  return undefined;
}

/**
 * The short name a sentence gives right after `name`, in brackets ("《某某协定》（以下简称“某协定”）") or in a
 * clause after it that names another fact of the sentence ("……《某某备忘录》，后来一般简称“某某”合作备忘录"):
 * never one with a digit ("1992年协定" is the text's own shorthand), nor one the name holds.
 */
export function shortNameOf(sentence: string, name: string, others: readonly string[] = []): string | undefined {
  const givens = namesGivenIn(sentence);
  for (let at = sentence.indexOf(name); at >= 0; at = sentence.indexOf(name, at + 1)) {
    const end = at + name.length;
    const after = sentence.slice(end);
    let short = bracketedShortName(givens.find((g) => g.at === end || (g.at === end + 1 && g.closer === "》")));
    if (!short) {
      // a clause right after the name that says what it is called, ending on the name of another fact
      const lead = /^》?[，,][^，。；！？]{0,10}?(?:简称|简称为|通称|称之为)/u.exec(after);
      const rest = lead ? after.slice(lead[0].length) : "";
      short = lead ? others.filter((o) => rest.startsWith(o) && /^(?:[。；，！？]|$)/u.test(rest.slice(o.length))).sort((a, b) => b.length - a.length)[0] : undefined;
    }
    if (!short) continue;
    const bare = short.replace(/[“”"「」《》]/gu, "");
    if (/\d/u.test(bare) || bare === name || name.includes(bare) || bare.includes(name) || bare.length < 2) return undefined;
    return short;
  }
  return undefined;
}

export function buildAliasQuestions(ctx: GenContext, f: ExtractedFact): Draft[] {
  const name = keyName(f);
  if (!name || name.length < 4) return [];
  const alias = aliasOf(f.context.sentence, name);
  if (!alias) return [...buildShortNameQuestions(ctx, f, name), ...buildRenameQuestions(ctx, f, name)];
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

/** "《某某协定》，简称“____”。": the short name the text gives a name, which tests both when both are facts. */
function buildShortNameQuestions(ctx: GenContext, f: ExtractedFact, name: string): Draft[] {
  const sentence = f.context.sentence;
  // (most sentences give no short name: the corpus is not searched for them)
  if (!SHORT_NAME_WORDS.some((w) => sentence.includes(w))) return [];
  const same = ctx.corpus.facts.filter((g) => g !== f && g.documentId === f.documentId && g.context.sentence === sentence && keyName(g));
  const short = shortNameOf(sentence, name, same.map((g) => keyName(g)!));
  if (!short) return [];
  const bare = short.replace(/[“”"「」《》]/gu, "");
  // (and the short name where the text uses it again: "此后《某备忘录》成为……" is the same document)
  const other = ctx.corpus.facts.filter(
    (g) => g !== f && g.documentId === f.documentId && g.kind === f.kind && keyName(g)?.replace(/[“”"「」《》]/gu, "") === bare && (g.context.sentence === sentence || g.span.start > f.span.start),
  );
  const shown = sentence.includes(`《${name}》`) ? `《${name}》` : name;
  // a short name with marks of its own ("“某某”合作备忘录") is blanked without another pair round it
  const blank = /[“”"「」]/u.test(short) ? CLOZE_BLANK : `“${CLOZE_BLANK}”`;
  return [
    draft(ctx, {
      type: "cloze",
      variant: "short-name-cloze",
      facts: [f, ...other],
      prompt: `根据原文填空：${shown}，简称${blank}。`,
      answer: bare,
      accepted: [...new Set([bare, short, `“${bare}”`, `《${bare}》`])],
      blanked: bare,
      explanation: explain(ctx, f, `空格处应填“${short}”。`),
      tags: [f.kind, "alias"],
    }),
  ];
}

/** "“甲合作”由此扩展为“乙合作”", "甲项目改名为乙": a name the text says became another. */
const RENAMED = /^[”」》]?\s*(?:由此|随后|后来|此后|从而|遂|也)?(?:扩展|扩大|更名|改名|升级|调整)为\s*[“「《]?/u;
const RENAMING_VERB = /(?:扩展|扩大|更名|改名|升级|调整)为/u;

/**
 * The name a named thing became ("……，“甲合作”由此扩展为“乙合作”"), when both are facts of the sentence: a short
 * answer on the sentence up to the verb ("……“甲合作”由此扩展为什么？"), which tests both.
 */
export function renamedAs(sentence: string, name: string, others: readonly string[]): { asked: string; answer: string } | undefined {
  const at = sentence.indexOf(name);
  if (at < 0) return undefined;
  const after = sentence.slice(at + name.length);
  const m = RENAMED.exec(after);
  if (!m) return undefined;
  const rest = after.slice(m[0].length);
  const next = others.filter((o) => o !== name && rest.startsWith(o) && /^(?:[”」》]?\s*(?:[，。；！？]|$))/u.test(rest.slice(o.length))).sort((a, b) => b.length - a.length)[0];
  if (!next) return undefined;
  // the sentence up to the verb, without the opening mark of the new name
  const asked = sentence.slice(0, at + name.length) + m[0].replace(/[“「《]\s*$/u, "");
  return { asked, answer: next };
}

function buildRenameQuestions(ctx: GenContext, f: ExtractedFact, name: string): Draft[] {
  if (f.kind !== "agreement") return [];
  const sentence = f.context.sentence;
  if (!RENAMING_VERB.test(sentence)) return [];
  const same = ctx.agreements.filter((g) => g !== f && g.documentId === f.documentId && g.context.sentence === sentence);
  const r = renamedAs(sentence, name, same.map((g) => keyName(g)!));
  if (!r) return [];
  const other = same.filter((g) => keyName(g) === r.answer);
  return [
    draft(ctx, {
      type: "short_answer",
      variant: "renamed-as",
      facts: [f, ...other],
      prompt: `根据原文回答：${r.asked}什么？`,
      answer: r.answer,
      accepted: [...new Set([r.answer, `“${r.answer}”`, `《${r.answer}》`])],
      explanation: explain(ctx, f, `答案：${r.answer}。`),
      tags: [f.kind, "alias"],
    }),
  ];
}

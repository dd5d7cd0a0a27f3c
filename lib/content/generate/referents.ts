/**
 * What a question's text refers to without naming it. A treaty's own text says "本协定" throughout: a question
 * cut from it ("本协定有效期为（    ）。") does not say which agreement; the heading the text stands under does.
 */
import type { GenContext } from "./model";
import { groupLabel, namesForeignCountry, partnerLabel } from "./parties";
import { unnamedCountries, unnamedSides } from "./selfcheck";

/** A treaty's word for itself ("本协定", "本条约"). */
const OWN_INSTRUMENT = /本(协定|条约|协议|公约|议定书|宪章)/u;

/**
 * The name of the instrument whose own text holds a raw offset: the one heading (or title) above it that
 * ends in `head` ("……关于铁路合作的协定" for 本协定); undefined when none does or two different ones do.
 */
export function ownInstrumentName(ctx: GenContext, documentId: string, rawStart: number, head: string): string | undefined {
  const names = new Set<string>();
  for (const s of ctx.sentences.get(documentId) ?? []) {
    if (s.raw.start >= rawStart) break;
    if (s.blockLabel !== "heading" && s.blockLabel !== "title") continue;
    const name = s.text.trim().replace(/^《|》$/gu, "");
    if (name.endsWith(head) && name.length >= head.length + 6 && !/[，。；：:]/u.test(name)) names.add(name);
  }
  return names.size === 1 ? [...names][0] : undefined;
}

/**
 * "本协定有效期为（    ）。" → "《甲乙两国政府关于某某的协定》有效期为（    ）。": the first 本协定 says the name, a later
 * one reads 该协定 after it. Left as written when the answer is part of the name or the name part of the answer.
 */
export function withOwnInstrumentNamed(text: string, name: (head: string) => string | undefined, answer: string): string {
  const m = OWN_INSTRUMENT.exec(text);
  if (!m) return text;
  const head = m[1]!;
  const own = name(head);
  if (!own || (answer !== "" && (own.includes(answer) || answer.includes(own)))) return text;
  const at = m.index;
  const rest = text.slice(at + m[0].length).replace(new RegExp(`本${head}`, "gu"), `该${head}`);
  return `${text.slice(0, at)}《${own}》${rest}`;
}

/** A 双方 whose sides are what is asked ("双方是（    ）", "双方分别为____"). */
const ASKS_SIDES = /^(?:双方|雙方)(?:分别)?(?:是|为|為)/u;

/**
 * "双方支持某倡议同（    ）对接" in a text whose title is about one pair ("中俄全面战略协作的新阶段"): the pair the
 * title names before the bare 双方/两国 ("中俄双方"). `label` is the title's pair ("中俄", "中国和匈牙利", "中国—东盟");
 * a group is one side of a 双方, never a 两国. Left as written when the answer writes the label or its country.
 */
export function withTitlePairNamed(text: string, label: string, answer: string): string {
  const group = /^中国—|^中[非阿欧拉]$/u.test(label);
  const country = /^中国和(.+)$/u.exec(label)?.[1];
  if (answer !== "" && (answer.includes(label) || (country !== undefined && answer.includes(country)))) return text;
  const m = /双方|两国|雙方|兩國/u.exec(text);
  // (not a 双方 asked for: "某协议的双方是（    ）" asks who signed it, and a side the answer names is no pair)
  if (!m || /(?:缔约|締約)$/u.test(text.slice(0, m.index)) || (group && /两国|兩國/u.test(m[0])) || ASKS_SIDES.test(text.slice(m.index)) || /中国|中方|中华人民共和国/u.test(answer)) return text;
  const shown = group ? label.replace(/^中国—/u, "中国和") : label;
  return `${text.slice(0, m.index)}${shown}${text.slice(m.index)}`;
}

/**
 * The pair a document's title is about ("中俄", "中国和匈牙利", "中国—东盟"), for a bare 双方/两国 of the sentence at
 * `rawStart`: undefined when the title names no one pair, or that sentence or the one before it (same paragraph)
 * names a country or group besides the title's pair (the 双方 may be theirs).
 */
export function titlePair(ctx: GenContext, documentId: string, rawStart: number): string | undefined {
  const title = ctx.docs.get(documentId)?.title ?? "";
  const label = partnerLabel(title) ?? groupLabel(title);
  if (!label) return undefined;
  const list = ctx.sentences.get(documentId) ?? [];
  const i = list.findIndex((s) => s.raw.start <= rawStart && rawStart < s.raw.end);
  if (i < 0) return undefined;
  const near = [list[i]!, ...(i > 0 && list[i - 1]!.paragraph === list[i]!.paragraph ? [list[i - 1]!] : [])];
  return near.every((s) => !namesForeignCountry(s.text) || (partnerLabel(s.text) ?? groupLabel(s.text)) === label) ? label : undefined;
}

/** Whether a shown text speaks of a 双方 or counts countries (两国) it names no side of. */
export function unnamedPairShown(text: string): boolean {
  const body = text.replace(/^[^：]*?(?:原文|正误|一项|数字)[^：]*：/u, "");
  return unnamedSides(body) || unnamedCountries(body) || (/两国|兩國/u.test(body) && unnamedSides(body.replace(/两国|兩國/gu, "双方")));
}

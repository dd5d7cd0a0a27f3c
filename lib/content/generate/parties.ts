/**
 * "两国", "双方" with no country in their sentence: the two countries named by the text around it
 * (the sentence before, the paragraph so far, the document's title and first paragraph), so that a
 * question can say "中柬两国" instead of being dropped. Nothing is named when the text is ambiguous.
 */
import { COUNTRY_ABBREVIATIONS, COUNTRY_FORMS, REGIONS } from "../extract/vocabulary";
import type { Sentence } from "../types";
import type { GenContext } from "./model";

/** One-character forms that name a country (not a region or a group: 非, 拉, 欧, 阿). */
const COUNTRY_CHARS = Object.entries(COUNTRY_ABBREVIATIONS)
  .filter(([c, name]) => c !== "中" && c !== "所" && !/洲|拉美|欧盟|国家/u.test(name))
  .map(([c]) => c)
  .join("");
const PAIR = new RegExp(`中([${COUNTRY_CHARS}])(?![${COUNTRY_CHARS}洲年方部文外资企式型小大心央期亚东西南北社网望库书门着来])`, "gu");

/** "中日韩": China and two one-character country forms, written as one word. */
const TRIO = new RegExp(`中[${COUNTRY_CHARS}]{2}(?![${COUNTRY_CHARS}洲年方部文外资企])`, "gu");

/**
 * Regions and groups ("南亚国家", "海合会", "中阿", "发展中国家"): a side of a relation that is no one
 * country, so that "双方" next to them may not be China and one country.
 */
const GROUPS = new RegExp(`${REGIONS.join("|")}|海合会|海湾|[\u3400-\u9fff]{2}国家|各国|多国|中[海阿非拉欧](?=[\u3400-\u9fff])`, "u");

/** The countries other than China a text names: full names, and the second character of "中某" pairs. */
function partiesOf(text: string): { names: Set<string>; chars: Set<string> } {
  const names = new Set<string>();
  let rest = text;
  for (const [form, name] of COUNTRY_FORMS) {
    if (!rest.includes(form)) continue;
    rest = rest.split(form).join("□");
    if (name !== "中国") names.add(name);
  }
  const chars = new Set([...text.matchAll(PAIR)].map((m) => m[1]!));
  return { names, chars };
}

/**
 * The label of the one country other than China a text names ("中柬" as the text writes its pair,
 * else "中国和新西兰"), or undefined (none, several, or China not named). A pair character and a
 * full name it begins ("中巴" and 巴西) are the same country.
 */
export function partnerLabel(text: string): string | undefined {
  const { names, chars } = partiesOf(text);
  const lone = [...chars].filter((c) => ![...names].some((n) => n.startsWith(c)));
  if (names.size + lone.length !== 1 || chars.size > 1 || GROUPS.test(text) || !namesChina(text)) return undefined;
  const c = [...chars][0];
  return c ? `中${c}` : `中国和${[...names][0]}`;
}

/** Whether a text names a country other than China, or a region or group. */
export function namesForeignCountry(text: string): boolean {
  const { names, chars } = partiesOf(text);
  return names.size + chars.size > 0 || GROUPS.test(text);
}

function namesChina(text: string): boolean {
  return /中国|中方|中华人民共和国|我国|访华|来华|在华|对华/u.test(text) || new RegExp(PAIR.source, "u").test(text);
}

const partnerCache = new WeakMap<GenContext, Map<string, string | undefined>>();

/** The document's own pair: its title and first paragraph name China and exactly one other country. */
function documentPartner(ctx: GenContext, documentId: string): string | undefined {
  let cache = partnerCache.get(ctx);
  if (!cache) partnerCache.set(ctx, (cache = new Map()));
  if (cache.has(documentId)) return cache.get(documentId);
  const doc = ctx.docs.get(documentId);
  const list = ctx.sentences.get(documentId) ?? [];
  const first = list[0]?.paragraph;
  const opening = [doc?.title ?? "", ...list.filter((s) => s.paragraph === first).map((s) => s.text)].join("。");
  const partner = partnerLabel(opening);
  cache.set(documentId, partner);
  return partner;
}

/**
 * What may stand before the subject "两国/双方/三国": a clause, a date, or a time word written with no
 * comma ("近年来两国之间……", "此后双方……").
 */
const LEAD = String.raw`(?:[^，。；]{0,16}[，,]|\d{4}年(?:\d{1,2}月)?(?:\d{1,2}日)?|(?:近年来|多年来|长期以来|近些年|此后|随后|同年|当年|目前|如今)(?![，,]))?`;

/** A sentence whose subject is "两国"/"双方"/"两国元首"/"双边关系"… (after a clause or a date) with no country of its own. */
export const UNNAMED_PAIR = new RegExp(`^${LEAD}(?:(?:双方|两国)(?!关系)|双边(?=关系))`, "u");

/**
 * The label of the pair ("中柬") for the unnamed pair of sentence `i` of a document: from the sentence
 * before (same paragraph), else the paragraph so far, else the document's opening. Undefined when
 * the nearest text that names countries names more than one, or none names China's partner.
 */
export function partnerFor(ctx: GenContext, documentId: string, list: readonly Sentence[], i: number, shown?: string): string | undefined {
  const here = list[i];
  if (!here) return undefined;
  // (`shown`: the sentence as the question shows it, without the key it blanks)
  if (namesForeignCountry(shown ?? here.text)) return undefined;
  const before = list.slice(0, i).filter((s) => s.paragraph === here.paragraph);
  const prev = before[before.length - 1];
  if (prev && namesForeignCountry(prev.text)) return partnerLabel(prev.text);
  const paragraph = before.map((s) => s.text).join("。");
  if (namesForeignCountry(paragraph)) return partnerLabel(paragraph);
  return documentPartner(ctx, documentId);
}

/** A sentence whose subject is "三国" with no country of its own. */
export const UNNAMED_TRIO = new RegExp(`^${LEAD}三国(?!关系)`, "u");

/**
 * The trio ("中日韩") for an unnamed "三国" of sentence `i`: the sentence before (same paragraph), else the
 * paragraph so far, else the document's title and first paragraph, whichever first writes one.
 */
export function trioFor(ctx: GenContext, documentId: string, list: readonly Sentence[], i: number, shown?: string): string | undefined {
  const here = list[i];
  if (!here || (shown ?? here.text).match(TRIO)) return undefined;
  const before = list.slice(0, i).filter((s) => s.paragraph === here.paragraph);
  const first = list[0]?.paragraph;
  const levels = [
    before[before.length - 1]?.text ?? "",
    before.map((s) => s.text).join("。"),
    [ctx.docs.get(documentId)?.title ?? "", ...list.filter((s) => s.paragraph === first).map((s) => s.text)].join("。"),
  ];
  for (const t of levels) {
    const trios = new Set(t.match(TRIO) ?? []);
    if (trios.size > 1) return undefined;
    if (trios.size === 1) return [...trios][0];
  }
  return undefined;
}

/** "两国" → "中柬两国", "双方" → "中柬双方", "双边关系" → "中柬双边关系", "三国" → "中日韩三国" at the start of `text` (after a leading clause). */
export function withPairNamed(text: string, label: string): { text: string; at: number; added: number } | undefined {
  const m = new RegExp(`^(${LEAD})(?:(?:双方|两国|三国)(?!关系)|双边(?=关系))`, "u").exec(text);
  if (!m) return undefined;
  const at = m[1]!.length;
  return { text: text.slice(0, at) + label + text.slice(at), at, added: label.length };
}

/**
 * "两国" inside a sentence that names no country ("能源合作被称为两国务实合作的……") → "中俄两国", at the
 * first 两国 outside `skip` (the key, which the question blanks).
 */
export function withInnerPairNamed(text: string, label: string, skip?: { start: number; end: number }): { text: string; at: number; added: number } | undefined {
  for (const m of text.matchAll(/两国/gu)) {
    const at = m.index!;
    if (skip && at < skip.end && at + 2 > skip.start) continue;
    return { text: text.slice(0, at) + label + text.slice(at), at, added: label.length };
  }
  return undefined;
}

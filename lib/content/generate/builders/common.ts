/** Helpers shared by the per-kind question builders. */
import type { ExtractedFact } from "../../types";
import { DANGLING_START, sourceFor } from "../context";
import { prng, shuffle, shuffleNotIdentity } from "../hash";
import type { Draft, GenContext } from "../model";
import { CJK_CHAR, escapeRegExp, trimEndPunct, trimStart } from "../text";
import { inTraditional, isTraditional } from "./script";
import { COUNTRY_FORMS, TRANSLITERATION_CHARS } from "../../extract/vocabulary";

/** A stable key for a fact that does not depend on offsets. */
export function factKey(f: ExtractedFact): string {
  return `${f.documentId}|${f.kind}|${f.label}`;
}

/** Seed for a draft's choices (distractors, shuffles, true/false), from its variant and facts. */
export function seedFor(variant: string, facts: readonly ExtractedFact[]): string {
  return `${variant}|${facts.map(factKey).join("|")}`;
}

/** A seeded coin flip. */
export function coin(seed: string): boolean {
  return prng(seed)() < 0.5;
}

export function draft(
  ctx: GenContext,
  base: Omit<Draft, "source" | "flags" | "tags" | "explanation"> & Partial<Pick<Draft, "flags" | "tags" | "explanation">>,
): Draft {
  const main = base.facts[0]!;
  if (tradDoc(ctx, main.documentId)) {
    base = { ...base, prompt: inTraditional(base.prompt) };
    if (base.front) base.front = inTraditional(base.front);
    if (base.explanation) base.explanation = inTraditional(base.explanation);
  }
  return {
    ...base,
    explanation: base.explanation ?? "",
    tags: base.tags ?? [main.kind],
    flags: base.flags ?? [],
    source: sourceFor(ctx, main),
  };
}

/**
 * A matching question: `pairs` in order, their right sides offered in a seeded order (from the
 * variant and facts), the pairs written out as the explanation (with `cite` after them).
 */
export function matchingDraft(
  ctx: GenContext,
  m: { variant: string; facts: readonly ExtractedFact[]; prompt: string; pairs: [string, string][]; tags: string[]; cite?: string },
): Draft {
  return draft(ctx, {
    type: "matching",
    variant: m.variant,
    facts: [...m.facts],
    prompt: m.prompt,
    pairs: m.pairs,
    options: shuffle(
      m.pairs.map((p) => p[1]),
      seedFor(m.variant, m.facts),
    ),
    explanation: `${m.pairs.map(([a, b]) => `${a}：${b}`).join("；")}。${m.cite ?? ""}`,
    tags: m.tags,
  });
}

const traditional = new WeakMap<object, boolean>();

/** Whether a document is written in traditional characters (asked once per document). */
function tradDoc(ctx: GenContext, documentId: string): boolean {
  const doc = ctx.docs.get(documentId);
  if (!doc) return false;
  let t = traditional.get(doc);
  if (t === undefined) traditional.set(doc, (t = isTraditional(doc.text)));
  return t;
}

/** Options in a seeded random order. */
export function shuffled(options: readonly string[], seed: string): string[] {
  return shuffle(options, `${seed}|options`);
}

/**
 * Whether a phrase's leading 但 is the first character of a name ("但丁诞辰", "但泽开埠"): one transliteration character
 * follows it, which opens neither a country ("但尼日利亚……"), a side ("但巴方……"), a longer transliterated name nor a
 * person with an office.
 */
function nameOpensOnBut(e: string): boolean {
  const rest = e.slice(1);
  // (a longer transliteration after it, "但某莱政府……", or a person's office, "但某京总统……", is a clause's subject)
  if (!TRANSLITERATION_CHARS.has(rest[0] ?? "") || TRANSLITERATION_CHARS.has(rest[1] ?? "") || /^.[方国]/u.test(rest)) return false;
  if (/^.{1,3}(?:总统|总理|首相|政府|外长|部长|主席|国王|大使|议长|元首|先生|女士)/u.test(rest)) return false;
  return !COUNTRY_FORMS.some(([form]) => form.length >= 2 && rest.startsWith(form));
}

/** An event phrase fit to stand as the subject of a question, or undefined. */
export function usableEvent(event: string | undefined, remove: readonly string[] = []): string | undefined {
  if (!event) return undefined;
  // adverbs tying the event to others in its sentence ("先后建立", "相继访华") make no sense alone
  let e = trimStart(event.trim()).replace(/(?:先后|相继|分别)(?=[\u3400-\u9fff])/gu, "");
  // the date itself may open the phrase ("2013年9月，…"); anywhere else it makes the phrase unusable
  for (const r of remove) if (r && e.startsWith(r)) e = trimStart(e.slice(r.length));
  // (not the 但 of a name, "但丁", "但泽": a transliteration character after it that opens no country or side)
  e = e.replace(/^(?:此外|另外|同时|因此|而且|并且|然而|但是|但(?!凡|愿)(?=[\u3400-\u9fff])|不过|首先|其次|再次|最后|其中|特别是|尤其是|例如|比如|如)[，,]?/u, (m) => (m === "但" && nameOpensOnBut(e) ? m : ""));
  // an adverb tying the event to an earlier one ("中方又提出……") makes no sense alone
  e = e.replace(/^([\u3400-\u9fff]{1,10}?)(?:又|还|也|再次|再度)(?=(?:成功|正式|共同)?(?:提出|签署|签订|举行|举办|召开|发表|发布|建立|宣布|启动|访问|通过|成立|加入|出席|设立|实行|试行))/u, "$1");
  // (nor the 也 of a policy put into effect in turn: "某国也对中国公民实行免签" → "某国对中国公民实行免签"; a 再次 says which time)
  e = e.replace(/^([\u3400-\u9fff]{1,10}?)也(?=对[\u3400-\u9fff]{1,10}?(?:实行|试行))/u, "$1");
  e = trimEndPunct(trimStart(e));
  // a named station, port or bridge completed ("某某站建成") is whole in five characters
  if ((e.length < 6 && !FACILITY_DONE.test(e)) || e.length > 64) return undefined;
  // a short form standing for a name given earlier ("论坛……召开", "签署《公约》") names nothing alone
  if (/^(?:论坛|会议|峰会|机制|组织|大会|该|此|本|其|条约|协定|公约|协议|宣言|声明|议定书)/u.test(e)) return undefined;
  // "第三次领导人会议……": an ordinal and a generic meeting, with no name of whose meeting ("首届中某峰会"
  // names the pair whose it is)
  if (/^(?:第[一二三四五六七八九十百\d]+|首)[次届轮](?!中[俄美日韩印巴非阿拉欧英法德意澳越老柬泰缅蒙哈吉塔乌土伊埃斐塞匈波沙卡菲希葡荷瑞挪芬丹比捷智秘墨古委新海])(?:[\u3400-\u9fff]{0,4})(?:会议|会晤|峰会|论坛|大会|对话)/u.test(e)) return undefined;
  if (/《(?:公约|协定|条约|宣言|声明|议定书|协议|规划|纲要|计划|决定|报告|宪章)》/u.test(e)) return undefined;
  if (!CJK_CHAR.test(e)) return undefined;
  if (DANGLING_START.test(e)) return undefined;
  // "双方签署……" names no one once the event stands alone
  if (/^(?:双方|两国|各方|三方|两党|两军|六国|五国)/u.test(e)) return undefined;
  // another date left in the phrase would confuse a question about a date
  // (a century inside a title, 《关于二十一世纪合作计划的联合声明》, is part of its name)
  if (/\d{1,4}\s*年|\d{1,2}\s*月\s*\d{0,2}/u.test(e) || /世纪|年代/u.test(e.replace(/《[^《》]*》/gu, ""))) return undefined;
  // half a clause: starts or ends with a function word
  if (/^(?:的|了|和|与|及|并|而|或|时(?!任)|为|是|将|等|则|即)/u.test(e)) return undefined;
  if (/(?:的|和|与|及|并|而|或|在|于|将|把|被|从|向|对)$/u.test(e)) return undefined;
  // unbalanced quotes or brackets
  if (!balanced(e)) return undefined;
  return e;
}

/** "某某站建成", "某某港开港": a facility of a three-character name and its completion. */
const FACILITY_DONE = /^[\u3400-\u9fff]{2}(?:站|港|桥)(?:建成|落成|竣工|开通|通车|启用|开站|开港)$/u;

const OPENING: Record<string, string> = { "《": "》", "“": "”", "（": "）", "(": ")", "「": "」", "【": "】", "‘": "’" };
const CLOSING = new Set(Object.values(OPENING));

/** Whether quotes and brackets are balanced. */
export function balanced(s: string): boolean {
  const stack: string[] = [];
  for (const ch of s) {
    const close = OPENING[ch];
    if (close) stack.push(close);
    else if (CLOSING.has(ch) && stack.pop() !== ch) return false;
  }
  return stack.length === 0;
}

/** Shows a term with quotes unless it already has them or is a book title. */
export function quoteTerm(term: string): string {
  const t = term.trim();
  if (/^[《“「‘"]/.test(t)) return t;
  return `“${t}”`;
}

/** A party that is a group of countries or a region, not one country. */
const GROUP_PARTY = /(?:国家|各国|地区|岛国|成员国|洲|集团)$|^(?:拉美|拉共体|东盟|欧盟|非盟|阿盟|中东欧|海合会)$/u;

export function isGroupParty(p: string): boolean {
  return GROUP_PARTY.test(p.trim());
}

/**
 * Joins parties as "甲国与乙国" / "甲国与乙国、丙国". Given the source sentence, a list the source leaves
 * open ("甲国、乙国等26国") gives none: the named parties alone would be taught as all of them.
 * Nor does a list with a group of parties the sentence does not name.
 */
export function partyPhrase(parties: readonly string[], sentence?: string): string | undefined {
  const ps = parties.map((p) => p.trim()).filter(Boolean);
  if (ps.length < 2) return undefined;
  // a group of parties ("某洲国家", "某某岛国") the sentence does not name (nor by its one-character
  // form, "中非") was recovered from elsewhere and may widen a country to its region: not certain, so
  // none (a single country recovered for "两国/双方" is the document's own subject and is kept)
  const unnamed = (p: string) => !sentence!.includes(p) && !sentence!.includes(`中${p[0]}`) && !sentence!.includes(`${p[0]}中`);
  if (sentence && ps.some((p) => GROUP_PARTY.test(p) && unnamed(p))) return undefined;
  if (sentence && ps.some((p) => new RegExp(`${escapeRegExp(p)}(?:[）)”]?)等`, "u").test(sentence))) return undefined;
  return `${ps[0]}与${ps.slice(1).join("、")}`;
}

/** A seeded shuffle that never returns the items in their original (answer) order. */
export function shuffleNotIdentityFor(items: readonly string[], seed: string): string[] {
  return shuffleNotIdentity(items, `${seed}|order`);
}

/**
 * Country-pair abbreviations a text uses ("中俄", "中巴", "中吉乌" → 中吉): 中 and a one-character
 * country abbreviation (a generic list of such abbreviations), never 中国 or 中心.
 */
const PAIR = /中([俄美日韩印巴非阿拉欧英法德意澳越老柬泰缅蒙哈吉塔乌土伊埃斐塞匈波沙卡菲希葡荷瑞挪芬丹比捷智秘墨古委])(?![洲年])/gu;

export function pairsIn(text: string): Set<string> {
  return new Set([...text.matchAll(PAIR)].map((m) => m[1]!));
}

/**
 * An option that names a country pair neither the passage nor the answer names ("中非……" offered
 * for a blank in a passage on 中俄): the passage alone rules it out, so it is no distractor.
 */
export function foreignPair(option: string, passage: string, answer: string): boolean {
  const known = new Set([...pairsIn(passage), ...pairsIn(answer)]);
  if ([...pairsIn(option)].some((p) => !known.has(p))) return true;
  // "中国—某地区……" offered where the passage speaks of another partner ("中非双方……构建（    ）")
  const partners = (t: string) => [...t.matchAll(/中国\s*[—–-]\s*([\u3400-\u9fff]{2,8}?)(?=共同体|合作|峰会|论坛|关系|机制|国家|博览会|外长|领导人|$)/gu)].map((m) => m[1]!);
  const mine = partners(option);
  if (mine.length === 0) return false;
  const context = `${passage}${answer}`;
  const spoken = known.size > 0 || partners(context).length > 0;
  return spoken && mine.some((p) => !context.includes(p));
}

const namesCache = new WeakMap<GenContext, string[]>();
/** Country, person and place names the corpus knows, longest first. */
export function entityNames(ctx: GenContext): string[] {
  let names = namesCache.get(ctx);
  if (!names) {
    const set = new Set<string>();
    for (const f of ctx.corpus.facts) if (f.kind === "entity") for (const n of [f.value.name, ...f.value.aliases]) if (n.length >= 2) set.add(n);
    names = [...set].sort((a, b) => b.length - a.length);
    namesCache.set(ctx, names);
  }
  return names;
}

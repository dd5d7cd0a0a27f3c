/**
 * Spellings of a typed answer (cloze, short answer) a learner may write for the same thing, beyond the
 * document's own other names (context.ts alsoAccepted): the key in simplified characters when the
 * document is in traditional ones, a China pair written the other way round ("欧中" for "中欧"), a short
 * form another document of the corpus gives the same name, and the key without the modifiers the
 * question's own sentence fixes ("文化年" for "中俄文化年" in a sentence on 两国).
 */
import type { Question } from "../../bank/format";
import { COUNTRY_ABBREVIATIONS } from "../extract/vocabulary";
import { foldTraditional } from "../script";
import type { Draft, GenContext } from "./model";
import { namesGiven, OTHER_NAME_MARKS, SHORT_NAME_MARKS } from "./other-names";

/** One-character forms of countries and groups that pair with 中 ("欧", "俄", "非"). */
const PARTNER_CHARS = Object.keys(COUNTRY_ABBREVIATIONS)
  .filter((c) => c !== "中")
  .join("");

/** A China pair anywhere in a text. */
const PAIR_IN_TEXT = new RegExp(`(?<![其集当之空高初华心手期文])中([${PARTNER_CHARS}])(?![${PARTNER_CHARS}洲国])|([${PARTNER_CHARS}])中(?![国心间东亚部央华文外])`, "gu");

/** A key that opens on a China pair, either way round ("中欧…", "欧中…"), not a trio ("中日韩") nor a continent ("中美洲"). */
const PAIR_OPENING = new RegExp(`^(《?)(?:中([${PARTNER_CHARS}])|([${PARTNER_CHARS}])中)(?![${PARTNER_CHARS}洲国])`, "u");

/** The key with its China pair written the other way round ("欧中全面投资协定" → "中欧全面投资协定"). */
export function swappedPair(key: string): string | undefined {
  const m = PAIR_OPENING.exec(key);
  return m ? `${m[1]}${m[2] ? `${m[2]}中` : `中${m[3]}`}${key.slice(m[0].length)}` : undefined;
}

/** A sentence on two countries: it says 两国/双方 or 双边. */
const BILATERAL = /两国|兩國|双方|雙方|双边|雙邊/u;

/** A sentence that speaks of one pair as "两国/双方". */
const TWO_SIDES = /两国|兩國|双方|雙方/u;

/** The head of a name the pair is no part of ("中俄文化年" is a 文化年, "中欧联合声明" a 联合声明): a year, a document, a body. */
const NAME_HEAD = /(?:(?<![一二三四五六七八九十百\d])年|协定|條約|条约|协议|協議|声明|聲明|宣言|计划|計劃|规划|規劃|纲要|綱要|论坛|論壇|会晤|會晤|对话|對話|磋商|机制|機制|共同体|共同體|伙伴关系|夥伴關係|合作关系|合作關係|走廊|基金|委员会|委員會|联委会|聯委會|备忘录|備忘錄|倡议|倡議|铁路|鐵路|大桥|大橋)$/u;

/**
 * Modifiers of a key's head that a sentence on two countries fixes: a bilateral swap is of the two
 * countries' own currencies, so "双边本币互换协议" is the "货币互换协议" they signed.
 */
const FIXED_MODIFIERS: readonly [RegExp, string][] = [
  [/^双边|^雙邊/u, ""],
  [/本币(?=互换)|本幣(?=互換)/u, "货币"],
];

/**
 * The key without what the question's sentence already fixes: its China pair when the sentence says
 * 两国/双方 or names that pair ("2024年为____" after "两国互办……": "文化年" for "中俄文化年"), and the
 * modifiers a bilateral sentence fixes. The rest must stay a name of three characters at least.
 */
export function withoutFixedModifiers(key: string, shown: string): string[] {
  const text = foldTraditional(shown);
  if (!BILATERAL.test(text) && !PAIR_OPENING.test(key)) return [];
  const out: string[] = [];
  const m = PAIR_OPENING.exec(key);
  const partner = m ? (m[2] ?? m[3])! : "";
  // (a sentence naming other pairs, "中非……、中阿……", leaves the pair open)
  const otherPair = [...text.matchAll(PAIR_IN_TEXT)].some((p) => (p[1] ?? p[2]) !== partner);
  if (m && !otherPair && (TWO_SIDES.test(text) || text.includes(`中${partner}`) || text.includes(`${partner}中`))) {
    const rest = key.slice(m[0].length).replace(/》$/u, "");
    if ([...rest].length >= 3 && NAME_HEAD.test(rest)) out.push(rest);
  }
  if (BILATERAL.test(text)) {
    // each modifier dropped alone and together ("双边本币互换协议" → "本币互换协议", "双边货币互换协议", "货币互换协议")
    let forms = [key, ...out];
    for (const [modifier, by] of FIXED_MODIFIERS) forms = [...forms, ...forms.map((f) => f.replace(modifier, by))];
    out.push(...forms.filter((f) => f !== key && [...f].length >= 3));
  }
  return [...new Set(out)];
}

/** A blank right after a mark that gives a name ("简称“____”", "又称____"). */
const ASKS_GIVEN_NAME = new RegExp(`(?:${[...SHORT_NAME_MARKS, ...OTHER_NAME_MARKS].join("|")})(?:为)?[：:]?[“"「『]?_{2,}`, "u");

const GIVEN_MARKS: readonly string[] = [...SHORT_NAME_MARKS, ...OTHER_NAME_MARKS];

/**
 * Short forms any document of the corpus gives the key by a mark ("国家某某银行（简称“国某行”）"): the
 * same name, whichever document writes it.
 */
function corpusShortForms(ctx: GenContext, key: string): string[] {
  const out: string[] = [];
  for (const documentId of ctx.docs.keys()) {
    for (const given of namesGiven(ctx, documentId)) {
      if (given.closer === "》" || given.run !== key) continue;
      for (const f of given.forms) if (f.mark && GIVEN_MARKS.includes(f.mark) && /^[\u3400-\u9fff]{2,12}$/u.test(f.form)) out.push(f.form);
    }
  }
  return out;
}

/**
 * Further spellings accepted for a typed answer, given the prompt as shown: none but new ones (not the
 * answer, nor one accepted already).
 */
export function moreAccepted(ctx: GenContext, d: Pick<Draft, "type" | "answer" | "accepted">, shown: string, already: readonly string[] = []): string[] {
  if ((d.type !== "cloze" && d.type !== "short_answer") || typeof d.answer !== "string") return [];
  // a blank that asks for the name a document gives ("简称“____”") is asked as written
  if (ASKS_GIVEN_NAME.test(shown)) return [];
  const key = d.answer.trim();
  const bare = key.replace(/^《|》$/gu, "");
  const base = [key, ...(d.accepted ?? []), ...already];
  const out: string[] = [];
  const swapped = swappedPair(key);
  if (swapped) out.push(swapped);
  out.push(...withoutFixedModifiers(key, shown));
  out.push(...yearSpanForms(key));
  if (bare.length >= 4) out.push(...corpusShortForms(ctx, bare));
  // a traditional key is typed in simplified as often: each form in simplified characters too
  const all = [...base, ...out];
  out.push(...all.map(foldTraditional));
  const have = new Set(base);
  return [...new Set(out)].filter((x) => x !== "" && !have.has(x));
}

/** A span of years as a key ("2025—2029", "2024—2030年"). */
const YEAR_SPAN = /^(\d{4})年?\s*[—－\-–~～至到]\s*(\d{4})年?$/u;

/** A span of years typed with any of its usual joins (2025—2029, 2025-2029, 2025至2029, 2025年—2029年). */
export function yearSpanForms(key: string): string[] {
  const m = YEAR_SPAN.exec(key);
  if (!m) return [];
  const [, from, to] = m;
  return ["—", "-", "–", "~", "至", "到"].flatMap((j) => [`${from}${j}${to}`, `${from}年${j}${to}年`, `${from}${j}${to}年`]);
}

/** Typed questions whose key is a long formal title: twelve characters or more, quotes and dashes aside. */
const LONG_TITLE = 12;

/** Whether a typed answer is a long formal title (a name, not a date or an amount) with no shorter form accepted beside it. */
export function longTypedTitle(q: Pick<Question, "type" | "answer" | "accepted" | "tags">): boolean {
  if ((q.type !== "cloze" && q.type !== "short_answer") || typeof q.answer !== "string") return false;
  if (q.tags.some((t) => t === "date" || t === "figure") || /\d/u.test(q.answer)) return false;
  const letters = (s: string) => [...s.replace(/[^\u3400-\u9fffA-Za-z]/gu, "")].length;
  return letters(q.answer) >= LONG_TITLE && (q.accepted ?? []).every((a) => letters(a) >= LONG_TITLE);
}

/** A cloze whose key is a name (a document, a mechanism, a term), not a date or an amount. */
export function typedNameCloze(q: Pick<Question, "type" | "answer" | "tags">): boolean {
  if (q.type !== "cloze" || typeof q.answer !== "string") return false;
  return !q.tags.some((t) => t === "date" || t === "figure") && !/\d/u.test(q.answer);
}

/** Question types a quiz grades without typing: the learner recognises the answer among others. */
const CHOICE_TYPES: ReadonlySet<string> = new Set(["mcq", "multi", "true_false", "matching", "ordering"]);

/**
 * The questions without the typed ones on a name whose facts are asked otherwise. A name typed into a blank
 * is graded by its spelling, so every other right spelling (a short form, a full title) is marked wrong, and
 * without options any word that fits the sentence is defensible: where a question to choose asks its fact,
 * the name is asked there (a quiz, which leaves cards out, still asks the fact). A long formal title
 * ("共建某某合作谅解备忘录") is not typed, in a blank or as a short answer, where a card asks it too.
 */
export function withoutTypedNames<Q extends Pick<Question, "type" | "answer" | "accepted" | "factIds" | "tags" | "options" | "pairs">>(questions: Q[]): Q[] {
  const askedOtherwise = new Set(questions.filter((q) => q.type !== "cloze" && q.type !== "short_answer").flatMap((q) => q.factIds));
  // (a choice that offers the name: one that shows it and asks its date, "某协定是在哪一年签署的？", asks no name)
  const choicesOf = new Map<string, Q[]>();
  for (const c of questions) if (CHOICE_TYPES.has(c.type)) for (const f of c.factIds) choicesOf.set(f, [...(choicesOf.get(f) ?? []), c]);
  const offered = (name: string, q: Q) => [q.answer, ...(q.options ?? []), ...(q.pairs ?? [])].flat().some((x) => typeof x === "string" && x.includes(name));
  const askedByChoice = (q: Q) => typeof q.answer === "string" && q.factIds.every((f) => (choicesOf.get(f) ?? []).some((c) => offered(q.answer as string, c)));
  return questions.filter((q) => !(longTypedTitle(q) && q.factIds.every((f) => askedOtherwise.has(f))) && !(typedNameCloze(q) && askedByChoice(q)));
}

/** Choosing distractors: distinct, plausible, never also true. */
import { shuffle } from "./hash";
import { foldTraditional } from "../extract/script";
import { COUNTRY_FORMS } from "../extract/vocabulary";
import { fold, nearDuplicate } from "./text";

/** A label that opens with a count ("三大支柱", "六个坚持", "四点主张"). */
export const COUNTED_LABEL = /^[一二两三四五六七八九十]{1,2}(?:个|大|点|项|条|种|方面|要|位|重)/u;

/**
 * Picks `n` distractors from candidates (best first): none a near copy of the answer
 * or of another pick, none among `alsoTrue`. Prefers the first `window` candidates
 * and picks among them with a seeded shuffle, so the answer's position varies.
 * Returns null when there are not enough.
 */
export function pickDistractors(
  candidates: readonly string[],
  answer: string | readonly string[],
  n: number,
  seed: string,
  opts: { alsoTrue?: readonly string[]; window?: number; strict?: boolean } = {},
): string[] | null {
  const answers = typeof answer === "string" ? [answer] : [...answer];
  // a counted label ("三大支柱", "五点主张") is offered only against counted labels, and the other way round
  const counted = answers.some((a) => COUNTED_LABEL.test(a.replace(/^[“《]/u, "")));
  const banned = [...answers, ...(opts.alsoTrue ?? [])];
  const same = (a: string, b: string) => (opts.strict === false ? fold(a) === fold(b) : nearDuplicate(a, b));
  const ok: string[] = [];
  const enough = Math.max(n, opts.window ?? n + 2);
  // an answer written without 《》 (a document the text names bare) gets its options written the same way
  const bare = answers.every((a) => !/^《.*》$/u.test(a));
  for (const c0 of candidates) {
    const c = bare && c0 ? c0.replace(/^《([^《》]*)》$/u, "$1") : c0;
    if (ok.length >= enough) break;
    if (!c || !c.trim()) continue;
    if (banned.some((b) => same(b, c) || fold(b) === fold(c))) continue;
    if (ok.some((o) => same(o, c))) continue;
    // the same count written with another measure word ("三个基本原则", "三项基本原则") is one option twice
    if ([...banned, ...ok].some((o) => o !== c && measureless(o) === measureless(c))) continue;
    if (COUNTED_LABEL.test(c.replace(/^[“《]/u, "")) !== counted) continue;
    // a traditional-script name offered against a simplified answer stands out as wrong
    if (!answers.some(traditional) && traditional(c)) continue;
    // a bare head with a generic modifier ("中国铁路", "全球金融机构") names nothing to choose against
    if (GENERIC_NAME.test(c)) continue;
    // the pair written the other way round ("老中铁路" for "中老铁路") is the same thing
    if (!/\d/u.test(c) && answers.some((a) => a !== c && sortedChars(a) === sortedChars(c))) continue;
    // a clause caught as a name ("包括共建某备忘录", "写入联合国大会决议", "某国单方面退出某协议")
    if (/^(?:包括|写入|签署|达成|通过|发表|加入|落实|未来|资金|其中|主要)|退出|培养|来自/u.test(c)) continue;
    // two actors as one option ("某国与某银行"), or a verb cut into a name ("筹建某银行")
    if (/^[\u3400-\u9fff]{2,6}(?:与|和)[\u3400-\u9fff]{2,}(?:银行|公司|集团|政府)$|^筹建/u.test(c) && !answers.some((a) => /^[\u3400-\u9fff]{2,6}(?:与|和)/u.test(a))) continue;
    // the same document with its small words written otherwise ("关于共建某某的谅解备忘录", "共建某某合作谅解备忘录")
    // (documents only: "战略合作伙伴关系" and "战略伙伴关系" are two levels)
    if (DOCUMENT.test(c) && answers.some((a) => core(a) === core(c))) continue;
    // a description of two kinds ("某某秘书处或协调机构"), no name to choose against a name
    if (/或/u.test(c) && !answers.some((a) => /或/u.test(a))) continue;
    // a dateline's 电 glued to a name ("电某国铁路")
    if (/^电/u.test(c) && COUNTRY_FORMS.some(([form]) => c.startsWith(form, 1))) continue;
    // a list that holds the answer ("甲、乙、丙" against "乙") is partly true
    if (/[、，]/u.test(c) && answers.some((a) => a.length >= 2 && c.split(/[、，和及与]/u).some((part) => fold(part) === fold(a)))) continue;
    ok.push(c);
  }
  if (ok.length < n) return null;
  const w = Math.max(n, Math.min(ok.length, opts.window ?? n + 2));
  return shuffle(ok.slice(0, w), seed).slice(0, n);
}

/** A name with the measure word after its numeral left out ("三项基本原则" → "三基本原则"). */
function measureless(text: string): string {
  return fold(text).replace(/([一二两三四五六七八九十\d])(?:个|项|条|点|大|种)/gu, "$1");
}

export const GENERIC_NAME = /^(?:(?:中国|全国|全球|国际|地区|区域|双边|多边|各国)(?:金融)?(?:铁路|公路|机构|组织|会议|会晤|合作|机制|港口|银行)|(?:合作)?(?:谅解|合作)?备忘录|合作协议|合作文件)$/u;

const DOCUMENT = /(?:备忘录|协定|协议|声明|宣言|公报|条约|公约|议定书|计划|纲要|规划)》?$/u;

/** A document's name without the small words that vary between spellings of it. */
function core(text: string): string {
  return fold(text).replace(/关于|的|合作|双边|政府间/gu, "");
}

function sortedChars(text: string): string {
  return [...text].sort().join("");
}

function traditional(text: string): boolean {
  return foldTraditional(text) !== text;
}

/** Candidates sorted by closeness of length to the answer (granularity), ties kept in input order. */
export function byLength(candidates: readonly string[], answer: string): string[] {
  const len = answer.length;
  return candidates
    .map((c, i) => ({ c, i, d: Math.abs(c.length - len) / Math.max(len, 1) }))
    .sort((a, b) => a.d - b.d || a.i - b.i)
    .map((x) => x.c);
}

/** Unique values by folded form, first occurrence kept. */
export function uniqueFolded(values: readonly string[]): string[] {
  const seen = new Set<string>();
  const out: string[] = [];
  for (const v of values) {
    const k = fold(v);
    if (!k || seen.has(k)) continue;
    seen.add(k);
    out.push(v);
  }
  return out;
}

/** Small text helpers shared by the question builders, the self-check and the grader. */

const CJK = "\\u3400-\\u9fff\\uf900-\\ufaff";
export const CJK_CHAR = new RegExp(`[${CJK}]`);

/**
 * Folds a string for comparison: NFKC (full-width → half-width), lower case,
 * without whitespace or punctuation of either width.
 */
const foldCache = new Map<string, string>();
const bigramCache = new Map<string, Set<string>>();
const CACHE_LIMIT = 100_000;

export function fold(s: string): string {
  let f = foldCache.get(s);
  if (f === undefined) {
    f = s
      .normalize("NFKC")
      .toLowerCase()
      .replace(/[\s\p{P}\p{S}]/gu, "");
    if (foldCache.size > CACHE_LIMIT) foldCache.clear();
    foldCache.set(s, f);
  }
  return f;
}

/** Character bigrams of the folded string (single characters for one-character strings); do not mutate. */
export function bigrams(s: string): Set<string> {
  let out = bigramCache.get(s);
  if (out) return out;
  const f = fold(s);
  out = new Set<string>();
  if (f.length === 1) out.add(f);
  for (let i = 0; i + 1 < f.length; i++) out.add(f.slice(i, i + 2));
  if (bigramCache.size > CACHE_LIMIT) bigramCache.clear();
  bigramCache.set(s, out);
  return out;
}

/** Dice coefficient over character bigrams, 0..1. */
export function similarity(a: string, b: string): number {
  const x = bigrams(a);
  const y = bigrams(b);
  if (x.size === 0 && y.size === 0) return 1;
  if (x.size === 0 || y.size === 0) return 0;
  let common = 0;
  for (const g of x) if (y.has(g)) common++;
  return (2 * common) / (x.size + y.size);
}

/** True when two option texts are the same or one is a near copy of the other. */
export function nearDuplicate(a: string, b: string): boolean {
  const fa = fold(a);
  const fb = fold(b);
  if (fa === fb) return true;
  if (fa.length >= 2 && fb.length >= 2 && (fa.includes(fb) || fb.includes(fa))) {
    const shorter = Math.min(fa.length, fb.length);
    const longer = Math.max(fa.length, fb.length);
    // "坚持共同发展" vs "共同发展": one contains the other and adds little
    if (shorter / longer >= 0.5) return true;
  }
  // "甲乙班列" inside "甲乙（丙丁）班列": every character of the shorter, in order, in the longer
  const [short, long] = fa.length <= fb.length ? [fa, fb] : [fb, fa];
  if (short.length >= 3 && short.length / long.length >= 0.5 && isSubsequence(short, long)) return true;
  return similarity(a, b) >= 0.85;
}

/** Whether the characters of `short` stand in `long` in the same order (a short form: "中巴走廊" in "中巴经济走廊"). */
export function isSubsequence(short: string, long: string): boolean {
  let i = 0;
  for (const ch of long) if (ch === short[i]) i++;
  return i === short.length;
}

/** Counts CJK characters. */
export function cjkLength(s: string): number {
  let n = 0;
  for (const ch of s) if (CJK_CHAR.test(ch)) n++;
  return n;
}

/** Removes trailing sentence punctuation. */
export function trimEndPunct(s: string): string {
  return s.replace(/[。！？；，、：,.;:!?\s]+$/u, "");
}

/** A passage shown as a card's front ends as a sentence: a trailing comma, semicolon or colon becomes "。". */
export function endedSentence(s: string): string {
  return /[。！？…”」』]$/u.test(s) ? s : s.replace(/[，,；;：:]$/u, "") + "。";
}

/** Removes leading punctuation and connectives that make no sense at the start of a question. */
export function trimStart(s: string): string {
  return s.replace(/^[，。；、：,.;:\s]+/u, "");
}

/** Strips one pair of enclosing book-title marks or quotes. */
export function unwrap(s: string): string {
  const t = s.trim();
  const pairs: [string, string][] = [
    ["《", "》"],
    ["“", "”"],
    ["‘", "’"],
    ["「", "」"],
    ['"', '"'],
  ];
  for (const [l, r] of pairs) {
    if (t.startsWith(l) && t.endsWith(r) && t.length > 2) {
      const inner = t.slice(l.length, t.length - r.length);
      if (!inner.includes(l) && !inner.includes(r)) return inner;
    }
  }
  return t;
}

/** Quotes a name with book-title marks when it is a named document, otherwise with Chinese quotes when asked. */
export function bookTitle(name: string): string {
  const n = unwrap(name);
  return `《${n}》`;
}

/** Upper-case Chinese numerals for counts in prompts ("四个"). */
const DIGITS = ["零", "一", "二", "三", "四", "五", "六", "七", "八", "九", "十"];
export function chineseCount(n: number): string {
  if (n >= 0 && n <= 10) return DIGITS[n]!;
  if (n < 20) return `十${DIGITS[n - 10]}`;
  return String(n);
}

/** Whether the text is made only of CJK characters (no Latin, digits or punctuation). */
export function isPlainCjk(s: string): boolean {
  return s.length > 0 && [...s].every((ch) => CJK_CHAR.test(ch));
}

const CN_DIGITS: Record<string, number> = { 一: 1, 二: 2, 两: 2, 三: 3, 四: 4, 五: 5, 六: 6, 七: 7, 八: 8, 九: 9, 十: 10 };

/** The count a count-name opens with ("三大支柱" → 3, "六个坚持" → 6), or 0. */
export function countOf(name: string): number {
  const m = /^[“"]?([一二两三四五六七八九十]|\d{1,2})(?:大|个|点|项|条|种|方面|国)/u.exec(name);
  if (!m) return 0;
  return CN_DIGITS[m[1]!] ?? Number(m[1]);
}

/** The instruction before the passage a question's text shows ("根据原文填空（填数字）：", "判断正误（依据原文）："). */
export const INSTRUCTION_PREFIX = /^[^：\n]*?(?:原文|正误|一项|数字)[^：\n]*：/u;

/** `s` as a literal inside a regular expression. */
export function escapeRegExp(s: string): string {
  return s.replace(/[.*+?^${}()|[\]\\]/g, "\\$&");
}

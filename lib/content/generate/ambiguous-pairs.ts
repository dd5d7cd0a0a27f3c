/**
 * A China pair written with a character that begins the names of several countries ("中巴": 巴西, 巴基斯坦,
 * 巴拿马…; "中埃": 埃及, 埃塞俄比亚): the question says once which country its document means,
 * "中巴（中国—巴西）", so that a learner who has not read the document can tell.
 */
import { COUNTRY_ABBREVIATIONS, COUNTRY_FORMS, REGIONS } from "../extract/vocabulary";
import { foldTraditional } from "../script";
import type { Question } from "../../bank/format";
import { inTraditional, isTraditional } from "./builders/script";
import type { GenContext } from "./model";

/** The countries whose name begins with each character, from the country table. */
const COUNTRIES_BY_FIRST = new Map<string, string[]>();
for (const name of new Set(COUNTRY_FORMS.map(([, n]) => n))) {
  if (name === "中国") continue;
  COUNTRIES_BY_FIRST.set(name[0]!, [...(COUNTRIES_BY_FIRST.get(name[0]!) ?? []), name]);
}

/** Pair characters that begin the names of two countries or more ("巴", "埃", "乌"): derived, not listed. */
export const AMBIGUOUS_CHARS = Object.keys(COUNTRY_ABBREVIATIONS).filter((c) => (COUNTRIES_BY_FIRST.get(c)?.length ?? 0) >= 2);

/** "中巴" as a pair: not a trio ("中巴哈"), a continent ("中非洲"), nor a word going on ("中新社", "中阿拉伯"). */
const AMBIGUOUS_PAIR = new RegExp(`(?<![其集当當之空高初华華心手期文命击擊途暗正居从從适適])中([${AMBIGUOUS_CHARS.join("")}])(?![${Object.keys(COUNTRY_ABBREVIATIONS).join("")}洲国年方部文外资企社网期拉])`, "gu");

/** Groups and regions that open on a pair character ("阿拉伯国家", "非洲"): a document naming one may mean it by the pair. */
const GROUP_NAMES = [...REGIONS, ...Object.values(COUNTRY_ABBREVIATIONS).filter((n) => !COUNTRY_FORMS.some(([, c]) => c === n))];

/** The written forms of each country, longest first. */
const FORMS_OF = new Map<string, string[]>();
for (const [form, name] of COUNTRY_FORMS) FORMS_OF.set(name, [...(FORMS_OF.get(name) ?? []), form]);

/** How often a (folded) text names a country by any of its forms, a longer form counted once. */
function mentions(text: string, name: string): number {
  let rest = text;
  let n = 0;
  for (const form of FORMS_OF.get(name) ?? [name]) {
    if (form.length < 2) continue;
    const parts = rest.split(form);
    n += parts.length - 1;
    rest = parts.join("□");
  }
  return n;
}

/**
 * The country a document means by the pair character `c`: of the countries whose name begins with it,
 * the only one it names, or names three times at least and five times as often as any other; undefined when it
 * names none or several alike (a text on 巴西 and 巴基斯坦 may mean either by 中巴), or names a group of that
 * character ("阿拉伯国家" for 中阿).
 */
export function countryMeant(docText: string, c: string): string | undefined {
  const text = foldTraditional(docText);
  if (GROUP_NAMES.some((g) => g.startsWith(c) && text.includes(g.replace(/国家$/u, "")))) return undefined;
  // (a country named inside a longer one, "巴布亚新几内亚" holding no 巴西, is read once: longest names first)
  let rest = text;
  const counts: [string, number][] = [];
  for (const name of [...(COUNTRIES_BY_FIRST.get(c) ?? [])].sort((a, b) => b.length - a.length)) {
    const n = mentions(rest, name);
    counts.push([name, n]);
    for (const form of FORMS_OF.get(name) ?? []) if (form.length >= 2) rest = rest.split(form).join("□");
  }
  const [top, next] = counts.sort((a, b) => b[1] - a[1]);
  if (!top || top[1] === 0) return undefined;
  // (another of them named in passing, "埃及" once in a list beside 埃塞俄比亚 named throughout, leaves the pair certain)
  return !next || next[1] === 0 || (top[1] >= 3 && top[1] >= 5 * next[1]) ? top[0] : undefined;
}

/**
 * The shown text with its first ambiguous pair spelled out once ("中巴" → "中巴（中国—巴西）", "中巴两国" →
 * "中国和巴西两国"), when the
 * document makes the country certain, the text does not name it already, and no answer or option names it
 * (the name beside the question would give it away). `answers`: the answer, options, back and pairs.
 */
export function withAmbiguousPairSpelled(
  text: string,
  docText: string,
  answers: readonly string[],
  names: readonly string[] = [],
  meant: (c: string) => string | undefined = (c) => countryMeant(docText, c),
): string {
  const folded = foldTraditional(text);
  for (const m of folded.matchAll(AMBIGUOUS_PAIR)) {
    // (nor inside a title, a quotation, or a name the document gives a fact: "中巴地球资源卫星" is asked by that name)
    if (insideTitle(folded, m.index!) || names.some((n) => folded.startsWith(n, m.index!))) continue;
    const country = meant(m[1]!);
    if (!country) return text;
    const forms = FORMS_OF.get(country) ?? [country];
    if (forms.some((f) => f.length >= 2 && folded.includes(f))) return text;
    if (answers.some((a) => forms.some((f) => f.length >= 2 && foldTraditional(a).includes(f)))) return text;
    // (the text says which itself: "中巴（西）")
    const at = m.index! + m[0].length;
    if (/^[（(]/u.test(folded.slice(at))) return text;
    // "中巴两国" → "中国和巴西两国"; a pair inside a name or a phrase keeps its form, the countries in brackets after it
    const asSubject = /^(?:两国|双方)/u.test(folded.slice(at));
    const [from, spelled] = asSubject ? [m.index!, `中国和${country}`] : [at, `（中国—${country}）`];
    return text.slice(0, from) + (isTraditional(docText) ? inTraditional(spelled) : spelled) + text.slice(at);
  }
  return text;
}

/** Whether a position lies inside a book title 《…》 or a quotation “…”, which are shown as written. */
function insideTitle(text: string, at: number): boolean {
  return [["《", "》"], ["“", "”"], ["「", "」"]].some(([o, c]) => {
    const open = text.lastIndexOf(o!, at);
    return open >= 0 && text.lastIndexOf(c!, at) < open;
  });
}

const namesCache = new WeakMap<GenContext, Map<string, string[]>>();
const meantCache = new WeakMap<GenContext, Map<string, string | undefined>>();

/** countryMeant for a document of the corpus, worked out once per pair character. */
function meantIn(ctx: GenContext, documentId: string, docText: string): (c: string) => string | undefined {
  const cache = meantCache.get(ctx) ?? meantCache.set(ctx, new Map()).get(ctx)!;
  return (c) => {
    const key = `${documentId}\u0000${c}`;
    if (!cache.has(key)) cache.set(key, countryMeant(docText, c));
    return cache.get(key);
  };
}

/** The names a document's facts are written by that open on a China pair ("中巴地球资源卫星"), folded. */
function pairNames(ctx: GenContext, documentId: string): string[] {
  let cache = namesCache.get(ctx);
  if (!cache) namesCache.set(ctx, (cache = new Map()));
  let names = cache.get(documentId);
  if (!names) {
    const quotes = ctx.corpus.facts.filter((f) => f.documentId === documentId && f.kind !== "date" && f.kind !== "figure").map((f) => foldTraditional(f.quote));
    cache.set(documentId, (names = [...new Set(quotes.flatMap((t) => [...t.matchAll(AMBIGUOUS_PAIR)].map((m) => t.slice(m.index!))))]));
  }
  return names;
}

/** A question with its ambiguous pair spelled out in what it shows (prompt, front), never in its answer. */
export function withPairsSpelledOut<Q extends Pick<Question, "prompt" | "front" | "answer" | "options" | "back" | "pairs" | "source">>(q: Q, ctx: GenContext): Q {
  const docText = ctx.docs.get(q.source.documentId)?.text ?? "";
  const names = pairNames(ctx, q.source.documentId);
  const answers = [...[q.answer ?? []].flat().map(String), ...(q.options ?? []), q.back ?? "", ...(q.pairs ?? []).flat()];
  const meant = meantIn(ctx, q.source.documentId, docText);
  const prompt = withAmbiguousPairSpelled(q.prompt, docText, answers, names, meant);
  const front = q.front && withAmbiguousPairSpelled(q.front, docText, answers, names, meant);
  return prompt === q.prompt && front === q.front ? q : { ...q, prompt, ...(front ? { front } : {}) };
}

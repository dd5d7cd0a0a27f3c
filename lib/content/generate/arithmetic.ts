/**
 * Answers the question's own numbers give away: a blank that arithmetic on the figures shown beside it
 * computes (a total and one part shown: the other part; "是1990年的6倍" with the later figure shown; a
 * start year from "十年来……2023年"; "不超过24.9%" next to a blank 25), and a false statement such
 * arithmetic refutes. Read on the text a question shows, whichever builder made it.
 */
import type { Question } from "../../bank/format";
import { chineseNumber } from "../extract/vocabulary";
import { balanced } from "./builders/common";

type Kind = "amount" | "percent" | "multiple" | "year" | "span";

/** A number a text shows: its value (scaled by 万/亿), what it counts, and where it stands. */
interface Shown {
  kind: Kind;
  value: number;
  unit: string;
  at: number;
  end: number;
}

const UNIT = String.raw`美元|欧元|日元|卢布|人民币|元|标准箱|平方公里|平方千米|公里|千米|立方米|千瓦时|千瓦|兆瓦|吉瓦|万吨|吨|列|人次|人|个|家|项|份|所|次|座|条|架|艘|辆|名|户|批|国|届|周年|倍|%|‰|年`;

/** A number in digits, its scale and its unit ("2636亿美元", "88.5%", "2014年", "6倍"). */
const NUMBER = new RegExp(String.raw`(?<![\d.])(\d+(?:\.\d+)?)(万亿|亿|万|千)?(${UNIT})?`, "gu");

/** "十年来", "30多年以来", "近十年间": a span of years counted back from a year the text gives. */
const SPAN = /(?:近)?([〇零一二两三四五六七八九十百]+|\d+)多?年(?:来|以来|间|間)/gu;

const SCALE: Record<string, number> = { 万亿: 1e12, 亿: 1e8, 万: 1e4, 千: 1e3 };

/** Digits written with spaces or separators ("1 372", "15,520") and LaTeX's "\%", read as one number. */
function plain(text: string): string {
  return text
    .replace(/(\d)[\s,，](?=\d{3}(?!\d))/gu, "$1")
    .replace(/\\%/gu, "%")
    .replace(/\s+/gu, "");
}

/** The numbers a (plain) text shows. */
function numbersIn(text: string): Shown[] {
  const out: Shown[] = [];
  for (const m of text.matchAll(NUMBER)) {
    const n = Number(m[1]);
    const unit = m[3] ?? "";
    const at = m.index!;
    const end = at + m[0].length;
    if (unit === "年" && !m[2] && /^\d{4}$/u.test(m[1]!) && n >= 1800 && n <= 2100) out.push({ kind: "year", value: n, unit, at, end });
    else if (unit === "%" || unit === "‰") out.push({ kind: "percent", value: unit === "‰" ? n / 10 : n, unit: "%", at, end });
    else if (unit === "倍") out.push({ kind: "multiple", value: n, unit, at, end });
    else if (unit === "年" || unit === "周年") out.push({ kind: "span", value: n, unit, at, end });
    else if (unit) out.push({ kind: "amount", value: n * (SCALE[m[2] ?? ""] ?? 1), unit, at, end });
  }
  for (const m of text.matchAll(SPAN)) {
    // ("2013年以来" counts from a year, no span)
    if (/^\d{4}$/u.test(m[1]!)) continue;
    const n = /^\d+$/u.test(m[1]!) ? Number(m[1]) : chineseNumber(m[1]!.replace(/两/gu, "二"));
    if (!Number.isNaN(n) && !out.some((o) => o.at === m.index! + m[0].indexOf(m[1]!))) out.push({ kind: "span", value: n, unit: "年", at: m.index!, end: m.index! + m[0].length });
  }
  return out;
}

/** Two values equal within a relative tolerance. */
const near = (x: number, y: number, tol: number): boolean => Math.abs(x - y) <= tol * Math.max(Math.abs(x), Math.abs(y));

/** A bound written beside a number ("不超过24.9%", "25%以上"). */
function boundAt(text: string, n: Shown): boolean {
  return /(?:不超过|未超过|不足|不到|低于|少于|超过|高于|多于|逾)$/u.test(text.slice(Math.max(0, n.at - 3), n.at)) || /^(?:以上|以下|以内)/u.test(text.slice(n.end, n.end + 2));
}

/** Distinct pairs of a list. */
function* pairsOf<T>(list: readonly T[]): Generator<[T, T]> {
  for (let i = 0; i < list.length; i++) for (let j = 0; j < list.length; j++) if (i !== j) yield [list[i]!, list[j]!];
}

/** The year written just before an amount in its clause ("2012年的520亿美元"). */
function yearOf(text: string, all: readonly Shown[], n: Shown): number | undefined {
  const years = all.filter((y) => y.kind === "year" && y.end <= n.at && !/[，。；]/u.test(text.slice(y.end, n.at)) && n.at - y.end <= 12);
  return years.at(-1)?.value;
}

/** The yearly growth two amounts of two years imply, in percent. */
function yearlyGrowth(text: string, all: readonly Shown[]): number | undefined {
  const dated = all.filter((n) => n.kind === "amount").map((n) => ({ n, year: yearOf(text, all, n) })).filter((d): d is { n: Shown; year: number } => d.year !== undefined);
  for (const [a, b] of pairsOf(dated)) {
    if (a.n.unit !== b.n.unit || b.year <= a.year || a.n.value <= 0) continue;
    return ((b.n.value / a.n.value) ** (1 / (b.year - a.year)) - 1) * 100;
  }
  return undefined;
}

/** Whether a rate stands as a yearly average ("年均增长约8%"). */
const yearlyRate = (text: string, n: Shown): boolean => /年均|年平均|每年平均/u.test(text.slice(Math.max(0, n.at - 10), n.at));

/**
 * Whether `key`, a number of `text`, follows by arithmetic from the other numbers the text shows: a sum or a
 * difference of two amounts of its unit, a multiple or a share another number states, a yearly growth rate two
 * dated amounts imply, a start year from a span counted back from a year, or a bound beside it.
 */
export function computable(text: string, key: Shown, all: readonly Shown[]): boolean {
  const others = all.filter((n) => n !== key);
  const k = key.value;
  const same = others.filter((n) => n.kind === key.kind && n.unit === key.unit);
  const multiples = others.filter((n) => n.kind === "multiple").map((n) => n.value);
  const percents = others.filter((n) => n.kind === "percent").map((n) => n.value);
  switch (key.kind) {
    case "amount": {
      if (same.some((a) => a.value !== k && near(a.value, k, 0.01) && (boundAt(text, a) || boundAt(text, key)))) return true;
      for (const [a, b] of pairsOf(same)) if (near(a.value + b.value, k, 0.003) || near(a.value - b.value, k, 0.003)) return true;
      for (const a of same) {
        if (multiples.some((m) => [m, m + 1].some((f) => near(a.value * f, k, 0.1) || near(a.value / f, k, 0.1)))) return true;
        if (percents.some((p) => [p / 100, 1 + p / 100].some((f) => near(a.value * f, k, 0.01) || near(a.value / f, k, 0.01)))) return true;
      }
      return false;
    }
    case "percent": {
      if (same.some((a) => a.value !== k && near(a.value, k, 0.01) && (boundAt(text, a) || boundAt(text, key)))) return true;
      const growth = yearlyRate(text, key) ? yearlyGrowth(text, all) : undefined;
      if (growth !== undefined && near(growth, k, 0.2)) return true;
      const amounts = others.filter((n) => n.kind === "amount");
      for (const [a, b] of pairsOf(amounts)) if (a.unit === b.unit && b.value > 0 && (near((100 * a.value) / b.value, k, 0.01) || near(100 * (a.value / b.value - 1), k, 0.01))) return true;
      return false;
    }
    case "multiple": {
      const amounts = others.filter((n) => n.kind === "amount");
      for (const [a, b] of pairsOf(amounts)) if (a.unit === b.unit && b.value > 0 && (near(a.value / b.value, k, 0.1) || near(a.value / b.value - 1, k, 0.1))) return true;
      return false;
    }
    case "year": {
      const years = others.filter((n) => n.kind === "year").map((n) => n.value);
      const spans = others.filter((n) => n.kind === "span");
      return spans.some((s) => years.some((y) => y > k && Math.abs(y - s.value - k) <= (s.unit === "周年" ? 0 : 1)));
    }
    case "span": {
      const years = others.filter((n) => n.kind === "year").map((n) => n.value);
      return [...pairsOf(years)].some(([a, b]) => b > a && Math.abs(b - a - k) <= (key.unit === "周年" ? 0 : 1));
    }
  }
}

/** A blank in a shown text ("____", "（    ）"). */
const BLANK = /_{2,}|（\s+）/u;

/** The shown text with the answer in its blank, and the number the answer puts there. */
function filled(shown: string, answer: string): { text: string; key: Shown; all: Shown[] } | undefined {
  const m = BLANK.exec(shown);
  if (!m) return undefined;
  const before = plain(shown.slice(0, m.index));
  const text = before + plain(answer) + plain(shown.slice(m.index + m[0].length));
  const all = numbersIn(text);
  const key = all.find((n) => n.at >= before.length && n.at < before.length + plain(answer).length);
  return key ? { text, key, all } : undefined;
}

/** A number of one text missing from another (same kind, unit and value). */
const missingFrom = (list: readonly Shown[], n: Shown): boolean => !list.some((o) => o.kind === n.kind && o.unit === n.unit && o.value === n.value);

/**
 * A false statement's changed number, with the true one from the source in its place: the statement refutable
 * when the source's number is computable from the rest the statement shows.
 */
function refutable(statement: string, quote: string): boolean {
  const text = plain(statement);
  const shown = numbersIn(text);
  const source = numbersIn(plain(quote));
  const changed = shown.filter((n) => missingFrom(source, n));
  if (changed.length !== 1) return false;
  const wrong = changed[0]!;
  // (the source's number in the same place: the same words before it)
  const lead = (t: string, n: Shown) => t.slice(Math.max(0, n.at - 4), n.at);
  const truths = source.filter((n) => n.kind === wrong.kind && n.unit === wrong.unit && missingFrom(shown, n) && lead(plain(quote), n) === lead(text, wrong));
  if (truths.length !== 1) return false;
  const key: Shown = { ...wrong, value: truths[0]!.value };
  // a yearly rate the amounts beside it imply nearer the true one than the one shown
  const growth = wrong.kind === "percent" && yearlyRate(text, wrong) ? yearlyGrowth(text, shown) : undefined;
  if (growth !== undefined && Math.abs(growth - key.value) < Math.abs(growth - wrong.value)) return true;
  return computable(text, key, shown.map((n) => (n === wrong ? key : n)));
}

/** A true statement whose yearly rate the amounts it shows contradict (a document's "年均增长约8%" beside figures that make 10%). */
function selfContradicting(statement: string): boolean {
  const text = plain(statement);
  const all = numbersIn(text);
  const growth = yearlyGrowth(text, all);
  return growth !== undefined && all.some((n) => n.kind === "percent" && yearlyRate(text, n) && !near(n.value, growth, 0.2));
}

/** The flags of a question whose answer the numbers it shows compute, or whose statement they refute. */
export function arithmeticFlags(q: Pick<Question, "type" | "prompt" | "front" | "back" | "answer" | "source">): string[] {
  if (q.type === "true_false") {
    const statement = q.prompt.replace(/^[^：:]{0,16}[：:]/u, "");
    const bad = q.answer === false ? refutable(statement, q.source.quote) : selfContradicting(statement);
    return bad ? ["computable-answer"] : [];
  }
  const shown = q.type === "flashcard" ? (q.front ?? "") : q.prompt;
  const answer = q.type === "flashcard" ? (q.back ?? "") : typeof q.answer === "string" ? q.answer : "";
  const f = answer ? filled(shown, answer.split("\n")[0]!) : undefined;
  return f && computable(f.text, f.key, f.all) ? ["computable-answer"] : [];
}

/** The end of the clause a blank stands in: the first clause mark after it. */
const CLAUSE_END = /[，,；;。！？]/u;

/** A blank's text cut after its clause ("……为____亿美元，……已达到1990年的6倍。" → "……为____亿美元。"), or undefined. */
function cutAfterBlank(shown: string, answer: string): string | undefined {
  const m = BLANK.exec(shown);
  if (!m) return undefined;
  const after = m.index + m[0].length;
  const stop = CLAUSE_END.exec(shown.slice(after));
  if (!stop) return undefined;
  const at = after + stop.index;
  const cut = `${shown.slice(0, at)}。`;
  if (cut.length < shown.replace(/[。！？\s]+$/u, "").length + 1 && balanced(cut) && saysSomething(cut) && !givesAway(cut, answer)) return cut;
  return withoutClauseBefore(shown, m.index, answer) ?? asideAlone(shown, m.index, answer);
}

/**
 * A blank inside a bracketed aside that closes the text ("……不超过24.9%，……（按照某法，持股____%以上的股东可以……）"): the
 * aside alone, a sentence of its own, when what gives the blank away stands outside it.
 */
function asideAlone(shown: string, blankAt: number, answer: string): string | undefined {
  const bodyAt = shown.search(/[：:]/u) + 1;
  const open = shown.lastIndexOf("（", blankAt);
  const close = shown.indexOf("）", blankAt);
  if (open < bodyAt || close < 0 || shown.slice(open, blankAt).includes("）") || !/^[。！？]?\s*$/u.test(shown.slice(close + 1))) return undefined;
  const aside = `${shown.slice(0, bodyAt)}${shown.slice(open + 1, close)}。`;
  return balanced(aside) && saysSomething(aside) && !givesAway(aside, answer) ? aside : undefined;
}

/** Whether what is left of a text still says something ("____来。" does not). */
function saysSomething(text: string): boolean {
  const body = text.slice(text.search(/[：:]/u) + 1).replace(BLANK, "");
  return (body.match(/[\u3400-\u9fffA-Za-z]/gu) ?? []).length >= 6;
}

/** Whether the answer in its blank is computable from the rest of the text. */
function givesAway(shown: string, answer: string): boolean {
  const f = filled(shown, answer);
  return !f || computable(f.text, f.key, f.all);
}

/** A clause giving one part of a whole the text has given ("其中甲段7公里"): the parts after it read on without it. */
const PART_CLAUSE = /^(?:其中|其)/u;

/** A clause that sums the ones before it. */
const TOTAL_CLAUSE = /^(?:合计|共计|总计|总共|总和|两者|二者|三者)/u;

/** A span of years alone as a clause ("十年来"): a lead a sentence reads well without. */
const SPAN_CLAUSE = /^(?:近)?(?:[〇零一二两三四五六七八九十百]+|\d+)多?年(?:来|以来|间|間)$/u;

/**
 * The text without one clause before the blank's that holds a number computing it: a part of a whole ("全长9公里，其中甲段7公里，
 * 乙段____公里" → "全长9公里，乙段____公里"), or a bare span of years opening the sentence ("十年来，").
 */
function withoutClauseBefore(shown: string, blankAt: number, answer: string): string | undefined {
  const bodyAt = shown.search(/[：:]/u) + 1;
  const marks = [...shown.slice(bodyAt, blankAt).matchAll(/[，,；;]/gu)].map((m) => bodyAt + m.index!);
  // (a total's clause, "合计____", reads on from the parts before it: none of them can go)
  if (TOTAL_CLAUSE.test(shown.slice((marks.at(-1) ?? bodyAt - 1) + 1, blankAt))) return undefined;
  for (let i = marks.length - 1; i >= 0; i--) {
    const from = i === 0 ? bodyAt : marks[i - 1]! + 1;
    const clause = shown.slice(from, marks[i]);
    if (!(PART_CLAUSE.test(clause) && /\d/u.test(clause)) && !(i === 0 && SPAN_CLAUSE.test(clause))) continue;
    if (!balanced(clause)) continue;
    const without = shown.slice(0, from) + shown.slice(marks[i]! + 1);
    if (balanced(without) && saysSomething(without) && !givesAway(without, answer)) return without;
  }
  return undefined;
}

/**
 * A question whose blank the figures after it compute, shown without the clauses after the blank's own when
 * that leaves nothing to compute it from ("1990年，某地产值为____亿元，2020年为2838亿元，已达到1990年的6倍" →
 * "1990年，某地产值为____亿元。"): the fact is still asked, by the clause that states it.
 */
export function withoutComputingClauses<Q extends Pick<Question, "type" | "prompt" | "front" | "back" | "answer">>(q: Q): Q {
  if (q.type === "true_false" || !arithmeticFlags({ ...q, source: { documentId: "", start: 0, end: 0, quote: "" } }).length) return q;
  const answer = (q.type === "flashcard" ? (q.back ?? "") : typeof q.answer === "string" ? q.answer : "").split("\n")[0]!;
  if (!answer) return q;
  const prompt = cutAfterBlank(q.prompt, answer) ?? q.prompt;
  if (!q.front) return prompt === q.prompt ? q : { ...q, prompt };
  // (a card's front: its passage, then the line that asks)
  const [passage, ...ask] = q.front.split("\n");
  const front = cutAfterBlank(passage!, answer);
  return front ? { ...q, prompt, front: [front, ...ask].join("\n") } : q;
}

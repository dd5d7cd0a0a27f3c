/** Questions on figures: choose the amount, type it, judge a statement. */
import { BLANK, blankedPassage, CLOZE_BLANK, explain, passageOf, statementPassage } from "../context";
import { pickDistractors } from "../distractors";
import type { Draft, FigureFact, GenContext } from "../model";
import { escapeRegExp, fold, similarity } from "../text";
import { chineseNumber } from "../../extract/vocabulary";
import { coin, draft, seedFor } from "./common";
import { apart, numbersSpelled, plausibleWrongFigure } from "./figure-options";
import { categoryCells, rowAsSentence, tableRowOf } from "./rows";

const NUMBER = /\d+(?:[,，]\d{3})*(?:\.\d+)?/u;

/** Number of decimals and significant digits of a number as written. */
function shapeOf(written: string): { decimals: number; sig: number } {
  const plain = written.replace(/[,，]/g, "");
  const [int, frac = ""] = plain.split(".");
  const intDigits = int!.replace(/^0+/, "");
  const trailingZeros = frac ? 0 : (intDigits.match(/0+$/)?.[0].length ?? 0);
  return { decimals: frac.length, sig: Math.max(1, intDigits.length + frac.length - trailingZeros) };
}

function roundLike(n: number, written: string): string {
  const { decimals, sig } = shapeOf(written);
  if (decimals > 0) return n.toFixed(decimals);
  const digits = Math.max(1, Math.floor(Math.log10(Math.abs(n) || 1)) + 1);
  const keep = Math.max(1, Math.min(sig, digits));
  const f = 10 ** (digits - keep);
  return String(Math.round(n / f) * f);
}

/** The figure as written in the clean sentence, and the number inside it. */
function surfaceOf(f: FigureFact): { surface: string; written: string } | undefined {
  const key = f.context.keyInSentence;
  const surface = key ? f.context.sentence.slice(key.start, key.end) : f.value.text;
  const m = NUMBER.exec(surface);
  if (!m) return undefined;
  return { surface, written: m[0] };
}

/** Numbers the corpus gives for the same measure (and year, subject): never a distractor. */
function alsoTrueNumbers(ctx: GenContext, f: FigureFact): number[] {
  const out = [f.value.number];
  for (const g of ctx.figures) {
    if (g === f || g.value.unit !== f.value.unit) continue;
    const sameMeasure = fold(g.value.measure) === fold(f.value.measure) || similarity(g.value.measure, f.value.measure) >= 0.7;
    const sameYear = !f.value.year || !g.value.year || f.value.year === g.value.year;
    if (sameMeasure && sameYear) out.push(g.value.number);
  }
  return out;
}

/** Distractor numbers of the same unit and magnitude: corpus figures first, then scaled ones. */
function numberCandidates(ctx: GenContext, f: FigureFact, written: string): string[] {
  const n = f.value.number;
  const out: string[] = [];
  const pct = f.value.unit.includes("%") || f.value.unit.includes("百分");
  for (const g of ctx.figures) {
    if (g === f || g.value.unit !== f.value.unit) continue;
    const r = g.value.number / n;
    if (pct && n <= 100 && g.value.number > 100) continue;
    if (r >= 0.4 && r <= 2.5) {
      const gw = NUMBER.exec(g.value.text)?.[0];
      if (gw && shapeOf(gw).decimals === shapeOf(written).decimals) out.push(gw.replace(/[,，]/g, ""));
    }
  }
  for (const k of [1.5, 0.6, 2, 0.75, 1.3, 0.5, 2.5, 0.8]) {
    const v = n * k;
    if (pct && v > 100) continue;
    out.push(roundLike(v, written));
  }
  return out;
}

/**
 * Figures of the same unit in the same sentence stand in an order the sentence implies
 * ("2022年突破700亿美元，2023年创纪录地达到894亿美元"; "合计15520列，达到（17523列）的88.5%"):
 * a distractor keeps the answer's side of each of them, or the sentence itself rules it out.
 */
export function keepsOrder(ctx: GenContext, f: FigureFact): (n: number) => boolean {
  const others = ctx.figures
    .filter((g) => g !== f && g.documentId === f.documentId && g.context.sentence === f.context.sentence && g.value.unit === f.value.unit)
    .map((g) => g.value.number)
    .filter((x) => x !== f.value.number);
  return (n) => others.every((x) => Math.sign(n - x) === Math.sign(f.value.number - x));
}

/**
 * A figure said as a bound ("突破700亿美元", "增长超过200倍", "不足5%", "3000人以上"): every number on the far side of
 * it is also true, so a distractor must lie beyond it (above a lower bound, below an upper one).
 */
export function boundSide(text: string, surface: string): "lower" | "upper" | undefined {
  const at = text.indexOf(surface);
  if (at < 0) return undefined;
  const before = text.slice(Math.max(0, at - 4), at);
  const after = text.slice(at + surface.length, at + surface.length + 2);
  if (/(?:突破|超过|超出|超|逾|多于|高于|不少于|不低于|至少)了?$/u.test(before) || /^以上/u.test(after)) return "lower";
  if (/(?:不足|不到|低于|少于|不超过|未超过|至多)了?$/u.test(before) || /^(?:以下|以内)/u.test(after)) return "upper";
  return undefined;
}

/** The figure stands alone in a bracketed conversion of the figure before it: "（约合____）", "（折合……）". */
export function conversionNote(text: string, surface: string): boolean {
  const esc = escapeRegExp(surface);
  return new RegExp(`[（(]\\s*(?:约合|折合|合|相当于)\\s*(?:人民币|美元)?\\s*${esc}\\s*(?:左右)?\\s*[）)]`, "u").test(text);
}

/**
 * The number of a figure written in Chinese numerals ("全长四百八十公里", "有效期五年", "五十多年来", "百分之七十",
 * "四年半"), when it reads as the fact's number; not a part of a larger numeral ("四万六千个" → 4.6万), nor "十几个".
 */
export function chineseWritten(surface: string, n: number): string | undefined {
  const pct = /百分之/u.exec(surface);
  const from = pct ? pct.index + 3 : 0;
  if (!pct && /分之/u.test(surface)) return undefined;
  const m = /[〇零一二两三四五六七八九十百千]+(?:点[〇零一二三四五六七八九]+)?/u.exec(surface.slice(from));
  if (!m || (pct && m.index !== 0)) return undefined;
  const after = surface.slice(from + m.index + m[0].length);
  if (/^(?:几|[万亿][〇零一二两三四五六七八九十百千])/u.test(after)) return undefined;
  const [int, frac] = m[0].split("点");
  const half = /^(?:年|个)半/u.test(after) ? 0.5 : 0;
  const v = chineseNumber(int!) + (frac ? Number(`0.${[...frac].map((c) => chineseNumber(c === "〇" ? "零" : c)).join("")}`) : 0) + half;
  return v === n ? m[0] : undefined;
}

/**
 * A cloze on a figure written in Chinese numerals: the numeral and its unit are blanked ("有效期为____" → "十年"),
 * a time phrase's 来/以来/前/间 stays; the same amount in digits ("10年") is accepted too.
 */
function chineseFigureCloze(ctx: GenContext, f: FigureFact): Draft[] {
  const key = f.context.keyInSentence;
  const surface = key ? f.context.sentence.slice(key.start, key.end) : f.value.text;
  const written = chineseWritten(surface, f.value.number);
  if (!written) return [];
  const pct = surface.indexOf("百分之");
  const start = pct >= 0 ? pct : surface.indexOf(written);
  const blanked = surface.slice(start).replace(/(?:以来|来|前|间|左右|以上)$/u, "");
  if (blanked.length <= written.length) return [];
  // the same amount in digits: "百分之七十" → "70%", "四年半" → "4.5年", "三十八亿美元" → "38亿美元"
  const digits = pct >= 0 ? `${f.value.number}%` : blanked.replace(/^[^年个]*?(年|个)半/u, `${f.value.number}$1`).replace(written, String(f.value.number));
  const passage = passageOf(ctx, f);
  if (!passage.text.includes(surface)) return [];
  const sp = statementPassage(ctx, f, surface, { ownLine: true });
  if (!sp || sp.dangling) return [];
  // "百分之二十几", "十几个": the figure read on is an approximate one the blank would cut
  if (/^几/u.test(sp.text.slice(sp.key.end))) return [];
  const at = sp.key.start + start;
  let text = sp.text.slice(0, at) + CLOZE_BLANK + sp.text.slice(at + blanked.length);
  if (!/[。！？…”]$/.test(text)) text = text.replace(/[，,；;：:]$/, "") + "。";
  return [
    draft(ctx, {
      type: "cloze",
      variant: "figure-cloze",
      facts: [f],
      prompt: `根据原文填空：${text}`,
      answer: blanked,
      accepted: [...new Set([blanked, digits])],
      blanked,
      explanation: explain(ctx, f, `空格处应填“${blanked}”。`),
      tags: ["figure"],
      flags: sp.prepended ? ["context-prepended"] : [],
    }),
  ];
}

export function buildFigureQuestions(ctx: GenContext, f: FigureFact): Draft[] {
  const out: Draft[] = [];
  const s = surfaceOf(f);
  if (!s) return chineseFigureCloze(ctx, f);
  const { surface, written } = s;
  // a span of time counted to now ("28年来", "30多年以来") is a time phrase: its number is asked in a
  // cloze or a statement, never as "括号中的数字" standing for the whole phrase
  const span = /年(?:来|以来)$/u.test(surface);
  const tags = ["figure"];
  // a range ("3000~5000个", "2—16倍") has two numbers: changing one makes nonsense
  const range = /\d\s*[~～—–\-至到]\s*\d/u.test(surface);
  const passage = passageOf(ctx, f);
  if (!passage.text.includes(surface)) return out;
  // a conversion written in brackets after the figure ("1300亿本币（约合100亿美元）"): the number is
  // the reader's arithmetic, not a fact of the text — no question
  if (conversionNote(passage.text, surface)) return out;
  const banned = alsoTrueNumbers(ctx, f).map((x) => String(x));
  const replaceNumber = (num: string) => surface.replace(written, num);
  const answerPlain = written.replace(/[,，]/g, "");

  const seed = seedFor("figure-blank", [f]);
  // a number already shown in the sentence is no distractor
  const shown = passage.text.replace(surface, "");
  // "10余所", "70多个": an approximate count takes round numbers only ("6余所" is no Chinese)
  const approximate = new RegExp(`${written.replace(/[.]/g, "\\.")}\\s*[余多]`, "u").test(surface);
  const round = (c: string) => !approximate || (Number(c) >= 10 && Number(c) % 10 === 0 && !c.includes(".") && apart(Number(c), f.value.number));
  const extra = approximate ? [2, 3, 5, 4].map((k) => String(f.value.number * k)) : [];
  const ordered = keepsOrder(ctx, f);
  const anniversary = /周年$/u.test(surface);
  const bound = boundSide(passage.text, surface);
  const plausible = plausibleWrongFigure(surface, passage.text, f.value.number);
  const beyond = (c: number) => (bound === "lower" ? c > f.value.number : bound === "upper" ? c < f.value.number : true);
  const cands = [...numberCandidates(ctx, f, written), ...extra].filter(
    (c) =>
      !banned.includes(c) &&
      Number(c) !== f.value.number &&
      Number(c) > 0 &&
      round(c) &&
      !shown.includes(replaceNumber(c)) &&
      !shown.includes(c) &&
      ordered(Number(c)) &&
      beyond(Number(c)) &&
      plausible(Number(c)) &&
      // "突破702亿美元" next to "突破700亿美元": a near figure reads as the same one rounded
      Math.abs(Number(c) - f.value.number) >= 0.05 * f.value.number &&
      // ("联合国成立80周年" read as 200周年 is no plausible slip: an anniversary's wrong count stays within half of it)
      (!anniversary || Math.abs(Number(c) - f.value.number) <= 0.5 * f.value.number),
  );
  const nums = pickDistractors(cands, answerPlain, 3, seed, { strict: false, window: 5 });
  const categories = categoryCells(ctx, f.documentId);
  const table = tableRowOf(ctx, f);
  const asSentence = (text: string) => rowAsSentence(text, categories, table);
  const blanked = blankedPassage(ctx, f, surface, BLANK, 90, { ownLine: true });
  const bp = blanked && { ...blanked, text: asSentence(blanked.text) };
  if (nums && bp && !bp.dangling && !range) {
    const opts = [answerPlain, ...nums].sort((a, b) => Number(a) - Number(b)).map(replaceNumber);
    out.push(
      draft(ctx, {
        type: "mcq",
        variant: "figure-blank",
        facts: [f],
        prompt: `根据原文，选择填入括号的数字：${bp.text}`,
        options: opts,
        answer: surface,
        explanation: explain(ctx, f, `正确答案是${surface}。`),
        tags,
        flags: bp.prepended ? ["context-prepended"] : [],
      }),
    );
  }
  // cloze on the number only, the unit stays in the sentence
  const sp = statementPassage(ctx, f, surface, { ownLine: true });
  if (sp && !sp.dangling) {
    const at = sp.key.start + surface.indexOf(written);
    let text = sp.text.slice(0, at) + CLOZE_BLANK + sp.text.slice(at + written.length);
    if (!/[。！？…”]$/.test(text)) text = text.replace(/[，,；;：:]$/, "") + "。";
    out.push(
      draft(ctx, {
        type: "cloze",
        variant: "figure-cloze",
        facts: [f],
        prompt: `根据原文填空（填数字）：${asSentence(text)}`,
        answer: written,
        accepted: [...new Set([written, answerPlain])],
        blanked: written,
        explanation: explain(ctx, f, `空格处应填“${written}”。`),
        tags,
        flags: sp.prepended ? ["context-prepended"] : [],
      }),
    );
    // (a figure the sentence spells again in a quoted name, "……简称“十百千”", is shown as written: any other is false on its face)
    const spelled = numbersSpelled(passage.text).has(f.value.number);
    // (a bound is no statement to falsify: "均超50%" holds "均超47%", and "均超55%" may hold too)
    if (((nums && !bound) || spelled) && !range) {
      const truth = spelled || coin(seedFor("figure-tf", [f]));
      const shownNum = truth ? written : nums![0]!;
      let st = sp.text.slice(0, at) + shownNum + sp.text.slice(at + written.length);
      if (!/[。！？…”]$/.test(st)) st = st.replace(/[，,；;：:]$/, "") + "。";
      out.push(
        draft(ctx, {
          type: "true_false",
          variant: "figure-tf",
          facts: [f],
          prompt: `判断正误（依据原文）：${asSentence(st)}`,
          answer: truth,
          explanation: explain(ctx, f, truth ? "正确。" : `错误，原文为${surface}。`),
          tags,
        }),
      );
    }
  }
  if (bp && !bp.dangling) {
    out.push(
      draft(ctx, {
        type: "flashcard",
        variant: "figure-card",
        facts: [f],
        prompt: bp.text,
        front: `${bp.text}\n括号中的数字是多少？`,
        back: surface,
        explanation: explain(ctx, f, ""),
        tags,
      }),
    );
  }
  return span ? out.filter((d) => d.type === "cloze" || d.type === "true_false") : out;
}

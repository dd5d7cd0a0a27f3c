/**
 * Traditional and simplified characters, through OpenCC's tables (opencc-js): texts from Hong Kong,
 * Taiwan or Macau are read by the same (simplified) patterns, one character for one so that every
 * offset still holds, and a question on such a text is written in its script.
 */
import * as OpenCC from "opencc-js";

const toSimplified = OpenCC.Converter({ from: "hk", to: "cn" });
const toTraditional = OpenCC.Converter({ from: "cn", to: "tw" });

const simplifiedChars = new Map<string, string>();
const traditionalChars = new Map<string, string>();

/** A character's simplified form; itself when it has none, or when the form would not take its place one for one. */
export function simplifiedChar(ch: string): string {
  let out = simplifiedChars.get(ch);
  if (out === undefined) {
    const converted = toSimplified(ch);
    simplifiedChars.set(ch, (out = converted.length === ch.length ? converted : ch));
  }
  return out;
}

function traditionalChar(ch: string): string {
  let out = traditionalChars.get(ch);
  if (out === undefined) {
    const converted = toTraditional(ch);
    traditionalChars.set(ch, (out = converted.length === ch.length ? converted : ch));
  }
  return out;
}

/** The text with each traditional character read as its simplified form: same length, same offsets. */
export function foldTraditional(text: string): string {
  let out = "";
  for (const ch of text) out += simplifiedChar(ch);
  return out;
}

/**
 * The simplified words a question brings into a traditional text, in traditional characters: each
 * character written only in simplified (这, 关) and the characters of its word (系 of 关系, 后 of
 * 然后), converted word by word; what the text already writes in traditional stays as it is.
 */
export function inTraditional(text: string): string {
  const chars = [...text];
  const whole = toTraditional(text);
  const converted = whole.length === text.length ? [...whole] : chars.map(traditionalChar);
  const simplifiedOnly = chars.map(isSimplifiedChar);
  return chars
    .map((ch, i) => (simplifiedOnly[i] || simplifiedOnly[i - 1] || simplifiedOnly[i + 1] ? converted[i]! : ch))
    .join("");
}

/** Written only in traditional characters (國, 關), not in both scripts (中, 于). */
export const isTraditionalChar = (ch: string): boolean => simplifiedChar(ch) !== ch;

/**
 * Characters OpenCC converts to traditional that are standard traditional characters too, with a
 * meaning of their own (台 platform, 于 a surname, 后 empress, 里 village, 系 system…): a
 * traditional text may write them.
 */
const IN_BOTH_SCRIPTS = new Set("台于后里面干系划只才出回丑谷斗几了借卷松涂余御郁云折征制致准朴采向胡沈范占合吊同困姜");

/** Written only in simplified characters (国, 关), never in a traditional text. */
export const isSimplifiedChar = (ch: string): boolean => traditionalChar(ch) !== ch && !IN_BOTH_SCRIPTS.has(ch);

function countOf(text: string, test: (ch: string) => boolean): number {
  let n = 0;
  for (const ch of text) if (test(ch)) n++;
  return n;
}

/** How many characters of the text are written only in traditional. */
export const traditionalCount = (text: string): number => countOf(text, isTraditionalChar);

/** How many characters of the text are written only in simplified. */
export const simplifiedCount = (text: string): number => countOf(text, isSimplifiedChar);

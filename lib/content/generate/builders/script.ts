/**
 * Documents written in traditional characters: their words are matched against the generator's
 * (simplified) patterns one character for one, and the fixed words of a question built on them are
 * written in traditional characters too, so that a question shows one script (lib/content/script.ts).
 */
import { foldTraditional, inTraditional as wordsInTraditional, isSimplifiedChar, isTraditionalChar } from "../../script";

/** The text with its traditional characters read as simplified ones. */
export const simplifiedView = (text: string): string => foldTraditional(text);

const count = (text: string, test: (ch: string) => boolean): number => {
  let n = 0;
  for (const ch of text) if (test(ch)) n++;
  return n;
};

/**
 * Options or pairs written in two scripts ("中老鐵路" among "中巴经济走廊"): the one in the other
 * script gives itself away, and the question shows two scripts.
 */
export function mixedScripts(texts: readonly string[]): boolean {
  return texts.some((t) => count(t, isTraditionalChar) > 0) && texts.some((t) => count(t, isSimplifiedChar) > 0);
}

/** A text written in traditional characters: many characters written only in traditional, few written only in simplified. */
export function isTraditional(text: string): boolean {
  const t = count(text, isTraditionalChar);
  return t >= 5 && t > 4 * count(text, isSimplifiedChar);
}

/** A question on a traditional text, its own words (the frame, added names) in traditional characters. */
export const inTraditional = (text: string): string => wordsInTraditional(text);

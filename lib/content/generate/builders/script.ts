/**
 * Documents written in traditional characters: their words are matched against the generator's
 * (simplified) patterns one character for one, and the fixed words of a question built on them are
 * written in traditional characters too, so that a question shows one script (lib/content/script.ts).
 */
import { simplifiedCount, traditionalCount } from "../../script";

export { foldTraditional as simplifiedView, inTraditional } from "../../script";

/**
 * Options or pairs written in two scripts ("中老鐵路" among "中巴经济走廊"): the one in the other
 * script gives itself away, and the question shows two scripts.
 */
export function mixedScripts(texts: readonly string[]): boolean {
  return texts.some((t) => traditionalCount(t) > 0) && texts.some((t) => simplifiedCount(t) > 0);
}

/** A text written in traditional characters: many characters written only in traditional, few written only in simplified. */
export function isTraditional(text: string): boolean {
  const t = traditionalCount(text);
  return t >= 5 && t > 4 * simplifiedCount(text);
}

/**
 * Character classes for Chinese text, and `MappedText`: a string whose every
 * code unit remembers the raw offset it was copied from. The normaliser only
 * deletes, reorders or substitutes one character for one character, so a clean
 * span always maps back to an exact raw slice.
 */

/** CJK ideographs (BMP blocks used in modern Chinese). */
export const isHan = (ch: string | undefined): boolean =>
  !!ch && ((ch >= "\u3400" && ch <= "\u9fff") || (ch >= "\uf900" && ch <= "\ufaff"));

/** Characters of Chinese typesetting: ideographs, CJK and full-width punctuation, curly quotes, dashes. */
export const isWide = (ch: string | undefined): boolean =>
  !!ch &&
  (isHan(ch) ||
    (ch >= "\u3000" && ch <= "\u303f") ||
    (ch >= "\uff00" && ch <= "\uffef") ||
    (ch >= "\u2010" && ch <= "\u2027") ||
    (ch >= "\u2460" && ch <= "\u24ff") ||
    ch === "\u00b7" ||
    ch === "\u25a0");

export const isDigit = (ch: string | undefined): boolean => !!ch && ch >= "0" && ch <= "9";
export const isLatin = (ch: string | undefined): boolean => !!ch && /[A-Za-z]/.test(ch);
export const isSpace = (ch: string | undefined): boolean => !!ch && /[\s\u00a0\u3000\u200b\ufeff]/.test(ch);

/** Ends a sentence (the quotes and brackets that may follow are handled by the segmenter). */
export const SENTENCE_END = new Set(["。", "！", "？", "!", "?", "…"]);
/** A line or block ending with one of these (possibly followed by closing quotes) is complete. */
export const TERMINAL = new Set(["。", "！", "？", "!", "?", "；", "…", "⋯", "■", "."]);
const CLOSERS = new Set(["”", "’", "」", "』", "）", ")", "》", "]"]);

/**
 * True when the text ends a sentence: 。！？； … possibly followed by closing quotes or
 * brackets, or by a bracketed credit after a full sentence ("…大桥上。（新华社发）").
 */
export function endsSentence(text: string): boolean {
  let i = text.length - 1;
  while (i >= 0 && CLOSERS.has(text[i])) i--;
  if (i < 0 || TERMINAL.has(text[i])) return true;
  const credit = /[（(][^（()）]{1,40}[）)]$/.exec(text);
  return credit !== null && credit.index > 0 && TERMINAL.has(text[credit.index - 1]);
}

/** Text plus, for each code unit, the raw offset it came from. */
export class MappedText {
  constructor(
    public text: string,
    public map: number[],
  ) {}

  static fromRaw(raw: string, start: number, end: number): MappedText {
    const map = new Array<number>(end - start);
    for (let i = 0; i < map.length; i++) map[i] = start + i;
    return new MappedText(raw.slice(start, end), map);
  }

  static empty(): MappedText {
    return new MappedText("", []);
  }

  get length(): number {
    return this.text.length;
  }

  /** Removes the given clean ranges ([start, end), sorted or not, may overlap). */
  deleteRanges(ranges: Array<[number, number]>): MappedText {
    if (ranges.length === 0) return this;
    const drop = new Uint8Array(this.text.length);
    for (const [s, e] of ranges) for (let i = Math.max(0, s); i < Math.min(e, drop.length); i++) drop[i] = 1;
    let text = "";
    const map: number[] = [];
    for (let i = 0; i < this.text.length; i++) {
      if (drop[i]) continue;
      text += this.text[i];
      map.push(this.map[i]);
    }
    return new MappedText(text, map);
  }

  /** Deletes every match of a global regex (or only the capture group 1 when `group` is set). */
  deleteMatches(re: RegExp, group?: number): MappedText {
    const ranges: Array<[number, number]> = [];
    for (const m of this.text.matchAll(re)) {
      if (group === undefined) ranges.push([m.index!, m.index! + m[0].length]);
      else if (m[group] !== undefined) {
        const at = m.index! + m[0].indexOf(m[group]);
        ranges.push([at, at + m[group].length]);
      }
    }
    return this.deleteRanges(ranges);
  }

  /** Substitutes characters one for one (the map is unchanged). */
  substitute(fn: (ch: string, i: number, text: string) => string): MappedText {
    let out = "";
    for (let i = 0; i < this.text.length; i++) {
      const r = fn(this.text[i], i, this.text);
      out += r.length === 1 ? r : this.text[i];
    }
    return new MappedText(out, this.map);
  }

  slice(start: number, end = this.text.length): MappedText {
    return new MappedText(this.text.slice(start, end), this.map.slice(start, end));
  }

  trim(): MappedText {
    let s = 0;
    let e = this.text.length;
    while (s < e && isSpace(this.text[s])) s++;
    while (e > s && isSpace(this.text[e - 1])) e--;
    return s === 0 && e === this.text.length ? this : this.slice(s, e);
  }

  append(other: MappedText): MappedText {
    return new MappedText(this.text + other.text, this.map.concat(other.map));
  }
}

/** Joins pieces of a paragraph: no space between Chinese pieces, one between Latin words. */
export function joinPieces(a: MappedText, b: MappedText): MappedText {
  if (a.length === 0) return b;
  if (b.length === 0) return a;
  // a thousands group cut by the line end: "3 1" + "07亿" → "3107亿"
  const tail = /(?<=\d) (\d{1,2})$/.exec(a.text);
  const head = tail ? /^\d{1,2}(?!\d)/.exec(b.text) : null;
  if (tail && head && tail[1].length + head[0].length === 3) a = a.deleteRanges([[tail.index, tail.index + 1]]);
  const last = a.text[a.length - 1];
  const first = b.text[0];
  // a Latin word cut by a narrow column inside Chinese text ("…生效。RCE" + "P正式…") is one word
  const cutWord = /(?:^|[^\sA-Za-z])[A-Za-z]+$/.test(a.text) && /^[A-Za-z]+(?:[^\sA-Za-z.,;:!?'"-]|$)/.test(b.text);
  if (cutWord) return a.append(b);
  if (/[A-Za-z,;:)]/.test(last) && /[A-Za-z(]/.test(first)) {
    // a space that does not exist in the raw text: map it to the raw offset just after `a`
    return new MappedText(a.text + " " + b.text, [...a.map, a.map[a.length - 1] + 1, ...b.map]);
  }
  return a.append(b);
}

/** Counts Han characters. */
export function hanCount(s: string): number {
  let n = 0;
  for (const ch of s) if (isHan(ch)) n++;
  return n;
}

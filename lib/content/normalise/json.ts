/**
 * A JSON export (a timeline, a list of records) read as text: every string value is decoded
 * (\uXXXX, \", \n), each record of an array becomes one line — its date first, then its
 * strings — and a date given as an object of fields ({"year": "1983", "month": "6", "day": "8"})
 * is written as a date (1983年6月8日, a range when an end date follows). Keys, identifiers,
 * addresses and category fields are left out. Every character keeps the raw offset it was
 * read from: a decoded escape points at its backslash, the words set in between at the value
 * they follow.
 */
import { MappedText } from "../text";
import { cleanLine } from "./inline";
import type { Line } from "./lines";

type Node =
  | { type: "string"; start: number; end: number; value: MappedText }
  | { type: "other"; start: number; end: number; text: string }
  | { type: "object"; start: number; end: number; entries: Array<{ key: string; value: Node }> }
  | { type: "array"; start: number; end: number; items: Node[] };

class Scanner {
  constructor(
    private raw: string,
    public at = 0,
  ) {}

  private space() {
    while (this.at < this.raw.length && /\s/.test(this.raw[this.at])) this.at++;
  }

  value(): Node {
    this.space();
    const start = this.at;
    const ch = this.raw[this.at];
    if (ch === "{") {
      this.at++;
      const entries: Array<{ key: string; value: Node }> = [];
      for (;;) {
        this.space();
        if (this.raw[this.at] === "}") break;
        const key = this.string().value.text;
        this.space();
        if (this.raw[this.at++] !== ":") throw new Error("json: colon");
        entries.push({ key, value: this.value() });
        this.space();
        if (this.raw[this.at] === ",") this.at++;
        else if (this.raw[this.at] !== "}") throw new Error("json: object");
      }
      this.at++;
      return { type: "object", start, end: this.at, entries };
    }
    if (ch === "[") {
      this.at++;
      const items: Node[] = [];
      for (;;) {
        this.space();
        if (this.raw[this.at] === "]") break;
        items.push(this.value());
        this.space();
        if (this.raw[this.at] === ",") this.at++;
        else if (this.raw[this.at] !== "]") throw new Error("json: array");
      }
      this.at++;
      return { type: "array", start, end: this.at, items };
    }
    if (ch === '"') return this.string();
    const m = /^(?:-?\d+(?:\.\d+)?(?:[eE][+-]?\d+)?|true|false|null)/.exec(this.raw.slice(this.at, this.at + 40));
    if (!m) throw new Error("json: value");
    this.at += m[0].length;
    return { type: "other", start, end: this.at, text: m[0] };
  }

  private string(): Extract<Node, { type: "string" }> {
    const start = this.at;
    if (this.raw[this.at++] !== '"') throw new Error("json: string");
    let text = "";
    const map: number[] = [];
    for (;;) {
      if (this.at >= this.raw.length) throw new Error("json: unterminated");
      const ch = this.raw[this.at];
      if (ch === '"') break;
      if (ch === "\\") {
        const e = this.raw[this.at + 1];
        if (e === "u") {
          text += String.fromCharCode(parseInt(this.raw.slice(this.at + 2, this.at + 6), 16));
          map.push(this.at);
          this.at += 6;
          continue;
        }
        text += e === "n" || e === "r" || e === "t" ? "\n" : e === "b" || e === "f" ? "" : e;
        if (e !== "b" && e !== "f") map.push(this.at);
        this.at += 2;
        continue;
      }
      text += ch;
      map.push(this.at++);
    }
    this.at++;
    return { type: "string", start, end: this.at, value: new MappedText(text, map) };
  }
}

/** Fields that sort, identify or address a record: never part of its text. */
const SKIPPED_KEY = /^(?:id|unique_id|uid|group|groups|category|categories|tag|tags|type|url|link|href|src|thumbnail|background|media|credit|language|lang|locale|generator|version|format|project|slug|color|colour|icon|class|style)$/i;
const DATE_PARTS = ["year", "month", "day"] as const;
const HAN = /[\u4e00-\u9fff]/;
/** An ISO date or time stamp ("2024-03-01T09:30:00+08:00"): a record's date, kept as written. */
const ISO_STAMP = /^\d{4}-\d{2}-\d{2}(?:[T ]\d{2}:\d{2}(?::\d{2})?(?:Z|[+-]\d{2}:?\d{2})?)?$/;
/** A date written out in words only ("1984年11月—1985年4月"): shown beside the record's date. */
const DATE_WORDS = /^[\d〇零一二三四五六七八九十]{1,4}年(?:[\d一二三四五六七八九十]{1,2}月(?:[\d一二三四五六七八九十]{1,3}日)?)?(?:\s*[—–\-~～至]\s*(?:[\d〇零一二三四五六七八九十]{1,4}年)?(?:[\d一二三四五六七八九十]{1,2}月(?:[\d一二三四五六七八九十]{1,3}日)?)?)?$/;

/** What a time stamp's key says it dates. */
const STAMP_KEYS: Array<[RegExp, string]> = [
  [/^export(?:ed)?(?:_?(?:at|on|time|date))?$/i, "导出时间"],
  [/^(?:created|creation)(?:_?(?:at|on|time|date))?$/i, "创建时间"],
  [/^(?:updated|modified|last_?modified|last_?updated)(?:_?(?:at|on|time|date))?$/i, "更新时间"],
  [/^(?:published|publish|pub)(?:_?(?:at|on|time|date))?$|^pubdate$/i, "发布时间"],
  [/^(?:date|time|timestamp)$/i, "日期"],
];

const inserted = (s: string, at: number) => new MappedText(s, new Array<number>(s.length).fill(at));

function isDateObject(n: Node): boolean {
  return n.type === "object" && n.entries.some((e) => e.key.toLowerCase() === "year") && n.entries.every((e) => e.value.type !== "object" && e.value.type !== "array");
}

/** {"year": "1983", "month": "6", "day": "8"} → 1983年6月8日, each number mapped to its value. */
function dateText(n: Extract<Node, { type: "object" }>): MappedText | null {
  let out = MappedText.empty();
  for (const [i, part] of DATE_PARTS.entries()) {
    const v = n.entries.find((e) => e.key.toLowerCase() === part)?.value;
    if (!v) break;
    const digits = v.type === "string" ? v.value : v.type === "other" ? new MappedText(v.text, Array.from({ length: v.text.length }, (_, k) => v.start + k)) : null;
    if (!digits || !/^\d{1,4}$/.test(digits.text) || (i === 0 && digits.length !== 4)) break;
    out = out.append(digits).append(inserted("年月日"[i], digits.map[digits.length - 1]));
  }
  return out.length > 0 ? out : null;
}

function cleaned(s: MappedText): MappedText {
  return cleanLine(s).text.trim();
}

/** The strings of an object and of the objects inside it (not of its arrays), in order, with their keys. */
function strings(n: Extract<Node, { type: "object" }>, out: Array<{ key: string; text: MappedText }> = []) {
  for (const { key, value } of n.entries) {
    if (SKIPPED_KEY.test(key)) continue;
    if (value.type === "string") {
      const t = cleaned(value.value);
      if (t.length > 0 && (HAN.test(t.text) || ISO_STAMP.test(t.text))) out.push({ key, text: t });
    } else if (value.type === "object" && !isDateObject(value)) strings(value, out);
  }
  return out;
}

function arraysIn(n: Extract<Node, { type: "object" }>, out: Array<Extract<Node, { type: "array" }>> = []) {
  for (const { key, value } of n.entries) {
    if (SKIPPED_KEY.test(key)) continue;
    if (value.type === "array") out.push(value);
    else if (value.type === "object" && !isDateObject(value)) arraysIn(value, out);
  }
  return out;
}

const endsSentence = (t: MappedText) => /[。！？；：:]$/.test(t.text);

function line(raw: string, n: Node, clean: MappedText, headingLevel = 0, row = true): Line {
  return { index: 0, raw: raw.slice(n.start, n.end), start: n.start, clean, kind: "text", headingLevel, endMark: false, doubled: false, closesParagraph: true, ...(row ? { table: "row" as const } : {}) };
}

/** One record: "date（date in words）：string。string". */
function recordLine(raw: string, n: Extract<Node, { type: "object" }>): Line | null {
  const dates = n.entries.filter((e) => isDateObject(e.value)).map((e) => dateText(e.value as Extract<Node, { type: "object" }>)).filter((d): d is MappedText => !!d);
  let out = MappedText.empty();
  dates.slice(0, 2).forEach((d, i) => (out = i === 0 ? d : out.append(inserted("—", d.map[0])).append(d)));
  const texts = strings(n);
  const words = texts.filter((t) => DATE_WORDS.test(t.text.text));
  if (out.length > 0)
    for (const w of words) out = out.append(inserted("（", w.text.map[0])).append(w.text).append(inserted("）", w.text.map[w.text.length - 1]));
  const rest = out.length > 0 ? texts.filter((t) => !words.includes(t)) : texts;
  rest.forEach((t, i) => {
    const at = t.text.map[0];
    if (out.length > 0) out = out.append(inserted(i === 0 ? "：" : endsSentence(out) ? "" : "。", at));
    out = out.append(t.text);
  });
  return out.length > 0 ? line(raw, n, out) : null;
}

function walk(raw: string, n: Node, inArray: boolean, out: Line[]): void {
  if (n.type === "array") {
    for (const item of n.items) walk(raw, item, true, out);
    return;
  }
  if (n.type === "string") {
    const t = cleaned(n.value);
    if (HAN.test(t.text)) out.push(line(raw, n, t));
    return;
  }
  if (n.type !== "object") return;
  if (isDateObject(n)) return;
  const dated = n.entries.some((e) => isDateObject(e.value));
  if (inArray || dated) {
    const l = recordLine(raw, n);
    if (l) out.push(l);
  } else {
    // an object that is no record (the export's meta, its title): each string a line, a title's headline a heading,
    // a time stamp said in words for what it dates (导出时间：2024-03-01T09:30:00+08:00)
    for (const { key, text } of strings(n)) {
      const word = ISO_STAMP.test(text.text) ? STAMP_KEYS.find(([re]) => re.test(key))?.[1] : undefined;
      const clean = word ? inserted(`${word}：`, text.map[0]).append(text) : text;
      out.push(line(raw, n, clean, /^(?:headline|title|name|标题)$/i.test(key) && !out.some((l) => l.headingLevel > 0) ? 1 : 0, false));
    }
  }
  for (const a of arraysIn(n)) walk(raw, a, true, out);
}

/** The lines of a document that is one JSON value (an object or an array), or null when it is not. */
export function readJson(raw: string): Line[] | null {
  const body = raw.replace(/^\uFEFF/, "");
  if (!/^\s*[{[]/.test(body) || !/[}\]]\s*$/.test(body)) return null;
  try {
    JSON.parse(body);
  } catch {
    return null;
  }
  let root: Node;
  try {
    const s = new Scanner(raw, raw.length - body.length);
    root = s.value();
  } catch {
    return null;
  }
  const out: Line[] = [];
  walk(raw, root, false, out);
  out.forEach((l, i) => (l.index = i));
  return out.length > 0 ? out : null;
}

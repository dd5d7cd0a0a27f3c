/**
 * A news feed saved as text (RSS 2.0 `<rss><channel><item>…`, Atom `<feed><entry>…`) read by its elements:
 * the channel's title is the document's heading and its build date a line of its own; each item is its
 * title (labelled a title: the headline of an article of its own, not a sentence it says), its date of publication ("发布时间：…", which dates the item's words such as 今年 and
 * 23日), and its description's paragraphs — CDATA opened, escaped markup (&lt;p&gt;, &amp;ldquo;) decoded,
 * tags removed. Links, ids, authors, categories and the channel's settings are left out. Every character
 * keeps its raw offset; the words set before a date point at the date.
 */
import { MappedText } from "../text";
import { cleanLine, decodeEntities } from "./inline";
import type { Line } from "./lines";

const FEED = /^\s*(?:<\?xml[^>]*\?>\s*)?(?:<!--[\s\S]*?-->\s*)*<(?:rss|feed|rdf:RDF)\b/i;

const inserted = (s: string, at: number) => new MappedText(s, new Array<number>(s.length).fill(at));

function line(raw: string, start: number, end: number, clean: MappedText, headingLevel = 0): Line {
  return { index: 0, raw: raw.slice(start, end), start, clean, kind: "text", headingLevel, endMark: false, doubled: false, closesParagraph: true };
}

/** The inner text of the first element named `tag` in raw[from, to), CDATA opened. */
function element(raw: string, from: number, to: number, tags: string[]): { start: number; end: number } | null {
  const re = new RegExp(`<(${tags.join("|")})(?:\\s[^>]*)?>([\\s\\S]*?)</\\1\\s*>`, "i");
  const m = re.exec(raw.slice(from, to));
  if (!m) return null;
  let start = from + m.index + m[0].indexOf(">") + 1;
  let end = start + m[2].length;
  const cdata = /^\s*<!\[CDATA\[([\s\S]*?)\]\]>\s*$/.exec(raw.slice(start, end));
  if (cdata) {
    start += raw.slice(start, end).indexOf("<![CDATA[") + 9;
    end = start + cdata[1].length;
  }
  return { start, end };
}

/** Markup written as text (&lt;p&gt;) decoded once, so that its tags read as tags. */
function unescaped(t: MappedText): MappedText {
  return /&lt;\/?[a-z]/i.test(t.text) ? decodeEntities(t) : t;
}

/** The paragraphs of a description: split at <p>, </p> and <br>, each cleaned of its markup. */
function paragraphs(raw: string, at: { start: number; end: number }): Line[] {
  const t = unescaped(MappedText.fromRaw(raw, at.start, at.end));
  const out: Line[] = [];
  let from = 0;
  const cut = (to: number) => {
    const piece = cleanLine(t.slice(from, to)).text.trim();
    if (piece.length > 0) out.push(line(raw, piece.map[0], piece.map[piece.length - 1] + 1, piece));
  };
  for (const m of t.text.matchAll(/<\/?p\b[^>]*>|<br\s*\/?>|<\/?div\b[^>]*>/gi)) {
    cut(m.index!);
    from = m.index! + m[0].length;
  }
  cut(t.length);
  return out;
}

function textOf(raw: string, at: { start: number; end: number }): MappedText {
  return cleanLine(unescaped(MappedText.fromRaw(raw, at.start, at.end))).text.trim();
}

/** The lines of a document that is a news feed (RSS or Atom), or null when it is not one. */
export function readFeed(raw: string): Line[] | null {
  if (!FEED.test(raw.replace(/^\uFEFF/, ""))) return null;
  const out: Line[] = [];
  const items = [...raw.matchAll(/<(item|entry)\b[^>]*>([\s\S]*?)<\/\1\s*>/gi)];
  if (items.length === 0) return null;
  const headEnd = items[0].index!;
  // the channel: its title and when it was last built
  const title = element(raw, 0, headEnd, ["title"]);
  if (title) {
    const t = textOf(raw, title);
    if (t.length > 0) out.push(line(raw, title.start, title.end, t, 1));
  }
  const built = element(raw, 0, headEnd, ["lastBuildDate", "updated", "pubDate", "dc:date"]);
  if (built) {
    const t = textOf(raw, built);
    if (t.length > 0) out.push(line(raw, built.start, built.end, inserted("更新时间：", t.map[0]).append(t)));
  }
  for (const it of items) {
    const from = it.index!;
    const to = from + it[0].length;
    const head = element(raw, from, to, ["title"]);
    if (head) {
      const t = textOf(raw, head);
      if (t.length > 0) out.push({ ...line(raw, head.start, head.end, t, 2), headline: true });
    }
    const date = element(raw, from, to, ["pubDate", "published", "dc:date", "updated"]);
    if (date) {
      const t = textOf(raw, date);
      if (t.length > 0) out.push(line(raw, date.start, date.end, inserted("发布时间：", t.map[0]).append(t)));
    }
    const body = element(raw, from, to, ["description", "content:encoded", "content", "summary"]);
    if (body) out.push(...paragraphs(raw, body));
  }
  out.forEach((l, i) => (l.index = i));
  return out;
}

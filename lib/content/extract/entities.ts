/**
 * Entities: countries (full names and the one-character forms of pairs), people
 * (named with a title: 国家主席X, X主席, 总统X, transliterated names with ·), and
 * places (X省, X市, 首都X, 在X举行).
 */
import type { CleanDocument } from "../types";
import { type Candidate, countryMentions, factSentences } from "./context";
import { TRANSLITERATION_CHARS } from "./vocabulary";

type EntityCandidate = Extract<Candidate, { kind: "entity" }>;

const TITLES = "国家主席|主席|总统|总理|副总理|总书记|首相|外长|外交部长|部长|大使|秘书长|国务委员|议长|教授|副教授|主任|校长|评论员|总经济师|专家|学者|音乐家";
const TITLE_THEN_NAME = new RegExp(`(?:${TITLES})([\\u4e00-\\u9fff]{1,8}·[\\u4e00-\\u9fff]{2,10}|[\\u4e00-\\u9fff]{2,8})`, "g");
const NAME_THEN_TITLE = new RegExp(`(?:(?<![\\u4e00-\\u9fff])|(?<=[了和与同的在由向对给被及见]))([\\u4e00-\\u9fff]{2,3})(?=${TITLES.split("|").filter((t) => ["主席", "总统", "总理", "总书记", "同志"].includes(t)).join("|")}|同志)`, "g");
const DOT_NAME = /[\u4e00-\u9fff]{1,8}·[\u4e00-\u9fff]{2,10}/g;

const translitRun = (s: string): string => {
  let n = 0;
  while (n < s.length && (TRANSLITERATION_CHARS.has(s[n]) || s[n] === "·")) n++;
  return s.slice(0, n);
};

function entity(c: { name: string; category: EntityCandidate["value"]["category"]; start: number; end: number }, s: EntityCandidate["sentence"], alias?: string): EntityCandidate {
  return {
    kind: "entity",
    label: c.name,
    value: { name: c.name, category: c.category, aliases: alias && alias !== c.name ? [alias] : [] },
    at: { start: c.start, end: c.end },
    sentence: s,
    key: `${c.category}|${c.name}`,
  };
}

export function extractEntities(doc: CleanDocument): Candidate[] {
  const out: EntityCandidate[] = [];
  for (const s of factSentences(doc)) {
    const t = s.text;
    for (const c of countryMentions(t)) out.push(entity({ name: c.name, category: "country", start: c.start, end: c.end }, s, t.slice(c.start, c.end)));
    for (const m of t.matchAll(TITLE_THEN_NAME)) {
      const run = m[1].includes("·") ? m[1] : translitRun(m[1]);
      const name = run.length >= 3 || run.includes("·") ? run : /^国家主席/.test(m[0]) ? m[1].slice(0, 3) : "";
      if (!name) continue;
      const start = m.index! + m[0].length - m[1].length;
      out.push(entity({ name, category: "person", start, end: start + name.length }, s));
    }
    for (const m of t.matchAll(NAME_THEN_TITLE)) {
      if (/^(?:国家|副|前|原|总|名誉|党|首任|本届|新任)/.test(m[1]) || countryMentions(m[1]).length) continue;
      out.push(entity({ name: m[1], category: "person", start: m.index!, end: m.index! + m[1].length }, s));
    }
    for (const m of t.matchAll(DOT_NAME)) {
      const [first, last] = m[0].split("·");
      const given = first.slice(-Math.min(first.length, 5));
      const surname = translitRun(last);
      if (surname.length < 2) continue;
      const name = `${given}·${surname}`;
      const start = m.index! + first.length - given.length;
      out.push(entity({ name, category: "person", start, end: start + name.length }, s));
    }
    for (const m of t.matchAll(/(?:首都|首府|城市|古城)([\u4e00-\u9fff]{2,6})/g)) {
      const name = translitRun(m[1]);
      if (name.length < 2) continue;
      const start = m.index! + m[0].length - m[1].length;
      out.push(entity({ name, category: "place", start, end: start + name.length }, s));
    }
    for (const m of t.matchAll(/(?<=[在于从到、，])([\u4e00-\u9fff]{2,4}(?:省|市|州|自治区))/g))
      out.push(entity({ name: m[1], category: "place", start: m.index!, end: m.index! + m[1].length }, s));
  }
  return out;
}

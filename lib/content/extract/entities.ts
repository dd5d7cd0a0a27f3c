/**
 * Entities: countries (full names and the one-character forms of pairs), people
 * (named with a title: 国家主席X, X主席, 总统X, transliterated names with ·), and
 * places (X省, X市, 首都X, 在X举行).
 */
import type { CleanDocument } from "../types";
import { type Candidate, countryMentions, factSentences } from "./context";
import { SURNAMES } from "../normalise/lines";
import { TRANSLITERATION_CHARS } from "./vocabulary";

type EntityCandidate = Extract<Candidate, { kind: "entity" }>;

const TITLES = "国家主席|主席|总统|总理|副总理|总书记|首相|外长|外交部长|部长|大使|秘书长|国务委员|议长|教授|副教授|主任|校长|评论员|总经济师|专家|学者|音乐家";
const TITLE_THEN_NAME = new RegExp(`(?:${TITLES})(?=([\\u4e00-\\u9fff·]{2,16}))`, "g");
const NAME_THEN_TITLE = /(?:(?<![\u4e00-\u9fff])|(?<=[了和与同的在由向对给被及见]))([\u4e00-\u9fff]{2,3})(?=主席|总统|总理|总书记|同志)/g;
const DOT_NAME = /([\u4e00-\u9fff]{1,8})·([\u4e00-\u9fff]{1,10})/g;
/** Transliterated names end in one of these (…耶夫, …娃, …诺, …奇, …斯); a run going past them has picked up a word. */
const NAME_END = /^(.*[夫娃娜科奇斯尔特姆诺德克恩宁金林亚拉达娅妮丽蒂兹茨汗里])/;

const translitRun = (s: string): string => {
  let n = 0;
  while (n < s.length && TRANSLITERATION_CHARS.has(s[n])) n++;
  return s.slice(0, n);
};
const translitTail = (s: string): string => {
  let n = s.length;
  while (n > 0 && TRANSLITERATION_CHARS.has(s[n - 1])) n--;
  return s.slice(n);
};
/** A transliterated name read from the start of a text, cut at its last name-final character. */
const foreignName = (s: string): string => {
  const run = translitRun(s);
  return NAME_END.exec(run)?.[1] ?? run;
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

/** People, countries and places named in each sentence. */
function people(t: string, s: EntityCandidate["sentence"]): EntityCandidate[] {
  const out: EntityCandidate[] = [];
  const taken: Array<[number, number]> = [];
  const add = (name: string, start: number) => {
    if (taken.some(([a, b]) => start < b && a < start + name.length)) return;
    taken.push([start, start + name.length]);
    out.push(entity({ name, category: "person", start, end: start + name.length }, s));
  };
  for (const m of t.matchAll(DOT_NAME)) {
    const given = translitTail(m[1]);
    const family = foreignName(m[2]);
    if (given.length >= 1 && family.length >= 2) add(`${given}·${family}`, m.index! + m[1].length - given.length);
  }
  for (const m of t.matchAll(TITLE_THEN_NAME)) {
    const start = m.index! + m[0].length;
    if (translitRun(m[1]).length < m[1].length && m[1][translitRun(m[1]).length] === "·") continue; // read above
    // 总统某某某某夫人: the whole name before 夫人, though its last character ends no transliteration
    const lady = /^([\u4e00-\u9fff]{3,6}?)夫人/.exec(t.slice(start));
    const name = lady && translitRun(lady[1]).length >= 2 ? lady[1] : foreignName(m[1]);
    if (name.length >= 3) add(name, start);
    else if (m[0].startsWith("国家主席") && SURNAMES.includes(m[1][0])) add(m[1].slice(0, 3), start);
  }
  for (const m of t.matchAll(NAME_THEN_TITLE)) {
    const name = m[1];
    if (!SURNAMES.includes(name[0]) || /[国方两三四五六七八九十各]/.test(name) || countryMentions(name).length) continue;
    add(name, m.index!);
  }
  return out;
}

export function extractEntities(doc: CleanDocument): Candidate[] {
  const out: EntityCandidate[] = [];
  for (const s of factSentences(doc)) {
    const t = s.text;
    for (const c of countryMentions(t)) out.push(entity({ name: c.name, category: "country", start: c.start, end: c.end }, s, t.slice(c.start, c.end)));
    out.push(...people(t, s));
    for (const m of t.matchAll(/(?:首都|首府|城市|古城)([\u4e00-\u9fff]{2,6})/g)) {
      const name = translitRun(m[1]);
      if (name.length < 2) continue;
      const start = m.index! + m[0].length - m[1].length;
      out.push(entity({ name, category: "place", start, end: start + name.length }, s));
    }
    for (const m of t.matchAll(/(?<=[在于从到、，])([\u4e00-\u9fff]{2,3}(?:省|市|州|自治区))(?![场民长委政级县属内外])/g)) {
      if (/城市$|^(?:西方|国际|农业|智慧|友好|建立|对接|坐落|位于|全国)/.test(m[1])) continue;
      out.push(entity({ name: m[1], category: "place", start: m.index!, end: m.index! + m[1].length }, s));
    }
  }
  return out;
}

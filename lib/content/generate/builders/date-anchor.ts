/** The day a date is counted from: a news item's dateline, a document's own date at its head. */
import { sentenceOf } from "../context";
import type { DateFact, GenContext } from "../model";
import { BROADCASTERS, WIRES, senderOf } from "../../dateline";

/** "新华社某地5月6日电", "本报某地5月8日电（记者某某）": a news item's dateline, before its date. */
const DATELINE_BEFORE = new RegExp(String.raw`^${senderOf(WIRES, BROADCASTERS)}?[\u3400-\u9fff]{2,8}$`, "u");

/** A date written as its news item's dateline ("新华社北京5月6日电……"). */
export function isDateline(f: DateFact): boolean {
  const key = f.context.keyInSentence;
  if (!key) return false;
  const s = f.context.sentence;
  return DATELINE_BEFORE.test(s.slice(0, key.start)) && /^电/u.test(s.slice(key.end));
}

/**
 * A relative date ("本月初", "前一天", "今年") in a news item whose dateline comes before it: the
 * dateline states the day it is counted from ("【二】……本报某地5月8日电……本月初，……").
 */
export function countedFromDateline(ctx: GenContext, f: DateFact): boolean {
  return itemDateline(ctx, f) !== undefined;
}

/** The dateline of the news item a date stands in (itself when it is one), or undefined. */
export function itemDateline(ctx: GenContext, f: DateFact): DateFact | undefined {
  const list = ctx.sentences.get(f.documentId) ?? [];
  const own = sentenceOf(ctx, f);
  const i = own ? list.indexOf(own) : -1;
  if (i < 0 || f.value.endIso) return undefined;
  const datelines = ctx.dates.filter((g) => g.documentId === f.documentId && isDateline(g));
  for (let j = i; j >= 0 && j >= i - 12; j--) {
    const t = list[j]!.text.trim();
    const found = datelines.find((g) => g.context.sentence === list[j]!.text);
    if (found) return found;
    if (j < i && (list[j]!.blockLabel === "heading" || /^(?:【|[—\-★]{4,})/u.test(t))) return undefined;
  }
  return undefined;
}

/** The facts "当天" of a dateline's item: the same day, written as the item's own time. */
export function sameDayFacts(ctx: GenContext, f: DateFact): DateFact[] {
  return ctx.dates.filter(
    (g) => g !== f && g.documentId === f.documentId && g.context.sentence === f.context.sentence && g.value.iso === f.value.iso && /^当天/u.test(g.value.text),
  );
}

const headCache = new WeakMap<GenContext, Map<string, boolean>>();

/**
 * Whether a document writes its own date (the day its relative dates are counted from) at its head:
 * in its first lines, as "2024年11月20日", "2024-11-20" or "2024.11.20".
 */
export function datedAtHead(ctx: GenContext, documentId: string): boolean {
  const cache = headCache.get(ctx) ?? headCache.set(ctx, new Map()).get(ctx)!;
  const known = cache.get(documentId);
  if (known !== undefined) return known;
  const doc = ctx.docs.get(documentId);
  const p = doc?.date ? /^(\d{4})-(\d{2})-(\d{2})/u.exec(doc.date) : null;
  let found = false;
  if (doc && p) {
    const [y, m, d] = [p[1]!, Number(p[2]), Number(p[3])];
    const head = `${doc.title}\n${doc.text.split("\n").filter((l) => l.trim()).slice(0, 4).join("\n")}`;
    const forms = [`${y}年${m}月${d}日`, `${y}-${p[2]}-${p[3]}`, `${y}.${m}.${d}`, `${y}/${m}/${d}`];
    found = forms.some((x) => head.includes(x));
  }
  cache.set(documentId, found);
  return found;
}

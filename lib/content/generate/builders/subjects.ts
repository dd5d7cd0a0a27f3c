/**
 * What a document is about, so that a question drawing items from several documents (a timeline, a
 * matching) draws them only from documents on one subject: China and one partner country, or China and one
 * region or group ("中国—东盟", "中国—非洲"). A document whose subject is unclear is a pool of its own.
 */
import { COUNTRY_ABBREVIATIONS, REGIONS } from "../../extract/vocabulary";
import { citeDocument } from "../context";
import type { GenContext } from "../model";
import { documentPartner, longLabel } from "../parties";
import { foldTraditional } from "../../script";

/** Regions by their longest names first, so "非洲国家" is read before "非洲". */
const REGION_NAMES = [...REGIONS].sort((a, b) => b.length - a.length);
/** A title that pairs China with a region: "中国—东盟合作新阶段", "中国与南亚国家互联互通". */
const TITLE_REGION = new RegExp(`中国\\s*(?:[—–－-]{1,2}|与|同|和)\\s*(${REGION_NAMES.join("|")})`, "u");

/** One name for a region however it is written ("某地区五国", "非洲国家" → 非洲; "拉丁美洲" → 拉美). */
export function regionKey(name: string): string {
  const bare = name.replace(/(?:五国|国家)$/u, "");
  return bare === "拉丁美洲" || bare === "拉共体" ? "拉美" : bare;
}

/**
 * The subject of a pair label as parties.ts writes it ("中柬", "中国和新加坡", "中国—东盟", "中非"): the partner's
 * name, a one-character short form written out by the document's own full name; undefined when it cannot be.
 */
export function subjectOfLabel(label: string, docText: string): string | undefined {
  const group = /^中国—(.+)$/u.exec(label)?.[1];
  if (group) return regionKey(group);
  const named = /^中国和(.+)$/u.exec(label)?.[1];
  if (named) return named;
  const short = /^中(.)$/u.exec(label)?.[1];
  if (!short) return undefined;
  const full = longLabel(docText, label);
  if (full) return full.replace(/^中国和/u, "");
  // (a group's character, 中非 or 中阿, names its group; a country's character alone may stand for several)
  const name = COUNTRY_ABBREVIATIONS[short];
  return name && /非洲|拉美|欧盟|国家/u.test(name) ? regionKey(name) : undefined;
}

const subjectCache = new WeakMap<GenContext, Map<string, string | undefined>>();

/** The subject a document is about (a partner country or a region), or undefined. */
export function documentSubject(ctx: GenContext, documentId: string): string | undefined {
  let cache = subjectCache.get(ctx);
  if (!cache) subjectCache.set(ctx, (cache = new Map()));
  if (cache.has(documentId)) return cache.get(documentId);
  const doc = ctx.docs.get(documentId);
  // (the partner the document's opening names first: "中国与某地区国家关系·中某关系" is on the one country)
  const partner = documentPartner(ctx, documentId);
  const region = TITLE_REGION.exec(foldTraditional(doc?.title ?? ""))?.[1];
  const subject = (partner && subjectOfLabel(partner, doc?.text ?? "")) ?? (region ? regionKey(region) : undefined);
  cache.set(documentId, subject);
  return subject;
}

/** The pool a document's items may be drawn into: its subject, else the document alone. */
export function poolOf(ctx: GenContext, documentId: string): string {
  const s = documentSubject(ctx, documentId);
  return s ? `subject:${s}` : `document:${documentId}`;
}

/** Items grouped by the pool of their document, in the order they come. */
export function bySubject<T>(ctx: GenContext, items: readonly T[], documentOf: (x: T) => string): T[][] {
  const pools = new Map<string, T[]>();
  for (const x of items) {
    const key = poolOf(ctx, documentOf(x));
    const list = pools.get(key);
    if (list) list.push(x);
    else pools.set(key, [x]);
  }
  return [...pools.values()];
}

/** "出自《甲》", or "出自《甲》《乙》" for the documents items of several documents come from. */
export function citeDocuments(ctx: GenContext, facts: readonly { documentId: string }[]): string {
  const ids = [...new Set(facts.map((f) => f.documentId))];
  const cites = ids.map((id) => citeDocument(ctx, id));
  if (cites.length === 1) return cites[0]!;
  if (cites.includes("出自原文")) return "出自原文";
  return `出自${cites.map((c) => c.replace(/^出自/u, "")).join("")}`;
}

/** citeDocuments for a set drawn from several documents; nothing for one (the question's source cites it). */
export function citeSeveral(ctx: GenContext, facts: readonly { documentId: string }[]): string {
  return new Set(facts.map((f) => f.documentId)).size > 1 ? citeDocuments(ctx, facts) : "";
}

/**
 * Linking: the same fact found in several documents (the same treaty, the same
 * dated event, the same enumeration, the same figure) becomes one fact, kept in the
 * first document, with the other places in `alsoIn`.
 */
import type { ExtractedFact } from "./types";
import { normaliseName, regionMentions, usualCountryMentions } from "./extract/context";

/** Character-bigram Jaccard similarity of two Chinese phrases. */
export function similarity(a: string, b: string): number {
  const grams = (s: string) => {
    const set = new Set<string>();
    const t = s.replace(/[^\u4e00-\u9fffA-Za-z0-9]/g, "");
    for (let i = 0; i + 1 < t.length; i++) set.add(t.slice(i, i + 2));
    return set;
  };
  const x = grams(a);
  const y = grams(b);
  if (x.size === 0 || y.size === 0) return 0;
  let common = 0;
  for (const g of x) if (y.has(g)) common++;
  return common / (x.size + y.size - common);
}

/** Keys under which two facts may be the same; null when a fact is never linked. */
function linkKeys(f: ExtractedFact): string[] {
  switch (f.kind) {
    case "date":
      return f.value.precision === "decade" || f.value.precision === "century" ? [] : [`${f.value.iso}|${f.value.endIso ?? ""}`];
    case "agreement": {
      const name = normaliseName(f.value.name);
      const parties = f.value.category === "partnership" ? "|" + [...f.value.parties].sort().join("+") : "";
      return [`${f.value.category}|${name}${parties}`];
    }
    case "concept":
      // an enumeration is its items (its head word may be as generic as 原则, also for two items:
      // 甲、乙的原则 in one document is not 丙、丁的原则 in another); anything else its term
      return f.value.items && f.value.items.length >= 2
        ? [`items|${f.value.items.map(normaliseName).sort().join("、")}`]
        : [`term|${normaliseName(f.value.term)}`];
    case "figure":
      return f.value.year ? [`${f.value.number}|${f.value.unit}|${f.value.year.slice(0, 4)}`] : [];
    case "entity":
      return [`${f.value.category}|${f.value.name}`];
  }
}

/** "双边贸易额1083.9亿美元" and "双边贸易额1394亿美元": events that both give a number, never the same one. */
function differentNumbers(a: string, b: string): boolean {
  const numbers = (s: string) => new Set(s.match(/\d+(?:\.\d+)?/g) ?? []);
  const x = numbers(a);
  const y = numbers(b);
  return x.size > 0 && y.size > 0 && ![...x].some((n) => y.has(n));
}

/** "中墨双边贸易额…" and "冰中双边贸易额…": events of two different partners of China are not one event. */
function differentPartners(a: string, b: string): boolean {
  // (a group or a continent — 中非, 中阿, 中欧 — may hold the country the other names: it tells nothing apart)
  const partners = (s: string) => {
    const names = usualCountryMentions(s).map((m) => m.name).filter((n) => n !== "中国");
    return new Set(names.some((n) => /^(?:非洲|拉美|欧盟|阿拉伯国家)$/.test(n)) ? [] : names);
  };
  const x = partners(a);
  const y = partners(b);
  return x.size > 0 && y.size > 0 && ![...x].some((n) => y.has(n));
}

/**
 * "两国建交50周年" (2021) in a text on one country and in a text on another, "升级为全面战略伙伴关系" (2014) with and
 * without its partner: an event of a relationship is the same event only when both name the same partner
 * (a shared day is evidence enough).
 */
const RELATIONAL = /伙伴关系|建交|外交关系|两国|双方|周年/;
function unnamedRelation(a: string, b: string, relational = RELATIONAL): boolean {
  if (!relational.test(a) && !relational.test(b)) return false;
  const partners = (s: string) => new Set([...usualCountryMentions(s).map((m) => m.name), ...regionMentions(s).map((m) => m.name)].filter((n) => n !== "中国"));
  const x = partners(a);
  const y = partners(b);
  return x.size === 0 || y.size === 0 || ![...x].some((n) => y.has(n));
}

function compatible(a: ExtractedFact, b: ExtractedFact): boolean {
  if (a.kind === "date" && b.kind === "date") {
    if (differentNumbers(a.value.event, b.value.event) || differentPartners(a.value.event, b.value.event)) return false;
    if (a.value.precision !== "day" && unnamedRelation(a.value.event, b.value.event)) return false;
    const sim = similarity(a.value.event, b.value.event);
    return a.value.precision === "year" ? sim >= 0.4 : sim >= 0.2;
  }
  if (a.kind === "agreement" && b.kind === "agreement") return !a.value.date || !b.value.date || a.value.date.startsWith(b.value.date) || b.value.date.startsWith(a.value.date);
  if (a.kind === "figure" && b.kind === "figure") {
    // (a measure of a trade between 双方 with the same number and year is the same figure; an anniversary is not)
    if (unnamedRelation(a.value.measure, b.value.measure, /建交|周年|伙伴关系/)) return false;
    // a measure of two characters (国家) held in a longer one names too little to be the same
    const [short, long] = a.value.measure.length <= b.value.measure.length ? [a.value.measure, b.value.measure] : [b.value.measure, a.value.measure];
    return similarity(a.value.measure, b.value.measure) >= 0.25 || (short.length >= 3 && long.includes(short));
  }
  return true;
}

/** Documents named with and without their event (某市宣言 / 甲乙峰会某市宣言) are the same document. */
function documentSuffixKey(f: ExtractedFact, names: string[]): string | undefined {
  if (f.kind !== "agreement" || f.value.category !== "document") return undefined;
  const name = normaliseName(f.value.name);
  // the longer name is the shorter one prefixed by the meeting that adopted it (…峰会 + 某市宣言)
  const longer = names.find((n) => n.length > name.length && name.length >= 4 && n.endsWith(name) && /(?:峰会|会议|会晤|论坛|大会)$/.test(n.slice(0, n.length - name.length)));
  return longer ? `document|${longer}` : undefined;
}

export function linkFacts(facts: ExtractedFact[]): ExtractedFact[] {
  const documentNames = [...new Set(facts.flatMap((f) => (f.kind === "agreement" && f.value.category === "document" ? [normaliseName(f.value.name)] : [])))];
  const groups = new Map<string, ExtractedFact[]>();
  // the dates of the agreements a fact stands for: an undated one joined by a document's dated one is dated
  // from then on ("某备忘录" undated, then of 2017年5月: not also the one of 2019年4月)
  const datesOf = new Map<ExtractedFact, string[]>();
  const documentDate = (f: ExtractedFact) => (f.kind === "agreement" && f.value.category === "document" ? f.value.date : undefined);
  const agreementDateFits = (p: ExtractedFact, f: ExtractedFact) => {
    const date = documentDate(f);
    return !date || (datesOf.get(p) ?? []).every((d) => d.startsWith(date) || date.startsWith(d));
  };
  const out: ExtractedFact[] = [];
  for (const f of facts) {
    const keys = linkKeys(f);
    const suffix = documentSuffixKey(f, documentNames);
    if (suffix) keys.push(suffix);
    let target: ExtractedFact | undefined;
    for (const k of keys) {
      target = groups
        .get(k)
        ?.find(
          (p) =>
            p.documentId !== f.documentId && p.kind === f.kind && compatible(p, f) && agreementDateFits(p, f) && !p.alsoIn.some((a) => a.documentId === f.documentId),
        );
      if (target) break;
    }
    if (target) {
      const date = documentDate(f);
      if (date) datesOf.set(target, [...(datesOf.get(target) ?? []), date]);
      target.alsoIn.push({ documentId: f.documentId, span: f.span }, ...f.alsoIn);
      continue;
    }
    out.push(f);
    const date = documentDate(f);
    if (date) datesOf.set(f, [date]);
    for (const k of keys) groups.set(k, [...(groups.get(k) ?? []), f]);
  }
  return out;
}

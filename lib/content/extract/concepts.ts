/**
 * Concepts: enumerations with every item ("三个坚持，即“a、b、c”", "互x、互y、互z",
 * "a、b、c的发展观", "a、b、c“三大目标”", "X：坚持a；坚持b；…"), defined terms
 * ("X是…", "X即…", "所谓X，是指…"), and quoted slogans and principles.
 */
import type { Span } from "../../bank/format";
import type { CleanDocument, Sentence } from "../types";
import { type Candidate, countryMentions, factSentences, insideQuotes, normaliseName, regionMentions } from "./context";
import { MEETING_KIND, findNamedThings, nameType, pairAbbreviations } from "./names";
import { KNOWN_INITIATIVES, TRANSLITERATION_CHARS, chineseNumber } from "./vocabulary";

type ConceptCandidate = Extract<Candidate, { kind: "concept" }>;

const COUNT_TERM = /^([一二两三四五六七八九十\d]+)(?:(个|大|项|点|股|条|种|通|化|不|位一体)([\u4e00-\u9fff]{1,6})|(通|化|不|同|有|无|共|互))$/;
const CONCEPT_SUFFIX = /(?:交流年|文化年|旅游年|友好年|合作年|精神|理念|原则|方针|观|共同体|主义|模式|之道|外交|方案|方阵|现代化|新边界|全覆盖|势力|十年|三十年)$/;
const SPEECH_BEFORE = /(?:指出|表示|强调|说|称|写道|认为|提到|讲话|发言|阐释其生成逻辑)[：:，,]?$/;
const SLOGAN_BEFORE = /(?:核心是|就是|被誉为|誉为|被称为|称为|号称|素有|秉持|坚持|践行|弘扬|遵循|倡导|本着|主题是|口号|提出了?|树立了?|打造|构建|奉行|恪守|形成了?|实现了?|概括为|总结为|确定为|定位为|定义为|界定为)$/;
const SLOGAN_AFTER = /^(?:的)?[\u4e00-\u9fff]{0,2}?(?:原则|理念|精神|方针|主张|口号|主题|目标|格局|架构|模式|战略|思想|价值观|安全观|定位|提法)/;

function concept(
  s: Sentence,
  at: Span,
  term: string,
  category: ConceptCandidate["value"]["category"],
  extra: { items?: string[]; count?: number; definition?: string } = {},
): ConceptCandidate {
  const items = extra.items?.filter(Boolean);
  const label =
    category === "definition" && extra.definition
      ? `${term}：${extra.definition}`
      : items && items.length && term !== items.join("、")
        ? `${term}：${items.join(items.some((i) => i.includes("、")) ? "；" : "、")}`
        : term;
  return {
    kind: "concept",
    label,
    value: {
      term,
      category,
      ...(extra.definition ? { definition: extra.definition } : {}),
      ...(items && items.length ? { items } : {}),
      ...(extra.count && extra.count > 0 && Number.isInteger(extra.count) ? { count: extra.count } : {}),
    },
    at,
    sentence: s,
    key: `${category === "definition" ? "def" : "term"}|${normaliseName(term)}|${(items ?? []).map(normaliseName).join("、")}`,
  };
}

/** Splits "a、b、c和d" into items; quoted pieces stay whole. */
export function splitItems(list: string): string[] {
  const items: string[] = [];
  let depth = 0;
  let cur = "";
  for (const ch of list) {
    if (ch === "“" || ch === "‘" || ch === "《") depth++;
    if (ch === "”" || ch === "’" || ch === "》") depth = Math.max(0, depth - 1);
    if (depth === 0 && (ch === "、" || ch === "，" || ch === "；")) {
      items.push(cur);
      cur = "";
    } else cur += ch;
  }
  items.push(cur);
  return items.map((i) => i.trim().replace(/^以及/, "")).filter((i) => i.length > 0);
}

const countOf = (term: string): number | undefined => {
  const m = /^(?:这|此|其)?([一二两三四五六七八九十\d]+)(?:个|大|项|点|股|条|种)/.exec(term);
  const n = m ? chineseNumber(m[1]) : NaN;
  return Number.isFinite(n) && n > 0 ? n : undefined;
};

interface ListAt {
  start: number;
  end: number;
  body: string;
  quoted: boolean;
  /** Two pieces only ("a、b" or "a、b和c"): a list only when a head or a lead names it. */
  short?: boolean;
}

/**
 * Where a list of short items found at `at` starts: after the connective that opens it ("…，即a、b、c"); after 是指
 * only where the list is the whole of what the term means, running to the clause's end.
 */
function listStart(text: string, at: number, list: string): number {
  const connective = /^(?:即|就是|分别是|是指)/.exec(list);
  if (!connective || !/[，,：:]/.test(text[at - 1] ?? "")) return at;
  const end = at + list.length;
  const whole = connective[0] !== "是指" || (/^(?:[，。；]|$)/.test(text.slice(end)) && !list.includes("的") && splitItems(list.slice(2)).every((i) => i.length <= 10));
  return whole ? at + connective[0].length : at;
}

/** Lists of at least three short items separated by 、 (quoted or not), with their positions. */
function lists(text: string): ListAt[] {
  const out: ListAt[] = [];
  // quoted lists: “a、b、c(，d)”, not a quoted speech
  for (const m of text.matchAll(/“([^“”]{4,80})”/g)) {
    const items = splitItems(m[1]);
    const before = text.slice(Math.max(0, m.index! - 8), m.index!);
    if (SPEECH_BEFORE.test(before) || /[。！？]/.test(m[1]) || (m[1].match(/，/g) ?? []).length > 1) continue;
    if (items.length >= 3 && m[1].includes("、") && items.every((i) => i.length <= 16)) out.push({ start: m.index!, end: m.index! + m[0].length, body: m[1], quoted: true });
  }
  // runs of quoted terms: “A”“B”“C”等…
  // (also “A”、“B”和“C”: the last one joined by 和/及/与)
  for (const m of text.matchAll(/(?:“[^“”]{2,12}”、?){2,}(?:(?<=”)(?:和|及|与|以及)“[^“”]{2,12}”)?/g)) {
    const start = m.index!;
    const end = start + m[0].length;
    if ((m[0].match(/“/g) ?? []).length < 3) continue;
    if (out.some((o) => start < o.end && o.start < end)) continue;
    const body = m[0].replace(/”(?:、|和|及|与|以及)?“/g, "、").replace(/^“|”$/g, "");
    out.push({ start, end, body, quoted: true });
  }
  // unquoted lists of short items
  for (const m of text.matchAll(/[\u4e00-\u9fff“”]{1,16}、(?:[\u4e00-\u9fff“”]{1,12}、)+[\u4e00-\u9fff“”]{1,16}/g)) {
    const start = listStart(text, m.index!, m[0]);
    const end = m.index! + m[0].length;
    if (out.some((o) => start < o.end && o.start < end)) continue;
    if (splitItems(m[0]).length >= 3) out.push({ start, end, body: text.slice(start, end), quoted: false });
  }
  const depth = insideQuotes(text);
  for (const m of text.matchAll(/[\u4e00-\u9fff]{1,16}、[\u4e00-\u9fff]{1,16}/g)) {
    const start = listStart(text, m.index!, m[0]);
    const end = m.index! + m[0].length;
    if (out.some((o) => start < o.end && o.start < end)) continue;
    if (text[start - 1] === "、" || text[end] === "、" || depth[start] > 0) continue; // quoted pairs are slogans
    out.push({ start, end, body: text.slice(start, end), quoted: false, short: true });
  }
  return out;
}

const COUNT_WORD = "(?:[一二两三四五六七八九十\\d]+(?:个|大|项|点|条|种|股)[\\u4e00-\\u9fff]{1,6}?|[二两三四五六七八九十]方面)";
/** A count naming a set of clauses: 四个坚定支持, 三个有利于, 两个毫不动摇. */
const COUNT_WORD_ANY = "[一二两三四五六七八九十]+(?:个|项|点|条)[\\u4e00-\\u9fff]{2,6}";
const DESCRIBED_HEAD = { kind: "described" as const, re: /^的([\u4e00-\u9fff]{2,6}?)(?=[，。；]|$)/, term: (m: RegExpExecArray) => m[1] };
const HEADS: Array<{ re: RegExp; term: (m: RegExpExecArray) => string; kind?: "count" | "noun" | "described" }> = [
  // …发展、安全、治理三方面, …甲、乙和丙三个维度 (whatever follows)
  { kind: "count", re: /^(?:等)?([二两三四五六七八九十]个?方面|[二两三四五六七八九十]个(?:维度|层面|角度))/, term: (m) => m[1] },
  // …“三大目标” / …四大领域 / 等三个方面
  { kind: "count", re: new RegExp(`^(?:”)?(?:等)?“?(${COUNT_WORD})”?(?=[，。；、：的为是]|$)`), term: (m) => m[1].replace(/(?<=[\u4e00-\u9fff]{2})(?:开展|进行|推进|加强|深化|展开|实施)[\u4e00-\u9fff]*$/, "").replace(/(?<=[\u4e00-\u9fff]{4})(?:合作|对接|交流|拓展|扩大)[\u4e00-\u9fff]{0,2}$/, "") },
  // …”是“X”的核心内涵 / …”的“X”
  { re: /^(?:”)?(?:是|的)“([^“”、，]{2,16})”/, term: (m) => m[1] },
  // …“三轮驱动”: a counted name right after the list
  { re: /^“([一二两三四五六七八九十][\u4e00-\u9fff]{1,7})”/, term: (m) => m[1] },
  // …为重点的“X”合作布局
  { re: /^为(?:重点|核心|主线|支撑|引领|基础|主体|抓手|方向|支柱)的“([^“”、，]{1,12})”([\u4e00-\u9fff]{0,4})/, term: (m) => m[1] + m[2] },
  // …各自能力原则 (the head glued to the last item)
  { kind: "noun", re: /^(原则|理念|精神|方针)(?=[，。；、]|$)/, term: (m) => m[1] },
  // …的发展观 / …的价值观
  { kind: "noun", re: /^(?:”)?(?:等)?[\u4e00-\u9fff]{0,2}?的((?:(?![和与及])[\u4e00-\u9fff—]){0,8}?(?:精神|理念|原则|方针|价值观|安全观|发展观|合作观|观|模式|目标|格局|主张|道路|内涵|家园|方向|共同体|国际关系|关系|秩序|架构|体系))/, term: (m) => m[1] },
  // 以…为理念方针
  { re: /^为([\u4e00-\u9fff]{2,6}?)(?=[，。；]|$)/, term: (m) => m[1] },
  // 全球人口最多、经贸规模最大、最具发展潜力的自由贸易区: phrases of four characters or more describing a noun
  DESCRIBED_HEAD,
];

/** "某某的核心是" before a list: the term whose core, content or principles the list gives. */
const CORE_OF = /^(?:.*?(?:认为|指出|强调|表示|提出)[，,]?)?([\u4e00-\u9fff]{2,10}?)的(?:核心|精髓|要义|内涵|核心要义|核心内涵|基本内涵|主要内容|基本原则|基本要求)(?:就)?(?:是|在于)[：:]?(?=[\u4e00-\u9fff“])/d;

/** Where the list's last item ends and its head begins: "…可持续的发展观" → ["可持续", "的发展观…"]. */
function splitHead(lastItem: string, after: string): { item: string; term?: string; headLength: number; kind?: string } {
  for (let p = 1; p <= lastItem.length; p++) {
    const rest = lastItem.slice(p) + after;
    if (p < lastItem.length && !/^[的为等“一二两三四五六七八九十\d]/.test(lastItem.slice(p)) && !/^(?:原则|理念|精神|方针)$/.test(lastItem.slice(p))) continue;
    // at a numeral only a count heads the list (不针对第三方的原则 is not cut at 三)
    const atNumeral = p < lastItem.length && /^[一二两三四五六七八九十\d]/.test(lastItem.slice(p));
    for (const h of HEADS) {
      if (atNumeral && h.kind !== "count") continue;
      if (h.kind === "described" && (p < 4 || p > 8)) continue; // a described noun follows a short last item
      const m = h.re.exec(rest);
      if (m) return { item: lastItem.slice(0, p), term: h.term(m).replace(/^[“”]+|[“”]+$/g, ""), headLength: m[0].length - (lastItem.length - p), kind: h.kind };
    }
  }
  return { item: lastItem, headLength: 0 };
}

const countOfTerm = (term: string): number | undefined => countOf(term.replace(/^(?:这|此|其)/, ""));

function enumerations(s: Sentence, next: Sentence | undefined): ConceptCandidate[] {
  const out: ConceptCandidate[] = [];
  const text = s.text;
  for (const l0 of lists(text)) {
    // "…、丙等主题年活动": 等 ends an unquoted list (not the 等 of 平等, 对等 …)
    const etc = l0.quoted ? -1 : l0.body.search(/(?<=[、][^、]*?)(?<![平对同均相优高初中上下次])等/);
    const l = etc > 0 ? { ...l0, body: l0.body.slice(0, etc), end: l0.start + etc } : l0;
    let items = splitItems(l.body);
    const before = text.slice(0, l.start);
    const after = text.slice(l.end);
    const at = { start: l.start, end: l.end };
    let term: string | undefined;
    let headKind: string | undefined;
    // “N个X”，即“…” / N个X：…
    let lead =
      new RegExp(`(?:“)?(${COUNT_WORD})(?:”)?[，,：:]?(?:即|就是|包括|分别是|是)?[：:]?$`).exec(before) ??
      // 三个层次的交流框架，即…: the count names the list; what it is of stands between
      new RegExp(`(?<![第\\d一二两三四五六七八九十百])(${COUNT_WORD})的[\\u4e00-\\u9fff]{2,10}[，,](?:即|也就是|分别是)[：:]?$`).exec(before);
    if (lead && !/即|是|包括|[：:]/.test(lead[0].slice(lead[0].indexOf(lead[1]) + lead[1].length))) {
      // "…三大支柱，优先在a、b、c五个领域…": a count before a bare comma names the list before it, not this one
      if (!l.quoted && (/^等/.test(after) || /^[\u4e00-\u9fff]{1,8}等/.test(items[items.length - 1]))) continue;
      const tail = splitHead(items[items.length - 1], after);
      if (tail.term && countOfTerm(tail.term)) lead = null;
    }
    // "X的目标是：a、b和c"
    const announced = !lead && !l.quoted
      ? (/([\u4e00-\u9fff]{2,12})(?:是|为|包括|有)[：:]$/.exec(before) ??
        // a slide or note line opened by a label and a colon (关键词：甲、乙、丙), the list running to the line's end
        (!l.short && /^[。；\s]*$/.test(after) ? /^[-•▪·*\s]*(?:[\u4e00-\u9fff]{1,6}的)?(关键词|关键字|关键概念|核心概念|基本概念|原则|理念|目标|宗旨|特点|特征|内涵|要求|方针|主题|核心理念|基本原则)[：:]$/.exec(before) : null))
      : null;
    // X（a、b、c）
    const paren = /([\u4e00-\u9fff—“”]{2,12})（$/.exec(before);
    // "…，重点是a、b和c": a clause telling what something's focus is lists its items
    const focus = !l.quoted && !l.short && /^(?:其?重点|要点|重心|主要内容)(?:是|为|在于)/.test(l.body) && /(?:^|[，,；;：:])$/.test(before);
    // “X”即a、b、c
    const named = /“([^“”]{2,12})”[\u4e00-\u9fff]{0,4}?[，,]?(?:即|是指|就是|包括)[：:]?$/.exec(before);
    const namedInside = l.quoted ? null : /^(.*?“([^“”]{2,12})”(?:即|是指|就是|包括)[：:]?)/.exec(items[0]);
    // "新型某某关系的核心是甲、乙、丙": the list says what the term's core or content is (read from the clause's start)
    const clauseStart = Math.max(...[..."，,。；：:！？"].map((p) => before.lastIndexOf(p) + 1), l.start - 24, 0);
    const coreInside = l.quoted || l.short ? null : CORE_OF.exec(text.slice(clauseStart, l.start) + items[0]);
    if (namedInside && !lead) {
      term = namedInside[2];
      items[0] = items[0].slice(namedInside[1].length);
    } else if (coreInside && !lead && !/^(?:这|那|此|该|其|它|双方|两国|我们|他们)/.test(coreInside[1])) {
      term = coreInside[1];
      items[0] = items[0].slice(Math.max(0, coreInside[0].length - (l.start - clauseStart)));
      at.start = clauseStart + coreInside.indices![1][0];
    } else if (named && !lead) {
      term = named[1];
      at.start = l.start - named[0].length;
    } else if (lead) {
      term = lead[1];
      at.start = l.start - lead[0].length;
    } else if (announced) {
      term = announced[1];
      at.start = l.start - announced[0].length;
    } else if (paren && after.startsWith("）")) {
      term = paren[1];
      at.start = l.start - paren[0].length;
    } else {
      if (!l.quoted) {
        const untrimmed = items[0].length;
        items = trimItems(items);
        at.start += untrimmed - items[0].length;
        const head = splitHead(items[items.length - 1], after);
        items[items.length - 1] = head.item;
        if (head.term) {
          term = head.term;
          headKind = head.kind;
          at.end = l.end + head.headLength;
        } else {
          // "…生态友好、和平安全则是…": the last item has the length of the others
          const size = items[0].length;
          const last = items[items.length - 1];
          if (!focus && items.slice(0, -1).every((i) => i.length === size) && last.length > size && (/^[则等的是为和都也均即]/.test(last.slice(size)) || (size >= 4 && items.length >= 4)))
          {
            items[items.length - 1] = last.slice(0, size);
            at.end = l.end - (last.length - size);
          }
        }
      } else {
        for (const h of HEADS) {
          if (h.kind === "described") continue; // a quoted list keeps its own words as its name
          const m = h.re.exec(after);
          if (m) {
            term = h.term(m);
            at.end = l.end + m[0].length;
            break;
          }
        }
      }
      if (!term) {
        const laterCount = new RegExp(`^[”，,]*(?:强调|认为|指出)?(?:这|此)(${COUNT_WORD})(?=[是为的，。])`).exec(after.slice(0, 16));
        const nextCount = next && new RegExp(`^(?:这|此)(${COUNT_WORD})(?=[是为的，。])`).exec(next.text);
        term = laterCount?.[1] ?? nextCount?.[1];
      }
    }
    if (splitItems(l.body).every((i) => COUNT_TERM.test(i.replace(/[“”]/g, "")))) continue; // “三点共识”、“两个坚持”…: each is its own concept
    // "…，即a、b、c": the connective opens the list, it is not part of its first item
    if (/[，,：:]$/.test(before) && /^(?:即|就是|分别是)[\u4e00-\u9fff“]/.test(items[0])) items[0] = items[0].replace(/^(?:即|就是|分别是)/, "");
    items = items.map((i) => i.replace(/^[“”]+|[“”]+$/g, "")).filter(Boolean);
    const parallel = isParallel(items);
    // "甲年、乙年、丙年等主题年": the head names the kind every item is
    const kind = !term && !l.quoted ? /^等([\u4e00-\u9fff]{1,4}?)(?:活动|项目|工作)?(?=[，。；、的已为是]|$)/.exec(text.slice(at.end)) : null;
    if (kind && items.length >= 3 && items.every((i) => i.length >= 2 && i.endsWith(kind[1].slice(-1)))) {
      term = kind[1];
      at.end += kind[0].length;
    }
    if (!term && !l.quoted && /^等/.test(text.slice(at.end))) continue; // "a、b、c等领域": examples, not a named list
    if (!l.quoted && !lead && !named && /等(?:[数多一二两三四五六七八九十\d]|方面|领域|国家|地区|行业|部门)/.test(items[items.length - 1])) continue; // "…、卫生等数十个领域…的架构"
    // "a、b和c": the last 和 joins the last item
    if (!l.quoted) items = splitLastItem(items);
    // "在甲、乙和丙三个领域": the count says the last 和 joins two items, and the first holds no lead word
    const wanted = !l.quoted && headKind === "count" && term ? countOfTerm(term) : undefined;
    if (wanted && items.length === wanted - 1) {
      const joined = /^([\u4e00-\u9fff“”]{2,12}?)(?:以及|和|及|与)([\u4e00-\u9fff“”]{2,})$/.exec(items[items.length - 1]);
      if (joined) items = [...items.slice(0, -1), joined[1], joined[2]];
    }
    if (wanted && items.length === wanted) {
      const longest = Math.max(...items.slice(1).map((i) => i.length));
      const lead = /^.*(?:在|来自|源自|于|从|对|就|包括|涵盖|涉及|围绕|聚焦|集中)(?=[\u4e00-\u9fff]{2})/.exec(items[0]);
      if (lead && items[0].length > longest + 1 && items[0].length - lead[0].length >= 2) {
        items[0] = items[0].slice(lead[0].length);
        at.start += lead[0].length;
      }
    }
    if (term && term.length <= 2 && !(named && term === named[1]) && !parallel && !countOfTerm(term) && items.length < 4 && !/^(?:原则|理念|精神|方针|主张|宗旨|目标)$/.test(term)) continue; // "方向", "领域": too generic
    if (l.short && !shortListNamed(items, term, headKind, lead ?? announced, named)) continue;
    // a list of countries or groups is not a concept ("邀请甲、乙、丙成为成员")
    if (!lead && !named && !announced && items.filter((i) => countryMentions(i).length > 0 || regionMentions(i).length > 0).length * 2 >= items.length) continue;
    // (not a setting — "…的背景下" — and not a phrase opened by a demonstrative)
    if (headKind === "described" && (l.short || items.length < 3 || items.some((i) => i.length < 4 || i.length > 8 || /^[这那此其该]/.test(i)) || /[下上中里内外时后前间期]$/.test(term ?? ""))) continue;
    if (!term && !(l.quoted && items.length >= 3) && !parallel && !(focus && items.length >= 3)) continue;
    const joined = items.join("、");
    // 关键词：甲、乙、丙 — the label says the items are terms; it names none of them
    if (!term || (announced && /^(?:关键词|关键字|关键概念|核心概念|基本概念)$/.test(term))) term = joined;
    out.push(concept(s, at, term, "enumeration", { items, count: countOfTerm(term) }));
  }
  return out;
}

/**
 * A list of two pieces ("a、b的…精神", "“X”，即a、b", "a、b和c三个优先领域") is a concept only when named by
 * a lead or a head noun, with items of one shape: two short parallel phrases, or three after a 和.
 */
function shortListNamed(items: string[], term: string | undefined, headKind: string | undefined, lead: RegExpExecArray | null, named: RegExpExecArray | null): boolean {
  if (!term) return false;
  const connective = lead && /即|是|包括|[：:]/.test(lead[0]);
  if (!named && !connective && headKind !== "noun" && headKind !== "count") return false;
  if (items.some((i) => i.length < 2 || /^[为在对把将以从向让使并]/.test(i))) return false;
  if (items.length === 2) return items.every((i) => i.length >= 3 && i.length <= 6) && Math.abs(items[0].length - items[1].length) <= 1;
  return items.length === 3 && (headKind === "count" || /^(?:原则|理念|精神|方针)$/.test(term) || !!named || !!connective);
}

/** "a、b、c和d" → a, b, c, d: the last item split at its 和/及/与 when no other item holds one. */
function splitLastItem(items: string[]): string[] {
  const last = items[items.length - 1];
  if (items.slice(0, -1).some((i) => /[和及与]/.test(i))) return items;
  const m = /^([\u4e00-\u9fff“”]{2,12}?)(?:以及|和|及|与)([\u4e00-\u9fff“”]{2,})$/.exec(last);
  // "双边和区域命运共同体" is one item: a first part much shorter than the other items is a modifier
  const others = items.slice(0, -1).map((i) => i.length).sort((a, b) => a - b);
  const median = others[Math.floor(others.length / 2)] ?? 0;
  return m && m[1].length * 2 >= median ? [...items.slice(0, -1), m[1], m[2]] : items;
}

/** The first item of an unquoted list starts after the last verb or particle before it (…践行共同 → 共同). */
function trimItems(items: string[]): string[] {
  const first = items[0];
  const cut = first.replace(/^.*(?:的|是|这种|这些|在于|践行|坚持|赞成|秉持|本着|奉行|恪守|建设|打造|包括|例如|如|以|始终|实现|聚焦|推动|加强|深化|构建|建立|形成|提出|倡导|弘扬|遵循|通过|围绕|涵盖|明确|确定|确立|挖掘|拓展|巩固|拓宽|开拓|除了?)/, "");
  const middle = items.slice(1, -1).map((i) => i.length);
  const typical = Math.max(2, ...(middle.length ? middle : [items[items.length - 1].length]));
  const byVerb = cut !== first;
  const fits = cut.length > 0 && (cut.length <= typical + 2 || (byVerb && cut.length <= 12));
  const trimmed = (fits ? cut : first.slice(Math.max(0, first.length - typical))).replace(/^[了着过在对于从把被将]+/, "");
  return [trimmed || cut, ...items.slice(1)];
}

/** Items of the same shape: 4-character phrases, or 2-character words sharing a character (互x、互y、互z). */
function isParallel(items: string[]): boolean {
  if (items.length < 3) return false;
  // 认识北极、保护北极、利用北极: a shared ending (or start) of two characters
  const shared = (f: (i: string) => string) => items.every((i) => i.length >= 3 && i.length <= 8 && f(i) === f(items[0]));
  if (shared((i) => i.slice(-2)) || shared((i) => i.slice(0, 2))) return true;
  if (items.every((i) => i.length === 4 && /^[\u4e00-\u9fff]{4}$/.test(i)) && items.length >= 4) return true;
  if (items.every((i) => i.length === items[0].length && i.length <= 3)) {
    const firsts = new Set(items.map((i) => i[0]));
    const lasts = new Set(items.map((i) => i[1]));
    return firsts.size === 1 || lasts.size === 1;
  }
  return false;
}

/** "X：坚持a；坚持b；…。" and "X有如下内涵：首先…；其次…；最后…" across the sentences of a paragraph. */
function colonEnumerations(sentences: Sentence[], i: number): ConceptCandidate | null {
  const s = sentences[i];
  const colon = s.text.lastIndexOf("：");
  if (colon < 0) return null;
  const firstItem = s.text.slice(colon + 1);
  const lead = /^(坚持|一是|一要|首先|第一|其一)/.exec(firstItem);
  if (!lead) return null;
  if ((lead[1] === "一是" && /[，；]二是/.test(firstItem)) || (lead[1] === "一要" && /[，；]二要/.test(firstItem))) return inlineOrdinals(s, colon);
  if (lead[1] === "一要") return null;
  const items = [firstItem];
  const ordinal = lead[1] !== "坚持";
  for (let j = i + 1; j < sentences.length && sentences[j].paragraph === s.paragraph && items.length < 12; j++) {
    const t = sentences[j].text;
    const ok = ordinal ? /^(?:二是|三是|四是|五是|六是|其次|再次|然后|最后|第[二三四五六七八]|其[二三四五])/.test(t) : t.startsWith(lead[1]);
    if (!ok) break;
    items.push(t);
    if (/。$/.test(t)) break;
  }
  if (items.length < 3) return null;
  const clean = items.map((t) => namedPoint(t.replace(/[；。]$/, "").replace(/^(?:一是|二是|三是|四是|五是|六是|首先是?|其次是?|再次是?|最后是?|然后|第[一二三四五六七八][，,]?|其[一二三四五][，,]?)/, "")).slice(0, 40));
  const head = s.text.slice(0, colon);
  const termMatch = /([^，。；]{2,30})$/.exec(head);
  const term = (termMatch ? termMatch[1] : head)
    .replace(/^.*?(?:概括|阐述|阐释|指出|提出|总结|归纳|强调|认为|放在)/, "")
    .replace(/^(?:而是|但是|并且|同时|其中)/, "")
    .replace(/(?:有如下|有以下|如下|主要有|包括|以下)/, "")
    .trim();
  if (!term) return null;
  return concept(s, { start: termMatch ? colon - termMatch[1].length : 0, end: s.text.length }, term, "enumeration", { items: clean, count: items.length });
}

/** A point that names itself in quotes and then says what it is ("“某某”，即…"): the point is the quoted term. */
function namedPoint(item: string): string {
  return /^“([^“”]{2,12})”[，,]?(?:即|也就是|就是|指)/.exec(item)?.[1] ?? item;
}

/**
 * "经验可以归纳为四点：（1）甲，…；（2）乙，…；（3）丙，…": numbered points after a colon, in one sentence; each
 * point is named by the short phrase opening it (or its first words).
 */
function numberedInline(sentences: Sentence[], i: number): ConceptCandidate | null {
  const s = sentences[i];
  const MARK = /[（(]([1-9]|[一二三四五六七八九])[）)]|([①-⑨])/g;
  const m = /[：:]\s*(?=[（(][1一][）)]|①)/.exec(s.text);
  if (!m) return null;
  const colon = m.index;
  // the points may run on in the sentence or open the sentences after it (a semicolon ends a sentence)
  let body = s.text.slice(colon + 1);
  for (let j = i + 1; j < sentences.length && sentences[j].paragraph === s.paragraph && /^\s*(?:[（(](?:[2-9]|[二三四五六七八九])[）)]|[②-⑨])/.test(sentences[j].text); j++) body += sentences[j].text;
  body = body.replace(/[。；]$/, "");
  const marks = [...body.matchAll(MARK)];
  const numbers = marks.map((x) => (x[1] ? chineseNumber(x[1]) : x[2].charCodeAt(0) - 0x2460 + 1));
  if (marks.length < 2 || numbers.some((n, k) => n !== k + 1) || marks[0].index !== /^\s*/.exec(body)![0].length) return null;
  const items = marks.map((x, k) => {
    const text = body.slice(x.index! + x[0].length, k + 1 < marks.length ? marks[k + 1].index : body.length).replace(/[；;，,。\s]+$/, "");
    const head = /^[\u4e00-\u9fff]{2,12}?(?=[，,：:])/.exec(text);
    return (head ? head[0] : text).slice(0, 40);
  });
  if (items.some((x) => x.length < 2)) return null;
  // "经验可以归纳为四点：", "规定了以下三种情形，…：": the count names the points; it must say as many as there are
  const lead = s.text.slice(0, colon);
  const counts = [...lead.matchAll(/([一二两三四五六七八九十]+)(?:个|项|大|点|条|方面|种|类)[\u4e00-\u9fff]{0,4}?(?=[，,：:]|$)/g)];
  const counted = counts[counts.length - 1];
  if (counted && chineseNumber(counted[1]) !== items.length) return null;
  const termMatch = /([^，。；：]{2,30})$/.exec(lead);
  const term = counted ? counted[0] : termMatch?.[1].replace(/^.*(?:认为|指出|强调|表示|包括|归纳为|概括为|总结为)[，,]?/, "").trim() ?? "";
  // an exam's or a form's label (答题要点, 评分要点) names no concept
  if (term.length < 2 || /(?:要点|答案|说明|注意事项|提示)$/.test(term)) return null;
  const start = counted ? counted.index! : colon - term.length;
  // the span reaches the first point's number only, so the terms inside the points are read on their own
  const marker = /^\s*(?:[（(](?:1|一)[）)]|①)/.exec(s.text.slice(colon + 1))?.[0].length ?? 0;
  return concept(s, { start, end: colon + 1 + marker }, term, "enumeration", { items, count: items.length });
}

/** "X：一是a，二是b，三是c。" (or 一要a，二要b: what must be done, point by point) within one sentence. */
function inlineOrdinals(s: Sentence, colon: number): ConceptCandidate | null {
  const body = s.text.slice(colon + 1).replace(/[。；]$/, "");
  const mark = body.startsWith("一要") ? "要" : "是";
  const items = body.split(new RegExp(`[，；](?=[二三四五六七八九]${mark})`)).map((t) => namedPoint(t.replace(new RegExp(`^[一二三四五六七八九]${mark}`), "")).slice(0, 40));
  if (items.length < 2 || items.some((i) => i.length < 2)) return null;
  // (what must be done, 一要…二要…: the words before the colon, a count of rules or maxims, name nothing; the list is asked in its sentence)
  if (mark === "要") return items.length >= 3 ? concept(s, { start: colon + 1, end: s.text.length }, items.join("、"), "enumeration", { items, count: items.length }) : null;
  const termMatch = /([^，。；]{2,30})$/.exec(s.text.slice(0, colon));
  if (!termMatch) return null;
  const term = termMatch[1]
    .replace(/^.*(?:来自|在于|包括|体现在|表现在|集中在|主要有)/, "")
    .replace(/^.*?(?:认为|指出|强调|表示)[，,]?/, "")
    .replace(/^(?:主要|大致|大体)/, "")
    .trim();
  if (term.length < 2) return null;
  // "双方确定了下阶段合作的三项重点" → 三项重点
  const counted = /([一二两三四五六七八九十]+)(?:个|项|大|点|条|方面)[\u4e00-\u9fff]{0,8}$/.exec(term);
  if (counted && counted[0].length >= 3) return concept(s, { start: colon - counted[0].length, end: s.text.length }, counted[0], "enumeration", { items, count: chineseNumber(counted[1]) });
  const start = colon - termMatch[1].length + termMatch[1].lastIndexOf(term);
  return concept(s, { start, end: s.text.length }, term, "enumeration", { items, count: countOfTerm(term) ?? items.length });
}

/** What a short term is said to be "的…" when it is a principle: "X是…的理念/原则/箴言". */
const DEFINING_HEAD = /(?:理念|原则|方针|箴言|核心|精髓|基础|目标|宗旨|灵魂|内涵|根本|关键|要义|之道|准则|保障|动力|指南)$/;

function definitions(s: Sentence, known: Set<string>): ConceptCandidate[] {
  const out: ConceptCandidate[] = [];
  const text = s.text;
  // (a definition may open an item numbered （一）, 1．: a treaty's list of terms)
  // (and an item numbered after a colon, "…情形：（一）某某，即…"; a term named after 的是: "与之相对的是某某，即…";
  // a term glossed after its colon: "某某：指…")
  const re = /(?:^(?:[（(][一二三四五六七八九十\d]{1,3}[）)]|[一二三四五六七八九十\d]{1,3}[．.、])?|[，；：](?:[（(][一二三四五六七八九十\d]{1,3}[）)])?|(?<=相对的是|不同的是|相反的是))(?:所谓|本(?:声明|公报|协定|条约|文件|文|规划|计划|办法)所称)?(“[^“”]{2,20}”(?:(?!指的是|是指)[\u4e00-\u9fff]){0,3}|(?:(?!指的是|是指|的是)[\u4e00-\u9fff]){2,8})(?:[，,])?([：:]指|(?:简单(?:来|地)?说|通俗(?:地|来)?说|说白了)[，,]?(?:就是|即|是)|是指|指的是|即|是)(?:(?<=是指|指的是)[，,])?([^，。；]{3,48})/g;
  for (const m of text.matchAll(re)) {
    const rawTerm = m[1];
    const term = rawTerm.replace(/[“”]/g, "");
    const quoted = rawTerm.startsWith("“");
    // (a spoken gloss, "某某，简单说就是…", defines as 是指 does)
    const connective = /^(?:简单|通俗|说白了)/.test(m[2]) ? "是指" : m[2].replace(/^[：:]/, "");
    if (connective === "指" && m.index !== 0) continue;
    const strong = connective === "是指" || connective === "指的是" || connective === "指" || (connective === "即" && /[，,]$/.test(m[0].slice(0, m[0].indexOf(m[2]))) && term.length <= 6);
    const definition = m[3];
    const principle = connective === "是" && /的/.test(definition) && DEFINING_HEAD.test(definition) && term.length <= 6 && m.index === 0;
    // 原产地规则是用来确定…的规则: the definition ends in the noun the term ends in
    const genus = connective === "是" && term.length >= 4 && term.length <= 8 && definition.length >= 6 && definition.endsWith(`的${term.slice(-2)}`);
    if (!quoted && !strong && !principle && !genus && !known.has(term) && !CONCEPT_SUFFIX.test(term)) continue;
    if (/^(?:这|那|此|该|其|它|也|都|就|还|但|而|并|即|又|我|你|他|她|各|双方|中国|中亚|在|对于|就|从|按照)/.test(term) || /方面$/.test(term)) continue;
    if (connective === "是" && !/的|之/.test(definition)) continue;
    if (/^(?:其|它|他|她|这|那)/.test(definition)) continue;
    // 一年前的今天，即去年3月10日: a date said again, not a term defined
    if (/^(?:\d{4}年|[今去明前]年|上个?月|本月|\d{1,2}月\d{1,2}日)/.test(definition)) continue;
    const start = m.index! + m[0].indexOf(rawTerm);
    out.push(concept(s, { start, end: m.index! + m[0].length }, term, "definition", { definition }));
  }
  return out;
}

/** "“X”是…，其含义是指…": a meaning given to the quoted term the sentence opened with. */
function meanings(s: Sentence): ConceptCandidate[] {
  const m = /其(?:含义|内涵|要义|意思)(?:是指|指的是|是|即|指)[，,：:]?([^。；]{3,48})/.exec(s.text);
  const quoted = m ? /“([^“”]{2,16})”/.exec(s.text.slice(0, m.index)) : null;
  if (!m || !quoted) return [];
  return [concept(s, { start: m.index, end: m.index + m[0].length }, quoted[1], "definition", { definition: m[1] })];
}

/** "X包括五个方面：甲…，乙…" — a term announced with the count of its parts. */
function announcedParts(s: Sentence): ConceptCandidate[] {
  const m = /([^，。；：]{2,20}?)(?:主要包括|包括|包含|主要有|分为|涵盖|有)([一二两三四五六七八九十\d]+(?:个|条|种|类|项)?(?:方面|部分|层面|内容|原则|领域|维度|支柱|类型|条|种|类)?)[：:]/.exec(s.text);
  if (!m || !/[个条种类项]|方面|部分|层面|内容|原则|领域|维度|支柱|类型/.test(m[2])) return [];
  const term = m[1].replace(/^(?:而|并|且|其中|这一|此)/, "").replace(/(?:主要|通常|一般)$/, "");
  const rest = s.text.slice(m.index + m[0].length);
  const items = splitLastItem(splitItems(rest.replace(/[。；]$/, ""))).map((i) => i.slice(0, 16));
  return [concept(s, { start: m.index, end: s.text.replace(/[。；]$/, "").length }, term, "enumeration", { items, count: countOfTerm(m[2]) ?? chineseNumber(m[2].replace(/[^一二两三四五六七八九十\d]/g, "")) })];
}

/** After a quoted word: the text speaks of it as a word (“某某”这三个字, “某某”一词, “某某”二字). */
const WORD_AS_WORD = /^(?:这|那)?(?:[两二三四五六七八九]个?字|一词|这个词|这个字眼|一语)/;
/** Before a quoted word: the text applies it to something as a metaphor (把某地视为自己的“某某”). */
const APPLIED_AS = /(?:视为|视作|看作|看成|当作|当成|比作|比喻为|喻为)(?:自己的|其|它的|他们的)?$/;

function slogans(s: Sentence, taken: Span[]): ConceptCandidate[] {
  const out: ConceptCandidate[] = [];
  const text = s.text;
  for (const m of text.matchAll(/“([^“”]{2,40})”/g)) {
    const x = m[1];
    const at = { start: m.index!, end: m.index! + m[0].length };
    if (taken.some((t) => at.start < t.end && t.start < at.end) || KNOWN_INITIATIVES.has(x)) continue;
    const before = text.slice(Math.max(0, at.start - 8), at.start);
    const after = text.slice(at.end, at.end + 8);
    // a term glossed in a foreign language (“某某”（Abc def）, “某某”，abc def，): a coinage the text explains, even in speech
    const gloss = /^(?:[（(][A-Za-z][A-Za-z\s'.\-]{1,40}[）)]|[，,]\s?[a-zA-Z][a-z\s'.\-]{1,40}[，,。？?])/.exec(text.slice(at.end));
    const glossed =
      !!gloss && /^[\u4e00-\u9fff]{2,10}$/.test(x) && !nameType(x) && !/^(?:的)?(?:倡议|战略|计划|规划|纲要|机制|论坛|峰会|合作|框架|走廊|项目)/.test(text.slice(at.end + gloss[0].length));
    if (glossed) {
      out.push(concept(s, at, x, "slogan"));
      continue;
    }
    // “某某”这三个字, “某某”一词: a word the text talks about as a word, also in what someone says of it
    const word = /^[\u4e00-\u9fff]{2,8}$/.test(x) && WORD_AS_WORD.test(after);
    // (a quote in speech followed by the noun it names, 他说，“某某+”合作模式…, is a term, not the words said)
    if ((SPEECH_BEFORE.test(before) && !SLOGAN_AFTER.test(after) && !word) || x.length > 36) continue;
    // “某某”倡议/战略 names an agreement; “变甲为乙”的发展战略 quotes what a strategy says (a slogan)
    if (/^(?:的)?(?:倡议|战略|计划|规划|纲要|机制|论坛|峰会|新经济政策|发展战略)/.test(after) && !(/^的[\u4e00-\u9fff]{0,4}战略/.test(after) && /[，为到变从]/.test(x) && x.length >= 6)) continue; // an agreement
    const count = COUNT_TERM.exec(x);
    // a formula naming a format or framework: “3+5+X合作框架”, “14+1”
    // “两协定一机制”: a counted formula of two sets
    const counted2 = /^[一二两三四五六七八九十][\u4e00-\u9fff]{2,3}[一二两三四五六七八九十][\u4e00-\u9fff]{2,3}$/.test(x);
    const formula =
      counted2 ||
      (/^\d+(?:[+＋][\dA-Z]+)+[\u4e00-\u9fff]{0,6}$/.test(x) || /^[\u4e00-\u9fffA-Za-z\d]{1,8}(?:[+＋][\u4e00-\u9fffA-Za-z\d]{0,4})+$/.test(x)) && (!/^(?:合作|机制)/.test(after) || /^[\u4e00-\u9fffA-Za-z]/.test(x)) && !/合作$/.test(x);
    // a quoted list: of six characters or more, or two short words describing a noun (“甲乙、丙丁”的平台)
    const multi = /[，、]/.test(x) && (x.length >= 6 || (/^[\u4e00-\u9fff]{2,4}、[\u4e00-\u9fff]{2,4}$/.test(x) && /^的[\u4e00-\u9fff]/.test(after)));
    const head = SLOGAN_AFTER.exec(after);
    const verb = SLOGAN_BEFORE.test(before) && x.length >= 4;
    const suffix = CONCEPT_SUFFIX.test(x) && x.length >= 4;
    // a short coined term in quotes (“压舱石”, “金砖伙伴国”): quotes mark a term, unless it names a thing or a country
    // “一单制”: a system a quoted term names is a concept, also before the thing it applies to (“某制”铁路运单)
    const system = /^[\u4e00-\u9fff]{2,6}制$/.test(x) && !nameType(x);
    const coined =
      system ||
      x.length >= 3 && x.length <= 10 && /^[\u4e00-\u9fff—+＋\d]+$/.test(x.replace(/(?<=[\u4e00-\u9fff]\d)\.(?=\d$)/, "")) && !/^\d+$/.test(x) && !(nameType(x) && x.length >= 5) &&
      ![...x].every((ch) => TRANSLITERATION_CHARS.has(ch) || ch === "—") && // a foreign name (company, place)
      !/^(?:建设|合作|框架|国家|沿线|倡议|[\u4e00-\u9fff]{0,4}(?:铁路|公路|隧道|大桥|港|机制|论坛)|(?:联合|双边|多边)[\u4e00-\u9fff]{0,4}(?:训练|演习|军演|演练)|(?:国际)?(?:货物|旅客|货运|客运)?(?:列车|班列))/.test(after) && !/(?:声明|宣言|条约|公约|协定|协议|备忘录|纲要|规划|计划|战略|倡议|议程|白皮书|报告)$/.test(x) &&
      !/(?:题为|名为|书名|标题)$/.test(before) && !(countryMentions(x).some((c) => c.start === 0 && c.end === x.length) || regionMentions(x).some((c) => c.start === 0 && c.end === x.length));
    // a two-character term counted as a kind of thing (创造了多个“某某”, 三个“某某”)
    const counted = x.length === 2 && /^[\u4e00-\u9fff]{2}$/.test(x) && /(?:多个|几个|许多|诸多|[一二两三四五六七八九十\d]+个)$/.test(before);
    // 发挥“桥梁”作用: the role a term names; 以“甲—乙—丙”为分析框架: the frame a text takes
    const role = /^[\u4e00-\u9fff]{2}$/.test(x) && /发挥了?[\u4e00-\u9fff]{0,4}$/.test(before) && /^(?:作用|角色)/.test(after);
    const framed = /以$/.test(before) && /^为[\u4e00-\u9fff]{0,4}?(?:框架|视角|主线|抓手|核心|引领|指引|导向|方向|目标|重点|路径|切入点|纽带)/.test(text.slice(at.end, at.end + 12)) && !nameType(x);
    // 不是同某国“脱钩”: a two-character term in quotes for what is done with a country, the clause ending with it
    const withCountry =
      /^[\u4e00-\u9fff]{2}$/.test(x) && /^[，。；]/.test(after) && !/^(?:合作|交流|对话|往来|接触|谈判|建交|会谈|联系|沟通)$/.test(x) &&
      countryMentions(before).some((c) => c.end === before.length && /[同与跟和]$/.test(before.slice(0, c.start)));
    // “全球南方”国家: a part of the world named in quotes, before the countries it holds
    const world = /^(?:全球|世界)[\u4e00-\u9fff]{2}$/.test(x) && /^国家/.test(after) && !nameType(x);
    // a country's line of policy named in quotes (某国“某某政策”, 与“某某战略”的关系), not a text two sides sign or dock with
    const policy = /^[\u4e00-\u9fff]{2,8}(?:战略|政策)$/.test(x) && !POLICY_AS_TEXT.test(text.slice(Math.max(0, at.start - 12), at.start)) && !/^(?:[^，。；]{0,8}(?:对接|相衔接|签署|合作文件|备忘录))/.test(after);
    // a two-character metaphor the text applies (视为自己的“某某”) or says something is (是两国关系的“某某”), ending its clause
    const metaphor =
      /^[\u4e00-\u9fff]{2}$/.test(x) && !nameType(x) && /^(?:[，。；]|$)/.test(after) &&
      (APPLIED_AS.test(before) || (/的$/.test(before) && /是[^，。；：“”]{1,12}的$/.test(text.slice(Math.max(0, at.start - 14), at.start)) && !/所谓/.test(before)));
    if (!count && !multi && !head && !verb && !suffix && !formula && !coined && !counted && !role && !framed && !withCountry && !world && !policy && !word && !metaphor) continue;
    // “六个某”，即甲、乙、丙… (or 以“六个某”为目标…，即…): the counted slogan spelled out after 即
    // (or after a colon closing the clause it stands in: 用“N项准则”处理某事：甲、乙、丙)
    const spelled = count ? /^(?:[^。；：“”，]{0,20}，)?(?:即|也就是)([^。；：“”]+)|^[^。；：“”，]{0,20}[：:]([^。；：“”，]+)(?=[。；]|$)/.exec(text.slice(at.end)) : null;
    const spelledItems = spelled ? (spelled[1] ?? spelled[2]).split("、") : [];
    const clauses = count && !spelled ? clausesSharingNoun(text.slice(at.end), count) : undefined;
    const itemsAfter = spelled && spelledItems.length === chineseNumber(count![1]) && spelledItems.every((i) => i.length >= 2 && i.length <= 16) ? spelledItems : clauses?.items;
    // (clauses spelling it out are a mention of their own, read by spelledClauses: the terms inside them stay free)
    if (spelled && itemsAfter) at.end += spelled[0].length;
    const principle = head ? /原则|理念|方针/.test(head[0]) : /原则$/.test(x);
    const glued = /^(?:精神|理念|原则|方针)/.exec(after);
    const term = glued ? x + glued[0] : x;
    if (glued) at.end += glued[0].length;
    out.push(
      concept(s, at, term, principle ? "principle" : "slogan", {
        ...(count ? { count: chineseNumber(count[1]) } : {}),
        ...(multi && x.includes("、") ? { items: splitItems(x) } : itemsAfter ? { items: itemsAfter } : {}),
      }),
    );
  }
  return out;
}

/**
 * “三个不变”概括…：甲不变，乙不变，丙不变。 — a counted slogan spelled out after a colon in as many clauses as it counts,
 * each ending with (or opening with) the slogan's own noun.
 */
function clausesSharingNoun(after: string, count: RegExpExecArray): { items: string[]; length: number } | undefined {
  const noun = count[3] ?? count[4];
  const m = /^[^。；：“”，]{0,20}[：:]([^。；：“”]+)(?=[。；]|$)/.exec(after);
  if (!m || !noun || noun.length < 2) return undefined;
  const items = m[1].split(/[，,]/);
  const n = chineseNumber(count[1]);
  if (items.length !== n || items.some((i) => i.length < 4 || i.length > 30 || !(i.endsWith(noun) || i.startsWith(noun)))) return undefined;
  return { items, length: m[0].length };
}

/** Verbs that make a quoted strategy a text (发布“某某战略”, 签署…, 同“某某战略”对接). */
const POLICY_AS_TEXT = /(?:签署|签订|发布|公布|出台|制定|通过|批准|实施|落实|印发|颁布|对接|同|和)[^，。；]{0,4}$/;

/** 和平共处五项原则: a counted set of principles named by what they are, wherever it stands. */
function namedPrinciples(s: Sentence, taken: Span[]): ConceptCandidate[] {
  const out: ConceptCandidate[] = [];
  for (const m of s.text.matchAll(/(?<=^|[，。；、“]|倡导|坚持|遵循|践行|弘扬|恪守|奉行|是|和|与)([\u4e00-\u9fff]{4}[二三四五六七八九十]项原则)/g)) {
    const at = { start: m.index!, end: m.index! + m[0].length };
    if (taken.some((t) => at.start < t.end && t.start < at.end) || /[的了在是]/.test(m[1].slice(0, 4))) continue;
    out.push(concept(s, at, m[1], "principle", { count: chineseNumber(m[1][4]) }));
  }
  return out;
}

/** "三大倡议：甲（ABC）、乙（DEF）、丙": a counted set and its items after a colon, abbreviations in brackets dropped. */
function countedColonLists(s: Sentence, taken: Span[]): ConceptCandidate[] {
  const out: ConceptCandidate[] = [];
  for (const m of s.text.matchAll(/([\u4e00-\u9fff]{0,4}[二两三四五六七八九十]大[\u4e00-\u9fff]{1,6})[：:]((?:[^、，。；：→]{2,24}、){1,9}[^、，。；：→]{2,24})/g)) {
    const items = m[2].split("、").map((i) => i.replace(/[（(][^）)]{1,12}[）)]$/, "")).map((i) => i.replace(/[\d０-９]+[．.]?$/, ""));
    const n = chineseNumber(/([二两三四五六七八九十])大/.exec(m[1])![1]);
    const at = { start: m.index!, end: m.index! + m[0].length };
    if (items.length !== n || items.some((i) => i.length < 2 || /[的了是]/.test(i)) || taken.some((t) => at.start < t.end && t.start < at.end && !(t.start >= at.start && t.end <= at.start + m[1].length))) continue;
    out.push(concept(s, at, m[1], "enumeration", { items, count: n }));
  }
  return out;
}

const SET_NOUNS = "行动|承诺|成果|方向|领域|原则|重点|支柱|目标|任务|举措|措施|挑战|共识|主张|理念|要求|机遇|风险|路径|层面|维度|优先事项|坚持|有利于|支持|倡议|环节|板块|抓手|步骤|阶段";

/** "N大X" written without quotes ("三大支柱"): a counted set named in the text. */
function countedSets(s: Sentence, taken: Span[]): ConceptCandidate[] {
  const out: ConceptCandidate[] = [];
  for (const m of s.text.matchAll(/(?<![\u4e00-\u9fff“])([一二两三四五六七八九十]大)([\u4e00-\u9fff]{2,6}?)(?=之一|[，。；、”的]|$)/g)) {
    const at = { start: m.index!, end: m.index! + m[0].length };
    if (taken.some((t) => at.start < t.end && t.start < at.end)) continue;
    if (/^(?:关键|重要|主要|优势|突破|进展|成就|贡献|变化|问题|挑战)$/.test(m[2])) continue;
    out.push(concept(s, at, m[0], "slogan", { count: chineseNumber(m[1][0]) }));
  }
  // 八个重点合作方向, 四项基本原则: a count of a set noun
  for (const m of s.text.matchAll(new RegExp(`(?<![一二两三四五六七八九十百千第\\d“])([二两三四五六七八九十][一二三四五六七八九十]*)(个|项|点|条|方面)((?:[\\u4e00-\\u9fff]{0,6}?)(?:${SET_NOUNS}))(?=[，。；、”的：:和与及]|$)`, "g"))) {
    const at = { start: m.index!, end: m.index! + m[0].length };
    if (taken.some((t) => at.start < t.end && t.start < at.end)) continue;
    out.push(concept(s, at, m[0], "slogan", { count: chineseNumber(m[1]) }));
  }
  return out;
}

/** "中老命运共同体", "甲乙—丙丁命运共同体": a community of shared future named for its sides. */
function communities(s: Sentence, taken: Span[], marks: readonly string[]): ConceptCandidate[] {
  const out: ConceptCandidate[] = [];
  for (const m of s.text.matchAll(/([\u4e00-\u9fff—]{2,10}?)(命运共同体|利益共同体|责任共同体|健康共同体|安全共同体|发展共同体|生命共同体|共同体)/g)) {
    // 某某国家共同体（简称“某共体”）: a body with a short name is an organisation, not a community of destiny
    if (m[2] === "共同体" && (/^[（(](?:以下)?简称/.test(s.text.slice(m.index! + m[0].length)) || /国家$/.test(m[1]))) continue;
    // 提升至/升级为新时代全天候某某命运共同体: a level the relationship is raised to keeps its qualifiers
    const level = /(?:提升至|提升为|升级为|定位为)((?:新时代|全天候|全方位|高水平){1,3}[\u4e00-\u9fff—]{2,6})$/.exec(s.text.slice(0, m.index! + m[0].length - m[2].length));
    const sides = level?.[1].replace(/^(?:新时代|全天候|全方位|高水平)+/, "") ?? "";
    if (level && (countryMentions(sides).length >= 2 || /—/.test(sides) || regionMentions(sides).length > 0 || marks.some((mk) => sides === mk))) {
      const at = { start: m.index! + m[0].length - m[2].length - level[1].length, end: m.index! + m[0].length };
      if (!taken.some((t) => at.start < t.end && t.start < at.end)) out.push(concept(s, at, level[1] + m[2], "slogan"));
      continue;
    }
    let head = m[1].replace(/^.*(?:的|构建|共建|建设|打造|推动|携手|迈向|建成|是|为|和|与|以|践行|秉持|倡导|弘扬)/, "").replace(/^(?:新时代|更加紧密的|更为紧密的)/, "");
    const hasSides = countryMentions(head).length >= 2 || /—/.test(head) || regionMentions(head).length > 0 || marks.some((mk) => head.startsWith(mk));
    // 构建某某共同体: what is to be built is named, sides or not
    // 构建更加紧密的某某命运共同体: the modifier is no part of the name
    const built = /.*(?:构建|打造|共建|建设|以|践行|秉持|倡导|弘扬)(?:新时代|更加紧密的|更为紧密的|面向新时代的|面向未来的)*([\u4e00-\u9fff]{2,8})$/.exec(s.text.slice(0, m.index! + m[0].length - m[2].length));
    if (!hasSides && !(built && !/的|^(?:双边|多边|地区|区域|国家|各国|相关|两国|全球性)/.test(built[1]))) continue;
    if (!hasSides && built) head = /^(?:构建|共建|打造|建设|推动)/.test(built[1]) ? "" : built[1];
    if (!head && m[2] === "共同体") continue;
    const start = m.index! + m[0].length - head.length - m[2].length;
    const at = { start, end: m.index! + m[0].length };
    if (taken.some((t) => at.start < t.end && t.start < at.end)) continue;
    head = head + m[2];
    out.push(concept(s, at, head, "slogan"));
  }
  return out;
}

/** "10个甲、100个乙及1000个丙…，简称“某某”": counted parts of a programme named after them. */
function countedParts(s: Sentence, taken: Span[]): ConceptCandidate[] {
  const out: ConceptCandidate[] = [];
  const part = "\\d+(?:多|余)?(?:个|项|所|家|名|座|条|批)[\\u4e00-\\u9fff]{2,16}?";
  const re = new RegExp(`${part}(?:(?:、|及|和|以及)${part}){2,}(?=[的，。；]|$)`, "g");
  for (const m of s.text.matchAll(re)) {
    const at = { start: m.index!, end: m.index! + m[0].length };
    if (taken.some((t) => at.start < t.end && t.start < at.end)) continue;
    const named = /^[\u4e00-\u9fff]{0,8}?[，,]?(?:简称|合称|统称|概括为|称为|即)“([^“”]{2,10})”/.exec(s.text.slice(at.end));
    if (!named) continue;
    const items = m[0].split(/(?:、|及|和|以及)(?=\d)/);
    out.push(concept(s, { start: at.start, end: at.end + named[0].length }, named[1], "enumeration", { items, count: items.length }));
  }
  return out;
}

/**
 * "中方提出四点主张。" followed by paragraphs or sentences opening with 第一，… 第二，… (or 一是…): the
 * count names the points; each point is the sentence after its ordinal.
 */
function orderedPoints(sentences: Sentence[], i: number): ConceptCandidate | null {
  const s = sentences[i];
  // (the count's sentence may hold the first point when the text runs on after its colon: 提出四点建议：一是某某。)
  const runOn = new RegExp(`(${COUNT_WORD})[：:](?:第一[，,、]?|一是|其一[，,]?)([^。；：“”]{2,40})[。；]$`).exec(s.text);
  const m = runOn ?? new RegExp(`(${COUNT_WORD})[。：:]$`).exec(s.text);
  // "在如下几点上共同努力。": an unstated count, read from the ordinals that follow
  const open = m ? null : /((?:以下|如下)(?:几个|几)?(?:方面|点|条))[\u4e00-\u9fff]{0,8}[。：:]$/.exec(s.text);
  const n = m ? countOfTerm(m[1]) : open ? 10 : undefined;
  if ((!m && !open) || !n || n < 2 || n > 10) return null;
  const ordinals = ["一", "二", "三", "四", "五", "六", "七", "八", "九", "十"];
  const items: string[] = runOn ? [runOn[2]] : [];
  let first: Sentence | undefined = runOn ? s : undefined;
  // (each point may be a paragraph of several sentences: 一是某某。双方应…。…)
  const paragraphs = new Set<number>();
  for (let j = i + 1; j < sentences.length && (j <= i + 4 * n || paragraphs.size <= n) && items.length < n; j++) {
    paragraphs.add(sentences[j].paragraph);
    const t = sentences[j].text;
    const k = ordinals[items.length];
    const hit = new RegExp(`^(?:第${k}[，,、：:]?|${k}是|其${k}[，,]?)`).exec(t);
    if (hit) {
      items.push(t.slice(hit[0].length).replace(/[。；]$/, "").slice(0, 40));
      first ??= sentences[j];
    } else if (/^(?:第[一二三四五六七八九十]|[一二三四五六七八九十]是)/.test(t)) return null;
    // the points follow their count at once: a sentence of something else ends the search
    else if (!first) return null;
    else if (open && sentences[j].paragraph !== first.paragraph) break;
  }
  if ((open ? items.length < 2 : items.length !== n) || !first) return null;
  if (open || !m) return open ? concept(first, { start: 0, end: first.text.length }, open[1], "enumeration", { items, count: items.length }) : null;
  // the points stand where the first one is written; the count is read in its own sentence
  return concept(first, { start: 0, end: first.text.length }, m[1], "enumeration", { items, count: n });
}

/**
 * "“四条丝路”协同并进。“空中丝路”越飞越广……“海上丝路”越来越顺畅。": a quoted counted set whose members open
 * the sentences after it, each in quotes, as many as the count says and sharing their last character.
 */
function quotedMembers(sentences: Sentence[], i: number): ConceptCandidate | null {
  const s = sentences[i];
  const m = /“([一二两三四五六七八九十](?:个|条|大|项|种|张)[\u4e00-\u9fff]{1,4})”/.exec(s.text);
  const n = m ? countOfTerm(m[1]) : undefined;
  if (!m || !n || n < 2 || n > 8) return null;
  const items: string[] = [];
  for (let j = i + 1; j < sentences.length && j <= i + 3 * n && sentences[j].paragraph === s.paragraph && items.length < n; j++) {
    const q = /^“([\u4e00-\u9fff]{2,10})”/.exec(sentences[j].text);
    if (q && !items.includes(q[1])) items.push(q[1]);
  }
  if (items.length !== n || new Set(items.map((x) => x.slice(-1))).size !== 1 || items.some((x) => x === m[1])) return null;
  return concept(s, { start: m.index, end: m.index + m[0].length }, m[1], "enumeration", { items, count: n });
}

/** （10+3）: a formula naming a format, in brackets. */
function bracketFormulas(s: Sentence, taken: Span[]): ConceptCandidate[] {
  const out: ConceptCandidate[] = [];
  for (const m of s.text.matchAll(/[（(](\d+(?:[+＋][\dA-Z]+)+)[）)]/g)) {
    const at = { start: m.index!, end: m.index! + m[0].length };
    if (taken.some((t) => at.start < t.end && t.start < at.end)) continue;
    out.push(concept(s, at, m[1], "slogan"));
  }
  return out;
}

/** 所谓“X”: a term the text announces, whatever follows. */
function announcedTerms(s: Sentence, taken: Span[]): ConceptCandidate[] {
  const out: ConceptCandidate[] = [];
  for (const m of s.text.matchAll(/所谓“([^“”]{1,16})”[，,]?/g)) {
    const at = { start: m.index!, end: m.index! + m[0].length };
    if (taken.some((t) => at.start < t.end && t.start < at.end)) continue;
    // 所谓“X”，…: a definition follows; 所谓“X”干扰了…: "so-called", the term alone
    const definition = /[，,]$/.test(m[0]) ? s.text.slice(at.end).replace(/^(?:是指|指的是|即|就是)/, "").replace(/[。；].*$/, "").slice(0, 48) : "";
    out.push(definition.length >= 3 ? concept(s, at, m[1], "definition", { definition }) : concept(s, at, m[1], "slogan"));
  }
  return out;
}

/** 2020—2021年中俄某某年, 2024年为某某友好年: a theme year two countries hold. */
function themeYears(s: Sentence, taken: Span[]): ConceptCandidate[] {
  const out: ConceptCandidate[] = [];
  const re = /(?:\d{4}(?:[—–\-~～至]\d{4})?年(?:为|是|举办|定为)?|(?:举办|互办|办好|启动|开幕|共同举办)(?:了)?)([\u4e00-\u9fff]{1,8}?(?:交流|合作|文化|旅游|友好|创新|语言|体育|媒体|青年|人文|科技|教育|卫生|艺术|国家|互访)年)/g;
  for (const m of s.text.matchAll(re)) {
    const name = m[1];
    if (!countryMentions(name).some((c) => c.start === 0) && !regionMentions(name).some((c) => c.start === 0)) continue;
    const at = { start: m.index! + m[0].length - name.length, end: m.index! + m[0].length };
    if (taken.some((t) => at.start < t.end && t.start < at.end)) continue;
    out.push(concept(s, at, name, "slogan"));
  }
  return out;
}

/**
 * Terms of official discourse a text commits to after a verb, unquoted: 践行新某某理念, 打造某某开放高地,
 * 以某某型开放为重点, 推动世界多极化, 促进民心相通, 贯彻国民待遇, 支持多边贸易体制, 实现零关税, 共建命运共同体.
 */
const DISCOURSE_VERB = "(?:践行|贯彻|落实|打造|建设|推动|推进|促进|支持|维护|坚持以|以|实现|共建|构建|倡导|主张|弘扬|借鉴|学习|效仿)";
const DISCOURSE_TERM = "(?:(?:区域|地区)经济一体化|改革开放|高水平对外开放|元首外交|新[\\u4e00-\\u9fff]{2}理念|[\\u4e00-\\u9fff]{2}开放高地|[\\u4e00-\\u9fff]{2}型开放|世界多极化|经济全球化|国际关系民主化|民心相通|国民待遇|多边贸易体制|零关税|全人类共同价值|[\\u4e00-\\u9fff]{2}式现代化)";
const DISCOURSE = new RegExp(`${DISCOURSE_VERB}(?:[\\u4e00-\\u9fff]{0,6}?)(${DISCOURSE_TERM})(?![\\u4e00-\\u9fff]{0,2}(?:协定|协议|条约|法|区))|(?:共建|构建)(命运共同体)`, "g");
function discourseTerms(s: Sentence, taken: Span[]): ConceptCandidate[] {
  const out: ConceptCandidate[] = [];
  for (const m of s.text.matchAll(DISCOURSE)) {
    const term = m[1] ?? m[2];
    const at = { start: m.index! + m[0].length - term.length, end: m.index! + m[0].length };
    if (taken.some((t) => at.start < t.end && t.start < at.end)) continue;
    out.push(concept(s, at, term, "slogan"));
  }
  // 发行20亿元人民币熊猫债: a kind of bond named by a nickname, issued (not 国债, 外债, 企业债 and the like)
  for (const m of s.text.matchAll(/(?<=发行[^，。；：“”]{0,14}?)([\u4e00-\u9fff]{2}债)(?:券)?(?![\u4e00-\u9fff])/g)) {
    const at = { start: m.index!, end: m.index! + m[1].length };
    if (/^(?:国债|公债|外债|内债|企业|政府|主权|公司|金融|地方|专项|特别|长期|短期|中期|绿色|人民|美元|欧元|日元|国际|境外|境内|离岸)/.test(m[1]) || /[的了和与及元亿万]/.test(m[1][0]) || taken.some((t) => at.start < t.end && t.start < at.end)) continue;
    out.push(concept(s, at, m[1], "slogan"));
  }
  return out;
}

/** Standing formulas of diplomatic language, read wherever they stand: 一个中国原则, 核心利益和重大关切, 主权和领土完整, 人类命运共同体理念. */
const SET_PHRASE = /一个中国(?:原则|政策)|核心利益(?:和|与)重大关切|主权(?:和|与)领土完整|人类命运共同体(?=理念|思想)|(?<=承认[\u4e00-\u9fff]{0,6}?)(?:完全)?市场经济地位/g;
/** 被称为“某某”, 被誉为“某某”: a name the text says something is given. */
const CALLED = /被[\u4e00-\u9fff]{0,4}?(?:称为|誉为|称作|称之为)“([^“”]{2,12})”/g;
/** 甲、乙、丙等六大重点领域: the items a text names of a counted set (the count is the set's, not the items'). */
const LISTED_BEFORE_COUNT = /(?<![\u4e00-\u9fff])((?:[\u4e00-\u9fff]{2,8}、){2,}[\u4e00-\u9fff]{2,8})等([一二三四五六七八九十]{1,2}(?:大|个|项|条)[\u4e00-\u9fff]{0,4}?(?:领域|方面|原则|任务|举措|行动|工程|支柱))/g;
function setPhrases(s: Sentence, taken: Span[]): ConceptCandidate[] {
  const out: ConceptCandidate[] = [];
  for (const m of s.text.matchAll(LISTED_BEFORE_COUNT)) {
    const at = { start: m.index!, end: m.index! + m[0].length };
    if (taken.some((t) => at.start < t.end && t.start < at.end)) continue;
    const items = m[1].split("、");
    // the first item may carry the words that open the phrase (并就甲、乙…)
    const lead = /^(?:.*(?:就|围绕|包括|涉及|聚焦|涵盖|覆盖)(?=[\u4e00-\u9fff]{2}))?(?:推动|加强|深化|开展|重点)*/.exec(items[0])?.[0] ?? "";
    items[0] = items[0].slice(lead.length);
    if (items[0].length < 2) continue;
    at.start += lead.length;
    if (taken.some((t) => at.start < t.end && t.start < at.end)) continue;
    out.push(concept(s, at, m[2], "enumeration", { items }));
  }
  for (const m of s.text.matchAll(CALLED)) {
    const at = { start: m.index! + m[0].length - m[1].length - 1, end: m.index! + m[0].length - 1 };
    if (taken.some((t) => at.start < t.end && t.start < at.end)) continue;
    out.push(concept(s, at, m[1], "slogan"));
  }
  for (const m of s.text.matchAll(SET_PHRASE)) {
    const at = { start: m.index!, end: m.index! + m[0].length };
    if (taken.some((t) => at.start < t.end && t.start < at.end)) continue;
    out.push(concept(s, at, m[0], "principle"));
  }
  return out;
}

/**
 * "做某事的两大X、做某事的两大Y、做某事的两大Z": three or more parallel counted roles, each after what it
 * does; the items are the roles (两大X …), their shared count the same in each.
 */
const COUNTED_ROLES = /(?<=[是为，：]|^)((?:[\u4e00-\u9fff]{2,8}?的[一二两三四五六七八九十]大[\u4e00-\u9fff]{2,4}?、){2,}[\u4e00-\u9fff]{2,8}?的[一二两三四五六七八九十]大[\u4e00-\u9fff]{2,4}?)(?=[，。；]|$)/g;
function countedRoles(s: Sentence, taken: Span[]): ConceptCandidate[] {
  const out: ConceptCandidate[] = [];
  for (const m of s.text.matchAll(COUNTED_ROLES)) {
    const at = { start: m.index!, end: m.index! + m[0].length };
    if (taken.some((t) => at.start < t.end && t.start < at.end)) continue;
    const roles = m[1].split("、").map((x) => /的([一二两三四五六七八九十]大[\u4e00-\u9fff]{2,4})$/.exec(x));
    if (roles.some((r) => !r) || new Set(roles.map((r) => r![1].slice(0, 2))).size !== 1) continue;
    const items = roles.map((r) => r![1]);
    out.push(concept(s, at, items.join("、"), "enumeration", { items }));
  }
  return out;
}

/**
 * Two or three -化/-性 qualities listed before the noun they describe (甲化、乙化、丙化某某环境),
 * and a list of initiatives sharing their head (全球甲倡议、全球乙倡议和全球丙倡议).
 */
const QUALITY = "[\\u4e00-\\u9fff]{2}(?:化|性)";
const QUALITIES = new RegExp(`(?:(?<![\\u4e00-\\u9fff])|(?<=开展|打造|营造|建设|推进|推动|坚持|实现))(${QUALITY}(?:、${QUALITY}){1,3})([\\u4e00-\\u9fff]{2,8}?)(?=[，。；、）]|$)`, "g");
const SHARED_HEAD = /((?:全球|国际)[\u4e00-\u9fff]{2}(倡议|战略|议程))(?:、(?:全球|国际)[\u4e00-\u9fff]{2}\2)*(?:和|及|以及|、)(?:全球|国际)[\u4e00-\u9fff]{2}\2/g;
function qualityLists(s: Sentence, taken: Span[]): ConceptCandidate[] {
  const out: ConceptCandidate[] = [];
  for (const m of s.text.matchAll(QUALITIES)) {
    const items = m[1].split("、");
    if (/^(?:[^\u4e00-\u9fff]|的)/.test(m[2])) continue;
    const at = { start: m.index! + m[0].length - m[1].length - m[2].length, end: m.index! + m[0].length };
    if (taken.some((t) => at.start < t.end && t.start < at.end)) continue;
    out.push(concept(s, at, m[1] + m[2], "enumeration", { items, count: items.length }));
  }
  for (const m of s.text.matchAll(SHARED_HEAD)) {
    const items = m[0].split(/(?:、|以及|和|及)(?=全球|国际)/);
    const at = { start: m.index!, end: m.index! + m[0].length };
    if (items.length < 3 || taken.some((t) => at.start < t.end && t.start < at.end)) continue;
    out.push(concept(s, at, m[0], "enumeration", { items, count: items.length }));
  }
  return out;
}

/**
 * A position stated as a contrast (两国是甲而非乙, 坚持“互为甲而非乙”的定位): the formula, quoted or not. It stands on its
 * own inside a list of points too.
 */
const CONTRAST = /(?<=[是为]|坚持|“)((?:互为)?[\u4e00-\u9fff]{2,8}?而(?:非|不是)[\u4e00-\u9fff]{2,6})(?=”|[，。；]|$)/g;
function contrasts(s: Sentence, taken: Span[]): ConceptCandidate[] {
  const out: ConceptCandidate[] = [];
  for (const m of s.text.matchAll(CONTRAST)) {
    const at = { start: m.index!, end: m.index! + m[1].length };
    if (taken.some((t) => at.start < t.end && t.start < at.end)) continue;
    out.push(concept(s, at, m[1], "principle"));
  }
  return out;
}

/** 中方一贯主张把甲放在乙的位置, 始终主张通过对话解决分歧: a standing position, stated as how a matter is handled. */
const STANDING_POSITION = /(?:一贯|始终|历来|一直)主张((?:把|将|通过|以)[^，。；“”]{4,22})(?=[，。；]|$)/g;
function standingPositions(s: Sentence, taken: Span[]): ConceptCandidate[] {
  const out: ConceptCandidate[] = [];
  for (const m of s.text.matchAll(STANDING_POSITION)) {
    const at = { start: m.index! + m[0].length - m[1].length, end: m.index! + m[0].length };
    if (taken.some((t) => at.start < t.end && t.start < at.end)) continue;
    out.push(concept(s, at, m[1], "principle"));
  }
  return out;
}

/** 某地精神 where the text names a meeting held there (某地会议 … 形成了某地精神): the spirit of that meeting. */
function meetingSpirits(s: Sentence, taken: Span[], meetingPlaces: ReadonlySet<string>): ConceptCandidate[] {
  const out: ConceptCandidate[] = [];
  for (const m of s.text.matchAll(/([\u4e00-\u9fff]{2})精神/g)) {
    const at = { start: m.index!, end: m.index! + m[0].length };
    if (!meetingPlaces.has(m[1]) || taken.some((t) => at.start < t.end && t.start < at.end)) continue;
    out.push(concept(s, at, m[0], "principle"));
  }
  return out;
}

/** Two-character places a text names meetings by (某地会议, 某地会晤, 某地峰会): not a kind of meeting (工作会议). */
function meetingPlacesOf(text: string): Set<string> {
  const out = new Set<string>();
  for (const m of text.matchAll(/(?<=[^\u4e00-\u9fff]|[了加席开行与和、的])([\u4e00-\u9fff]{2})(?:会议|会晤|峰会)/g))
    // (a city, not a country or a region: 中国—某地区峰会 names no spirit of a place)
    if (!MEETING_KIND.test(m[1]) && ![...m[1]].some((ch) => "的了在是与和及对为".includes(ch)) && countryMentions(m[1]).length === 0 && regionMentions(m[1]).length === 0 && text[m.index! - 1] !== "—") out.add(m[1]);
  return out;
}

/** 践行真正的多边主义, 坚持开放的区域主义: an -ism a text commits to. */
function doctrines(s: Sentence, taken: Span[]): ConceptCandidate[] {
  const out: ConceptCandidate[] = [];
  for (const m of s.text.matchAll(/(?:践行|坚持|奉行|倡导|弘扬|秉持|恪守|遵循|维护|捍卫|反对|主张)((?:真正的|开放的)?[\u4e00-\u9fff]{2,4}主义)|(?:构建|建设|打造|建立)((?:开放型|新型|包容性|创新型|开放包容的)[\u4e00-\u9fff]{2,6}?(?:经济|关系|伙伴关系|体系|秩序|格局|模式))|(?:倡导|树立|秉持|践行|坚持|提出)[^，。；“”]{0,12}?((?:新型|新|正确的|共同的)[\u4e00-\u9fff]{2,4}观)/g)) {
    const term = m[1] ?? m[2] ?? m[3];
    const at = { start: m.index! + m[0].length - term.length, end: m.index! + m[0].length };
    if (taken.some((t) => at.start < t.end && t.start < at.end)) continue;
    out.push(concept(s, at, term, m[1] ? "principle" : "slogan"));
    // 反对单边主义和保护主义: the -isms joined to the first one
    const JOINED = /^(?:和|与|及|以及|、)([\u4e00-\u9fff]{2,4}?主义)(?![\u4e00-\u9fff](?<![和与及]))/;
    for (let end = at.end, j = m[1] ? JOINED.exec(s.text.slice(end)) : null; j; j = JOINED.exec(s.text.slice(end))) {
      const next = { start: end + j[0].length - j[1].length, end: end + j[0].length };
      end = next.end;
      if (!taken.some((t) => next.start < t.end && t.start < next.end)) out.push(concept(s, next, j[1], "principle"));
    }
  }
  return out;
}

/**
 * Clauses sharing their lead — "坚定支持甲，坚定支持乙，坚定支持丙", "有利于甲，有利于乙，有利于丙" —
 * after a count that names them (“四个坚定支持”，即… / “三个有利于”：…).
 */
function parallelClauses(s: Sentence, taken: Span[]): ConceptCandidate[] {
  const text = s.text;
  const lead = new RegExp(`(?:“)?(${COUNT_WORD_ANY})(?:”)?[，,]?(?:即|就是|分别是|包括)?[：:，,]?|“([一二两三四五六七八九十][\\u4e00-\\u9fff]{1,5})”[，,]?(?:即|就是|分别是|包括)?[：:，,]`, "g");
  const out: ConceptCandidate[] = [];
  for (const m of text.matchAll(lead)) {
    const from = m.index! + m[0].length;
    const clausesAfter = text.slice(from).replace(/[。！？].*$/, "").split(/[，；,;]/);
    if (clausesAfter.length < 2) continue;
    // the longest shared start of the clauses, at least two characters
    const name = m[1] ?? m[2];
    const count = countOfTerm(name) ?? (m[2] ? chineseNumber(m[2][0]) : undefined);
    let prefix = clausesAfter[0];
    let n = 1;
    for (; n < clausesAfter.length; n++) {
      let k = 0;
      while (k < prefix.length && k < clausesAfter[n].length && prefix[k] === clausesAfter[n][k]) k++;
      // one shared character is enough when the count says how many clauses (“三不”：不甲，不乙，不丙)
      if (k < 2 && !(k === 1 && count && n < count)) break;
      prefix = prefix.slice(0, k);
    }
    if (prefix.length < 2 && n !== count) continue;
    if (n < 3 && !(count && n >= 2)) continue;
    const run = clausesAfter.slice(0, count && count <= n ? count : n);
    const items = run.map((c) => c.slice(prefix.length).replace(/^的/, "") || c).map((c) => c.slice(0, 24));
    const end = from + run.join("，").length;
    const at = { start: m.index!, end };
    if (taken.some((t) => at.start < t.start && t.end > end)) continue;
    out.push(concept(s, at, name, "enumeration", { items, count }));
  }
  return out;
}

const POLICY_VERB = "(?:奉行|坚持|实行|采取|恪守|遵循|坚守|承诺|秉持|践行|本着|按照|贯彻)";
const POLICY_HEAD = "(?:政策|方针|原则|理念|战略|立场|思想)";
/** Evaluative or referring openings (更加务实的…, 比以往…, 这种…, 根据…) are no policy's name. */
const EVALUATIVE = /^(?:[更比越愈这那该此其各每]|日益|十分|非常|根据|按照|依照|依据|通过|对于|关于|在|从|向|对)/;
const PARALLEL_LEAD = /^(?:坚持|坚定|推动|推进|加强|深化|促进|维护|支持|反对|尊重|共同|携手|致力于|着力|扩大|提升|反对|不搞|不谋求|不干涉|不附加|不做|不(?![同断仅少久管论过但光只足利])|共建|共享|共商)/;
/**
 * Policies and principles stated without quotes: 奉行不首先使用…的政策, 与邻为善、以邻为伴的周边外交方针,
 * 秉持某某理念 (a four-character formula), 以联合国为核心的国际体系, 尊重网络主权, and three or more
 * clauses sharing their lead verb without a count (坚持甲、坚持乙、坚持丙).
 */
function policyPhrases(s: Sentence, taken: Span[]): ConceptCandidate[] {
  const text = s.text;
  const out: ConceptCandidate[] = [];
  const free = (at: Span) => !taken.some((t) => at.start < t.end && t.start < at.end) && !out.some((c) => at.start < c.at.end && c.at.start < at.end);
  const quoted = insideQuotes(text);
  for (const m of text.matchAll(new RegExp(`${POLICY_VERB}((?:[^，。；：“”的]{2,8}、)?[^，。；：“”的、]{4,14}?)的((?:[\\u4e00-\\u9fff]{0,6}?)${POLICY_HEAD})(?=[，。；、和]|$)`, "g"))) {
    const phrase = m[1];
    const at = { start: m.index! + m[0].length - m[1].length - m[2].length - 1, end: m.index! + m[0].length };
    if (quoted[at.start] > 0 || !free(at) || EVALUATIVE.test(phrase) || countryMentions(phrase).some((c) => c.start === 0)) continue;
    const items = phrase.includes("、") ? phrase.split("、") : undefined;
    if (items && items.some((i) => i.length < 2)) continue;
    out.push(concept(s, at, items ? m[2] : phrase, "principle", items ? { items } : {}));
  }
  // a policy of not doing something, after adverbials (奉行在任何情况下都不某某的政策)
  for (const m of text.matchAll(new RegExp(`(?<=${POLICY_VERB}[^，。；“”]{0,20}?)((?:永不|绝不|决不|不)[^，。；：“”的、]{3,12}?)的(?:政策|承诺|立场|原则)`, "g"))) {
    const at = { start: m.index!, end: m.index! + m[0].length };
    if (quoted[at.start] > 0 || !free(at)) continue;
    out.push(concept(s, at, m[1], "principle"));
  }
  // four-character items before 的…方针/政策/原则/理念 (与邻为善、以邻为伴的周边外交方针)
  for (const m of text.matchAll(new RegExp(`(?<=[和及与，、“]|${POLICY_VERB})((?:[\\u4e00-\\u9fff]{4}、)+[\\u4e00-\\u9fff]{4})的([\\u4e00-\\u9fff]{0,6}?${POLICY_HEAD})`, "g"))) {
    const at = { start: m.index!, end: m.index! + m[0].length };
    if (quoted[at.start] > 0 || !free(at)) continue;
    out.push(concept(s, at, m[2], "principle", { items: m[1].split("、") }));
  }
  // a four-character formula right before 理念/方针 (秉持某某理念)
  for (const m of text.matchAll(/(?<=秉持|践行|坚持|遵循|奉行|本着|贯彻|弘扬|(?:观|理念|原则|精神)(?:和|与|及|、))([\u4e00-\u9fff]{4})(理念|方针)(?![\u4e00-\u9fff]{0,2}[的之])/g)) {
    const at = { start: m.index!, end: m.index! + m[1].length };
    if (quoted[at.start] > 0 || !free(at) || EVALUATIVE.test(m[1]) || /^(?:新发展|发展|合作|安全|这一|该项|一贯|一个|基本|外交|治理|共同)/.test(m[1]) || /[的之和与及是为]/.test(m[1])) continue;
    out.push(concept(s, at, m[1], "principle"));
  }
  for (const m of text.matchAll(/以([\u4e00-\u9fff]{2,8}?)为(?:核心|基础|主体)的((?:国际|世界|全球|地区|区域)?[\u4e00-\u9fff]{0,4}?(?:体系|秩序|架构|格局))/g)) {
    const at = { start: m.index!, end: m.index! + m[0].length };
    if (quoted[at.start] > 0 || !free(at)) continue;
    out.push(concept(s, at, m[0], "principle"));
  }
  for (const m of text.matchAll(/(?<=尊重|维护|捍卫|坚持)(网络|数据|信息|数字|太空|海洋|粮食|能源|金融|经济|文化|发展)主权/g)) {
    const at = { start: m.index!, end: m.index! + m[0].length };
    if (!free(at)) continue;
    out.push(concept(s, at, m[0], "principle"));
  }
  // 共商共建共享: three or more two-character words sharing their first character, unquoted
  for (const m of text.matchAll(/(?:共[\u4e00-\u9fff]){3,4}|(?:互[\u4e00-\u9fff]){3,4}/g)) {
    const word = m[0];
    if (new Set(word.match(/../g)).size !== word.length / 2 || /[的和与及、]/.test(word)) continue;
    const at = { start: m.index!, end: m.index! + word.length };
    if (quoted[at.start] > 0 || !free(at)) continue;
    // named as a principle (秉持共商共建共享原则), the formula is made of its three words
    const named = /^的?(?:原则|理念)/.test(text.slice(at.end));
    out.push(concept(s, at, word, "principle", named ? { items: word.match(/../g)! } : {}));
  }
  // 摒弃冷战思维和零和博弈: ways of thinking a text rejects (or says something is not: 双方合作不是零和博弈)
  for (const m of text.matchAll(/(?<=(?:摒弃|摈弃|抛弃|放弃|反对|超越|跳出|拒绝|不是|并非|绝非|而非|不搞)(?:[\u4e00-\u9fff]{2,4}(?:思维|博弈|心态|逻辑)[和与、及])?)([\u4e00-\u9fff]{2,4}(?:思维|博弈|心态))/g)) {
    const at = { start: m.index!, end: m.index! + m[0].length };
    if (quoted[at.start] > 0 || !free(at) || /^(?:这种|那种|一切|各种)/.test(m[1])) continue;
    out.push(concept(s, at, m[1], "principle"));
  }
  // 不要搞阵营对抗, 反对集团政治, 不需要“某某”和集团政治: the politics of blocs a text rejects
  for (const m of text.matchAll(/(?<=(?:摒弃|摈弃|反对|拒绝|抵制|不搞|搞|不需要|不要|超越)[^，。；：]{0,10}?)(?:阵营|集团)(?:对抗|政治)|(?<=(?:摒弃|摈弃|反对|拒绝|抵制|不搞|搞|不需要|不要|超越)[^，。；：]{0,10}?)强权政治/g)) {
    const at = { start: m.index!, end: m.index! + m[0].length };
    if (quoted[at.start] > 0 || !free(at)) continue;
    out.push(concept(s, at, m[0], "principle"));
  }
  // a state's permanent neutrality (某国的永久中立地位, 奉行永久中立政策): a status in law
  for (const m of text.matchAll(/永久中立(?=地位|政策|国|原则|的地位)/g)) {
    const at = { start: m.index!, end: m.index! + m[0].length };
    if (quoted[at.start] > 0 || !free(at)) continue;
    out.push(concept(s, at, m[0], "principle"));
  }
  // 不承认、不接受 (of a ruling, a regime): a stance of refusal in two paired 不-verbs (three or more are a parallel run, read by the 不 lead of parallel clauses)
  for (const m of text.matchAll(/(?<!、)不(承认|接受|接触|参与|认可|支持|干涉|结盟|介入|参加|允许|妥协|退让)(?:、不(?:承认|接受|接触|参与|认可|支持|干涉|结盟|介入|参加|允许|妥协|退让))(?=[，。；的也]|$)/g)) {
    const at = { start: m.index!, end: m.index! + m[0].length };
    if (quoted[at.start] > 0 || !free(at)) continue;
    out.push(concept(s, at, m[0], "principle"));
  }
  // 坚持正确某某观: an outlook a text holds to, unquoted (three characters or more, not 客观/宏观 …)
  for (const m of text.matchAll(/(?<=坚持|秉持|践行|树立|倡导|奉行|弘扬|贯彻)(?:正确的?)?([^，。；：、“”的和与及]{1,6}观)(?=[，。；、和与及]|$)/g)) {
    const term = m[0].replace(/的/, "");
    const at = { start: m.index!, end: m.index! + m[0].length };
    if (term.length < 3 || /^(?:主观|客观|宏观|微观|乐观|悲观|直观|壮观|景观|外观|改观|参观)$/.test(term.slice(-2)) || quoted[at.start] > 0 || !free(at)) continue;
    out.push(concept(s, at, term, "principle"));
  }
  // 坚持甲甲甲甲、乙乙乙乙、丙丙丙丙: three or more four-character formulae after a verb of holding,
  // with no lead or head noun
  for (const m of text.matchAll(/(?<=坚持|秉持|践行|奉行|遵循|本着|恪守)((?:[\u4e00-\u9fff]{4}、){2,}[\u4e00-\u9fff]{4})(?=[，。；]|$)/g)) {
    const items = m[1].split("、");
    const at = { start: m.index!, end: m.index! + m[0].length };
    if (quoted[at.start] > 0 || !free(at) || items.some((i) => /[的了和与及]/.test(i) || countryMentions(i).length > 0)) continue;
    if (new Set(items.map((i) => i.slice(0, 2))).size === 1) continue; // shared lead: read as parallel clauses
    out.push(concept(s, at, m[1], "principle", { items }));
  }
  // 本着相互尊重、平等互利的精神: the four-character principles of a spirit a text acts in
  for (const m of text.matchAll(/(?<=本着|秉持|秉承|弘扬|发扬)((?:[\u4e00-\u9fff]{4}、)+[\u4e00-\u9fff]{4})的精神/g)) {
    const items = m[1].split("、");
    const at = { start: m.index!, end: m.index! + m[1].length };
    if (quoted[at.start] > 0 || !free(at) || items.some((i) => /[的了和与及]/.test(i.replace(/和平/g, "")) || countryMentions(i).length > 0)) continue;
    out.push(concept(s, at, m[1], "principle", { items }));
  }
  // 双方始终相互尊重、平等相待、互利共赢: three or more four-character principles of relations between states,
  // whatever verb or adverb they follow
  for (const m of text.matchAll(/(?<!、)((?:(?:相互|互相|平等|互利|和平|求同|合作|开放|包容|互不|公平|共同)[\u4e00-\u9fff]{2}、){2,}(?:相互|互相|平等|互利|和平|求同|合作|开放|包容|互不|公平|共同)[\u4e00-\u9fff]{2})(?![\u4e00-\u9fff]*、)/g)) {
    const items = m[1].split("、");
    const at = { start: m.index!, end: m.index! + m[1].length };
    if (quoted[at.start] > 0 || !free(at) || text[at.start - 1] === "、" || items.some((i) => /[的了和与及是]/.test(i.replace(/和平/g, "")))) continue;
    out.push(concept(s, at, m[1], "principle", { items }));
  }
  // 巩固能源、经贸、基础设施等传统领域合作: fields a text names as of a kind (传统, 新兴, 重点), three or more
  // (a field may be a phrase of up to eight characters: 供应链互联互通)
  // (their term is the bare 领域: “传统领域” of what, a question naming it alone would not say; they are asked in their sentence)
  for (const m of text.matchAll(/((?:[\u4e00-\u9fff]{2,12}、){2,}[\u4e00-\u9fff]{2,8})等(?:传统|新兴|重点|优先|前沿|关键|战略性新兴)领域/g)) {
    const items = trimItems(m[1].split("、"));
    const start = m.index! + m[1].length - items.join("、").length;
    const at = { start, end: m.index! + m[0].length };
    if (quoted[at.start] > 0 || !free(at) || items.some((i) => i.length < 2 || i.length > 8 || /[的了和与及在是]/.test(i))) continue;
    out.push(concept(s, at, "领域", "enumeration", { items, count: items.length }));
  }
  // 提供开放、公平、公正、非歧视的营商环境: the qualities of an environment a text asks for, three or more
  for (const m of text.matchAll(/(?<=提供|营造|创造|打造|建设|维护|保障|构建|为)((?:[\u4e00-\u9fff]{2,3}、){2,}[\u4e00-\u9fff]{2,3})的((?:营商|投资|市场|发展|贸易|国际)环境)/g)) {
    const items = m[1].split("、");
    const at = { start: m.index!, end: m.index! + m[1].length };
    if (quoted[at.start] > 0 || !free(at) || items.some((i) => /[的了和与及在是]/.test(i))) continue;
    out.push(concept(s, at, m[1], "principle", { items }));
  }
  // 坚持甲、乙，坚持丙、丁: four-character formulae held to in pairs, the verb said again before each pair
  // (or one pair of principles of relations between states: 坚持相互尊重、平等互利)
  for (const m of text.matchAll(/(坚持|秉持|奉行|恪守)((?:[\u4e00-\u9fff]{4}、)+[\u4e00-\u9fff]{4})/g)) {
    const verb = m[1];
    const groups = [m[2]];
    let end = m.index! + m[0].length;
    for (let g = new RegExp(`^[，,]${verb}((?:[\u4e00-\u9fff]{4}、)+[\u4e00-\u9fff]{4})`).exec(text.slice(end)); g; g = new RegExp(`^[，,]${verb}((?:[\u4e00-\u9fff]{4}、)+[\u4e00-\u9fff]{4})`).exec(text.slice(end))) {
      groups.push(g[1]);
      end += g[0].length;
    }
    const items = groups.flatMap((g) => g.split("、"));
    const at = { start: m.index! + verb.length, end };
    const pairOfPrinciples = groups.length === 1 && items.length === 2 && items.every((i) => /^(?:相互|互相|平等|互利|互不|和平|求同|合作|开放|包容)/.test(i)) && /^[时的，。；]/.test(text.slice(end));
    if ((groups.length < 2 && !pairOfPrinciples) || !/^(?:[，。；时的]|$)/.test(text.slice(end)) || quoted[at.start] > 0 || !free(at)) continue;
    if (items.some((i) => /[的了和与及]/.test(i.replace(/和平/g, "")) || countryMentions(i).length > 0)) continue;
    out.push(concept(s, at, items.join("、"), "principle", { items }));
  }
  // a term a study reads from a theory: 从某某理论出发, 运用某某理论 — the term is what the theory names
  for (const m of text.matchAll(/(?<=从|运用|借助|基于|依据|根据|借鉴|引入|以)([\u4e00-\u9fff]{3,8}?)理论(?=出发|视角|的视角|为视角|角度|框架|为框架|分析|来看|看|为|，|。)/g)) {
    const term = m[1];
    const at = { start: m.index!, end: m.index! + m[0].length };
    if (/^(?:这|该|此|其|相关|有关|上述|已有|现有|传统|一般|基本|新)|[的了和与及是]/.test(term) || quoted[at.start] > 0 || !free(at)) continue;
    out.push(concept(s, at, term, "slogan"));
  }
  // 奉行某某政策, 坚持某某原则: a short named policy or principle held to, unquoted, with no 的
  for (const m of text.matchAll(new RegExp(`(?<=${POLICY_VERB}|坚定奉行|始终奉行|坚定坚持)([^，。；：、“”的和与及]{2,6}(?:政策|原则))(?=[，。；、]|$)`, "g"))) {
    const at = { start: m.index!, end: m.index! + m[0].length };
    if (quoted[at.start] > 0 || !free(at) || EVALUATIVE.test(m[1]) || /^(?:这一|该项|一贯|基本|相关|有关|上述|既定|现行|对外|外交|国家|政府|经济|货币|财政|产业|贸易|移民)/.test(m[1])) continue;
    out.push(concept(s, at, m[1], "principle"));
  }
  // 合作的核心理念是互利共赢: a four-character formula a principle or idea is said to be
  for (const m of text.matchAll(/(?<=(?:核心|基本|根本|指导|首要)?(?:理念|原则|精神|方针)(?:就)?(?:是|为))([\u4e00-\u9fff]{4})(?=[。；，]|$)/g)) {
    const at = { start: m.index!, end: m.index! + m[1].length };
    if (quoted[at.start] > 0 || !free(at) || EVALUATIVE.test(m[1]) || /[的了和与及是为在把将对这那此其之]/.test(m[1]) || countryMentions(m[1]).length > 0) continue;
    out.push(concept(s, at, m[1], "principle"));
  }
  // 在平等互利基础上: a four-character principle as the ground of what is agreed
  for (const m of text.matchAll(/(?<=在|以|本着)([\u4e00-\u9fff]{4})的?基础上/g)) {
    const at = { start: m.index!, end: m.index! + m[1].length };
    if (quoted[at.start] > 0 || !free(at) || !/^(?:平等|相互|互相|自愿|协商|友好|互利|尊重|公平|对等)/.test(m[1]) || /[的了和与及此这]/.test(m[1])) continue;
    out.push(concept(s, at, m[1], "principle"));
  }
  // 在某某N项原则基础上: a counted set of principles as the ground of what is agreed
  for (const m of text.matchAll(/(?<=在|以|本着|遵循|根据)([\u4e00-\u9fff]{2,8}?([一二三四五六七八九十])项原则)的?基础上/g)) {
    const at = { start: m.index!, end: m.index! + m[1].length };
    if (quoted[at.start] > 0 || !free(at) || /[的了和与及此这该]/.test(m[1].replace(/和平/g, ""))) continue;
    out.push(concept(s, at, m[1], "principle", { count: chineseNumber(m[2]) }));
  }
  // 正确义利观 in notes, with no verb before it (…＋正确某某观)
  for (const m of text.matchAll(/正确的?([\u4e00-\u9fff]{2,3}观)(?![\u4e00-\u9fff])/g)) {
    const at = { start: m.index!, end: m.index! + m[0].length };
    if (quoted[at.start] > 0 || !free(at) || /^(?:主观|客观|宏观|微观|乐观|悲观|直观|壮观|景观|外观|改观|参观)$/.test(m[1].slice(-2))) continue;
    out.push(concept(s, at, m[0].replace(/的/, ""), "principle"));
  }
  // 以某某思想为指导, 在某某理论指引下, 学习贯彻某某思想: a body of thought a text takes as its guide
  for (const m of text.matchAll(/(?:(?<=以|在)([\u4e00-\u9fff]{3,20}?(?:思想|理论|主义))(?=为指导|为指引|为引领|为遵循|(?:的)?(?:指引|指导|引领)下)|(?:学习|贯彻|践行|落实|领会|研究|宣传)+([\u4e00-\u9fff]{3,16}?(?:思想|理论))(?=[，。；、和与及]|$))/dg)) {
    const term = m[1] ?? m[2];
    const start = m.indices![m[1] ? 1 : 2][0];
    const at = { start, end: start + term.length };
    if (quoted[at.start] > 0 || !free(at) || /^(?:这|该|此|其|相关|有关|上述|上|下|这一|这种|正确|科学|先进|落后|错误|解放|指导|新)|[的了和与及是为在把将对]/.test(term)) continue;
    out.push(concept(s, at, term, "principle"));
  }
  // 百年未有之大变局, 百年变局: the set phrase and its short form
  for (const m of text.matchAll(/百年(?:未有之)?大?变局/g)) {
    const at = { start: m.index!, end: m.index! + m[0].length };
    if (!free(at)) continue;
    out.push(concept(s, at, m[0], "slogan"));
  }
  // 坚持甲、坚持乙、坚持丙: three or more clauses with one lead and no count
  const parts = [...text.matchAll(/[^，、；。：]+/g)].map((m) => ({ start: m.index!, text: m[0] }));
  for (let i = 0; i < parts.length; ) {
    // the first clause may hold its subject before the lead (中方坚持甲、坚持乙、坚持丙)
    const inFirst = i + 1 < parts.length ? PARALLEL_LEAD.exec(parts[i + 1].text)?.[0] : undefined;
    const subject = inFirst ? parts[i].text.indexOf(inFirst) : -1;
    if (subject > 0 && subject <= 6) parts[i] = { start: parts[i].start + subject, text: parts[i].text.slice(subject) };
    const lead = PARALLEL_LEAD.exec(parts[i].text)?.[0];
    let j = i + 1;
    if (lead) while (j < parts.length && parts[j].text.startsWith(lead) && parts[j].text.length - lead.length >= 2 && parts[j].text.length <= lead.length + 16) j++;
    if (lead && j - i >= 3 && parts[i].text.length - lead.length >= 2 && parts[i].text.length <= lead.length + 16) {
      const at = { start: parts[i].start, end: parts[j - 1].start + parts[j - 1].text.length };
      if (free(at) && quoted[at.start] === 0) {
        const items = parts.slice(i, j).map((p) => p.text.slice(lead.length));
        out.push(concept(s, at, lead, "enumeration", { items, count: items.length }));
      }
      i = j;
    } else i++;
  }
  return out;
}

/**
 * Unquoted named things: a spirit named after a country's people or body (这是中国某某队精神的写照, 弘扬某国某某精神),
 * and a member of a quoted counted set named in the next clause (“十大某某行动”，其中包括某某行动; “八大行动”，某某行动位列其中).
 */
function namedMembers(s: Sentence, taken: Span[]): ConceptCandidate[] {
  const out: ConceptCandidate[] = [];
  const quoted = insideQuotes(s.text);
  const free = (at: Span) => !taken.some((t) => at.start < t.end && t.start < at.end) && !out.some((c) => at.start < c.at.end && c.at.start < at.end);
  for (const m of s.text.matchAll(/(?<=这是|正是|弘扬|传承|发扬|践行|秉承|体现了|诠释了|彰显了|铸就了?)([\u4e00-\u9fff]{3,8}?精神)(?=[的，。；、]|$)/g)) {
    const at = { start: m.index!, end: m.index! + m[1].length };
    const body = m[1].slice(0, -2);
    if (quoted[at.start] > 0 || !free(at) || countryMentions(body)[0]?.start !== 0 || countryMentions(body)[0].end >= body.length - 1 || /[的了和与及是]/.test(body)) continue;
    out.push(concept(s, at, m[1], "slogan"));
  }
  const member = "[\\u4e00-\\u9fff]{2,8}?";
  for (const m of s.text.matchAll(new RegExp(`“[一二两三四五六七八九十]+大[\\u4e00-\\u9fff]{0,4}?(行动|计划|工程|举措)”[，,](?:其中(?:包括|就有)?(${member}\\1)(?=[，。；]|$|[\\u4e00-\\u9fff]{2})|(${member}\\1)位列其中)`, "g"))) {
    const term = m[2] ?? m[3];
    const end = m.index! + m[0].length;
    const at = m[2] ? { start: end - term.length, end } : { start: end - term.length - 4, end: end - 4 };
    if (!free(at) || /^(?:其他|其余|各项|这些|所有|多项|一些|部分)/.test(term)) continue;
    out.push(concept(s, at, term, "slogan"));
  }
  return out;
}

/** 成员国为甲、乙和丙三国: the states a group is made of, closed by their count (not 三国外长, 三国合作 …) or ending the clause. */
const MEMBER_NOUN = /(?:成员国|缔约国|签约国|参与国|参加国|创始国|成员)$/;
const COUNTED_STATES = /([\u4e00-\u9fff]{0,6}(?:国|成员|国家))(?:为|是|包括)((?:[\u4e00-\u9fff]{2,8}、)+[\u4e00-\u9fff]{2,8}(?:和|及|与|、)[\u4e00-\u9fff]{2,8}?)(?:(\d{1,2}|[二三四五六七八九十]{1,2})个?国(?!家?(?:的|外长|元首|领导人|集团|合作|机制|峰会|会议|政府))|(?=[，。；]|$))/g;
function countedStates(s: Sentence, taken: Span[]): ConceptCandidate[] {
  const out: ConceptCandidate[] = [];
  for (const m of s.text.matchAll(COUNTED_STATES)) {
    const items = splitLastItem(m[2].split("、"));
    const whole = (i: string) => [...countryMentions(i), ...regionMentions(i)].some((c) => c.start === 0 && c.end === i.length);
    // (a body's members only: "美国是甲、乙和丙三国的盟友" names no group)
    if (!MEMBER_NOUN.test(m[1]) || (m[3] && items.length !== chineseNumber(m[3])) || !items.every(whole)) continue;
    const at = { start: m.index!, end: m.index! + m[0].length };
    if (taken.some((t) => at.start < t.end && t.start < at.end)) continue;
    // (named by its own noun, after the body the sentence names before it: 某某组织……成员国 → 某某组织成员国)
    const noun = m[1].replace(/^.*的/, "").replace(/^(?:该|其|这些|这)/, "");
    if (noun.length < 2) continue;
    const body = findNamedThings(s.text.slice(0, m.index!)).filter((t) => t.category === "organisation").pop()?.name;
    const term = body && !noun.startsWith(body) ? body + noun : noun;
    out.push(concept(s, { start: at.start + m[1].length - noun.length, end: at.end }, term, "enumeration", { items, count: items.length }));
  }
  return out;
}

export function extractConcepts(doc: CleanDocument): Candidate[] {
  const out: ConceptCandidate[] = [];
  const sentences = factSentences(doc);
  const marks = pairAbbreviations(doc.text);
  const meetingPlaces = meetingPlacesOf(doc.text);
  const perSentence = new Map<Sentence, ConceptCandidate[]>();
  const points: ConceptCandidate[] = []; // stand in a later sentence than their count
  sentences.forEach((s, i) => {
    const list = enumerations(s, sentences[i + 1]?.paragraph === s.paragraph ? sentences[i + 1] : undefined);
    const colon = colonEnumerations(sentences, i) ?? numberedInline(sentences, i);
    if (colon) list.push(colon);
    const ordered = colon ? null : orderedPoints(sentences, i);
    if (ordered) points.push(ordered);
    list.push(...announcedParts(s));
    const members = quotedMembers(sentences, i);
    if (members) list.push(members);
    perSentence.set(s, list);
  });
  // items of enumerations become known terms for definitions (互x是…, 互y是…)
  const known = new Set<string>();
  for (const list of [...perSentence.values(), points]) for (const c of list) for (const item of c.value.items ?? []) if (item.length <= 6) known.add(item);
  for (const s of sentences) {
    const list = perSentence.get(s)!;
    const taken = list.map((c) => c.at);
    const defs = [...definitions(s, known), ...meanings(s)];
    const own = [...list, ...defs, ...announcedTerms(s, [...taken, ...defs.map((c) => c.at)])];
    // a quoted term stands on its own even inside a definition (甲是乙的“某某”)
    const termSpans = own.map((c) => (c.value.category === "definition" ? { start: c.at.start, end: c.at.start + c.value.term.length + 4 } : c.at));
    own.push(...slogans(s, [...taken, ...termSpans]));
    own.push(...namedPrinciples(s, own.map((c) => c.at)));
    own.push(...themeYears(s, own.map((c) => c.at)), ...doctrines(s, own.map((c) => c.at)));
    own.push(...parallelClauses(s, own.map((c) => c.at)), ...countedParts(s, own.map((c) => c.at)), ...bracketFormulas(s, own.map((c) => c.at)));
    own.push(...policyPhrases(s, own.map((c) => c.at)));
    own.push(...discourseTerms(s, own.map((c) => c.at)), ...qualityLists(s, own.map((c) => c.at)));
    own.push(...setPhrases(s, own.map((c) => c.at)), ...countedRoles(s, own.map((c) => c.at)));
    own.push(...countedColonLists(s, own.map((c) => c.at)));
    own.push(...namedMembers(s, own.map((c) => c.at)), ...countedStates(s, own.map((c) => c.at)));
    own.push(...mainParts(s, own.map((c) => c.at)), ...summarisedTerms(s, own.map((c) => c.at)));
    // (a doctrine read on its own, 甲主义, stands inside the list of those opposed)
    own.push(...opposedDoctrines(s, own.filter((c) => c.value.category === "enumeration").map((c) => c.at)), ...namedPillars(s, own.map((c) => c.at)), ...theoriesAbout(s, own.map((c) => c.at)));
    // (formulas stand on their own inside a list of points)
    const notLists = own.filter((c) => c.value.category !== "enumeration").map((c) => c.at);
    own.push(...contrasts(s, notLists), ...standingPositions(s, notLists), ...meetingSpirits(s, own.map((c) => c.at), meetingPlaces));
    const more = communities(s, own.map((c) => c.at), marks);
    out.push(...own, ...more, ...countedSets(s, [...own, ...more].map((c) => c.at)));
  }
  const headed = sentences.map((s, i) => headedOrdinals(sentences, i) ?? numberedTitles(sentences, i)).filter((c): c is ConceptCandidate => c !== null);
  const all = [...out, ...points, ...headed];
  return [...all, ...definedMentions(sentences, out), ...laterPoints(sentences, all), ...spelledClauses(out)];
}

/** The clauses that spell out a counted slogan (“三个某某”…：甲某某，乙某某，丙某某): a mention of the slogan where they stand. */
function spelledClauses(found: ConceptCandidate[]): ConceptCandidate[] {
  const out: ConceptCandidate[] = [];
  for (const c of found) {
    const count = c.value.items ? COUNT_TERM.exec(c.value.term) : null;
    const clauses = count ? clausesSharingNoun(c.sentence.text.slice(c.at.end), count) : undefined;
    if (clauses && clauses.items.join() === c.value.items!.join()) out.push({ ...c, at: { start: c.at.end, end: c.at.end + clauses.length } });
  }
  return out;
}

/** A heading's text without its number (一、 （二） 3. 2.1), a bare year or count left whole (2024年…). */
function withoutHeadingNumber(text: string): string {
  return text.replace(/^(?:\d+(?:\.\d+)+[.．、]?|\d+[.．、]|[一二三四五六七八九十]+[、．.]|[（(][一二三四五六七八九十\d]+[）)])\s*/, "");
}

/**
 * A heading and, under it, a paragraph of points opened by 一是 (二、存在的问题 / 一是甲；二是乙；三是丙。): the points are
 * the heading's, with no lead sentence naming them.
 */
function headedOrdinals(sentences: Sentence[], i: number): ConceptCandidate | null {
  const s = sentences[i];
  const heading = sentences[i - 1];
  if (!heading || heading.blockLabel !== "heading" || s.blockLabel !== "body" || heading.paragraph === s.paragraph || !/^一是/.test(s.text)) return null;
  const term = withoutHeadingNumber(heading.text).replace(/[：:。]$/, "");
  if (term.length < 2 || term.length > 16 || /[，。；：“”]/.test(term)) return null;
  const ordinals = "一二三四五六七八九";
  const items: string[] = [];
  for (let j = i; j < sentences.length && sentences[j].paragraph === s.paragraph && items.length < 9; j++) {
    const pieces = sentences[j].text.replace(/[；。]$/, "").split(/[，；](?=[二三四五六七八九]是)/);
    for (const p of pieces) {
      if (!p.startsWith(`${ordinals[items.length]}是`)) return items.length >= 3 ? headedList(s, term, items) : null;
      items.push(p.slice(2).replace(/[，,].*$/, "").slice(0, 40));
    }
  }
  return items.length >= 3 ? headedList(s, term, items) : null;
}
/** (the list stands where its first point is written, the whole point: its 一是 alone is nothing to ask) */
const headedList = (s: Sentence, term: string, items: string[]) => concept(s, { start: 0, end: s.text.length }, term, "enumeration", { items, count: items.length });

/**
 * Points of a list that open the sentences after the list's own (（2）乙；（3）丙。 / 二是乙；三是丙。): each is a mention of
 * the list, so the list is found where any of its points is written.
 */
function laterPoints(sentences: Sentence[], found: ConceptCandidate[]): ConceptCandidate[] {
  const out: ConceptCandidate[] = [];
  for (const c of found) {
    const items = c.value.items ?? [];
    if (c.value.category !== "enumeration" || items.length < 2) continue;
    const i = sentences.indexOf(c.sentence);
    for (let j = i + 1; j < sentences.length && j <= i + items.length && sentences[j].paragraph === c.sentence.paragraph; j++) {
      const t = sentences[j].text;
      const point = POINT_MARK.exec(t);
      if (!point) break;
      const item = items.find((x) => x.length >= 4 && t.startsWith(x, point[0].length));
      if (!item) break;
      out.push({ ...c, sentence: sentences[j], at: { start: 0, end: point[0].length + item.length } });
    }
  }
  return out;
}
const POINT_MARK = /^\s*(?:[（(](?:[2-9]|[二三四五六七八九])[）)]|[②-⑨]|[二三四五六七八九]是)/;

/**
 * A term the text defines ("负面清单：指…", "所谓“某某”，是指…") is that concept wherever the text names it again,
 * unquoted: the mentions are the same fact (same key) as the definition.
 */
function definedMentions(sentences: Sentence[], found: ConceptCandidate[]): ConceptCandidate[] {
  const out: ConceptCandidate[] = [];
  const defined = found.filter((c) => c.value.category === "definition" && c.value.definition && /^[\u4e00-\u9fff]{2,10}$/.test(c.value.term));
  const bySentence = new Map<Sentence, Span[]>();
  for (const c of found) bySentence.set(c.sentence, [...(bySentence.get(c.sentence) ?? []), c.at]);
  // (and a term the text coins in quotes, “发展战略对接”, named again later without them in a paragraph of the body)
  const coined = found.filter((c) => c.value.category === "slogan" && /^[\u4e00-\u9fff]{4,10}$/.test(c.value.term) && c.sentence.text.slice(c.at.start, c.at.end) === `“${c.value.term}”` && !nameType(c.value.term));
  for (const d of [...defined, ...coined])
    for (const s of sentences) {
      // (a coined term's later mentions only: the sentence that coins it stays the one it is asked by)
      const later = !(d.value.category === "slogan" && (s.blockLabel !== "body" || s.clean.start < d.sentence.clean.start));
      const quoted = insideQuotes(s.text);
      for (let at = s.text.indexOf(d.value.term); at >= 0; at = s.text.indexOf(d.value.term, at + 1)) {
        const span = { start: at, end: at + d.value.term.length };
        // (a defined term quoted again, “某某”, in its own sentence or after it, is a mention even of two characters; unquoted,
        // a term of four characters or more)
        const requoted = d.value.category === "definition" && s.clean.start >= d.sentence.clean.start && s.text[at - 1] === "“" && s.text[span.end] === "”";
        const bare = quoted[at] === 0 && later && d.value.term.length >= 4 && s !== d.sentence;
        if ((!requoted && !bare) || (bySentence.get(s) ?? []).some((t) => span.start < t.end && t.start < span.end)) continue;
        out.push(d.value.category === "slogan" ? { ...concept(s, span, d.value.term, "slogan"), key: d.key } : { ...concept(s, span, d.value.term, "definition", { definition: d.value.definition }), key: d.key });
      }
    }
  return out;
}

/** A list of three short items or more, the last joined by 和/及/与 or by 、 (a、b和c). */
const SHORT_LIST = "((?:[\\u4e00-\\u9fff]{2,8}、)+[\\u4e00-\\u9fff]{2,8}?(?:(?:和|及|与|以及)[\\u4e00-\\u9fff]{2,8})?)";
/**
 * What something mainly is or is made of: 主要为甲、乙和丙 (running to the clause's end), 以甲、乙和丙为主 (其经济以…为主);
 * and the fields a text says something covers: 涉及甲、乙、丙等领域. Three items or more, none a country, none a phrase
 * with 的 (the items of a description, not a list).
 */
const MAIN_PARTS = new RegExp(
  `(?<=主要(?:为|是|包括|有)[：:]?)${SHORT_LIST}(?=[，。；]|$)|(?<=(?<![可所予加得难足])以)${SHORT_LIST}为主(?:导|体)?(?=[，。；的]|$)|(?<=涉及|涵盖|覆盖|囊括)((?:[\\u4e00-\\u9fff“”]{2,12}、){2,}[\\u4e00-\\u9fff“”]{2,12})等(?:多个|诸多|众多)?领域`,
  "g",
);
/** Verbs that end a clause, not an item (提供服务, 开展培训), unless every item holds it (技术培训、语言培训): a generic list. */
const LIST_VERB = /提供|開展|开展|进行|培训|帮助|支持|负责|组织|举办|实施|推动|促进|解决/;
function mainParts(s: Sentence, taken: Span[]): ConceptCandidate[] {
  const out: ConceptCandidate[] = [];
  // (where the quotes stand, read only once a match needs it)
  let quoted: Uint8Array | undefined;
  for (const m of s.text.matchAll(MAIN_PARTS)) {
    const fields = m[3] !== undefined;
    // (主要为甲、乙和丙等农产品: the list ends at its 等, the kind after it is no item)
    const list = (m[1] ?? m[2] ?? m[3]).replace(/等[\u4e00-\u9fff]{0,6}$/, "");
    const items = splitLastItem(list.split("、"));
    const at = { start: m.index!, end: fields ? m.index! + m[0].length : m.index! + list.length };
    if (((quoted ??= insideQuotes(s.text))[at.start] > 0 && s.text[at.start] !== "“") || taken.some((t) => at.start < t.end && t.start < at.end) || items.length < 3) continue;
    if (items.some((i) => i.replace(/[“”]/g, "").length < 2 || /[的了在是为把将对等]/.test(i.replace(/“[^”]*”/g, "")) || countryMentions(i).length > 0 || regionMentions(i).length > 0)) continue;
    // (主要为甲、乙和丙提供服务: 为 is "for", the last item runs on into the verb; a last item far longer than the others is a clause)
    const last = items[items.length - 1];
    const verb = LIST_VERB.exec(last)?.[0];
    if (m[1] !== undefined && ((verb && !items.slice(0, -1).some((i) => i.includes(verb))) || last.length > Math.max(...items.slice(0, -1).map((i) => i.length)) + 3)) continue;
    out.push(concept(s, at, fields ? "领域" : items.join("、"), "enumeration", { items, ...(fields ? { count: items.length } : {}) }));
  }
  return out;
}

/** 将某某精神概括为“…”: the spirit, idea or principle a text sums up is a term (its words are read on their own). */
const SUMMARISED = /(?<=将|把)([\u4e00-\u9fff]{2,12}?(?:精神|理念|原则|方针|思想|经验|内涵))(?=(?:概括|总结|归纳|凝练|提炼)(?:为|成))/g;
function summarisedTerms(s: Sentence, taken: Span[]): ConceptCandidate[] {
  const out: ConceptCandidate[] = [];
  // (where the quotes stand, read only once a match needs it)
  let quoted: Uint8Array | undefined;
  for (const m of s.text.matchAll(SUMMARISED)) {
    const at = { start: m.index!, end: m.index! + m[1].length };
    if ((quoted ??= insideQuotes(s.text))[at.start] > 0 || taken.some((t) => at.start < t.end && t.start < at.end) || /^(?:这|那|此|其|该|上述|相关|有关|各|自己|我们|他们)|[的了和与及是为]/.test(m[1])) continue;
    out.push(concept(s, at, m[1], "slogan"));
  }
  return out;
}

/** A point's number and its short title, the whole sentence: （1）某某某某。 / 1. 某某某某 */
const POINT_TITLE = /^(?:[（(]([1-9])[）)]|([1-9])[.．、])\s*([^，。；：:“”]{4,16})[。；]?$/;
/**
 * Points numbered （1）（2）（3）…, each a paragraph opened by its short title (（1）按时申报某某。…（2）尊重某某。…), under
 * the line that heads them (在某地办厂应注意的事项, a line without a sentence's end): the head names the list, the titles are its
 * items. Three points or more, each title in a paragraph of its own.
 */
function numberedTitles(sentences: Sentence[], i: number): ConceptCandidate | null {
  const s = sentences[i];
  const first = POINT_TITLE.exec(s.text);
  const head = sentences[i - 1];
  if (!first || (first[1] ?? first[2]) !== "1" || !head || head.paragraph === s.paragraph || /[。！？；，：:]$/.test(head.text)) return null;
  const term = withoutHeadingNumber(head.text);
  // (a bare section label, 一、提醒, names no list a question could ask by its name)
  if (term.length < 6 || term.length > 24 || /[，。；“”]/.test(term)) return null;
  const items = [first[3]];
  let paragraph = s.paragraph;
  for (let j = i + 1; j < sentences.length && items.length < 9; j++) {
    if (sentences[j].blockLabel === "heading") break;
    const p = POINT_TITLE.exec(sentences[j].text);
    if (!p) continue;
    if (Number(p[1] ?? p[2]) !== items.length + 1 || sentences[j].paragraph === paragraph) break;
    items.push(p[3]);
    paragraph = sentences[j].paragraph;
  }
  return items.length >= 3 ? concept(s, { start: 0, end: s.text.length }, term, "enumeration", { items, count: items.length }) : null;
}

/** 反对甲主义、乙主义: the doctrines a text opposes, two or more, each a word ending in 主义. */
const OPPOSED = /(?<=反对|抵制|摒弃|反抗)((?:[\u4e00-\u9fff]{1,4}主义、)+[\u4e00-\u9fff]{1,4}主义|(?:[\u4e00-\u9fff]{1,4}主义、)*[\u4e00-\u9fff]{1,4}主义(?:和|与|及)[\u4e00-\u9fff]{1,4}主义)(?=的|[，。；]|$)/g;
function opposedDoctrines(s: Sentence, taken: Span[]): ConceptCandidate[] {
  const out: ConceptCandidate[] = [];
  // (where the quotes stand, read only once a match needs it)
  let quoted: Uint8Array | undefined;
  for (const m of s.text.matchAll(OPPOSED)) {
    const items = m[1].split(/、|和|与|及/);
    const at = { start: m.index!, end: m.index! + m[1].length };
    if ((quoted ??= insideQuotes(s.text))[at.start] > 0 || taken.some((t) => at.start < t.end && t.start < at.end) || items.some((i) => i.length < 3 || /^[的了是在对]/.test(i))) continue;
    out.push(concept(s, at, items.join("、"), "enumeration", { items }));
  }
  return out;
}

/** 某地甲业和乙业是当地经济的两大支柱: a pair (or three) a text counts as the pillars, engines or sources of something. */
const PILLARS = /(?<=^|[，。；：！？,;:\s“”（）])((?:[\u4e00-\u9fff]{2,8}、)*[\u4e00-\u9fff]{2,8}(?:和|与|及)[\u4e00-\u9fff]{2,6})(?:是|(?<!成)为|成为|构成)(?:[\u4e00-\u9fff]{0,8}的)?((两|二|三|四)大(?:支柱产业|支柱|引擎|产业|来源|板块))/g;
/** Lead and time words that open a clause (a generic list). */
const PILLAR_LEAD = /^(?:目前|如今|当前|現在|现在|眼下|近年来|近年|多年来|长期以来|其中|此外|同时|另外|后来|今天|至今|而且|但是|因此|而|但)+/;
function namedPillars(s: Sentence, taken: Span[]): ConceptCandidate[] {
  const out: ConceptCandidate[] = [];
  // (where the quotes stand, read only once a match needs it)
  let quoted: Uint8Array | undefined;
  for (const m of s.text.matchAll(PILLARS)) {
    let items = m[1].split("、").flatMap((i, k, all) => (k === all.length - 1 ? i.split(/和|与|及/) : [i]));
    // (lead and time words opening the clause are no part of the first item: 目前甲业 → 甲业)
    const opening = PILLAR_LEAD.exec(items[0])?.[0].length ?? 0;
    items = [items[0].slice(opening), ...items.slice(1)];
    // (the country whose pillars they are opens the first item: 某国甲业 → 甲业)
    const lead = [...countryMentions(items[0]), ...regionMentions(items[0])].find((c) => c.start === 0);
    const cut = lead && items[0].length - lead.end >= 2 ? lead.end : 0;
    items = [items[0].slice(cut), ...items.slice(1)];
    const start = m.index! + opening + cut;
    const at = { start, end: m.index! + m[0].length };
    if (items.length !== chineseNumber(m[3]) || (quoted ??= insideQuotes(s.text))[start] > 0 || taken.some((t) => at.start < t.end && t.start < at.end)) continue;
    if (items.some((i) => i.length < 2 || /[的了在是为把将对]/.test(i) || countryMentions(i).length > 0)) continue;
    // (the pair is asked in its sentence: "两大支柱" alone names nothing a question could ask by)
    out.push(concept(s, at, items.join("、"), "enumeration", { items, count: items.length }));
  }
  return out;
}

/** 阐述了关于某某的理论: the theory a text says someone set out, named by what it is about. */
const THEORY_ABOUT = /(?<=(?:提出|阐述|阐明|论述|创立|发表)了?(?:[\u4e00-\u9fff]{0,4})?关于)“?([\u4e00-\u9fff]{2,10}?)”?的?(?=理论|学说|思想)/g;
function theoriesAbout(s: Sentence, taken: Span[]): ConceptCandidate[] {
  const out: ConceptCandidate[] = [];
  // (where the quotes stand, read only once a match needs it)
  let quoted: Uint8Array | undefined;
  for (const m of s.text.matchAll(THEORY_ABOUT)) {
    const at = { start: m.index!, end: m.index! + m[0].length };
    if (/^“/.test(m[0]) || (quoted ??= insideQuotes(s.text))[at.start] > 0 || taken.some((t) => at.start < t.end && t.start < at.end) || /^(?:这|那|此|其|该|上述)|[了是在对和与及]/.test(m[1])) continue;
    out.push(concept(s, { start: at.start, end: at.start + m[1].length }, m[1], "principle"));
  }
  return out;
}

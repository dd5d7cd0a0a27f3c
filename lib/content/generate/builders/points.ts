/**
 * Numbered points under a heading ("某港的难处集中在三个方面：一是……，二是……，三是……", "（1）……（2）……" under a section
 * title): points too long to be options of a list question and with no name to be asked by, asked as a card by their
 * heading ("……三个方面，分别是什么？"). (An mcq on one point, the points of another list of the document offered against it,
 * gives its key away by form: a difficulty among tasks.)
 */
import { explain } from "../context";
import type { ConceptFact, Draft, GenContext } from "../model";
import { balanced, draft } from "./common";

const NUM = "一二三四五六七八九十";
/** What opens a numbered point: 一是/一要, 第一，, 其一，, 首先，/其次，/最后，, （1）. */
const MARK = new RegExp(String.raw`(?:[${NUM}][是要]|第[${NUM}][，,、]|其[${NUM}][，,、]|(?:首先|其次|再次|然后|最后)[，,]|[（(][1-9１-９][）)]|[1-9][.．、]\s?)$`, "u");

/** A document's text with the line breaks inside a paragraph taken out and each paragraph on a line of its own. */
export function flatText(text: string): string {
  return text
    .split(/\n[ \t\u3000]*\n/u)
    .map((p) => p.replace(/[\s\u3000]+/gu, ""))
    .filter(Boolean)
    .join("\n");
}

/** A point as an option: leading marks taken off, cut to its first clause. */
export function pointOption(item: string): string {
  return item.replace(/^[，,、；;：:\s]+/u, "").split(/[，；;]/u)[0]!.replace(/[。.]$/u, "");
}

export interface Points {
  /** the heading the points stand under, as a statement ("某港的难处集中在三个方面") or a section title ("某港的难处") */
  heading: string;
  /** the heading is a title of its own line */
  title: boolean;
  /** the points as options */
  options: string[];
}

/** A leading clause that says nothing of the subject (a time relative to the writing, a link word). */
const LEAD = /^(?:同日|当日|当天|当前|目前|如今|现在|眼下|近年来|近期|此外|同时|另外|总之|因此|经过讨论|经讨论|面向未来|展望未来)[，,]/u;
/** Referents a heading cannot carry without the text around it (the writer, a pronoun). */
const DANGLING = /我(?!国)|与会|^(?:这|该|此|其|上述|以上|它|他|她)/u;

/** The heading of a run of points that opens at `at` of the flat text. */
function headingBefore(flat: string, at: number): { heading: string; title: boolean } | undefined {
  const before = flat.slice(0, at);
  const nl = before.lastIndexOf("\n");
  const line = before.slice(nl + 1);
  if (line === "") {
    // a section title on the line above ("二、某港的难处", "4. 办事须知")
    const prev = before.slice(0, -1);
    const title = prev.slice(prev.lastIndexOf("\n") + 1).replace(/^(?:[一二三四五六七八九十]+、|\d+[.．、]\s*|[（(][一二三四五六七八九十\d]+[）)])/u, "");
    if (title.length < 4 || title.length > 24 || /[。，；！？：]/u.test(title)) return undefined;
    return { heading: title, title: true };
  }
  // the sentence that announces the points, ending on a colon or a full stop just before the first
  const end = line[line.length - 1];
  if (end !== "：" && end !== ":" && end !== "。") return undefined;
  const body = line.slice(0, -1);
  const start = Math.max(body.lastIndexOf("。"), body.lastIndexOf("！"), body.lastIndexOf("？"), body.lastIndexOf("："));
  let heading = body.slice(start + 1);
  // a full stop closes the points' heading only when it announces them ("可从以下几个层面入手。一是")
  if (end === "。" && !/以下|如下|[几两二三四五六七八九十][个点项条大方]/u.test(heading)) return undefined;
  heading = heading
    .replace(LEAD, "")
    // the writer's view stated as the writer's ("我认为" → "作者认为"), a clause of the writer's speaking left out
    .replace(/^我(?:们)?认为[，,]?/u, "作者认为")
    .replace(/^[^，,]*我[^，,]*[说讲][，,]/u, "")
    // "某峰会举行，某人提出……" → "在某峰会上，某人提出……"
    .replace(/^([^，,]{4,30}?(?:会议|峰会|论坛|会晤|大会))举行[，,]/u, "在$1上，");
  if (heading.replace(/[^\u3400-\u9fff]/gu, "").length < 8 || heading.length > 60) return undefined;
  // "三条约定是：" names no subject
  // "也开始关注以下……": a heading that opens on an adverb has left its subject in the clause before
  if (/^(?:不再|也|还|并|又|仍|则|而|但|却|即|就|才)/u.test(heading)) return undefined;
  // "困难主要在于三个环节": a bare generic subject says not whose
  if (/^(?:[^，,]*(?:认为|指出|表示)[，,])?(?:挑战|问题|困难|原因|意义|作用|目标|任务|风险|成果|特点)(?:主要|在于|来自|包括|有|是|可)/u.test(heading)) return undefined;
  if (/(?:是|为|包括|如下|有)$/u.test(heading) || !balanced(heading) || DANGLING.test(heading)) return undefined;
  return { heading, title: false };
}

/**
 * The numbered points of a list fact: every item stands in the text after a mark of its number, in order. Undefined
 * when the list is not written as numbered points.
 */
export function pointsOf(flat: string, items: readonly string[]): { first: number; options: string[] } | undefined {
  if (items.length < 3 || items.length > 6) return undefined;
  let from = 0;
  let first = -1;
  for (const raw of items) {
    const item = raw.replace(/^[，,、；;：:\s]+/u, "").replace(/[\s\u3000]+/gu, "");
    const at = flat.indexOf(item, from);
    if (at < 0) return undefined;
    const mark = MARK.exec(flat.slice(Math.max(0, at - 4), at));
    if (!mark) return undefined;
    if (first < 0) first = at - mark[0].length;
    from = at + item.length;
  }
  const options = items.map(pointOption);
  if (options.some((o) => o.replace(/[^\u3400-\u9fff]/gu, "").length < 2 || o.length > 40 || !balanced(o))) return undefined;
  return { first, options };
}

/** Numbered points of each list fact of a document (`facts`, its concepts), with their heading when it can be asked by. */
function documentPoints(ctx: GenContext, docId: string, facts: readonly ConceptFact[]): Map<ConceptFact, Points & { first: number }> {
  const out = new Map<ConceptFact, Points & { first: number }>();
  const doc = ctx.corpus.documents.find((d) => d.doc.id === docId);
  if (!doc) return out;
  const flat = flatText(doc.text);
  for (const f of facts) {
    const p = pointsOf(flat, f.value.items ?? []);
    if (!p) continue;
    const h = headingBefore(flat, p.first);
    out.set(f, { heading: h?.heading ?? "", title: h?.title ?? false, options: p.options, first: p.first });
  }
  return out;
}

/** The count phrase of a heading ("三个方面", "以下两点共识", "四句话"). */
const COUNTED = /(?:以下|如下)?([几两二三四五六七八九十]+[个点项条大种]?[\u3400-\u9fff]{0,2}?(?:方面|层面|层次|关键|重点|句话|原则|问题|危机|领域|任务|共识|要点|建议|主张|举措|措施|作用|意义|挑战))/u;

const COUNTED_END = new RegExp(`(?:${COUNTED.source})$`, "u");

/** The question a heading asks: "……三个方面，分别是什么？"; undefined when the heading states no count. */
export function pointsPrompt(p: Points): string | undefined {
  if (p.title) return `根据原文，“${p.heading}”一节列出了哪几点？`;
  const m = COUNTED.exec(p.heading);
  if (!m) return undefined;
  if (COUNTED_END.test(p.heading)) return `根据原文，${p.heading}，分别是什么？`;
  return `根据原文，${p.heading}。这${m[1]!}分别是什么？`;
}

export function buildPointQuestions(ctx: GenContext): Draft[] {
  const out: Draft[] = [];
  // (the concepts by document, read once)
  const byDocument = new Map<string, ConceptFact[]>();
  for (const f of ctx.concepts) {
    const list = byDocument.get(f.documentId);
    if (list) list.push(f);
    else byDocument.set(f.documentId, [f]);
  }
  for (const [docId, facts] of byDocument) {
    // (the same run read twice, as two facts, is one list)
    const runs = new Map<number, [ConceptFact, Points]>();
    for (const [f, p] of documentPoints(ctx, docId, facts)) if (!runs.has(p.first)) runs.set(p.first, [f, p]);
    for (const [f, p] of runs.values()) {
      if (!p.heading) continue;
      const front = pointsPrompt(p);
      if (!front) continue;
      const items = (f.value.items ?? []).map((i) => i.replace(/^[，,、；;：:\s]+/u, "").replace(/[。；;]$/u, ""));
      out.push(
        draft(ctx, {
          type: "flashcard",
          variant: "points-card",
          facts: [f],
          prompt: front,
          front,
          back: items.join("；"),
          explanation: explain(ctx, f, ""),
          tags: ["concept", f.value.category],
        }),
      );
    }
  }
  return out;
}

/**
 * The other forms a document gives a name by 又称/简称/以下简称: "甲乙国际运输走廊，又称“北线走廊”",
 * "《甲乙协定》（以下简称“甲协定”）", "某共同体（简称某共体，ABC）". Read here once, for the alias questions
 * (builders/aliases.ts), the answers also accepted (context.ts) and the names one referent goes by (parties.ts).
 */
import type { GenContext } from "./model";

/** The marks a document gives a name's other name by ("又称“甲”"); builders/aliases.ts asks that name. */
export const OTHER_NAME_MARKS = ["又称", "又稱", "又名", "亦称", "也称", "也叫", "又叫", "俗称", "通称", "别称"] as const;
/** The marks a document gives a name's short name by ("（以下简称“甲”）", "简称“甲”"). */
export const SHORT_NAME_MARKS = ["以下简称", "下文简称", "以下称", "下称", "英文简称", "英文缩写", "简称", "簡稱"] as const;

/** Either set, longest first. */
const MARK = `(?:${[...SHORT_NAME_MARKS, ...OTHER_NAME_MARKS].sort((a, b) => b.length - a.length).join("|")})`;

/** One form a name is given: its mark (none for an abbreviation in brackets: "（ABC）"), the form without its quotes, and as written. */
export interface GivenForm {
  mark?: string;
  form: string;
  written: string;
}

/** A name given other forms: the run of Han characters before them (the name, or a longer run ending on it) and where the forms begin. */
export interface GivenNames {
  run: string;
  /** The closing mark between the run and the forms ("”", "》"), or "". */
  closer: string;
  /** Where the forms begin (after the closing mark). */
  at: number;
  bracketed: boolean;
  forms: GivenForm[];
}

/** "，又称“乙”" after a run, or brackets after it ("（简称乙，ABC）": the parts are read by PART). */
const GIVEN = new RegExp(
  `([\\u3400-\\u9fff·—]{2,24})([”"」』》]?)(?:([，,]\\s*${MARK}[：:]?\\s*[“"「『][^”"」』]{1,24}[”"」』])|[（(]([^（）()]{1,60})[）)])`,
  "gu",
);
/** One part of a giving: a mark and a quoted or bare form, or a bare abbreviation. */
const PART = new RegExp(`^\\s*(?:(${MARK})(为)?[：:]?\\s*)?([“"「『《][^”"」』]{1,24}[”"」』》]|[^“"「『《]+?)\\s*$`, "u");

const unquoted = (s: string) => s.replace(/^[“"「『‘《]|[”"」』’》]$/gu, "").trim();

/** A part read (one PART does not read stands as written, without a mark). */
function formOf(part: string): GivenForm {
  const m = PART.exec(part);
  if (!m) return { form: part.trim(), written: part.trim() };
  return { mark: m[1] ? m[1] + (m[2] ?? "") : undefined, form: unquoted(m[3]!), written: m[3]!.trim() };
}

/** Every name a text gives another form, in order. */
export function namesGivenIn(text: string): GivenNames[] {
  const out: GivenNames[] = [];
  for (const m of text.matchAll(GIVEN)) {
    const at = m.index! + m[1]!.length + m[2]!.length;
    const parts = m[3] ? [m[3].replace(/^[，,]\s*/u, "")] : m[4]!.split(/[，,、；;]/u);
    out.push({ run: m[1]!, closer: m[2]!, at, bracketed: !m[3], forms: parts.map(formOf) });
  }
  return out;
}

const givenCache = new WeakMap<GenContext, Map<string, GivenNames[]>>();

/** namesGivenIn for a whole document, read once per generation. */
export function namesGiven(ctx: GenContext, documentId: string): GivenNames[] {
  let cache = givenCache.get(ctx);
  if (!cache) givenCache.set(ctx, (cache = new Map()));
  let found = cache.get(documentId);
  if (!found) cache.set(documentId, (found = namesGivenIn(ctx.docs.get(documentId)?.text ?? "")));
  return found;
}

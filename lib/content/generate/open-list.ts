/**
 * Lists a text leaves open ("在能源、交通、____等领域", "以甲、乙为代表的……", "包括甲、乙在内的……"): a blank placed
 * among their items can be filled by any other member of the kind, so it has no one answer.
 */
import { countOf } from "./text";

/** A blank, as the question shows it, read as one placeholder character. */
const BLANK = /_{2,}|（\s*）/gu;
const HOLE = "□";

/** One item of a list: words with no mark of a clause or a list (a bracket of its own may stand in it), a title, or a quotation. */
const ITEM = String.raw`(?:(?:[^，。；：！？、（）_“”‘’《》\n□]|（[^（）□\n]{1,12}）){1,24}|《[^》\n]{1,40}》|“[^”\n]{1,20}”)`;
/** The blank as an item: bare, or quoted or titled whole (a blank inside a quoted slogan is no item of its own). */
const HOLE_ITEM = String.raw`(?:“□”|《□》|□)`;
/** What joins two items. */
const JOIN = String.raw`(?:、|以及|和|及|与)`;
const LIST = String.raw`(?:${ITEM}${JOIN})*${HOLE_ITEM}(?:${JOIN}${ITEM})*`;
/** 等 closing a list, not a word of its own (平等, 对等, 等额, 等同, 等于 …). */
const ETC = String.raw`(?<![平对同均相高初中上下次])等(?:等)?(?!额|值|同|级|待|候|于|距|量|效|身|号|价|分|比)`;
/** A count after 等 ("等6个", "等多个", "等数十个"). */
const COUNT = String.raw`([一二两三四五六七八九十百\d]{1,3}|多|数十|数百|几十|诸多|若干|众多)(?:个|项|大|家|类|种|条|所|座|批|方面|领域|国|位|名|部|份|届)?`;

/** A list closed by 等, with the count that may follow it. */
const CLOSED_BY_ETC = new RegExp(String.raw`(${LIST})${ETC}(?:${COUNT})?`, "u");
/** A list of examples: 以……为代表, 包括……在内, ……之类, 例如/比如/诸如…… */
const EXAMPLES = new RegExp(String.raw`${LIST}(?:为代表|在内|之类)(?=的|[，。；、]|$)|(?:例如|比如|诸如|譬如)${LIST}`, "u");

/** How many items a list shows ("甲、乙和丙" → 3). */
function itemCount(list: string): number {
  return list.split(new RegExp(JOIN, "u")).length;
}

/** What ends a clause: a list does not run over it. */
const CLAUSE_END = /[，。；：！？\n]/u;

/** The clause of a text that holds the placeholder (a list stands within one). */
function clauseOfHole(t: string): string {
  const at = t.indexOf(HOLE);
  let from = at;
  while (from > 0 && !CLAUSE_END.test(t[from - 1]!)) from--;
  let to = at;
  while (to < t.length && !CLAUSE_END.test(t[to]!)) to++;
  return t.slice(from, to + 1);
}

/** Whether a text's list of examples or its list closed by 等 holds the blank at `hole` (the other blanks read as words). */
function openAt(text: string, hole: number): boolean {
  let n = 0;
  const t = clauseOfHole(text.replace(BLANK, () => (n++ === hole ? HOLE : "甲")));
  if (EXAMPLES.test(t)) return true;
  const m = CLOSED_BY_ETC.exec(t);
  if (!m) return false;
  // a stated count equal to the items shown closes the list ("甲、乙、____等3个领域")
  const stated = m[2] === undefined ? undefined : /^\d+$/u.test(m[2]) ? Number(m[2]) : countOf(`${m[2]}个`);
  return !(stated !== undefined && stated > 0 && stated <= itemCount(m[1]!));
}

/**
 * Whether a blank of `text` is an item of a list the text leaves open: closed by 等 (unless a count equal to the items
 * shown follows), or a list of examples (以……为代表, 包括……在内, ……之类, 例如……). A list with no such word ("坚持甲、
 * ____、丙"), a count equal to its items ("甲、____、丙三个领域") or a quoted slogan ("“甲、____、丙”等理念") is closed.
 */
export function openListBlank(text: string): boolean {
  const holes = text.match(BLANK)?.length ?? 0;
  for (let i = 0; i < holes; i++) if (openAt(text, i)) return true;
  return false;
}

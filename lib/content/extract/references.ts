/**
 * A reference list (参考资料, 注释) cites joint statements and agreements by title, without 《》:
 * "[2] 甲乙关于建立全面合作伙伴关系的联合声明[N]. 某报, 2010-12-14." The title part of such an
 * entry, when it ends with the word for a document two sides sign or issue, is the name of an
 * agreement. The publication date is the source's, not the agreement's, and is not read.
 */
import type { CleanDocument } from "../types";
import { type Candidate, countryMentions, normaliseName, unique } from "./context";

/** "[2] ", "2. ", "［2］" opening the entry; "作者. " or "机构. " before the title; "[N]", "[EB/OL]" after it. */
const ENTRY =
  /^\s*(?:[[［]\d{1,3}[\]］]|\d{1,3}[.、．])\s*(?:[^.。[［\]］]{1,20}[.．]\s*)?([\u4e00-\u9fff—–\-（）()“”、]{4,60}?(联合声明|联合公报|宣言|协定|条约|议定书|公约|备忘录|行动计划))(?:[（(]全文[）)])?\s*[[［](?:N|EB\/OL|Z|R|J|M|S|OL)[\]］]/;

export function referenceAgreements(doc: CleanDocument): Candidate[] {
  const out: Candidate[] = [];
  for (const s of doc.sentences) {
    if (s.blockLabel !== "footnote") continue;
    const m = ENTRY.exec(s.text);
    if (!m) continue;
    const name = m[1];
    const start = m.index + m[0].indexOf(name);
    const parties = unique(countryMentions(name).map((c) => c.name));
    const label = `《${name}》${parties.length ? `（${parties.join("、")}）` : ""}`;
    out.push({
      kind: "agreement",
      label,
      value: { name, category: "document", type: m[2], parties },
      at: { start, end: start + name.length },
      sentence: s,
      key: `document|${normaliseName(name)}|`,
    });
  }
  return out;
}

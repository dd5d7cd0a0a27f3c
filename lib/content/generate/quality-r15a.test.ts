/**
 * Round 15 (g15a), on invented text: the builders' wrong questions. A matching of titles and dates pairs a
 * title only with the date it was signed or issued; a count up to a date gives no signing date; a title
 * cut with its 包括, or one that names no one, is no option; a title that names no one is asked with its
 * pair or not at all; a verb cut into a term; a figure in a bracketed conversion.
 */
import { describe, expect, it } from "vitest";
import { fact, makeDoc } from "../../../tests/fixtures/generate/corpus";
import { buildContext } from "./context";
import { ownerlessTitle, usableAgreement } from "./builders/agreement";
import type { AgreementFact } from "./model";

const doc = (d: ReturnType<typeof makeDoc>, name: string, parties: string[], date?: string, type = name.slice(-2)) =>
  fact(d, "agreement", name, { name, category: "document", type, parties, ...(date ? { date } : {}) } as never) as AgreementFact;

describe("a title cut with its 包括, or one that names no one, is no option", () => {
  it("包括……在内", () => {
    const d = makeDoc("r15a_4", "北陆", "2031年5月，两国签署了包括海运合作谅解备忘录在内的12项合作文件。");
    expect(usableAgreement(doc(d, "包括海运合作谅解备忘录", ["甲国", "乙国"], "2031-05"))).toBe(false);
    expect(usableAgreement(doc(d, "海运合作谅解备忘录", ["甲国", "乙国"], "2031-05"))).toBe(true);
  });
  it("a title that says only what the document is about, a numbered resolution, a pair's document", () => {
    const d = makeDoc(
      "r15a_5",
      "北陆",
      "2031年4月，两国签署《关于建立战略伙伴关系的联合宣言》。2032年3月，双方签署《过境运输协定》。此前理事会已于2033年8月通过第1234号决议。2034年6月，北陆峰会在西岭举行，各国签署《西岭宣言》。2035年7月，甲国与乙国签署《甲乙海运协定》。",
    );
    const ctx = buildContext({ documents: [d], facts: [] });
    expect(ownerlessTitle(ctx, doc(d, "关于建立战略伙伴关系的联合宣言", ["乙国"], "2031-04"))).toBe(true);
    expect(ownerlessTitle(ctx, doc(d, "过境运输协定", [], "2032-03"))).toBe(true);
    expect(ownerlessTitle(ctx, doc(d, "第1234号决议", ["甲国"], "2033-08"))).toBe(true);
    expect(ownerlessTitle(ctx, doc(d, "西岭宣言", [], "2034-06"))).toBe(false);
    expect(ownerlessTitle(ctx, doc(d, "甲乙海运协定", ["甲国", "乙国"], "2035-07"))).toBe(false);
  });
});

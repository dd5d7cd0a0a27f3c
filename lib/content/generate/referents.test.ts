/** What a question's text refers to without naming it: a treaty's "本协定", a bare 双方/两国 of a document about one pair. */
import { describe, expect, it } from "vitest";
import { makeDoc } from "../../../tests/fixtures/generate/corpus";
import { buildContext } from "./context";
import { ownInstrumentName, titlePair, unnamedPairShown, withOwnInstrumentNamed, withTitlePairNamed } from "./referents";

describe("a treaty's own 本协定", () => {
  const body = "甲国政府和乙国政府关于内河航运合作的协定\n\n第一条　缔约双方根据本协定开展合作。\n\n第九条　本协定有效期为十年，期满后本协定自动延长五年。";
  const d = makeDoc("doc_rf", "条约数据库", body);
  const ctx = buildContext({ documents: [d], facts: [] });
  for (const s of ctx.sentences.get("doc_rf") ?? []) if (s.text.endsWith("的协定")) s.blockLabel = "heading";
  const name = (head: string) => ownInstrumentName(ctx, "doc_rf", d.doc.raw.indexOf("第九条"), head);
  it("says the name of the heading its text stands under, a later 本协定 reading 该协定", () => {
    expect(name("协定")).toBe("甲国政府和乙国政府关于内河航运合作的协定");
    expect(withOwnInstrumentNamed("本协定有效期为（    ），期满后本协定自动延长五年。", name, "十年")).toBe("《甲国政府和乙国政府关于内河航运合作的协定》有效期为（    ），期满后该协定自动延长五年。");
  });
  it("leaves it as written when no heading names it, or the answer is part of the name", () => {
    expect(name("条约")).toBeUndefined();
    expect(withOwnInstrumentNamed("根据本协定开展（    ）。", name, "内河航运")).toBe("根据本协定开展（    ）。");
    expect(ownInstrumentName(ctx, "doc_rf", d.doc.raw.indexOf("甲国政府和乙国政府"), "协定")).toBeUndefined();
  });
});

describe("a bare 双方/两国 in a document whose title is about one pair", () => {
  it("is named by the title's pair, where nothing shown names a side", () => {
    expect(unnamedPairShown("根据原文填空：双方支持甲倡议同（    ）对接。")).toBe(true);
    expect(unnamedPairShown("根据原文填空：中俄双方支持甲倡议同（    ）对接。")).toBe(false);
    expect(withTitlePairNamed("根据原文填空：双方支持甲倡议同____对接。", "中俄", "乙联盟")).toBe("根据原文填空：中俄双方支持甲倡议同____对接。");
    expect(withTitlePairNamed("2031年，两国结成友好省市（    ）。", "中国和匈牙利", "22对")).toBe("2031年，中国和匈牙利两国结成友好省市（    ）。");
    expect(withTitlePairNamed("双方始终秉持（    ）理念。", "中国—东盟", "亲诚惠容")).toBe("中国和东盟双方始终秉持（    ）理念。");
  });
  it("is left as written where the sides are asked, the answer names one, or a group is counted as 两国", () => {
    expect(withTitlePairNamed("《甲协议》的双方是（    ）。", "中俄", "甲部、乙部")).toBe("《甲协议》的双方是（    ）。");
    expect(withTitlePairNamed("双方签署（    ）。", "中俄", "中俄睦邻友好条约")).toBe("双方签署（    ）。");
    expect(withTitlePairNamed("两国签署（    ）。", "中国—东盟", "甲协议")).toBe("两国签署（    ）。");
    expect(withTitlePairNamed("缔约双方应当（    ）。", "中俄", "协商")).toBe("缔约双方应当（    ）。");
  });
  it("takes the title's pair only where the sentence and the one before name no other country", () => {
    const d = makeDoc("doc_rf2", "中俄合作的新阶段", "两国元首举行会谈。双方支持甲倡议同乙联盟对接。\n\n美国和日本举行磋商。双方同意加强合作。");
    const ctx = buildContext({ documents: [d], facts: [] });
    expect(titlePair(ctx, "doc_rf2", d.doc.raw.indexOf("双方支持"))).toBe("中俄");
    expect(titlePair(ctx, "doc_rf2", d.doc.raw.indexOf("双方同意"))).toBeUndefined();
  });
});

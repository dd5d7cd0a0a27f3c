/**
 * Round 17, on invented text: the pair of a 两国/双方 subject is not the pair of a frame it acts in.
 */
import { describe, expect, it } from "vitest";
import { framePairs } from "./builders/agreement";
import { bareShortTitle, nonEvent, unnamedOption } from "./builders/sets";
import { dateEvent } from "./builders/date";
import { buildContext } from "./context";
import type { DateFact } from "./model";
import { fact, makeDoc } from "../../../tests/fixtures/generate/corpus";

describe("a 两国 subject acting in another pair's frame", () => {
  it("names the frame's pair, which the 两国 is not", () => {
    expect([...framePairs("2030年，两国宣布在中非合作论坛框架内建立战略伙伴关系。")]).toEqual(["非"]);
    expect([...framePairs("双方同意在中欧合作机制下深化交流。")]).toEqual(["欧"]);
  });
  it("finds none when the pair is the subject's own or there is no frame", () => {
    expect(framePairs("中俄两国宣布建立全面战略协作伙伴关系。").size).toBe(0);
    expect(framePairs("中非合作论坛框架内，甲国与中国建立战略伙伴关系。").size).toBe(0);
  });
});

describe("an option of a timeline drawn from many documents", () => {
  it("is refused when a bare section or a short-form pair leads it", () => {
    expect(unnamedOption("甲国段签署总承包合同")).toBe(true);
    expect(unnamedOption("丙城至丁城段完工")).toBe(true);
    expect(unnamedOption("乙国段全线开工")).toBe(true);
    expect(unnamedOption("斯中合作在甲市举行论坛")).toBe(true);
    expect(unnamedOption("甲乙铁路甲国段签署总承包合同")).toBe(false);
    expect(unnamedOption("中俄两国签署联合声明")).toBe(false);
  });
  it("is refused when it is no event", () => {
    expect(nonEvent("甲部网站发布")).toBe(true);
    expect(nonEvent("某数据研究中心发布")).toBe(true);
    expect(nonEvent("甲乙两国间旅游往来明显恢复")).toBe(true);
    expect(nonEvent("丙国宣布建立某伙伴关系就是一例")).toBe(true);
    expect(nonEvent("甲部发布《乙白皮书》")).toBe(false);
    expect(nonEvent("甲乙两国恢复外交关系")).toBe(false);
  });
});

describe("a matching row's title", () => {
  it("is refused when it is only a year and its kind", () => {
    expect(bareShortTitle("《2030年协定》")).toBe(true);
    expect(bareShortTitle("2030年的条约")).toBe(true);
    expect(bareShortTitle("《甲乙2030年文化合作计划》")).toBe(false);
    expect(bareShortTitle("《甲乙两国关于某事的2030年协定》")).toBe(false);
  });
});

describe("an event the text points at as an example", () => {
  const ev = (text: string, needle: string, event: string) => {
    const d = makeDoc("doc_ex", "评论", text);
    const f = fact(d, "date", needle, { iso: "2031-04", precision: "month", text: needle, event, inferred: false } as never);
    return dateEvent(f as DateFact, buildContext({ documents: [d], facts: [f] }));
  };
  it("loses the pointer, the event stays", () => {
    expect(ev("甲国的政策常随盟友而动，2031年4月甲国宣布加入丙安全机制就是一例。", "2031年4月", "甲国宣布加入丙安全机制就是一例")).toBe("甲国宣布加入丙安全机制");
    expect(ev("甲国紧随盟友，2031年4月丙丁戊三国宣布建立己伙伴关系（XYZ）就是一例。", "2031年4月", "丙丁戊三国宣布建立己伙伴关系（XYZ）就是一例")).toBe("丙丁戊三国宣布建立己伙伴关系（XYZ）");
  });
  it("keeps an event where the words are its own", () => {
    expect(ev("2031年4月，甲国宣布加入丙安全机制。", "2031年4月", "甲国宣布加入丙安全机制")).toBe("甲国宣布加入丙安全机制");
  });
});

import { describe, expect, it } from "vitest";
import { rawDocumentFromText } from "../read";
import { normaliseDocument } from "../normalise/index";
import { extractFacts } from "../pipeline";

const terms = (text: string) =>
  extractFacts(normaliseDocument(rawDocumentFromText("t", "t.txt", text)))
    .filter((f) => f.kind === "concept")
    .map((f) => (f.value as { term: string }).term);

describe("round 8: unquoted terms of official discourse after a verb", () => {
  it("reads the terms a text commits to", () => {
    const t = terms("本市要全面贯彻新安全理念，努力打造沿江开放高地，以规则型开放为抓手。甲乙两国愿共同推动经济全球化，促进两国民心相通，并对乙方企业落实国民待遇。");
    expect(t).toEqual(expect.arrayContaining(["新安全理念", "沿江开放高地", "规则型开放", "经济全球化", "民心相通", "国民待遇"]));
  });

  it("reads a bare community of shared future built together, and not a zone or a law", () => {
    const t = terms("甲国愿与乙国构建命运共同体。各方支持零关税区建设。");
    expect(t).toContain("命运共同体");
    expect(t).not.toContain("零关税");
  });
});

describe("round 8: short lists of qualities and initiatives sharing a head", () => {
  const items = (text: string) =>
    extractFacts(normaliseDocument(rawDocumentFromText("t", "t.txt", text)))
      .filter((f) => f.kind === "concept")
      .map((f) => (f.value as { items?: string[] }).items ?? []);

  it("reads -化/-性 qualities before their noun and three initiatives in a list", () => {
    const i = items("本区致力营造便利化、透明化、标准化口岸环境，开展探索性、系统性制度创新。乙国欢迎国际繁荣倡议、国际和睦倡议和国际互鉴倡议。");
    expect(i).toEqual(expect.arrayContaining([
      ["便利化", "透明化", "标准化"],
      ["探索性", "系统性"],
      ["国际繁荣倡议", "国际和睦倡议", "国际互鉴倡议"],
    ]));
  });

  it("does not read a quality list without a noun after it", () => {
    const i = items("变化、性化。");
    expect(i).not.toContainEqual(["变化", "性化"]);
  });
});

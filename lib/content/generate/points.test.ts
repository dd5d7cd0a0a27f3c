/**
 * Numbered points under a heading (issue #4): a list of points too long to be options, with no name of its own, is
 * asked by its heading as a card. Invented texts only.
 */
import { describe, expect, it } from "vitest";
import { fact, makeDoc } from "../../../tests/fixtures/generate/corpus";
import { generateBank } from "./bank";
import { buildPointQuestions, flatText, pointsOf } from "./builders/points";
import { buildContext } from "./context";
import type { ConceptFact } from "./model";

type Doc = ReturnType<typeof makeDoc>;
const list = (d: Doc, needle: string, term: string, items: string[]) =>
  fact(d, "concept", needle, { term, category: "enumeration", items, count: items.length } as never) as ConceptFact;

const INLINE =
  "北陆港口合作起步于十年前。研究者认为，北陆港口合作的成效可以归结为三个方面：一是为沿线城市开辟了稳定的海上航线，二是为当地企业提供了可预期的物流服务，三是带动了港区周边的就业。";
const INLINE_ITEMS = ["为沿线城市开辟了稳定的海上航线", "为当地企业提供了可预期的物流服务", "带动了港区周边的就业"];

describe("numbered points under a heading", () => {
  it("reads the points of a list only when each stands after its number", () => {
    expect(pointsOf(flatText(INLINE), INLINE_ITEMS)?.first).toBeGreaterThan(0);
    // (the same items written as a plain list are no numbered points)
    expect(pointsOf("双方同意开辟航线、提供物流服务、带动就业。", ["开辟航线", "提供物流服务", "带动就业"])).toBeUndefined();
    // points in paragraphs of their own, each with a line about it
    const paras = flatText("二、南川渔业的难点\n\n（1）渔船老旧。多数渔船已服役二十年。\n\n（2）冷链不足。港区冷库容量有限。\n\n（3）人手短缺。");
    expect(pointsOf(paras, ["渔船老旧", "冷链不足", "人手短缺"])).toBeDefined();
  });

  it("asks a closed list of long points by its heading, a card whose back is the points", () => {
    const d = makeDoc("pt_inline", "测试文献", INLINE);
    const f = list(d, "三个方面：一是为沿线城市", "三个方面", INLINE_ITEMS);
    const drafts = buildPointQuestions(buildContext({ documents: [d], facts: [f] }));
    expect(drafts).toHaveLength(1);
    expect(drafts[0]!.type).toBe("flashcard");
    expect(drafts[0]!.front).toBe("根据原文，研究者认为，北陆港口合作的成效可以归结为三个方面，分别是什么？");
    expect(drafts[0]!.back).toBe(INLINE_ITEMS.join("；"));
    // and the bank keeps it: the fact is tested
    const { bank } = generateBank({ documents: [d], facts: [f] });
    expect(bank.questions.some((q) => q.factIds.includes(f.id) && q.type === "flashcard" && q.prompt.includes("分别是什么"))).toBe(true);
  });

  it("names the meeting a heading opens on as the occasion", () => {
    const d = makeDoc("pt_meet", "测试文献", "首届北陆渔业论坛举行，南川代表提出今后合作的三大重点：一是扩大渔业往来，二是保护近海资源，三是加强海事救援。");
    const f = list(d, "一是扩大渔业往来", "三大重点", ["扩大渔业往来", "保护近海资源", "加强海事救援"]);
    expect(buildPointQuestions(buildContext({ documents: [d], facts: [f] })).map((x) => x.front)).toEqual([
      "根据原文，在首届北陆渔业论坛上，南川代表提出今后合作的三大重点，分别是什么？",
    ]);
  });

  it("asks points under a section title of their own line by the title", () => {
    const d = makeDoc("pt_title", "测试文献", "二、南川渔业的难点\n\n（1）渔船老旧。多数渔船已服役二十年。\n\n（2）冷链不足。港区冷库容量有限。\n\n（3）人手短缺。");
    const f = list(d, "（1）渔船老旧", "南川渔业的难点", ["渔船老旧", "冷链不足", "人手短缺"]);
    const drafts = buildPointQuestions(buildContext({ documents: [d], facts: [f] }));
    expect(drafts.map((x) => x.front)).toEqual(["根据原文，“南川渔业的难点”一节列出了哪几点？"]);
  });

  it("states the writer's view as the writer's and asks nothing by a heading that leaves its subject out", () => {
    const mine = makeDoc("pt_mine", "测试文献", "我认为两地今后可从以下几个层面入手。一是扩大渔业往来。二是保护近海资源。三是加强海事救援。");
    const f = list(mine, "一是扩大渔业往来", "以下几个方面", ["扩大渔业往来", "保护近海资源", "加强海事救援"]);
    expect(buildPointQuestions(buildContext({ documents: [mine], facts: [f] })).map((x) => x.front)).toEqual([
      "根据原文，作者认为两地今后可从以下几个层面入手。这几个层面分别是什么？",
    ]);
    // "我处" (the writer's office), a bare "困难" (whose?), a heading ending on 是, one opening on an adverb: no card
    for (const head of ["我处今年要办好以下三件事：", "评论认为，困难主要在于三个环节：", "两地的三条约定是：", "两地合作有了新思路。也开始关注以下三个方面："]) {
      const d = makeDoc("pt_none", "测试文献", `${head}一是扩大渔业往来，二是保护近海资源，三是加强海事救援。`);
      const g = list(d, "一是扩大渔业往来", "三个方面", ["扩大渔业往来", "保护近海资源", "加强海事救援"]);
      expect(buildPointQuestions(buildContext({ documents: [d], facts: [g] }))).toEqual([]);
    }
  });
});

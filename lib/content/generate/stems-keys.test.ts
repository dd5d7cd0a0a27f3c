/**
 * Session 14 (issue #4, acceptability): typed keys a learner writes otherwise (a span of years), and "names" that hold
 * the verb of their sentence (a way of travelling, an office taken).
 */
import { describe, expect, it } from "vitest";
import { fact, makeDoc } from "../../../tests/fixtures/generate/corpus";
import { moreAccepted } from "./accepted-forms";
import { matchesShortAnswer } from "./grade";
import { plausibleWrongFigure } from "./builders/figure-options";
import { itemDistractorPool } from "./builders/concept";
import { corpusOf } from "./test-helpers";
import { generateBank } from "./bank";
import type { CleanDocument as Doc } from "../types";
import { usableAgreement } from "./builders/agreement-names";
import { buildContext } from "./context";
import type { AgreementFact } from "./model";
import { questionFlags } from "./selfcheck";
import { testQuestion } from "@/tests/support/question";

const ctx = buildContext({ documents: [makeDoc("doc_k0", "测试文献", "两国发表联合工作计划。")], facts: [] });

describe("a span of years typed", () => {
  it("accepts the span with a hyphen, a 至, or 年 on each year", () => {
    const also = moreAccepted(ctx, { type: "cloze", answer: "2031—2035", accepted: ["2031—2035"] }, "根据原文填空：双方发表《某某联合工作计划（____）》。");
    expect(also).toEqual(expect.arrayContaining(["2031至2035", "2031年—2035年", "2031到2035"]));
    const typed = { answer: "2031—2035", accepted: ["2031—2035", ...also] };
    for (const t of ["2031-2035", "2031~2035", "2031至2035", "2031年-2035年", "2031年到2035年"]) expect(matchesShortAnswer(t, typed)).toBe(true);
    expect(moreAccepted(ctx, { type: "cloze", answer: "2031年", accepted: ["2031年"] }, "根据原文填空：____，双方发表声明。")).not.toContain("2031-2035");
  });
});

describe("a name that holds its sentence's verb", () => {
  const d = makeDoc("doc_k1", "测试文献", "一名司机回忆，当年从港口到甲城走公路要花一周。根据会议决定，乙国接任某某组织轮值主席国。甲乙经济走廊建设顺利。");
  const agreement = (name: string, category: string, type: string) =>
    fact(d, "agreement", name, { name, category, type, parties: [] } as never) as AgreementFact;

  it("is no road when 走 is how one travels, no body when a country takes its chair", () => {
    expect(usableAgreement(agreement("甲城走公路", "project", "公路"))).toBe(false);
    expect(usableAgreement(agreement("乙国接任某某组织", "organisation", "组织"))).toBe(false);
    expect(usableAgreement(agreement("甲乙经济走廊", "project", "走廊"))).toBe(true);
  });
});

describe("a side named by its character picks the one option of its pair", () => {
  it("中方愿同甲方……: the one option holding that pair gives the answer away", () => {
    const mcq = (prompt: string) =>
      testQuestion({
        type: "mcq",
        prompt,
        options: ["《中缅边贸规划（2031—2035年）》", "《某某海运总体规划》", "《中塔农业合作十年纲要（2031—2040年）》", "《某某合作五年行动计划》"],
        answer: "《中塔农业合作十年纲要（2031—2040年）》",
      });
    expect(questionFlags(mcq("阅读原文，选择填入括号的一项：中方愿与塔方共同实施（    ），扩大农产品往来。"))).toContain("answer-leak");
    expect(questionFlags(mcq("阅读原文，选择填入括号的一项：中方愿与各方共同实施（    ），扩大农产品往来。"))).not.toContain("answer-leak");
  });
});

describe("a term of years a pledge runs for", () => {
  it("is offered only with the terms plans are written for", () => {
    const ok = plausibleWrongFigure("5年", "中方未来5年将为甲国提供500个奖学金名额。", 5);
    expect([3, 10].every(ok)).toBe(true);
    expect([4, 7].some(ok)).toBe(false);
    // a span of time that is no term keeps any wrong number; so does a lease's term
    expect(plausibleWrongFigure("5年", "该港建成已有5年。", 5)(4)).toBe(true);
    expect(plausibleWrongFigure("99年", "该港以特许经营方式交由甲方运营，期限99年。", 99)(75)).toBe(true);
  });
});

describe("the distractors of a list whose items share a verb", () => {
  it("take the verb on only as a value of four characters from a list of no verb: no 坚持气候, no 坚持落实", () => {
    const body = "甲方提出“四个坚持”，即坚持守望相助、坚持共同发展、坚持普遍安全、坚持友好。双方提出“三个推动”，即推动落实、推动深化、推动拓展。两国确定发展、气候、人文三大支柱。双方秉持相互尊重、睦邻友好、互利共赢的原则。";
    const c = corpusOf(body, (d) => [
      fact(d, "concept", "坚持守望相助、坚持共同发展、坚持普遍安全、坚持友好", {
        term: "四个坚持",
        category: "enumeration",
        items: ["坚持守望相助", "坚持共同发展", "坚持普遍安全", "坚持友好"],
      }),
      fact(d, "concept", "推动落实、推动深化、推动拓展", { term: "三个推动", category: "enumeration", items: ["推动落实", "推动深化", "推动拓展"] }),
      fact(d, "concept", "发展、气候、人文", { term: "三大支柱", category: "enumeration", items: ["发展", "气候", "人文"] }),
      fact(d, "concept", "相互尊重、睦邻友好、互利共赢", { term: "原则", category: "principle", items: ["相互尊重", "睦邻友好", "互利共赢"] }),
    ]);
    const pool = itemDistractorPool(buildContext(c), c.facts[0] as never, body).pool;
    expect(pool).not.toContain("坚持气候");
    // nor another verb's items under this one ("推动落实" → "坚持落实"); a value of four characters takes it on
    expect(pool).not.toContain("坚持落实");
    expect(pool).toContain("坚持相互尊重");
    // a word of opposing never goes before another list's principle ("反对互利共赢")
    const against = corpusOf("甲方提出“三个反对”，即反对外空武器化、反对外空军备竞赛、反对将外空作为战场。双方秉持相互尊重、睦邻友好、互利共赢的原则。", (d) => [
      fact(d, "concept", "反对外空武器化、反对外空军备竞赛、反对将外空作为战场", {
        term: "三个反对",
        category: "enumeration",
        items: ["反对外空武器化", "反对外空军备竞赛", "反对将外空作为战场"],
      }),
      fact(d, "concept", "相互尊重、睦邻友好、互利共赢", { term: "原则", category: "principle", items: ["相互尊重", "睦邻友好", "互利共赢"] }),
    ]);
    expect(itemDistractorPool(buildContext(against), against.facts[0] as never, "").pool).toEqual([]);
  });
});

describe("a definition offered against others", () => {
  it("only against definitions of its own document, or of concepts of its kind", () => {
    const def = (d: Doc, term: string, definition: string) => fact(d, "concept", term, { term, category: "definition", definition } as never);
    const c = corpusOf(
      [
        ["doc_d0", "所谓“双轨定位”，是指甲国将乙国同时视为伙伴和对手。"],
        ["doc_d1", "所谓“北陆精神”，是指团结互助、开放包容。所谓“南川方式”，是指协商一致、照顾各方舒适度。所谓“西岭精神”，是指互信互利、平等协商。所谓“东原精神”，是指勤劳勇敢、自强不息。"],
      ],
      ([d0, d1]) => [
        def(d0!, "双轨定位", "甲国将乙国同时视为伙伴和对手"),
        def(d1!, "北陆精神", "团结互助、开放包容"),
        def(d1!, "南川方式", "协商一致、照顾各方舒适度"),
        def(d1!, "西岭精神", "互信互利、平等协商"),
        def(d1!, "东原精神", "勤劳勇敢、自强不息"),
      ],
    );
    const mcqs = generateBank(c).bank.questions.filter((q) => q.type === "mcq" && /的表述，正确的是/u.test(q.prompt));
    expect(mcqs.some((q) => q.prompt.includes("双轨定位"))).toBe(false);
    expect(mcqs.some((q) => q.prompt.includes("北陆精神"))).toBe(true);
  });
});

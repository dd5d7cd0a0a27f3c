/**
 * "Label → bearer" questions (issue #4, session 15): a quoted label the sentence gives to a subject is asked by its
 * subject, not blanked as a formula a student fills without the document. Invented texts only.
 */
import { describe, expect, it } from "vitest";
import { fact, makeDoc } from "../../../tests/fixtures/generate/corpus";
import { generateBank } from "./bank";
import { buildConceptQuestions } from "./builders/concept";
import { cleanBearer, echoesLabel, labelBearer } from "./builders/label-bearer";
import { LAST_RESORT } from "./builders/last-resort";
import { buildContext } from "./context";
import type { ConceptFact } from "./model";

/** The bearer and cue for the quoted `label` of `sentence`. */
function read(sentence: string, label: string, known: string[] = []) {
  const at = sentence.indexOf(label);
  return labelBearer(sentence, { start: at, end: at + label.length }, (n) => known.includes(n));
}

describe("the subject a sentence gives a quoted label to", () => {
  it("is the clause's subject before 被……称为/誉为, the agent kept", () => {
    expect(read("青石桥被当地渔民誉为“彩虹之路”。", "彩虹之路")).toEqual({ bearer: "青石桥", cue: "什么被当地渔民誉为“彩虹之路”" });
    expect(read("北陆港湾一直被称为东海航运的“明灯”。", "明灯")).toEqual({ bearer: "北陆港湾", cue: "什么被称为东海航运的“明灯”" });
  });
  it("is the sentence's first subject when the labelling clause has none, up to its predicate", () => {
    expect(read("松林大桥于2021年建成通车，全长3公里，被当地民众称为“心愿之桥”。", "心愿之桥")).toEqual({ bearer: "松林大桥", cue: "什么被当地民众称为“心愿之桥”" });
    expect(read("此外，北陆水库自1990年投入使用，被称为“山城水缸”。", "山城水缸")?.bearer).toBe("北陆水库");
    // (a first clause with no predicate word to end its subject at names nothing sure)
    expect(read("北陆矿藏丰富，被称为“石头之乡”。", "石头之乡")).toBeUndefined();
  });
  it("is the object of 把/将……称为, with who labels it", () => {
    expect(read("渔民们亲切地把这座灯塔称为“老船长”。", "老船长")).toBeUndefined();
    expect(read("渔民们亲切地把青石灯塔称为“老船长”。", "老船长")).toEqual({ bearer: "青石灯塔", cue: "渔民们亲切地把什么称为“老船长”" });
    // (an adverb alone leaves who labels it in another clause)
    expect(read("北陆自古以来，长期把南川视为自己的“粮仓”。", "粮仓")).toBeUndefined();
  });
  it("is the subject of a copula whose label closes the clause", () => {
    expect(read("茶叶贸易是两地往来的“纽带”。", "纽带")).toEqual({ bearer: "茶叶贸易", cue: "什么是两地往来的“纽带”" });
    expect(read("茶叶贸易是“纽带”的一部分。", "纽带")).toBeUndefined();
    expect(read("茶叶贸易是一个“纽带”。", "纽带")).toBeUndefined();
  });
  it("is none when another subject bears the label too, or the subject is a pronoun, an aspect or an unnamed pair", () => {
    expect(read("渔业合作同样是两地往来的“纽带”。", "纽带")).toBeUndefined();
    expect(read("茶叶贸易也被称为“纽带”。", "纽带")).toBeUndefined();
    expect(read("这座大桥被当地民众称为“心愿之桥”。", "心愿之桥")).toBeUndefined();
    expect(read("两国是“好邻居”。", "好邻居")).toBeUndefined();
    expect(read("北陆外交的核心是“和而不同”。", "和而不同")).toBeUndefined();
  });
  it("drops an agent with no name of its own, and asks a two-character subject only when the corpus knows it as a name", () => {
    expect(read("青石港被两国领导人称为合作的“旗帜”。", "旗帜")?.cue).toBe("什么被称为合作的“旗帜”");
    expect(read("北陆被称为“千湖之国”。", "千湖之国")).toBeUndefined();
    expect(read("北陆被称为“千湖之国”。", "千湖之国", ["北陆"])?.bearer).toBe("北陆");
  });
  it("cleans lead words and adverbs off the subject, and refuses one holding its label", () => {
    expect(cleanBearer("此外青石桥也", "彩虹之路")).toBe("青石桥");
    expect(cleanBearer("彩虹之路工程", "彩虹之路")).toBeUndefined();
  });
});

describe("a label that echoes its answer among the options", () => {
  it("shares a character with the answer that one distractor at most shares", () => {
    expect(echoesLabel("星空之家", "北陆星站", ["南川水电站", "东屿港", "西原桥"])).toBe(true);
    expect(echoesLabel("心愿之桥", "松林大桥", ["青石桥", "白沙大桥", "东屿港"])).toBe(false);
    expect(echoesLabel("山城水缸", "北陆水库", ["南川水电站", "东屿水厂", "西原港"])).toBe(false);
  });
});

describe("a concept's label asked by its bearer", () => {
  const body = "松林大桥于2021年建成通车，全长3公里，被当地民众称为“心愿之桥”。白沙大桥于2015年建成。青石大桥于2010年建成。东屿大桥于2008年建成。";
  const d = makeDoc("doc_lb", "北陆桥梁", body);
  const label = fact(d, "concept", "心愿之桥", { term: "心愿之桥", category: "slogan" }) as ConceptFact;
  const bridges = ["松林大桥", "白沙大桥", "青石大桥", "东屿大桥"].map((n) => fact(d, "agreement", n, { name: n, category: "project", type: "大桥", parties: [] } as never));
  const corpus = { documents: [d], facts: [label, ...bridges] };

  it("gets a flashcard and, with others of the subject's kind in the corpus, an mcq on them", () => {
    const drafts = buildConceptQuestions(buildContext(corpus), label);
    const card = drafts.find((x) => x.variant === "label-bearer-card");
    expect(card?.front).toBe("原文中，什么被当地民众称为“心愿之桥”？");
    expect(card?.back).toBe("松林大桥");
    const mcq = drafts.find((x) => x.variant === "label-bearer-mcq");
    expect(mcq?.prompt).toBe("根据原文，下列哪一项被当地民众称为“心愿之桥”？");
    expect(mcq?.answer).toBe("松林大桥");
    expect([...(mcq?.options ?? [])].sort()).toEqual(["东屿大桥", "松林大桥", "白沙大桥", "青石大桥"].sort());
  });
  it("keeps the label's own blank only as the fact's last resort, so the bank asks the bearer", () => {
    const drafts = buildConceptQuestions(buildContext(corpus), label);
    for (const x of drafts.filter((y) => y.variant.startsWith("term-"))) expect(x.flags).toContain(LAST_RESORT);
    const bank = generateBank(corpus).bank;
    const asked = bank.questions.filter((q) => q.factIds.includes(label.id));
    expect(asked.length).toBeGreaterThan(0);
    expect(asked.every((q) => q.tags.includes("label-bearer"))).toBe(true);
  });
  it("tests the agreement the label is also read as, whose own blank of the label goes as well", () => {
    const d3 = makeDoc("doc_lb3", "北陆桥梁", `北陆与南川两国签署协议。${body}`);
    const label3 = fact(d3, "concept", "心愿之桥", { term: "心愿之桥", category: "slogan" });
    const named = fact(d3, "agreement", "心愿之桥", { name: "心愿之桥", category: "initiative", type: "之桥", parties: ["北陆"] } as never);
    const others = ["松林大桥", "白沙大桥"].map((n) => fact(d3, "agreement", n, { name: n, category: "project", type: "大桥", parties: [] } as never));
    const bank = generateBank({ documents: [d3], facts: [label3, named, ...others] }).bank;
    const asked = bank.questions.filter((q) => q.factIds.includes(named.id));
    expect(asked.length).toBeGreaterThan(0);
    expect(asked.every((q) => q.tags.includes("label-bearer"))).toBe(true);
  });
  it("is not asked when the document gives the label in another sentence too", () => {
    const d2 = makeDoc("doc_lb2", "北陆桥梁", `${body}白沙大桥也常被称为“心愿之桥”。`);
    const f2 = fact(d2, "concept", "心愿之桥", { term: "心愿之桥", category: "slogan" }) as ConceptFact;
    const drafts = buildConceptQuestions(buildContext({ documents: [d2], facts: [f2] }), f2);
    expect(drafts.some((x) => x.variant.startsWith("label-bearer"))).toBe(false);
  });
});

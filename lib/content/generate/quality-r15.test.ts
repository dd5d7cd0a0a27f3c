/**
 * Round 15, on invented text: a chat message's aside before what it says, a web page's buttons and
 * notes labels, 那次/那边 pointing into an earlier message, a section of a line never named, 全省 of no
 * province (named from the page's own province when it has one), an abstract's 指出, a section of a railway
 * named, 雙方/兩國 named, 此后 after a dated sentence.
 */
import { describe, expect, it } from "vitest";
import { fact, makeDoc } from "../../../tests/fixtures/generate/corpus";
import { buildContext, DANGLING_INSIDE, passageOf } from "./context";
import { UNNAMED_PAIR, withPairNamed } from "./parties";
import { artefactFlags, questionFlags, unnamedWhole } from "./selfcheck";
import { actorsOf, provinceOf, shortCountryOf, tidyShown, withNamedActors, withoutChatLead, withoutSpeakerLabel } from "./tidy";
import { testQuestion as q } from "@/tests/support/question";

describe("a chat message's aside", () => {
  it("goes before the sentence it introduces", () => {
    expect(withoutChatLead("运输这块我先列几个数：2031年甲乙两国货运量约12万吨。")).toBe("2031年甲乙两国货运量约12万吨。");
    expect(withoutChatLead("@老王 这个我来补：2030年甲国与乙国签署《丙协定》。")).toBe("2030年甲国与乙国签署《丙协定》。");
    expect(withoutChatLead("成立“丁论坛”要写具体一点：2032年5月，丁论坛在甲市成立。")).toBe("2032年5月，丁论坛在甲市成立。");
    expect(withoutChatLead("根据原文填空：简单讲就行：____甲国加入丁组织。")).toBe("根据原文填空：____甲国加入丁组织。");
  });
  it("leaves a speaker's statement and an instruction alone", () => {
    expect(withoutChatLead("甲国外长表示：两国将扩大合作。")).toBe("甲国外长表示：两国将扩大合作。");
    expect(withoutChatLead("阅读原文，选择填入括号的一项：甲国于2030年加入（    ）。")).toBe("阅读原文，选择填入括号的一项：甲国于2030年加入（    ）。");
    expect(withoutChatLead("这块地于2030年划入开发区，面积约3平方公里。")).toBe("这块地于2030年划入开发区，面积约3平方公里。");
  });
  it("is part of what every shown text gets", () => {
    expect(tidyShown("根据原文填空：贸易这块我先放几个数：2031年甲乙贸易额约____亿美元。")).toBe("根据原文填空：2031年甲乙贸易额约____亿美元。");
  });
});

describe("notes labels and a web page's buttons", () => {
  it("温馨提示：/补充：/【打印本页】 before a sentence go", () => {
    expect(withoutSpeakerLabel("温馨提示：2031年甲国对乙国出口增长5%。")).toBe("2031年甲国对乙国出口增长5%。");
    expect(withoutSpeakerLabel("补充：甲国2030年成为丁银行成员。")).toBe("甲国2030年成为丁银行成员。");
    expect(tidyShown("【打印本页】【关闭窗口】编者按：《甲乙协定》已于2031年1月1日生效。")).toBe("《甲乙协定》已于2031年1月1日生效。");
  });
  it("a page's links and buttons inside a sentence are an artefact", () => {
    expect(artefactFlags("甲部门解读《丙协定》【我要纠错】【打印本页】")).toContain("artefact:glued");
    expect(artefactFlags("相关链接：甲部门负责人解读丙协定")).toContain("artefact:glued");
    expect(artefactFlags("扫一扫在手机打开当前页")).toContain("artefact:glued");
    expect(artefactFlags("甲国与乙国签署了相关链接协议的补充条款。")).not.toContain("artefact:glued");
  });
});

describe("那次, 那边 pointing into an earlier message", () => {
  it("are dangling", () => {
    expect(DANGLING_INSIDE.test("2031年是乙总理去的那次。")).toBe(true);
    expect(DANGLING_INSIDE.test("丁公司都在那边有项目")).toBe(true);
    expect(questionFlags(q({ type: "cloze", prompt: "根据原文填空：哦，____是乙总理去的那次。", answer: "2031年" }))).toContain("dangling-reference");
  });
  it("a place's 那边 is a side, not a pointer", () => {
    expect(DANGLING_INSIDE.test("主要是甲国那边大旱")).toBe(false);
  });
});

describe("a part of something never named", () => {
  it("a section of a line with no line named", () => {
    expect(unnamedWhole("甲国段于2030年4月签署总承包合同，预计2033年完工。")).toBe(true);
    expect(unnamedWhole("乙城至丙城段完工是在什么时候？")).toBe(true);
    expect(unnamedWhole("甲乙铁路甲国段在乙城举行奠基仪式是在什么时候？")).toBe(false);
    expect(unnamedWhole("甲乙铁路全长300公里，其中甲国段于2030年开工。")).toBe(false);
    expect(unnamedWhole("2031年5月，乙城至丙城段已通车。")).toBe(true);
  });
  it("全省/全市 of no province or city", () => {
    expect(unnamedWhole("截至2031年底，全省共有外贸企业2万家。")).toBe(true);
    expect(unnamedWhole("截至2031年底，甲江省全省共有外贸企业2万家。")).toBe(false);
  });
  it("an abstract's 指出 opening the event", () => {
    expect(unnamedWhole("指出两国关系提升为全面战略伙伴关系是在什么时候？")).toBe(true);
    expect(unnamedWhole("2031年，指出两国关系提升为全面战略伙伴关系。")).toBe(true);
    // a blank before it is the blank's clause, not an opening
    expect(unnamedWhole("（    ），强调这四项原则是共同财富")).toBe(false);
  });
  it("drops the question", () => {
    expect(questionFlags(q({ type: "cloze", prompt: "根据原文填空：截至2031年底，全省共有外贸企业____万家。", answer: "2" }))).toContain("dangling-reference");
    expect(questionFlags(q({ type: "cloze", prompt: "根据原文填空：甲国段于____签署总承包合同。", answer: "2030年4月" }))).toContain("dangling-reference");
  });
});

describe("the province a provincial body's page speaks for", () => {
  const doc = "发布机构：甲江省商务厅\n截至2031年底，全省共有外贸企业2万家。我厅将举办培训。\n主办单位：甲江省商务厅 地址：乙州市省府路1号";
  it("is found when one province is named twice and the text says 全省/我省", () => {
    expect(provinceOf(doc)).toBe("甲江省");
    expect(provinceOf(doc.replace(/全省/gu, "本地"))).toBeUndefined();
    expect(provinceOf(`${doc}丙山省代表团来访。丙山省`)).toBeUndefined();
  });
  it("names 全省/我省 and 我厅", () => {
    const actors = actorsOf("问答", doc);
    expect(withNamedActors("截至2031年底，全省共有外贸企业（    ）家，2031年全省出口增长5%。", actors)).toBe("截至2031年底，甲江省共有外贸企业（    ）家，2031年甲江省出口增长5%。");
    expect(withNamedActors("我厅将于2032年1月举办培训。", actors)).toBe("甲江省商务厅将于2032年1月举办培训。");
  });
});

describe("a section of a railway at a clause start", () => {
  it("takes the railway the document names", () => {
    const d = makeDoc("doc_r15a", "北陆铁路", "甲乙铁路全长约300公里，是两国合作的旗舰项目。\n\n甲乙铁路由两国企业共同承建。\n\n甲国段于2030年4月签署总承包合同，预计2033年完工。");
    const f = fact(d, "date", "2030年4月", { iso: "2030-04", precision: "month", text: "2030年4月", inferred: false } as never);
    const p = passageOf(buildContext({ documents: [d], facts: [f] }), f);
    expect(p.text).toBe("甲乙铁路甲国段于2030年4月签署总承包合同，预计2033年完工。");
  });
  it("leaves a 段 the sentence names alone, and words that end in 段", () => {
    const d = makeDoc("doc_r15b", "北陆铁路", "甲乙铁路全长约300公里。\n\n甲乙铁路由两国企业共同承建。\n\n现阶段于2030年开始试运行。");
    const f = fact(d, "date", "2030年", { iso: "2030", precision: "year", text: "2030年", inferred: false } as never);
    const p = passageOf(buildContext({ documents: [d], facts: [f] }), f);
    expect(p.text).not.toContain("甲乙铁路现阶段");
  });
});

describe("雙方/兩國 in traditional script", () => {
  it("take the pair the text before names", () => {
    expect(UNNAMED_PAIR.test("二〇三一年八月，雙方發表聯合公報")).toBe(true);
    expect(withPairNamed("二〇三一年八月，雙方發表聯合公報", "中甲")?.text).toBe("二〇三一年八月，中甲雙方發表聯合公報");
    expect(withPairNamed("兩國關係良好", "中甲")).toBeUndefined();
  });
});

describe("a partner written by one ambiguous character", () => {
  const doc = "中斯关系源远流长。斯里兰卡是友好邻邦。中斯合作不断深化。斯里兰卡总统访华。中斯两国发表声明。";
  it("is found when the pair is written three times and the full name twice", () => {
    expect(shortCountryOf(doc)).toEqual(["斯", "斯里兰卡"]);
    expect(shortCountryOf("中斯关系。中斯合作。斯里兰卡。")).toBeUndefined();
    expect(shortCountryOf("中土关系。中土合作。中土两国。土耳其和土库曼斯坦，土耳其，土库曼斯坦。")).toBeUndefined();
  });
  it("stands for the full name where it stands alone", () => {
    const actors = actorsOf("中斯关系", doc);
    expect(withNamedActors("2031年，甲主席对斯进行国事访问，中方向斯方提供援助，赴斯游客增长。", actors)).toBe("2031年，甲主席对斯里兰卡进行国事访问，中方向斯里兰卡方提供援助，赴斯里兰卡游客增长。");
    expect(withNamedActors("俄罗斯方面表示，斯里兰卡政府欢迎。", actors)).toBe("俄罗斯方面表示，斯里兰卡政府欢迎。");
    expect(withNamedActors("截至2031年底，中国对斯直接投资约10亿美元，在斯中资企业超过百家。", actors)).toBe("截至2031年底，中国对斯里兰卡直接投资约10亿美元，在斯里兰卡中资企业超过百家。");
  });
});

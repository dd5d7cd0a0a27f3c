/**
 * Round 13, on invented text: the railway, port or pipeline a passage speaks of with a bare word, named
 * from the text before it; a table row of a year and a title; a year that is part of a name; a count of
 * a generic noun asked with no owner; a list item that took the 为 after it; options written like the answer.
 */
import { describe, expect, it } from "vitest";
import { fact, makeDoc } from "../../../tests/fixtures/generate/corpus";
import { buildContext, passageOf } from "./context";
import { pickDistractors } from "./distractors";
import { questionFlags } from "./selfcheck";
import { actorsOf, tidyShown, withNamedActors } from "./tidy";
import { testQuestion as q } from "@/tests/support/question";

describe("a fact sheet's topic before a line", () => {
  it("基础设施：, 港口物流：, 数字经济： go; a topic inside a statement stays", () => {
    expect(tidyShown("根据原文填空：基础设施：甲乙高速铁路二期工程全长158公里，于____通车。")).toBe("根据原文填空：甲乙高速铁路二期工程全长158公里，于____通车。");
    expect(tidyShown("港口物流：2031年9月，甲公司收购乙码头65%的股权。")).toBe("2031年9月，甲公司收购乙码头65%的股权。");
    expect(tidyShown("双方在基础设施、数字经济等领域合作。")).toBe("双方在基础设施、数字经济等领域合作。");
    expect(tidyShown("能源合作：双方将扩大投资。")).toBe("能源合作：双方将扩大投资。");
  });
});

describe("a table row of a year and a title", () => {
  const doc = "甲组织成立于2001年。\n\n表1　甲组织安全合作主要文件\n\n2001年：《甲公约》\n\n2009年：《乙公约》\n\n在理念层面，甲组织倡导合作。";
  it("is asked with the table's caption", () => {
    const actors = actorsOf("甲组织研究", doc);
    expect(withNamedActors("根据原文填空：____：《乙公约》。", actors)).toBe("根据原文填空：表格“甲组织安全合作主要文件”中，《乙公约》对应的年份是____。");
  });
  it("a title no captioned table lists, or a row with its event, stays", () => {
    const actors = actorsOf("甲组织研究", doc);
    expect(withNamedActors("根据原文填空：____：《丙公约》。", actors)).toBe("根据原文填空：____：《丙公约》。");
    expect(withNamedActors("根据原文填空：____：《乙公约》签署。", actors)).toBe("根据原文填空：____：《乙公约》签署。");
    expect(withNamedActors("根据原文填空：____：《乙公约》。", actorsOf("甲组织研究", "2009年：《乙公约》"))).toBe("根据原文填空：____：《乙公约》。");
  });
});

describe("a list item that took the 为 after it", () => {
  const source = { documentId: "d", start: 0, end: 1, quote: "以贸易、投资、金融合作为“三大引擎”，以甲、乙为“两翼”。" };
  it("is a cut answer", () => {
    expect(questionFlags(q({ type: "flashcard", prompt: "p", front: "“三大引擎”包括哪几项内容？", back: "贸易、投资、金融合作为", source }))).toContain("artefact:answer-edge");
  });
  it("a word ending in 为 is not", () => {
    const s2 = { ...source, quote: "坚持授人以渔、量力而行、尽力而为，开展合作。" };
    expect(questionFlags(q({ type: "multi", prompt: "p（    ）", options: ["授人以渔", "量力而行", "尽力而为", "甲"], answer: ["授人以渔", "量力而行", "尽力而为"], source: s2 }))).not.toContain(
      "artefact:answer-edge",
    );
  });
});

describe("options written like the answer", () => {
  it("an answer without 《》 gets options without 《》", () => {
    const ds = pickDistractors(["《关于甲的谅解备忘录》", "《关于乙的谅解备忘录》", "关于丙的谅解备忘录"], "关于丁的合作备忘录", 3, "s");
    expect(ds).not.toBeNull();
    expect(ds!.every((d) => !/[《》]/u.test(d))).toBe(true);
  });
  it("an answer in 《》 keeps its options as they are", () => {
    expect(pickDistractors(["《关于甲的谅解备忘录》", "《关于乙的谅解备忘录》", "《关于丙的谅解备忘录》"], "《关于丁的合作备忘录》", 3, "s")!.every((d) => /^《.*》$/u.test(d))).toBe(true);
  });
  it("a clause caught as a name, or the answer with other small words, is never offered", () => {
    const ds = pickDistractors(["包括共建某某谅解备忘录", "关于共建某某的谅解备忘录", "关于甲的谅解备忘录", "关于乙的谅解备忘录", "关于丙的谅解备忘录"], "共建某某合作谅解备忘录", 3, "s");
    expect(ds).not.toContain("包括共建某某谅解备忘录");
    expect(ds).not.toContain("关于共建某某的谅解备忘录");
  });
});

describe("two partnership levels that differ by 合作", () => {
  it("are both offered", () => {
    const ds = pickDistractors(["战略合作伙伴关系", "全面战略伙伴关系", "同盟关系"], "战略伙伴关系", 3, "s", { strict: false });
    expect(ds).toContain("战略合作伙伴关系");
  });
});

describe("table layout in shown lines, continued", () => {
  it("a notes label 某某层面： and a glued 备注 go", () => {
    expect(tidyShown("阅读原文，选择填入括号的一项：中阿层面：中阿合作论坛（2031年成立，秘书处设在开罗____总部）。")).toBe(
      "阅读原文，选择填入括号的一项：中阿合作论坛（2031年成立，秘书处设在开罗____总部）。",
    );
    expect(tidyShown("2031年：甲国住房项目交付使用，备注共1996套住房。")).toBe("2031年：甲国住房项目交付使用，共1996套住房。");
    expect(tidyShown("双方在政治层面保持沟通。")).toBe("双方在政治层面保持沟通。");
  });
  it("a slashed or dashed day before a line is written out", () => {
    expect(tidyShown("2031/5/17：甲国大厦竣工。")).toBe("2031年5月17日：甲国大厦竣工。");
    expect(tidyShown("2031-09-17：两国元首出席开工仪式。")).toBe("2031年9月17日：两国元首出席开工仪式。");
    expect(tidyShown("增长2031/5。")).toBe("增长2031/5。");
  });
});

describe("a speaker's own voice", () => {
  it("我可以告诉你的是，/我认为， go; 我用…概括 dangles", () => {
    const d = makeDoc("doc_s1", "记者会", "发言人：关于甲线的进展，建议你向主管部门询问。我可以告诉你的是，中方始终秉持平等互利、合作共赢的原则，同中亚国家开展能源合作。");
    const f = fact(d, "concept", "合作共赢", { term: "合作共赢", category: "slogan" } as never);
    expect(passageOf(buildContext({ documents: [d], facts: [f] }), f).text).toBe("中方始终秉持平等互利、合作共赢的原则，同中亚国家开展能源合作。");
    expect(questionFlags(q({ type: "cloze", prompt: "根据原文填空：我用三个词概括：____、开放、包容。", answer: "务实" }))).toContain("dangling-reference");
    expect(questionFlags(q({ type: "cloze", prompt: "根据原文填空：我国于2031年加入____。", answer: "甲组织" }))).toContain("dangling-reference");
  });
  it("a speaker's label 受访者（…）： goes", () => {
    expect(tidyShown("根据原文填空：受访者（报关员）：现在实行“____”，最快几个小时就能通关。")).toBe("根据原文填空：现在实行“____”，最快几个小时就能通关。");
  });
});

describe("last self-check rules of round 13", () => {
  it("上一次 at the start points at an event not shown", () => {
    expect(questionFlags(q({ type: "cloze", prompt: "根据原文填空（填数字）：上一次是2031年3月，当时双方签署了总金额约____亿美元的合作协议。", answer: "400" }))).toContain("dangling-reference");
  });
  it("过去（    ） → 一年 is a trivial blank", () => {
    expect(questionFlags(q({ type: "flashcard", prompt: "p", front: "过去（    ），甲省坚持以制度型开放为重点。 括号中应是什么？", back: "一年" }))).toContain("trivial-blank");
    expect(questionFlags(q({ type: "flashcard", prompt: "p", front: "甲乙两国用（    ）完成谈判。 括号中应是什么？", back: "一年" }))).not.toContain("trivial-blank");
  });
  it("a count with its noun, the list right after 即, gives the answer away", () => {
    expect(questionFlags(q({ type: "cloze", prompt: "根据原文填空：双方重点推进“____”合作，即基础设施、能源矿产、农业和数字经济。", answer: "四个领域" }))).toContain("answer-leak");
    expect(questionFlags(q({ type: "cloze", prompt: "根据原文填空：双方重点推进“____”合作，即基础设施、能源矿产和农业。", answer: "四个领域" }))).not.toContain("answer-leak");
  });
});

describe("sample r13-unseen-5 rules", () => {
  it("a forum whose name holds a region, and 联合国 or 国际, name no side: 双方 is named", () => {
    const d = makeDoc("doc_v1", "中华人民共和国和越南社会主义共和国联合声明", "中越关系。\n\n双方同意在联合国、亚太经合组织等多边框架内保持密切沟通，共同维护以联合国为核心的国际体系。");
    const f = fact(d, "agreement", "亚太经合组织", { name: "亚太经合组织", category: "organisation", type: "组织", parties: [] } as never);
    expect(passageOf(buildContext({ documents: [d], facts: [f] }), f).text).toMatch(/^中越双方同意在联合国、亚太经合组织/u);
  });
  it("a row of figures under a label is glued layout", () => {
    expect(questionFlags(q({ type: "true_false", prompt: "判断正误（依据原文）：面积：278平方公里，30平方公里。", answer: true }))).toContain("artefact:glued");
    expect(questionFlags(q({ type: "true_false", prompt: "判断正误（依据原文）：甲乙园区面积278平方公里，开发面积30平方公里。", answer: true }))).not.toContain("artefact:glued");
  });
  it("a time span asked as a figure at the start, a description of several documents as the answer", () => {
    expect(questionFlags(q({ type: "flashcard", prompt: "p", front: "（    ），中国累计派出维和人员5万余人次。 括号中的数字是多少？", back: "30多年来" }))).toContain("ambiguous-blank");
    expect(questionFlags(q({ type: "flashcard", prompt: "p", front: "2031年，甲国访华，双方签署（    ）。 括号中应是什么？", back: "关于经济技术合作和文化交流的多项协议" }))).toContain("ambiguous-blank");
    expect(questionFlags(q({ type: "flashcard", prompt: "p", front: "2031年，双方签署（    ）。 括号中应是什么？", back: "关于经济技术合作的协议" }))).not.toContain("ambiguous-blank");
  });
  it("the pair in the prompt picks the one option that names its country", () => {
    const mcq = (prompt: string) =>
      q({
        type: "mcq",
        prompt,
        options: ["《中华人民共和国和秘鲁共和国联合声明》", "《中华人民共和国和土耳其共和国联合声明》", "《中华人民共和国和俄罗斯联邦联合声明》", "《中华人民共和国和塞尔维亚共和国联合声明》"],
        answer: "《中华人民共和国和俄罗斯联邦联合声明》",
      });
    expect(questionFlags(mcq("阅读原文，选择填入括号的一项：中俄两国元首签署并发表（    ）。"))).toContain("answer-leak");
    expect(questionFlags(mcq("阅读原文，选择填入括号的一项：2031年，两国元首签署并发表（    ）。"))).not.toContain("answer-leak");
  });
});

describe("sample r13-sources-1 rules", () => {
  it("the count of one-character countries listed with 、 before the blank gives it away", () => {
    expect(questionFlags(q({ type: "flashcard", prompt: "p", front: "2031年，哈、乌、吉（    ）元首签署了《某条约》。 括号中应是什么？", back: "三国" }))).toContain("answer-leak");
    expect(questionFlags(q({ type: "flashcard", prompt: "p", front: "2031年，哈、乌（    ）元首签署了《某条约》。 括号中应是什么？", back: "三国" }))).not.toContain("answer-leak");
  });
  it("a preposition cut into the answer", () => {
    expect(questionFlags(q({ type: "flashcard", prompt: "p", front: "为双方携手推进共同现代化、（    ）方向砥砺前行提供了遵循。 括号中应是什么？", back: "朝着甲乙命运共同体" }))).toContain("artefact:answer-edge");
    expect(questionFlags(q({ type: "flashcard", prompt: "p", front: "双方携手构建（    ）。 括号中应是什么？", back: "甲乙命运共同体" }))).not.toContain("artefact:answer-edge");
  });
});

describe("sample r13-unseen-6 rules", () => {
  it("a quoted count label with the list after 即, and a blank before 总领事", () => {
    expect(questionFlags(q({ type: "flashcard", prompt: "p", front: "双方重点推进（    ）合作，即基础设施、能源矿产、农业和数字经济。 括号中应是什么？", back: "“四个领域”" }))).toContain("answer-leak");
    expect(questionFlags(q({ type: "cloze", prompt: "根据原文填空：____總領事在接受本報專訪時形容兩國關係。", answer: "泰國駐港" }))).toContain("artefact:answer-edge");
    expect(questionFlags(q({ type: "cloze", prompt: "根据原文填空：____在接受本報專訪時形容兩國關係。", answer: "泰國駐港總領事" }))).not.toContain("artefact:answer-edge");
  });
});

describe("sample r13-unseen-7 rules", () => {
  it("a speaker's self-correction reads as what he settled on; an English gloss after 就是 goes", () => {
    expect(tidyShown("然后两千零三十五年，不对，是两千零三十七年五月，甲国总统来北京。")).toBe("然后两千零三十七年五月，甲国总统来北京。");
    expect(tidyShown("特许经营期是三十年，不对，是二十七年。")).toBe("特许经营期是二十七年。");
    expect(tidyShown("运送集装箱两百七十多万个标准箱，就是TEU。")).toBe("运送集装箱两百七十多万个标准箱。");
    expect(tidyShown("坚持不结盟、不对抗、不针对第三方的原则。")).toBe("坚持不结盟、不对抗、不针对第三方的原则。");
    expect(tidyShown("截至2031年五月，就是通车七周年的时候。")).toBe("截至2031年五月，就是通车七周年的时候。");
  });
  it("an answer that alone opens on a verb gives itself away in an mcq", () => {
    const mcq = (o: string) => q({ type: "mcq", prompt: "阅读原文，选择填入括号的一项：甲国总统倡议（    ）。", options: ["甲银行", "乙银行", o, "筹建丁银行"], answer: "筹建丁银行" });
    expect(questionFlags(mcq("丙银行"))).toContain("answer-leak");
    expect(questionFlags(mcq("设立丙基金"))).not.toContain("answer-leak");
  });
  it("no clause, no pair of actors, no verb-led name among the options", () => {
    const ds = pickDistractors(["未来三年培养200名港口", "资金主要来自某银行", "甲国与乙进出口银行", "筹建丙银行", "丁港口", "戊港口", "己港口"], "庚港口", 3, "s");
    expect(ds).not.toBeNull();
    expect(ds!.some((d) => /培养|资金|与|筹建/u.test(d))).toBe(false);
  });
});

describe("sample r13-unseen-8 rules", () => {
  it("a blank that leaves 有限责任公司 outside; a notice's label", () => {
    expect(questionFlags(q({ type: "cloze", prompt: "根据原文填空：2031年，甲港开工，由____有限责任公司承建。", answer: "中国甲乙工程" }))).toContain("artefact:answer-edge");
    expect(tidyShown("根据原文填空：发布一条消息：应甲国政府邀请，外交部长将于____访问甲国。")).toBe("根据原文填空：应甲国政府邀请，外交部长将于____访问甲国。");
    expect(tidyShown("他在会上发布了一条重要消息。")).toBe("他在会上发布了一条重要消息。");
  });
});

describe("sample r13-unseen-10 rules", () => {
  it("a generic document type is no answer", () => {
    expect(questionFlags(q({ type: "cloze", prompt: "根据原文填空：中方与某委员会秘书处于2031年签署了____，双方开展联合研究。", answer: "合作谅解备忘录" }))).toContain("ambiguous-blank");
    expect(questionFlags(q({ type: "cloze", prompt: "根据原文填空：中方与某委员会秘书处于2031年签署了____，双方开展联合研究。", answer: "甲乙水资源合作谅解备忘录" }))).not.toContain("ambiguous-blank");
  });
  it("an anniversary stated under a year with no country", () => {
    expect(questionFlags(q({ type: "true_false", prompt: "判斷正誤：2035年，建交五十周年。", answer: true }))).toContain("dangling-reference");
    expect(questionFlags(q({ type: "true_false", prompt: "判斷正誤：2035年，中泰建交五十周年。", answer: true }))).not.toContain("dangling-reference");
  });
  it("a count label after the list it counts (以甲、乙、丙为“（    ）”)", () => {
    expect(questionFlags(q({ type: "cloze", prompt: "根据原文填空：以能源、交通、农业为“____”。", answer: "三大领域" }))).toContain("answer-leak");
    expect(questionFlags(q({ type: "cloze", prompt: "根据原文填空：以能源、交通为“____”。", answer: "三大领域" }))).not.toContain("answer-leak");
  });
});

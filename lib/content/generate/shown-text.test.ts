/**
 * Artefacts and markup in what a question shows: running heads, footnote marks, tables and rows,
 * notes labels, datelines, chat/live/mail stamps, asides, cues and speakers' labels.
 */
import { describe, expect, it } from "vitest";
import { fact, makeDoc } from "../../../tests/fixtures/generate/corpus";
import type { Corpus } from "../types";
import { generateBank } from "./bank";
import { buildContext, cutsQuotedWord, DANGLING_INSIDE, onCommentLine, passageOf, stripFootnoteMarks, tidyStart } from "./context";
import { artefactFlags, notContent, questionFlags, unnamedCountries, unstatedSubject } from "./selfcheck";
import { mcq } from "./test-helpers";
import { actorsOf, tidyExplanation, tidyShown, withRelativeYearSaid, withRelativeYearsResolved, withNamedActors, withoutKeyLabel, withoutChatLead, withoutDateline, withoutGreeting, withoutInlineHead, withoutListNumber, withoutLiveStamp, withoutSpokenFrame, withoutRunningHead, withoutSpeakerLabel, withoutStageDirection, withoutStrandedDate, withoutTable } from "./tidy";
import { testQuestion as q } from "@/tests/support/question";

const source = { documentId: "d", start: 0, end: 1, quote: "x" };

describe("handouts, notes and transcripts", () => {
  it("flags a lesson plan's objectives as labels", () => {
    expect(artefactFlags("知识目标：了解甲乙两国自____建交以来关系发展的主要阶段。")).toContain("artefact:glued");
    expect(artefactFlags("素养目标：理解“（    ）”，增强政治认同。")).toContain("artefact:glued");
    expect(artefactFlags("两国的目标是到2030年实现贸易额翻番。")).not.toContain("artefact:glued");
  });
  it("cuts a speech's greeting and a statement's dateline, unless the blank is in them", () => {
    expect(withoutGreeting("……尊敬的各位部长，女士们，先生们，朋友们：大家好！很高兴来到某城，出席（    ）。")).toBe("很高兴来到某城，出席（    ）。");
    expect(withoutGreeting("甲乙两国关于深化（    ）的联合声明（全文）新华社某城5月1日电应某某邀请……")).toBe("甲乙两国关于深化（    ）的联合声明");
    expect(withoutGreeting("尊敬的（    ）秘书长阁下，朋友们：大家好！")).toBe("尊敬的（    ）秘书长阁下，朋友们：大家好！");
    expect(artefactFlags("尊敬的（    ）秘书长阁下，朋友们：大家好！")).toContain("artefact:glued");
  });
  it("cuts a stage direction", () => {
    expect(withoutStageDirection("（热烈掌声）双方一致同意建立（    ）。")).toBe("双方一致同意建立（    ）。");
    expect(tidyShown("根据原文填空：我们愿意合作（掌声、笑声），共同发展。")).toBe("根据原文填空：我们愿意合作，共同发展。");
  });
  it("cuts a list number after the instruction", () => {
    expect(withoutListNumber("根据原文填空：八、务实合作方面，双方同意推进____。")).toBe("根据原文填空：务实合作方面，双方同意推进____。");
    expect(withoutListNumber("判断正误（依据原文）：（三）双方同意推进某项目。")).toBe("判断正误（依据原文）：双方同意推进某项目。");
    expect(withoutListNumber("根据原文填空：甲乙双方签署了第（二）项____。")).toBe("根据原文填空：甲乙双方签署了第（二）项____。");
  });
});

describe("sample 2's causes", () => {
  it("flags a bare 机制 and a 由此 inside a clause", () => {
    expect(unstatedSubject("2019年在某城举行第八次会议以后，机制中断了（    ）。")).toBe(true);
    expect(unstatedSubject("甲方主张各方妥善处理由此产生的（    ）问题。")).toBe(true);
    expect(unstatedSubject("甲乙两国签署协定，由此形成了（    ）机制。")).toBe(false);
    expect(unstatedSubject("甲乙对话机制中断了三年。")).toBe(false);
  });
  it("flags a post's metadata and a section heading glued after a date", () => {
    expect(artefactFlags("来源：某某研究中心发布时间：2024-01-02是在什么时候？")).toContain("artefact:glued");
    expect(artefactFlags("判断正误：2001—2010年，二、伙伴关系不断提升。")).toContain("artefact:glued");
    expect(artefactFlags("两国关系分为三个阶段，第一阶段始于2001年。")).not.toContain("artefact:glued");
  });
  it("flags a blank that cuts 对话伙伴", () => {
    const flags = questionFlags(q({ type: "cloze", prompt: "根据原文填空：2001年，甲国成为____伙伴。", answer: "某某组织对话" }));
    expect(flags).toContain("artefact:answer-edge");
  });
  it("cuts a teacher's label and a speaker's label left before a cut", () => {
    expect(tidyShown("根据原文填空：教师补充：____甲国担任主席国。")).toBe("根据原文填空：____甲国担任主席国。");
    expect(tidyShown("发言人，……并签署（    ）。")).toBe("……并签署（    ）。");
  });
});

describe("sample 3's causes, continued", () => {
  it("flags three countries executing a plan they are never named in", () => {
    expect(questionFlags(q({ type: "flashcard", prompt: "p", front: "2021年至2025年，三国执行第三期（    ），确定了八个优先领域。", back: "《甲乙丙环境合作行动计划》" }))).toContain("dangling-reference");
    expect(questionFlags(q({ type: "cloze", prompt: "根据原文填空：2021年，三国执行第三期《中蒙俄生态合作计划》，确定了____个优先领域。", answer: "八" }))).not.toContain("dangling-reference");
  });
  it("flags a meeting blanked as the object of 建立", () => {
    const flags = questionFlags(q({ type: "mcq", prompt: "阅读原文，选择填入括号的一项：2021年，甲乙建立（    ）以视频方式举行。", options: ["对话关系30周年纪念峰会", "甲", "乙", "丙"], answer: "对话关系30周年纪念峰会" }));
    expect(flags).toContain("artefact:answer-edge");
    expect(questionFlags(q({ type: "cloze", prompt: "根据原文填空：2021年，甲乙建立____。", answer: "全面战略伙伴关系" }))).not.toContain("artefact:answer-edge");
  });
  it("cuts a news agency's dateline", () => {
    expect(tidyShown("根据原文填空：新华社某城11月8日电应甲国主席邀请，乙国总统将于____访问甲国。")).toBe("根据原文填空：应甲国主席邀请，乙国总统将于____访问甲国。");
    expect(tidyShown("本报某城3月8日电（记者某某）某部发言人表示，（    ）谈判已结束。")).toBe("某部发言人表示，（    ）谈判已结束。");
    expect(tidyShown("编者按：2024年5月，第九次领导人会议在某城举行。")).toBe("2024年5月，第九次领导人会议在某城举行。");
  });
});

describe("sample 4's causes", () => {
  it("flags a blank that is only the count of the items listed beside it", () => {
    expect(questionFlags(q({ type: "flashcard", prompt: "p", front: "某机制以政治、经济、人文为（    ）支柱。 括号中应是什么？", back: "三大" }))).toContain("answer-leak");
    expect(questionFlags(q({ type: "flashcard", prompt: "p", front: "双方加强在中俄蒙（    ）元首会晤机制框架内的协调。 括号中应是什么？", back: "三国" }))).toContain("answer-leak");
    expect(questionFlags(q({ type: "flashcard", prompt: "p", front: "某机制以政治、经济为（    ）支柱。 括号中应是什么？", back: "三大" }))).not.toContain("answer-leak");
  });
  it("flags a dateline's 电应 taken for a name among the options", () => {
    const flags = questionFlags(q({ type: "mcq", prompt: "阅读原文，选择填入括号的一项：2024年，（    ）达成一致。", options: ["甲委员会", "乙委员会", "电应丙国某某委员会", "丁委员会"], answer: "甲委员会" }));
    expect(flags).toContain("artefact:answer-edge");
  });
  it("flags notes written with ＝ and a heading's period asked", () => {
    expect(artefactFlags("纪念年份：2016年＝甲乙建交60周年＋“____”。")).toContain("artefact:glued");
    expect(artefactFlags("建交与复交（1950—1990）是在什么时候？")).toContain("artefact:glued");
    expect(artefactFlags("甲乙两国于1950年建交。")).not.toContain("artefact:glued");
  });
  it("cuts an abstract's label and the cut before a greeting", () => {
    expect(tidyShown("摘要：甲乙走廊是某倡议（    ）之一。")).toBe("甲乙走廊是某倡议（    ）之一。");
    expect(tidyShown("阅读原文，选择填入括号的一项：……尊敬的各位来宾，朋友们：大家好！很高兴出席（    ）。")).toBe("阅读原文，选择填入括号的一项：很高兴出席（    ）。");
  });
});

describe("a reporter's lead-in", () => {
  it("goes from the passage, so the sentence no longer opens on 他", () => {
    const d = makeDoc("doc_r1", "北陆港口见闻", "北陆港务局局长接受了采访。\n\n他还透露，北陆港与南川港签署了《北南港口合作协定》，合作将扩大。");
    const f = fact(d, "agreement", "北南港口合作协定", { name: "北南港口合作协定", category: "document", type: "协定", parties: [] } as never);
    const p = passageOf(buildContext({ documents: [d], facts: [f] }), f);
    expect(p.text).toMatch(/^北陆港与南川港签署了《北南港口合作协定》/u);
    expect(p.text.slice(p.key!.start, p.key!.end)).toBe("北南港口合作协定");
  });
  it("stays when 他 is the subject of what is asked", () => {
    const d = makeDoc("doc_r2", "北陆港口见闻", "北陆港务局局长接受了采访。\n\n他于2031年签署了《北南港口合作协定》。");
    const f = fact(d, "agreement", "北南港口合作协定", { name: "北南港口合作协定", category: "document", type: "协定", parties: [] } as never);
    expect(passageOf(buildContext({ documents: [d], facts: [f] }), f).text).toMatch(/^他于2031年/u);
  });
});

describe("a script's cue", () => {
  it("is no part of the line", () => {
    expect(tidyShown("【字幕】施工高峰期，两地参建人员超过（    ）。")).toBe("施工高峰期，两地参建人员超过（    ）。");
    expect(tidyShown("【解说】北陆港于2031年开港。")).toBe("北陆港于2031年开港。");
  });
  it("leaves a bracket inside the sentence", () => {
    expect(tidyShown("北陆日报刊登【北陆观察】专栏。")).toBe("北陆日报刊登【北陆观察】专栏。");
  });
});

describe("round 11, second group", () => {
  it("strips a narrator's label", () => {
    expect(tidyShown("旁白：2031年上半年，北陆口岸货运量增长两成。")).toBe("2031年上半年，北陆口岸货运量增长两成。");
    expect(tidyShown("解说：北陆和南川于2031年建立外交关系。")).toBe("北陆和南川于2031年建立外交关系。");
  });
  it("flags a dateline's 电 glued to the name blanked after it", () => {
    const m = mcq("阅读原文，选择填入括号的一项：某社北陆5月9日（    ）部门当天发布数据。", ["电南川铁路", "东山铁路", "西河铁路", "北陆铁路"], "电南川铁路");
    expect(questionFlags(m)).toContain("artefact:answer-edge");
    const ok = mcq("阅读原文，选择填入括号的一项：5月9日，（    ）部门发布数据。", ["南川铁路", "东山铁路", "西河铁路", "北陆铁路"], "南川铁路");
    expect(questionFlags(ok)).not.toContain("artefact:answer-edge");
  });
  it("flags a passive event with its subject cut off, not one that names it", () => {
    expect(questionFlags(q({ type: "flashcard", prompt: "", front: "被列入世界遗产名录是在哪一年？", back: "2031年" }))).toContain("dangling-reference");
    expect(questionFlags(q({ type: "flashcard", prompt: "", front: "北陆古城被列入世界遗产名录是在哪一年？", back: "2031年" }))).not.toContain("dangling-reference");
  });
});

describe("a topic label and a category cell", () => {
  it("the topic before a fact sheet's line goes", () => {
    expect(tidyShown("根据原文，选择填入括号的数字：能源：北陆电厂总投资约（    ），2031年投入运营。")).toBe(
      "根据原文，选择填入括号的数字：北陆电厂总投资约（    ），2031年投入运营。",
    );
  });
  it("a category cell between commas goes, the sentence's own words stay", () => {
    expect(tidyShown("2031年5月：两国签订《甲乙文化合作协定》，人文，此后交流机制化")).toBe("2031年5月：两国签订《甲乙文化合作协定》，此后交流机制化");
    expect(tidyShown("根据原文填空：2031年：甲乙建交30周年，人文。")).toBe("根据原文填空：2031年：甲乙建交30周年。");
    expect(tidyShown("双方同意加强经贸、人文、安全合作。")).toBe("双方同意加强经贸、人文、安全合作。");
    expect(tidyShown("能源合作：双方将扩大投资。")).toBe("能源合作：双方将扩大投资。");
  });
});

describe("a table's row in a shown line", () => {
  it("a category cell after a count goes", () => {
    expect(tidyShown("累计实施项目超过30个：项目，时间跨度约40年。")).toBe("累计实施项目超过30个，时间跨度约40年。");
    expect(tidyShown("2031年：北陆港开工，项目，由甲公司承建。")).toBe("2031年：北陆港开工，由甲公司承建。");
  });
  it("a month written 2031-05 before the line reads 2031年5月", () => {
    expect(tidyShown("根据原文填空：2031-05：甲国总统访华，双方签署（    ）。")).toBe("根据原文填空：2031年5月：甲国总统访华，双方签署（    ）。");
    expect(tidyShown("甲乙两国贸易额在2031-2032年间增长。")).toBe("甲乙两国贸易额在2031-2032年间增长。");
  });
  it("a topic before a line that opens on a figure goes", () => {
    expect(tidyShown("能源：2031年北陆电厂投入运营。")).toBe("2031年北陆电厂投入运营。");
  });
});

describe("a notes line and a transcript's filler", () => {
  it("a blank beside ＝ is a notes line", () => {
    const card = q({ type: "cloze", prompt: "根据原文填空：____＝甲乙建交30周年", answer: "2031年" });
    expect(questionFlags(card).some((f) => f.startsWith("artefact"))).toBe(true);
  });
  it("a filler word leaves the spoken line", () => {
    expect(tidyShown("北陆铁路全长约300公里，嗯，准确地说是（    ）正线。")).toBe("北陆铁路全长约300公里，准确地说是（    ）正线。");
    expect(tidyShown("嗯，这条铁路很重要。")).toBe("这条铁路很重要。");
    expect(tidyShown("双方嗯可合作。")).toBe("双方嗯可合作。");
  });
});

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

describe("a chat message's aside", () => {
  it("goes before the sentence it introduces", () => {
    expect(withoutChatLead("运输这块我先列几个数：2031年甲乙两国货运量约12万吨。")).toBe("2031年甲乙两国货运量约12万吨。");
    expect(withoutChatLead("@老王 这个我来补：2030年甲国与乙国签署《丙协定》。")).toBe("2030年甲国与乙国签署《丙协定》。");
    // (a reply to the message before: what follows is the statement)
    expect(withoutChatLead("根据原文填空：不对，是2031年7月，甲乙两国签署了____。")).toBe("根据原文填空：2031年7月，甲乙两国签署了____。");
    expect(withoutChatLead("没错，是____，甲乙两国签署了某协定。")).toBe("____，甲乙两国签署了某协定。");
    expect(withoutChatLead("是的，他记得没错，是2030年，甲乙两国签署了某协定。")).toBe("2030年，甲乙两国签署了某协定。");
    expect(withoutChatLead("是的，甲乙两国签署了某协定。")).toBe("甲乙两国签署了某协定。");
    expect(withoutChatLead("对，甲国是乙倡议在南美的重要伙伴。")).toBe("甲国是乙倡议在南美的重要伙伴。");
    expect(withoutChatLead("甲乙两国对此表示欢迎。")).toBe("甲乙两国对此表示欢迎。");
    expect(withoutChatLead("根据原文填空（填数字）：对甲友好城市：对，____。")).toBe("根据原文填空（填数字）：对甲友好城市：对，____。");
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

describe("a live blog's stamp", () => {
  it("goes after the entry's date or its blank, the date stays", () => {
    expect(withoutLiveStamp("5月3日　14:20【快讯】甲国与乙国签署《丙协定》。")).toBe("5月3日，甲国与乙国签署《丙协定》。");
    expect(withoutLiveStamp("根据原文填空：____08:05【现场】丁论坛在甲市开幕。")).toBe("根据原文填空：____，丁论坛在甲市开幕。");
    expect(withoutLiveStamp("5月3日 21:40【抵达】（    ），乙国总统到机场迎接。")).toBe("5月3日，（    ），乙国总统到机场迎接。");
  });
  it("leaves a clock time that is no stamp, and labels that are no news", () => {
    expect(withoutLiveStamp("会议于5月3日14:20开始，持续两小时。")).toBe("会议于5月3日14:20开始，持续两小时。");
    expect(withoutLiveStamp("5月3日18:20【知识卡片】丁机制小史")).toBe("5月3日18:20【知识卡片】丁机制小史");
  });
  it("is part of what every shown text gets", () => {
    expect(tidyShown("根据原文填空：____10:05【重磅】丁组织宣布扩员。")).toBe("根据原文填空：____，丁组织宣布扩员。");
  });
  it("left before a fact card or a correction is an artefact", () => {
    expect(artefactFlags("根据原文填空：____18:20【知识卡片】丁机制小史。")).toContain("artefact:glued");
    expect(artefactFlags("本网5月2日09:30条目中“（    ）”的表述有误，现已更正。")).toContain("artefact:glued");
    expect(artefactFlags("根据原文填空：____，丁组织宣布扩员。")).not.toContain("artefact:glued");
  });
});

describe("an answer's or a comment's own aside", () => {
  it("goes before what it says", () => {
    expect(withoutChatLead("另外补一句，目前丁组织30个成员里签过这类文件的有十几个。")).toBe("目前丁组织30个成员里签过这类文件的有十几个。");
    expect(withoutChatLead("先说结论：甲乙合作不会明显倒退。")).toBe("甲乙合作不会明显倒退。");
    expect(withoutChatLead("判断正误（依据原文）：补一句，甲国于2030年加入丁组织。")).toBe("判断正误（依据原文）：甲国于2030年加入丁组织。");
  });
  it("leaves a sentence where the words are the content", () => {
    expect(withoutChatLead("双方同意补充一句条款，写明争议解决方式。")).toBe("双方同意补充一句条款，写明争议解决方式。");
  });
});

describe("a mail's request to its reader", () => {
  it("is an artefact", () => {
    expect(artefactFlags("转一份简报，里面几条可以用在“（    ）”课题里，麻烦你看一下数据有没有问题。")).toContain("artefact:glued");
    expect(artefactFlags("附件是甲乙贸易表，请您帮忙核一下2031年的数字。")).toContain("artefact:glued");
  });
  it("leaves a text that only reports a request", () => {
    expect(artefactFlags("甲国请求乙国帮助修建港口，乙国于2031年同意。")).not.toContain("artefact:glued");
  });
});

describe("passages and prompts", () => {
  it("a running head of a printed page is an artefact; 答： is no part of a question; 相关文件 points back", () => {
    expect(artefactFlags("在南川国，海港大桥·46·海洋研究季刊2031年第4期于2030年6月通车")).toContain("artefact:page-header");
    expect(tidyStart("答：2031年，北陆国正式退出《海港条约》。").text).toBe("2031年，北陆国正式退出《海港条约》。");
    expect(DANGLING_INSIDE.test("已有10多个国家签署相关合作文件")).toBe(true);
  });

  it("a blank never cuts a word written in quotes", () => {
    const t = "所谓“三海港区合作”，是指在沿岸港口开展的合作。";
    expect(cutsQuotedWord(t, { start: 3, end: 6 })).toBe(true);
    const list = "支持构建“平等、开放、透明”的安全架构。";
    expect(cutsQuotedWord(list, { start: 8, end: 10 })).toBe(false);
  });
});

describe("a footnote mark after Chinese text", () => {
  it("is left out of a prompt, a unit's square is kept", () => {
    expect(stripFootnoteMarks("2031年，海港委员会正式启动运作²，成为常设机构。")).toBe("2031年，海港委员会正式启动运作，成为常设机构。");
    expect(stripFootnoteMarks("签署《海港宣言》[3]。")).toBe("签署《海港宣言》。");
    expect(stripFootnoteMarks("面积约269 km²。")).toBe("面积约269 km²。");
  });
});

describe("datelines, running heads and footnote lines", () => {
  it("never asks a newspaper dateline", () => {
    expect(questionFlags(q({ type: "cloze", prompt: "根据原文填空：本报北陆城____电（记者某某）两国宣布建交。", answer: "5月8日" }))).toContain("trivial-blank");
  });
  it("flags a journal's running head and a reference line", () => {
    expect(questionFlags(q({ type: "cloze", prompt: "根据原文填空：海洋研究2031年第2期北陆国成立于____。", answer: "1995年" }))).toContain("artefact:page-header");
    expect(questionFlags(q({ type: "cloze", prompt: "根据原文填空：港口最初设在甲城。3.参见《北陆海港白皮书》，____。", answer: "2031年2月" }))).toContain("artefact:footnote");
  });
  it("leaves a running head out of a prompt when a sentence follows it", () => {
    expect(withoutRunningHead("根据原文填空：海洋研究2031年第2期三、北陆的方案2030年11月，北陆国提出____。")).toBe("根据原文填空：2030年11月，北陆国提出____。");
    expect(withoutRunningHead("根据原文填空：海洋研究2031年第2期二、北陆港的困境北陆港建于____。")).toBe("根据原文填空：海洋研究2031年第2期二、北陆港的困境北陆港建于____。");
    // a date in the middle of a heading's sentence is no sentence start
    const glued = "根据原文填空：海洋研究2031年第2期二、北陆港的困境北陆港建于1995年1月1日，其前身是____。";
    expect(withoutRunningHead(glued)).toBe(glued);
  });
});

describe("a news dateline in what a question shows", () => {
  it("is left out before the sentence it opens, not where it holds the blank", () => {
    expect(withoutDateline("根据原文填空：本报北陆城4月11日电（记者某某）4月11日，甲国总统会见乙国总理，双方签署____。")).toBe("根据原文填空：4月11日，甲国总统会见乙国总理，双方签署____。");
    expect(withoutDateline("新华社北陆城3月2日电甲乙两国宣布建立伙伴关系。")).toBe("甲乙两国宣布建立伙伴关系。");
    const blanked = "根据原文填空：本报北陆城____电（记者某某）两国宣布建交。";
    expect(withoutDateline(blanked)).toBe(blanked);
  });
  it("and a page's time line with its source is no content", () => {
    expect(notContent("2031年04月12日05:42，来源：北陆日报")).toBe(true);
    expect(notContent("2031-05-07 23:15&nbsp;&nbsp;来源：北陆网站")).toBe(true);
    expect(notContent("来源：北陆研究中心 | 2031-03-15")).toBe(true);
    expect(notContent("（本文原载北陆国《北陆日报》2031年6月28日，中文版由使馆提供）")).toBe(true);
    expect(notContent("本文认为，两国合作前景广阔。")).toBe(false);
    expect(notContent("会议于2031年4月12日10:00开幕，来源国代表出席。")).toBe(false);
  });
});

describe("markdown tables in what a question shows", () => {
  it("shows the row holding the blank with its headings, and drops the sentence glued after the table", () => {
    const t = "根据原文填空：|年度|文书||---|---|| 1990 |《甲乙合作章程》|| ____ |《丙丁交流纲要》|继续推进……";
    expect(withoutTable(t)).toBe("根据原文填空：年度：____；文书：《丙丁交流纲要》。");
  });
  it("shows an event cut from a row as the event, and keeps the question after it", () => {
    expect(withoutTable("|日期|事项||---|---|||甲方发布《星河倡议》||是在什么时候？")).toBe("甲方发布《星河倡议》是在什么时候？");
  });
  it("leaves a table it cannot read as one row alone (the self-check drops it)", () => {
    const t = "|日期|事项||---|---|| 1990 |甲|| 1991 |乙|";
    expect(withoutTable(t)).toBe(t);
  });
  it("explanations show the rows as text", () => {
    expect(tidyExplanation("出自《某文》：“|日期|事项||---|---|| 1990 |甲方成立|| 1991 |乙方加入|后来……”")).toBe("出自《某文》：“1990：甲方成立；1991：乙方加入。后来……”");
  });
});

describe("running heads and marks", () => {
  it("leaves out a page number and running head inside a sentence", () => {
    expect(withoutInlineHead("在某国，青石大桥·12·边疆研究季刊2021年第3期于____通车。")).toBe("在某国，青石大桥于____通车。");
    expect(tidyShown("在某国，（    ）·7·某某学刊2020年第1期建成。")).toBe("在某国，（    ）建成。");
  });
  it("explanations lose emphasis marks, <sup> marks and a running head", () => {
    expect(tidyExplanation("出自《某文》：“**甲方**与乙方签署协议<sup>3</sup>。”")).toBe("出自《某文》：“甲方与乙方签署协议。”");
    expect(tidyExplanation("出自《某文》：“某某研究2022年第5期三、新方案甲方于2001年成立。”")).not.toMatch(/2022年第5期/u);
  });
});

describe("a date stranded before ……此后", () => {
  it("is left out when the quote goes on with 此后/随后", () => {
    const quote = "1999年5月1日，甲乙两国首次会晤。此后，会晤每年举行，先后通过了《一号纲要》。";
    expect(withoutStrandedDate("根据原文填空：1999年5月1日，……会晤每年举行，先后通过了《____》。", quote)).toBe("根据原文填空：……会晤每年举行，先后通过了《____》。");
    expect(withoutStrandedDate("1999年5月1日，……会晤每年举行。", "1999年5月1日，甲乙两国首次会晤，会晤每年举行。")).toBe("1999年5月1日，……会晤每年举行。");
  });
  it("the self-check drops one that is still shown", () => {
    const x = q({ type: "cloze", prompt: "根据原文填空：1999年5月1日，……会晤每年举行，先后通过了《____》。", answer: "一号纲要", source: { ...source, quote: "1999年5月1日，首次会晤。此后，会晤每年举行。" } });
    expect(questionFlags(x)).toContain("dangling-reference");
  });
});

describe("这里要注意……： as a lead", () => {
  it("is dropped from what the question shows", () => {
    const d = makeDoc("doc_z", "测试文献", "三国将继续商谈合作。这里要注意一个背景：2030年5月1日，《北陆自由贸易协定》正式签署，2032年1月1日生效。");
    const c: Corpus = {
      documents: [d],
      facts: [fact(d, "date", "2032年1月1日", { iso: "2032-01-01", precision: "day", text: "2032年1月1日", inferred: false, event: "生效" } as never)],
    };
    const { bank } = generateBank(c);
    const cloze = bank.questions.find((x) => x.type === "cloze");
    expect(cloze?.prompt).toBe("根据原文填空：2030年5月1日，《北陆自由贸易协定》正式签署，____生效。");
  });
});

describe("list numbers in shown text", () => {
  it("are dropped after a dateline or at the start", () => {
    expect(withoutListNumber("2023年，2.甲国与乙国将合作年确定为友好年。")).toBe("2023年，甲国与乙国将合作年确定为友好年。");
    expect(withoutListNumber("（二）甲国提出倡议。")).toBe("甲国提出倡议。");
    expect(withoutListNumber("其一，①甲国提出倡议。")).toBe("其一，甲国提出倡议。");
  });
  it("keep decimals and references", () => {
    expect(withoutListNumber("增长，2.5%来自甲地。")).toBe("增长，2.5%来自甲地。");
    expect(withoutListNumber("依照第（二）项规定。")).toBe("依照第（二）项规定。");
  });
});

describe("lines run together", () => {
  it("are an artefact (emoji, abstract mark, date after a bracket, dotted date, numbered points, fields)", () => {
    for (const t of [
      "甲乙合作六十年🌍发表于北京",
      "从“星河”到共同体［摘要］两国友谊深厚。",
      "1999年4月建立“某关系”（某某访华）2014年12月提升为某关系",
      "位居第一某通道2017.9甲乙两地签署合作备忘录",
      "2019/08/02某部门印发《某规划》",
      "（20分）答题要点甲乙",
      "合作伙伴（2）发展战略对接",
      "中文名：甲乙关系外文名：某某建交时间：某年",
      "建交时间：某年→甲国是第一个（考点！★★）",
      "提问：为什么说这是甲乙关系史上的里程碑？",
      "易混：甲“十大行动”≠乙“八大行动”・某年贸易额",
    ])
      expect(artefactFlags(t), t).toContain("artefact:glued");
  });
  it("leave plain sentences, decimals and instructions alone", () => {
    for (const t of ["2019年，甲地增长2.5%。", "阅读原文，括号处列举的是下列哪几项？（多选）2014年11月22日，甲乙会晤。", "时间：2021年3月；事件：甲乙发表《某倡议》。", "依照第（2）项执行。"])
      expect(artefactFlags(t), t).not.toContain("artefact:glued");
  });
});

describe("a speaker's label or a figure number", () => {
  it("leaves the shown sentence", () => {
    expect(withoutSpeakerLabel("根据原文填空：发言人：甲组织成立20年来，始终遵循某精神。")).toBe("根据原文填空：甲组织成立20年来，始终遵循某精神。");
    expect(withoutSpeakerLabel("主席先生，各位同事：1948年5月29日，某机构通过某决议。")).toBe("1948年5月29日，某机构通过某决议。");
    expect(withoutSpeakerLabel("星河卫视记者：甲方表示，两国将举办文化年。")).toBe("甲方表示，两国将举办文化年。");
    expect(withoutSpeakerLabel("根据原文填空：图7-3 ____，某船交付使用。")).toBe("根据原文填空：____，某船交付使用。");
    expect(withoutSpeakerLabel("双方发言人表示：甲乙合作。")).toBe("双方发言人表示：甲乙合作。");
    expect(withoutSpeakerLabel("播放视频：2024年，甲乙两国会谈。")).toBe("2024年，甲乙两国会谈。");
  });
});

describe("handout labels", () => {
  it("flags 难点：/教学重点：", () => {
    expect(artefactFlags("难点：理解合作的特殊意义。")).toContain("artefact:glued");
    expect(artefactFlags("教学重点：理解合作的特殊意义。")).toContain("artefact:glued");
    expect(artefactFlags("双方的重点是合作。")).not.toContain("artefact:glued");
  });
});

describe("notes, tables and headings run together (sample 2)", () => {
  it("flags an editor's doubt about the source's figure", () => {
    expect(artefactFlags("甲方累计投资超过100亿元（原文如此，疑为“10亿”之误，待核）。")).toContain("artefact:footnote");
  });
  it("flags ※, 课后阅读： and a statistics row written as fields", () => {
    expect(artefactFlags("甲乙合作成果※简答题常考：各举一例")).toContain("artefact:glued");
    expect(artefactFlags("分析通道的作用课后阅读：《某某声明》")).toContain("artefact:glued");
    expect(artefactFlags("年份：2001；贸易额：（    ）；说明：建交当年。")).toContain("artefact:glued");
    expect(artefactFlags("时间：2001年3月；事件：甲国与乙国建交；意义：关系的开端。")).not.toContain("artefact:glued");
  });
  it("flags a journal's running head whose year is blanked", () => {
    expect(artefactFlags("某某研究____第2期二、某组织面临的困境")).toContain("artefact:page-header");
  });
  it("drops a speech's dateline asked as a blank", () => {
    const front = "某省工作报告——2001年1月2日在（    ）上。 括号中应是什么？";
    expect(questionFlags(q({ type: "flashcard", prompt: front, front, back: "某省人民代表大会" }))).toContain("trivial-blank");
  });
  it("reads 两国 after an instruction's closing bracket", () => {
    expect(unnamedCountries("阅读原文，括号处列举的是下列哪几项？（多选）两国在多边框架内保持协调。")).toBe(true);
  });
});

describe("sample 2 gaps", () => {
  it("reads a statistics row after an instruction's colon", () => {
    expect(artefactFlags("根据原文，选择填入括号的数字：年份：2001；贸易额：（    ）；说明：建交当年。")).toContain("artefact:glued");
    expect(artefactFlags("根据原文填空：年份：____；文件：《某组织反恐怖主义公约》。")).not.toContain("artefact:glued");
  });
  it("reads 由三国", () => {
    expect(unnamedCountries("秘书长由三国轮流担任。")).toBe(true);
    expect(unnamedCountries("中国和甲国两国在多边框架内保持协调。")).toBe(false);
  });
});

// moved from quality-r18.test.ts (q18, round 18): text that is not content, 此后 after a named day
describe("an answer key's scaffolding", () => {
  it("loses its label, the content stays", () => {
    expect(withoutKeyLabel("根据原文填空：解析：____，甲乙两国正式建交。")).toBe("根据原文填空：____，甲乙两国正式建交。");
    expect(withoutKeyLabel("【解析】丙组织于____成立。")).toBe("丙组织于____成立。");
    expect(tidyShown("判断正误（依据原文）：参考答案：甲国于2001年加入丙组织。")).toBe("判断正误（依据原文）：甲国于2001年加入丙组织。");
    expect(tidyShown("根据原文填空：解析，……这条航线持续了约____年。")).toBe("根据原文填空：……这条航线持续了约____年。");
  });
  it("that points at the stem, the options or the key is not asked", () => {
    const cloze = q({ type: "cloze", prompt: "根据原文填空：截至2023年底，甲国对乙国投资存量约为____，远低于题干所述数字。", answer: "5亿美元", tags: ["figure"] });
    expect(questionFlags(cloze)).toContain("not-content");
    expect(notContent("选项C是甲乙建交日期，均为干扰项。")).toBe(true);
    expect(notContent("答案与解析在每题下方，请先作答再展开。")).toBe(true);
    expect(notContent("本题考查丙组织的成立时间。")).toBe(true);
  });
});

describe("a lesson plan's instruction", () => {
  it("is not asked", () => {
    const cloze = q({ type: "cloze", prompt: "根据原文填空：学生阅读下表，分组概括甲乙关系的____。", answer: "三个发展阶段", tags: ["concept"] });
    expect(questionFlags(cloze)).toContain("not-content");
    expect(notContent("请学生思考：我们可以为促进甲乙民心相通做些什么？")).toBe(true);
    expect(notContent("小组任务：结合丙机制，说说甲乙如何合作。")).toBe(true);
    expect(notContent("设计意图：通过时间线帮助理解。")).toBe(true);
  });
  it("leaves students as a subject of the content", () => {
    expect(notContent("2023年，在甲国学习的乙国留学生约1500人。")).toBe(false);
    expect(notContent("两国学生交流日益频繁。")).toBe(false);
  });
});

describe("a speech's subtitle line on its own", () => {
  it("is not asked", () => {
    const cloze = q({ type: "cloze", prompt: "根据原文填空（填数字）：——在丙组织成立____周年纪念活动上的讲话。", answer: "十", tags: ["figure"] });
    expect(questionFlags(cloze)).toContain("not-content");
  });
  it("leaves a sentence that names a speech", () => {
    expect(notContent("习近平在丙论坛开幕式上的讲话中指出，甲乙合作前景广阔。")).toBe(false);
    expect(notContent("标准轨距（____毫米）与宽轨铁路衔接。")).toBe(false);
  });
});

describe("an answer key's clause to the student, and an emoji a post ends on", () => {
  it("go from what is shown, the sentence stays", () => {
    expect(tidyShown("根据原文填空：截至2023年底，甲国对乙国投资存量约为____，远低于题干所述数字。")).toBe("根据原文填空：截至2023年底，甲国对乙国投资存量约为____。");
    expect(tidyShown("“甲、乙、丙”，这是丁精神的生动写照👍。")).toBe("“甲、乙、丙”，这是丁精神的生动写照。");
    expect(tidyShown("（    ）是丁精神的生动写照👍")).toBe("（    ）是丁精神的生动写照");
  });
  it("a question then stands, though its source sentence still names the stem", () => {
    const cloze = q({
      type: "cloze",
      prompt: "根据原文填空：截至2023年底，甲国对乙国投资存量约为____。",
      answer: "5亿美元",
      tags: ["figure"],
      source: { documentId: "x", start: 0, end: 1, quote: "截至2023年底，甲国对乙国投资存量约为5亿美元，远低于题干所述数字。" },
    });
    expect(questionFlags(cloze)).not.toContain("not-content");
  });
});

describe("此后 after the day its sentence names", () => {
  it("counts from that day", () => {
    const cloze = q({ type: "cloze", prompt: "根据原文填空：《甲乙自由贸易协定》生效当日，甲方第一次降税；此后每年1月1日降税一次，即____实施第二次降税。", answer: "2025年1月1日", tags: ["date"] });
    expect(questionFlags(cloze)).not.toContain("dangling-reference");
  });
  it("still dangles with no day before it", () => {
    const cloze = q({ type: "cloze", prompt: "根据原文填空：此后每年1月1日降税一次，即____实施第二次降税。", answer: "2025年1月1日", tags: ["date"] });
    expect(questionFlags(cloze)).toContain("dangling-reference");
  });
});

describe("a Word reviewer's comment (q18b)", () => {
  it("is not asked: its wording, or the comment line it stands on", () => {
    for (const t of ["同意。上一次甲国总理访华是2016年9月，“2016年”的写法容易误读，改为“七年来”。", "第（2）点原稿写“重启某谈判”，无公开依据。", "留学生人数口径不一，删去具体数字，避免误引。", "2021年双边贸易额实际上是增长的，“大幅下滑”不准确，已改写。"])
      expect(notContent(t), t).toBe(true);
    const cloze = q({ type: "cloze", prompt: "根据原文填空：第（2）点原稿写“____”，无公开依据。", answer: "重启某谈判", tags: ["concept"] });
    expect(questionFlags(cloze)).toContain("not-content");
    const raw = "甲乙两国于2013年建立战略伙伴关系。[批注1]\n\n批注\n[批注1] 某某（2024-06-28 16:52）：2014年11月升级为全面战略伙伴关系，前后勿混。";
    expect(onCommentLine(raw, raw.indexOf("2014年11月"))).toBe(true);
    expect(onCommentLine(raw, raw.indexOf("甲乙两国"))).toBe(false);
  });
  it("leaves a sentence that agrees or rewrites as content", () => {
    expect(notContent("双方同意加强在贸易、投资等领域的合作。")).toBe(false);
    expect(notContent("甲乙两国同意。")).toBe(false);
    expect(notContent("该协定于2015年12月20日生效。")).toBe(false);
  });
});

describe("a speech's title line with its date and place in brackets (q18b)", () => {
  it("is not asked", () => {
    expect(notContent("携手构建甲乙命运共同体——在丙论坛开幕式上的讲话（二〇二四年十一月十八日，甲城）")).toBe(true);
    expect(notContent("在丙论坛开幕式上的讲话（____，甲城）")).toBe(true);
    expect(notContent("甲乙合作前景广阔——在丙论坛上的致辞（2022年12月9日，乙城）")).toBe(true);
  });
  it("leaves a sentence that names a dated speech", () => {
    expect(notContent("2022年12月9日，甲国领导人在乙城发表讲话，指出双方合作前景广阔。")).toBe(false);
    expect(notContent("甲国领导人的讲话（全文）刊登于当日报纸。")).toBe(false);
  });
});

describe("an essay's citations in what is shown", () => {
  it("drops an author-year citation with its page and a bracketed reference number", () => {
    expect(tidyShown("根据原文填空：2031年访问期间，两国签署的协议总额约____亿金币（林某某，2029：78）。")).toBe("根据原文填空：2031年访问期间，两国签署的协议总额约____亿金币。");
    expect(tidyShown("甲国被视为乙阵营中的“破冰者”[3]，成为首个申请加入丙银行的国家。")).toBe("甲国被视为乙阵营中的“破冰者”，成为首个申请加入丙银行的国家。");
  });
  it("keeps brackets that say something of their own", () => {
    expect(tidyShown("两国签署《甲协定》（简称“甲协定”，2031年生效）。")).toBe("两国签署《甲协定》（简称“甲协定”，2031年生效）。");
  });
});

describe("a web page's own controls", () => {
  it("are not content", () => {
    expect(notContent("2031-05-06 08:15　来源：甲通讯社　　分享到：微信　微博")).toBe(true);
    expect(notContent("甲通讯社分享到发布是在什么时候？")).toBe(true);
    expect(notContent("（责任编辑：某某）【纠错】【打印】【关闭】")).toBe(true);
    expect(notContent("两国决定把减贫经验分享给更多发展中国家。")).toBe(false);
  });
});

describe("a relative year in a figure's question", () => {
  it("says the year it stands for, from the year the extractor gave the figure", () => {
    expect(withRelativeYearSaid("并以明年甲乙两国建交（    ）为契机，推动合作。", "2035", 10)).toBe("并以明年（2035年）甲乙两国建交（    ）为契机，推动合作。");
    // the relative year before the figure is the figure's; another one is counted from the same year
    const t = "双方同意，以后年两国迎来建交（    ）为契机，欢迎企业参加明年举办的博览会。";
    expect(withRelativeYearSaid(t, "2034", t.indexOf("（    ）"))).toBe("双方同意，以后年（2034年）两国迎来建交（    ）为契机，欢迎企业参加明年（2033年）举办的博览会。");
    // an item of a feed counts from its own year, not the document's
    expect(withRelativeYearSaid("甲乙两国于2001年建交。今年是甲乙两国建交20周年。", "2021", 22)).toBe("甲乙两国于2001年建交。今年（2021年）是甲乙两国建交20周年。");
  });
  it("leaves 此后年均, a year already said, a figure with no year and one with no relative year before it", () => {
    expect(withRelativeYearSaid("此后年均增长（    ）。", "2031", 6)).toBe("此后年均增长（    ）。");
    expect(withRelativeYearSaid("明年（2032年）将举办（    ）场活动。", "2032", 12)).toBe("明年（2032年）将举办（    ）场活动。");
    expect(withRelativeYearSaid("明年将举办（    ）场活动。", undefined, 5)).toBe("明年将举办（    ）场活动。");
    // a figure with a year of its own after the relative one ("今年前9个月……。2033年全年……为（    ）"), or not shown
    expect(withRelativeYearSaid("今年前9个月贸易额约109亿元。2033年全年贸易额为（    ）。", "2033", 27)).toBe("今年前9个月贸易额约109亿元。2033年全年贸易额为（    ）。");
    expect(withRelativeYearSaid("以后年两国迎来建交100周年为契机。", "2034", -1)).toBe("以后年两国迎来建交100周年为契机。");
    expect(withRelativeYearSaid("甲港吞吐量达（    ），明年将扩建。", "2031", 6)).toBe("甲港吞吐量达（    ），明年将扩建。");
  });
});

describe("a speaker's name label and framing, and an outline's number", () => {
  it("cuts a spokesman's name label and his 据我了解, keeps a side's or a topic's label", () => {
    expect(withoutSpokenFrame("王某：《某某协定》于____正式签署。")).toBe("《某某协定》于____正式签署。");
    expect(withoutSpokenFrame("根据原文填空：李某某：两国于____建交。")).toBe("根据原文填空：两国于____建交。");
    expect(withoutSpokenFrame("据我了解，甲国已有20余所大学开设中文课程。")).toBe("甲国已有20余所大学开设中文课程。");
    expect(withoutSpokenFrame("韩方：愿同中方加强合作。")).toBe("韩方：愿同中方加强合作。");
    expect(withoutSpokenFrame("韩国：2031年加入某组织。")).toBe("韩国：2031年加入某组织。");
    expect(withoutSpokenFrame("解说：其中，旅客超过60万人次。")).toBe("解说：其中，旅客超过60万人次。");
    expect(tidyShown("林某：甲乙两国于2031年建交。")).toBe("甲乙两国于2031年建交。");
  });
  it("cuts an outline's number in brackets (（2）) before the line", () => {
    expect(withoutListNumber("（2）发展战略对接：甲倡议对接乙国“（    ）”。")).toBe("发展战略对接：甲倡议对接乙国“（    ）”。");
    expect(withoutListNumber("阅读原文，选择填入括号的一项：(3)多边协调：在联合国等框架内相互支持。")).toBe("阅读原文，选择填入括号的一项：多边协调：在联合国等框架内相互支持。");
    expect(withoutListNumber("两国签署第（2）号议定书。")).toBe("两国签署第（2）号议定书。");
  });
});

describe("a 今年/去年 the extractor resolved", () => {
  it("says its year where the passage writes it, and leaves a word found with no single year as written", () => {
    const years = new Map([["今年", 2031], ["去年", 2030]]);
    expect(withRelativeYearsResolved("今年7月，甲国正式成为（    ）成员，去年其提出申请。", years)).toBe("今年（2031年）7月，甲国正式成为（    ）成员，去年（2030年）其提出申请。");
    expect(withRelativeYearsResolved("前年，两国签署（    ）。", years)).toBe("前年，两国签署（    ）。");
    expect(withRelativeYearsResolved("今年（2031年）是建交（    ）周年。", years)).toBe("今年（2031年）是建交（    ）周年。");
  });
});

/**
 * Blanks and answers: what a blank may cut, answers that are no names, ambiguous and trivial blanks,
 * and answers the prompt gives away (leaks).
 */
import { describe, expect, it } from "vitest";
import { fact, makeDoc } from "../../../tests/fixtures/generate/corpus";
import type { Question } from "../../bank/format";
import { generateBank } from "./bank";
import { buildContext, cutsCompoundWord, passageOf } from "./context";
import { answerEchoed, artefactFlags, clauseAnswer, openListBlank, questionFlags } from "./selfcheck";
import { corpusOf, shown } from "./test-helpers";
import { countOf } from "./text";
import { tidyShown } from "./tidy";
import { testQuestion as q } from "@/tests/support/question";

describe("answers that are no names", () => {
  it("flags a relative date, a name with its verb glued, a predicate", () => {
    expect(clauseAnswer("同年9月")).toBe(true);
    expect(clauseAnswer("次年3月15日")).toBe(true);
    expect(clauseAnswer("北河市设有")).toBe(true);
    expect(clauseAnswer("建成甲乙两国农业技术示范中心")).toBe(true);
  });
  it("keeps names, dates and items that are verb phrases of a list", () => {
    expect(clauseAnswer("2019年9月")).toBe(false);
    expect(clauseAnswer("甲乙农业技术示范中心")).toBe(false);
    expect(clauseAnswer("实现共同繁荣")).toBe(false);
    expect(clauseAnswer("《关于建立甲乙合作中心的协定》")).toBe(false);
  });
  it("drops the cloze", () => {
    const flags = questionFlags(q({ type: "cloze", prompt: "根据原文填空：2001年3月，甲乙论坛成立。____，论坛首届会议在某城举行。", answer: "同年9月" }));
    expect(flags).toContain("ambiguous-blank");
  });
});

describe("a list item cut inside its last word", () => {
  it("flags a blank followed by one character and 等", () => {
    const flags = questionFlags(q({ type: "multi", prompt: "阅读原文，括号处列举的是下列哪几项？（多选）双方扩大了在（    ）易等领域的合作。", options: ["农业", "能源", "旅游", "海洋贸", "金融"], answer: ["农业", "能源", "海洋贸"] }));
    expect(flags).toContain("artefact:answer-edge");
  });
  it("keeps a blank closed by 等", () => {
    const flags = questionFlags(q({ type: "cloze", prompt: "根据原文填空：双方扩大了在农业、____等领域的合作。", answer: "海洋贸易" }));
    expect(flags).not.toContain("artefact:answer-edge");
  });
});

describe("sample 7's causes", () => {
  it("flags a definition's 是指 cut in two and a subject glued to a list", () => {
    expect(questionFlags(q({ type: "flashcard", prompt: "p", front: "所谓“甲方式”，是（    ）的决策方式。 括号处原文列举了哪些内容？", back: "指协商一致、照顾各方" }))).toContain("artefact:answer-edge");
    expect(questionFlags(q({ type: "flashcard", prompt: "p", front: "“三个领域”包括哪些内容？", back: "双方可在农业、能源、旅游" }))).toContain("artefact:answer-edge");
    expect(questionFlags(q({ type: "flashcard", prompt: "p", front: "什么是“甲方式”？", back: "两国在各领域保持密切协调" }))).not.toContain("artefact:answer-edge");
  });
  it("flags a lecture's running head", () => {
    expect(artefactFlags("从“甲”到“（    ）”某某概论第9讲。")).toContain("artefact:page-header");
  });
});

describe("a generic head as the answer", () => {
  it("is an ambiguous blank in a cloze or a flashcard", () => {
    const card = q({ type: "flashcard", prompt: "p", front: "很长一段时间里，（    ）总里程只有30公里。 括号中应是什么？", back: "全国铁路" });
    expect(questionFlags(card)).toContain("ambiguous-blank");
    const named = q({ type: "flashcard", prompt: "p", front: "2031年，（    ）全线通车。 括号中应是什么？", back: "甲乙铁路" });
    expect(questionFlags(named)).not.toContain("ambiguous-blank");
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

describe("an answer that stands elsewhere in its prompt", () => {
  it("is found when most of it is written again, or only its count differs", () => {
    expect(answerEchoed("海港组织峰会", "2031年9月，海港组织领导人第十一次峰会在北陆国举行，这是北陆国首次主办（    ）。")).toBe(true);
    expect(answerEchoed("海港四国", "2031年，东屿国正式加入，“（    ）”由此变为“海港五国”。")).toBe(true);
    // a list's shared part is its pattern, not the answer
    expect(answerEchoed("坚持共同发展", "双方坚持共同安全、____、坚持共同繁荣、坚持共同进步。")).toBe(false);
    expect(answerEchoed("海港组织峰会", "北陆国主办了（    ），推动区域合作。")).toBe(false);
    // of four options, only the answer repeats a name of the prompt
    expect(answerEchoed("北陆海洋保护基金", "北陆国出资建立（    ），支持海洋保护事业。", ["山地合作基金", "南川发展基金", "东屿投资基金"])).toBe(true);
    expect(answerEchoed("北陆海洋保护基金", "北陆国出资建立（    ），支持海洋保护事业。", ["南川海洋保护基金", "东屿海洋保护基金", "西原投资基金"])).toBe(false);
  });

  it("drops such blanks from the bank", () => {
    const c = corpusOf("2031年9月4日至5日，海港组织领导人第十一次峰会在北陆国举行，这是北陆国首次主办海港组织峰会。", (d) => [
      fact(d, "agreement", "海港组织峰会", { name: "海港组织峰会", category: "mechanism", type: "峰会", parties: ["北陆国"] }),
    ]);
    const { bank } = generateBank(c);
    expect(bank.questions.some((q) => q.factIds.includes(c.facts[0]!.id) && /（\s*）|_{2,}/u.test(shown(q)))).toBe(false);
  });
});

describe("an agreement named twice in its sentence", () => {
  it("is blanked at both places outside titles, so the blank does not give itself away", () => {
    const c = corpusOf("2031年3月9日，海港基金在南川注册成立，首期资本金400亿美元，2034年北陆国宣布向海港基金新增资金。", (d) => [
      fact(d, "agreement", "海港基金", { name: "海港基金", category: "organisation", type: "基金", parties: [] }),
    ]);
    const card = generateBank(c).bank.questions.find((q) => q.type === "flashcard");
    expect(card).toBeDefined();
    expect(card!.front ?? card!.prompt).not.toContain("海港基金");
  });
});

describe("a list that gives away its own count-name", () => {
  it("reads the count of a count-name", () => {
    expect(countOf("三大支柱")).toBe(3);
    expect(countOf("六个坚持")).toBe(6);
    expect(countOf("海港合作条约")).toBe(0);
  });
  it("drops an mcq whose list has the answer's count and no other option shares it", () => {
    const prompt = "阅读原文，选择填入括号的一项：两国提出打造山路、水路、海路的“（    ）”。";
    expect(questionFlags(q({ type: "mcq", prompt, options: ["三大通道", "两个中心", "四点主张", "五项原则"], answer: "三大通道" }))).toContain("answer-leak");
    expect(questionFlags(q({ type: "mcq", prompt, options: ["三大通道", "三个中心", "三点主张", "三项原则"], answer: "三大通道" }))).not.toContain("answer-leak");
  });
});

describe("a run of one-character country names giving its count", () => {
  it("is an answer leak when the run has as many names as the answer counts", () => {
    const x = q({ type: "flashcard", prompt: "p", front: "中俄美英法（    ）常任理事国代表出席会议。\n括号中应是什么？", back: "五个" });
    expect(questionFlags(x)).toContain("answer-leak");
  });
  it("is no leak when the counts differ", () => {
    const x = q({ type: "flashcard", prompt: "p", front: "中俄（    ）国家代表出席会议。\n括号中应是什么？", back: "五个" });
    expect(questionFlags(x)).not.toContain("answer-leak");
  });
});

describe("a blank in a compound place word", () => {
  it("is a cut when 区/园区 is left outside the blank", () => {
    const t = "双方在沿岸港口及星河产业园区开展合作。";
    const at = t.indexOf("星河产业园");
    expect(cutsCompoundWord(t, { start: at, end: at + 5 })).toBe(true);
    expect(cutsCompoundWord(t, { start: at, end: at + 4 })).toBe(true);
    expect(cutsCompoundWord(t, { start: at, end: at + 6 })).toBe(false);
    const c = "2015年，星河铁路总公司牵头签署协议。";
    expect(cutsCompoundWord(c, { start: c.indexOf("星河铁路"), end: c.indexOf("星河铁路") + 4 })).toBe(true);
  });
  it("is no cut before a word of its own (区域)", () => {
    const t = "甲组织促进了星河区域合作。";
    const at = t.indexOf("星河");
    expect(cutsCompoundWord(t, { start: at, end: at + 2 })).toBe(false);
  });
});

describe("an answer cut at punctuation", () => {
  it("is flagged", () => {
    expect(questionFlags(q({ type: "flashcard", prompt: "p", front: "某国首个科考站（    ）建成。", back: "——星河站" }))).toContain("artefact:answer-edge");
    expect(questionFlags(q({ type: "flashcard", prompt: "p", front: "某国首个科考站（    ）建成。", back: "星河站" }))).not.toContain("artefact:answer-edge");
  });
});

describe("a blank in a list the text says is longer", () => {
  it("is open when the count exceeds the items shown", () => {
    expect(openListBlank("某机制已设立水利、农业、____等6个优先领域。")).toBe(true);
    expect(openListBlank("双方建立了甲机制、（    ）、乙委员会等数十个对话机制。")).toBe(true);
    expect(openListBlank("（    ）、乙会议等多个平台")).toBe(true);
  });
  it("is closed when the count is the items shown (a list ending on a bare 等 is open: open-lists.test.ts)", () => {
    expect(openListBlank("甲、乙、____等3个领域")).toBe(false);
    expect(openListBlank("打造政治、____、农业、能源四大领域")).toBe(false);
    expect(openListBlank("坚持____、平等相待、合作共赢")).toBe(false);
  });
  it("drops a cloze and a card", () => {
    const prompt = "根据原文填空：某机制已设立水利、农业、____等6个优先领域。";
    expect(questionFlags(q({ type: "cloze", prompt, answer: "减灾" }))).toContain("ambiguous-blank");
    const front = "某机制已设立水利、农业、（    ）等6个优先领域。 括号中应是什么？";
    expect(questionFlags(q({ type: "flashcard", prompt: front, front, back: "减灾" }))).toContain("ambiguous-blank");
  });
});

describe("a blank that takes the rest of a word", () => {
  it("flags 和（    ） answered by 平……", () => {
    const flags = questionFlags(q({ type: "cloze", prompt: "根据原文填空：甲国与20多个国家签署了和____。", answer: "平利用某能源合作协定" }));
    expect(flags).toContain("artefact:answer-edge");
  });
  it("keeps 和（    ） answered by a name", () => {
    const flags = questionFlags(q({ type: "cloze", prompt: "根据原文填空：甲国签署了《乙条约》和____。", answer: "《丙公约》" }));
    expect(flags).not.toContain("artefact:answer-edge");
  });
});

describe("a count given by the text's numeral abbreviation", () => {
  const front = "甲国启动（    ）示范区、100个乙项目及1000个培训名额，简称“十百千”项目。 括号中的数字是多少？";
  it("is a leak for 10 against “十百千”", () => {
    expect(questionFlags(q({ type: "flashcard", prompt: front, front, back: "10个" }))).toContain("answer-leak");
  });
  it("is none for a number the abbreviation does not hold, or an answer naming more than a count", () => {
    expect(questionFlags(q({ type: "flashcard", prompt: front, front, back: "20个" }))).not.toContain("answer-leak");
    const prompt = "根据原文填空：甲国启动____、100个乙项目及1000个培训名额，简称“十百千”项目。";
    expect(questionFlags(q({ type: "cloze", prompt, answer: "10个低碳示范区" }))).not.toContain("answer-leak");
  });
});

describe("a blank leaving 干线 outside", () => {
  it("cuts 某某铁路干线", () => {
    const t = "双方同意将甲乙1号铁路干线升级改造项目作为重点。";
    const start = t.indexOf("甲乙");
    expect(cutsCompoundWord(t, { start, end: t.indexOf("干线") })).toBe(true);
    expect(cutsCompoundWord("双方同意将甲乙1号铁路作为重点。", { start, end: start + 7 })).toBe(false);
  });
});

describe("a blank for who published the figures", () => {
  it("is a trivial blank", () => {
    const q: Question = {
      id: "q_x",
      type: "cloze",
      factIds: ["f"],
      prompt: "根据原文填空：根据____的数据，2031年北陆国经济增长了5.1%。",
      answer: "某某银行",
      accepted: ["某某银行"],
      explanation: "",
      source: { documentId: "d", start: 0, end: 1, quote: "x" },
      tags: [],
      quality: { score: 1, flags: [] },
    };
    expect(questionFlags(q)).toContain("trivial-blank");
  });
});

describe("session 15: a source sentence that holds a blank of its own", () => {
  it("drops a question on a quiz line whose sentence already leaves a blank to fill", () => {
    const quote = "甲国是沿海渔业发展组织（渔发组）总部所在地，同时也是（　　）成员国。";
    const card = q({ type: "flashcard", prompt: "甲国是（    ）（渔发组）总部所在地，同时也是（）成员国。", front: "甲国是（    ）（渔发组）总部所在地，同时也是（）成员国。", back: "沿海渔业发展组织", source: { documentId: "d", start: 0, end: quote.length, quote } });
    expect(questionFlags(card)).toContain("ambiguous-blank");
  });
  it("keeps one whose sentence holds no blank", () => {
    const quote = "甲国是沿海渔业发展组织（渔发组）总部所在地。";
    const card = q({ type: "flashcard", prompt: "甲国是（    ）（渔发组）总部所在地。", front: "甲国是（    ）（渔发组）总部所在地。", back: "沿海渔业发展组织", source: { documentId: "d", start: 0, end: quote.length, quote } });
    expect(questionFlags(card)).not.toContain("ambiguous-blank");
  });
});

describe("session 15: underscores in a raw quote are no blank", () => {
  it("keeps a question whose raw quote runs across an address holding __", () => {
    const quote = "据统计，2023年\n\n1 见 https://example.org/a?__x=1 。\n\n甲国经济增长了6.3%。";
    const card = q({ type: "flashcard", prompt: "甲国经济增长了（    ）。", front: "甲国经济增长了（    ）。", back: "6.3%", source: { documentId: "d", start: 0, end: quote.length, quote } });
    expect(questionFlags(card)).not.toContain("ambiguous-blank");
  });
});

describe("session 15: a quiz line's blank not shown", () => {
  it("keeps a question on a quiz line that does not show the line's own blank", () => {
    const quote = "2008年7月，两国签署投资协定，该协定于（　　）年生效。";
    const card = q({ type: "short_answer", prompt: "两国签署投资协定是在什么时候？", answer: "2008年7月", source: { documentId: "d", start: 0, end: quote.length, quote } });
    expect(questionFlags(card)).not.toContain("ambiguous-blank");
  });
});

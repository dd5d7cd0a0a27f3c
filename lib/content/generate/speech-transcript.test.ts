/**
 * Round 19 (an embassy's speech, a broadcast's transcript page): a partnership named with its pair's short form,
 * lists cut inside a word or at their last item, a verb taken into a list's first item, a table or an info box read
 * as a sentence, a programme speaking of itself, a speaker's greeting, events cut from spoken lists. All texts invented.
 */
import { describe, expect, it } from "vitest";
import { fact, makeDoc } from "../../../tests/fixtures/generate/corpus";
import { buildAgreementQuestions } from "./builders/agreement";
import { pairPrefixed } from "./builders/agreement-options";
import { cutInsideWord, itemsFitForOptions, withoutLeadVerb } from "./builders/concept";
import { nonEvent } from "./builders/sets";
import { buildContext } from "./context";
import type { AgreementFact } from "./model";
import { questionFlags, shownWhole, spokenPageFlags } from "./selfcheck";
import { testQuestion as q } from "@/tests/support/question";

const partnership = (d: ReturnType<typeof makeDoc>, name: string, parties: string[], date?: string) =>
  fact(d, "agreement", name, { name, category: "partnership", type: "伙伴关系", parties, ...(date ? { date } : {}) } as never) as AgreementFact;

describe("a partnership named with its pair's short form", () => {
  it("splits the short form from the level, and only a level", () => {
    expect(pairPrefixed("中甲全面战略伙伴关系")).toEqual({ prefix: "中甲", level: "全面战略伙伴关系" });
    expect(pairPrefixed("全面战略伙伴关系")).toBeUndefined();
    expect(pairPrefixed("中国甲国伙伴关系")).toBeUndefined();
  });
  it("blanks the level alone after the short form, against bare levels, and asks its date without naming the pair twice", () => {
    const d = makeDoc("r19g_1", "北陆往来", "2041年3月，中国与甲国发表联合声明，两国宣布建立中甲全面战略伙伴关系，开启双边关系新篇章。");
    const f = partnership(d, "中甲全面战略伙伴关系", ["中国", "甲国"], "2041-03");
    const qs = buildAgreementQuestions(buildContext({ documents: [d], facts: [f] }), f);
    const blank = qs.find((x) => x.variant === "agreement-blank")!;
    expect(blank.prompt).toContain("建立中甲（    ）");
    expect(blank.answer).toBe("全面战略伙伴关系");
    expect(blank.options!.some((o) => o.startsWith("中"))).toBe(false);
    const when = qs.find((x) => x.variant === "agreement-when")!;
    expect(when.prompt).toContain("建立全面战略伙伴关系");
    expect(when.prompt).not.toContain("建立中甲");
  });
});

describe("lists of a speech", () => {
  it("items cut inside the word they all open with are found, a repeated lead word is not such a cut", () => {
    expect(cutInsideWord("成为不同语言、不同习俗、不同规模的城市和睦相处的榜样。", ["同语言", "同习俗", "同规模的城市和睦相处的榜样"])).toBe(true);
    expect(cutInsideWord("经验有三：一是坚持对话，二是坚持协商，三是坚持包容。", ["坚持对话", "坚持协商", "坚持包容"])).toBe(false);
    expect(cutInsideWord("本市坚持“三个不”：不搞特权，不设门槛，不留死角。", ["搞特权", "设门槛", "留死角"])).toBe(false);
  });
  it("a verb governing the whole list leaves its first item", () => {
    expect(withoutLeadVerb(["开拓旅游", "物流", "教育"])).toEqual(["旅游", "物流", "教育"]);
    expect(withoutLeadVerb(["加强互信", "扩大合作", "深化交流"])).toEqual(["加强互信", "扩大合作", "深化交流"]);
  });
  it("a list whose last item was cut before the head all the others end on is no list of options", () => {
    expect(itemsFitForOptions(["更开放的贸易格局", "更稳定的能源格局", "更紧密的人文格局", "更宽领域"])).toBe(false);
    expect(itemsFitForOptions(["更开放的贸易格局", "更稳定的能源格局", "更紧密的人文格局", "更宽领域的科技格局"])).toBe(true);
  });
});

describe("a speech's and a transcript's page", () => {
  const src = (quote: string) => ({ documentId: "d", start: 0, end: quote.length, quote });
  it("a count of fields asked with no owner (“三大领域”) names nothing", () => {
    const card = q({ type: "flashcard", prompt: "“三大领域”包括哪几项内容？", front: "“三大领域”包括哪些内容？", back: "旅游、物流、教育" });
    expect(questionFlags(card)).toContain("ambiguous-blank");
  });
  it("a table or an info box read as one sentence is dropped", () => {
    const quote = "甲乙合作　要点\n建馆时间　　　　2040年1月\n年度游客　　　约30万人次\n往返航班　　　　每周20班";
    const x = q({ type: "cloze", prompt: "根据原文填空：甲乙合作要点建馆时间2040年1月年度游客约____万人次往返航班每周20班。", answer: "30", source: src(quote) });
    expect(spokenPageFlags(x)).toContain("artefact:glued");
    const prose = q({ type: "cloze", prompt: "根据原文填空：年度游客约____万人次。", answer: "30", source: src("　　年度游客约30万人次，\n比上年增长一成。") });
    expect(spokenPageFlags(prose)).toEqual([]);
  });
  it("the programme speaking of itself and a speaker's greeting are no content", () => {
    const intro = q({ type: "true_false", prompt: "判断正误（依据原文）：本期节目带您回顾甲乙两国建交30年来的往来。", answer: true });
    expect(questionFlags(intro)).toContain("not-content");
    const greeting = q({ type: "flashcard", prompt: "主持人好。我认为（    ）：一是甲，二是乙。", front: "主持人好。我认为（    ）：一是甲，二是乙。\n括号中应是什么？", back: "此行有两个亮点" });
    expect(questionFlags(greeting)).toContain("not-content");
    const plain = q({ type: "true_false", prompt: "判断正误（依据原文）：甲乙两国建交30年来往来密切。", answer: true });
    expect(questionFlags(plain)).not.toContain("not-content");
  });
  it("an event that is an item of a spoken list, cut before its verb, or leaning on a 也 is dropped", () => {
    const date = { tags: ["date"] };
    expect(spokenPageFlags(q({ type: "mcq", prompt: "一是某某就任主席后首次出访。这是在什么时候？", options: [], answer: "2040年5月", ...date }))).toContain("dangling-reference");
    expect(spokenPageFlags(q({ type: "true_false", prompt: "判断正误：2040年，两市以庆祝结好10周年为契机。", answer: true, ...date }))).toContain("dangling-reference");
    expect(spokenPageFlags(q({ type: "mcq", prompt: "乙国的探测器也完成了着陆是在哪一年？", options: [], answer: "2040年", ...date }))).toContain("dangling-reference");
    // the same words shown as the text writes them, with the blank, are the text's own sentence
    expect(spokenPageFlags(q({ type: "cloze", prompt: "根据原文填空：____，乙国的探测器也完成了着陆。", answer: "2040年", ...date }))).toEqual([]);
    expect(spokenPageFlags(q({ type: "mcq", prompt: "乙国的探测器完成着陆是在哪一年？", options: [], answer: "2040年", ...date }))).toEqual([]);
  });
});

describe("a number inside a longer number gives nothing away", () => {
  it("时隔8年 after a date in 2048 is still a question", () => {
    expect(shownWhole("2048年3月，甲国总统访问乙国，这是时隔（    ）再次访问。", "8年")).toBe(false);
    expect(shownWhole("甲国总统时隔8年再次访问乙国，距上次访问（    ）。", "8年")).toBe(true);
    // (a year in a title's span, a span written with another dash, still give the answer away)
    expect(shownWhole("双方发布《甲乙合作规划（2037—2050年）》，提出到（    ）建成。", "2050年")).toBe(true);
    expect(shownWhole("2041-2045年甲乙合作（    ）对话机制", "2041~2045年")).toBe(true);
    const cloze = q({ type: "cloze", prompt: "根据原文填空（填数字）：2048年3月，甲国总统访问乙国，这是时隔____年再次访问。", answer: "8" });
    expect(questionFlags(cloze)).not.toContain("ambiguous-blank");
    const card = q({ type: "flashcard", prompt: "2048年3月，甲国总统访问乙国，这是时隔（    ）再次访问。", front: "2048年3月，甲国总统访问乙国，这是时隔（    ）再次访问。\n括号中应是什么？", back: "8年" });
    expect(questionFlags(card)).not.toContain("answer-leak");
  });
});

describe("a page's time line is no event of a timeline", () => {
  it("an embassy's or a station's publishing is left out, a signing is not", () => {
    expect(nonEvent("甲国驻乙国使馆发布")).toBe(true);
    expect(nonEvent("某某电视台发布")).toBe(true);
    expect(nonEvent("甲乙两国签署合作协定")).toBe(false);
  });
});

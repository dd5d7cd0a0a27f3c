/**
 * Session 13 (issue #4, acceptability): typed keys a learner may write otherwise, China pairs whose character
 * begins several countries' names, and answers the numbers a question shows compute.
 */
import { describe, expect, it } from "vitest";
import { makeDoc } from "../../../tests/fixtures/generate/corpus";
import { longTypedTitle, moreAccepted, swappedPair, typedNameCloze, withoutFixedModifiers, withoutTypedNames } from "./accepted-forms";
import { AMBIGUOUS_CHARS, countryMeant, withAmbiguousPairSpelled, withPairsSpelledOut } from "./ambiguous-pairs";
import { arithmeticFlags, withoutComputingClauses } from "./arithmetic";
import { apart } from "./builders/figure-options";
import { buildContext } from "./context";
import { questionFlags } from "./selfcheck";
import { testQuestion as q } from "@/tests/support/question";

const ctxOf = (...bodies: string[]) => buildContext({ documents: bodies.map((b, i) => makeDoc(`doc_a${i}`, "测试文献", b)), facts: [] });
const typed = (answer: string) => ({ type: "cloze" as const, answer, accepted: [answer] });

describe("typed keys written another way", () => {
  it("accept a China pair written the other way round, not a trio nor a continent", () => {
    expect(swappedPair("欧中海洋合作协定")).toBe("中欧海洋合作协定");
    expect(swappedPair("《中俄林业合作纲要》")).toBe("《俄中林业合作纲要》");
    expect(swappedPair("中日韩渔业协定")).toBeUndefined();
    expect(swappedPair("中美洲农业论坛")).toBeUndefined();
    expect(swappedPair("中国林业合作纲要")).toBeUndefined();
  });

  it("accept a name without the pair or the modifiers its sentence fixes", () => {
    expect(withoutFixedModifiers("中俄音乐年", "两国互办的书画年、电影年等活动深入人心。次年为____。")).toContain("音乐年");
    // a sentence that names other pairs leaves the pair open; a head that is no name's (a slogan) keeps it
    expect(withoutFixedModifiers("中非渔业基金", "设立了中国—东盟渔业基金、中拉农业基金、____等双边基金。")).not.toContain("渔业基金");
    expect(withoutFixedModifiers("中泰一家亲", "两国民众常说“____”。")).toEqual([]);
    expect(withoutFixedModifiers("双边本币互换协议", "两国央行于某年续签了____。")).toEqual(expect.arrayContaining(["本币互换协议", "货币互换协议"]));
    // no two sides in the sentence: nothing is fixed
    expect(withoutFixedModifiers("双边本币互换协议", "央行于某年续签了____。")).toEqual([]);
  });

  it("accept a traditional key in simplified characters, and a short form another document gives", () => {
    const ctx = ctxOf("海港新區開發銀行於某年成立。", "海港新区开发银行（简称“海开行”）支持港口建设。");
    const trad = moreAccepted(ctx, typed("海港新區開發銀行"), "根據原文填空：____於某年成立。");
    expect(trad).toContain("海港新区开发银行");
    const short = moreAccepted(ctx, typed("海港新区开发银行"), "根据原文填空：____支持港口建设。");
    expect(short).toContain("海开行");
    // a blank asking for the short form the document gives is asked as written
    expect(moreAccepted(ctx, typed("中欧渔业协定"), "根据原文填空：该协定简称“____”。")).toEqual([]);
    // choices are graded by option, never by typed spelling
    expect(moreAccepted(ctx, { type: "mcq", answer: "欧中渔业协定" }, "")).toEqual([]);
  });

  it("ask a long formal title by choice, not typed, when another question asks its fact", () => {
    const long = q({ type: "cloze", prompt: "根据原文填空：已有多国签署____。", answer: "共建海上丝路农业合作谅解备忘录", accepted: ["共建海上丝路农业合作谅解备忘录"], factIds: ["f1"] });
    const choice = q({ type: "mcq", prompt: "p", options: ["a", "b"], answer: "a", factIds: ["f1"] });
    const alone = q({ type: "cloze", prompt: "根据原文填空：已有多国签署____。", answer: "共建海上丝路渔业合作谅解备忘录", factIds: ["f2"] });
    expect(longTypedTitle(long)).toBe(true);
    expect(longTypedTitle({ ...long, accepted: [...long.accepted!, "农业备忘录"] })).toBe(false);
    expect(withoutTypedNames([long, choice, alone])).toEqual([choice, alone]);
    // a date of many characters is no title
    expect(longTypedTitle(q({ type: "cloze", prompt: "p", answer: "2031年10月17日至18日", tags: ["date"] }))).toBe(false);
  });

  it("ask a name of any length by choice, not typed into a blank, when a question to choose asks its fact", () => {
    const blank = q({ type: "cloze", prompt: "根据原文填空：两国央行续签了____。", answer: "海港银行", tags: ["agreement"], factIds: ["f1"] });
    const choice = q({ type: "mcq", prompt: "p", options: ["海港银行", "山城银行"], answer: "海港银行", tags: ["agreement"], factIds: ["f1"] });
    const cardOnly = q({ type: "cloze", prompt: "根据原文填空：两国设立了____。", answer: "海港基金", tags: ["agreement"], factIds: ["f2"] });
    const card = q({ type: "flashcard", prompt: "p", front: "f", back: "海港基金", answer: "海港基金", tags: ["agreement"], factIds: ["f2"] });
    const year = q({ type: "cloze", prompt: "根据原文填空：____两国建交。", answer: "2031年", tags: ["date"], factIds: ["f1"] });
    expect(typedNameCloze(blank)).toBe(true);
    expect(typedNameCloze(year)).toBe(false);
    expect(typedNameCloze(q({ type: "cloze", prompt: "p", answer: "“16+1”合作", tags: ["agreement"] }))).toBe(false);
    // the blank goes where a choice asks its fact; one asked besides only by a card stays (quizzes leave cards out)
    expect(withoutTypedNames([blank, choice, cardOnly, card, year])).toEqual([choice, cardOnly, card, year]);
    // a choice that shows the name and asks its date asks no name: the blank stays
    const when = q({ type: "mcq", prompt: "海港银行是在哪一年成立的？", options: ["2031年", "2032年"], answer: "2031年", tags: ["agreement"], factIds: ["f1"] });
    expect(withoutTypedNames([blank, when])).toEqual([blank, when]);
  });
});

describe("a China pair whose character begins several countries' names", () => {
  it("is found from the country table", () => {
    expect(AMBIGUOUS_CHARS).toEqual(expect.arrayContaining(["巴", "埃", "乌", "新"]));
    expect(AMBIGUOUS_CHARS).not.toContain("俄");
  });

  it("is spelled out once when the document names one such country", () => {
    const doc = "巴西农业部长来访。两国签署农机合作协议。";
    expect(countryMeant(doc, "巴")).toBe("巴西");
    expect(countryMeant(`${doc}巴基斯坦代表也出席。`, "巴")).toBeUndefined();
    // one named throughout, another once in passing
    const throughout = "埃塞俄比亚加入某组织。埃塞俄比亚、埃及等国同日加入。埃塞俄比亚总理来访。埃塞俄比亚学生来华。埃塞俄比亚咖啡出口。";
    expect(countryMeant(throughout, "埃")).toBe("埃塞俄比亚");
    expect(countryMeant(throughout.replace(/埃塞俄比亚咖啡出口。/u, ""), "埃")).toBeUndefined();
    expect(withAmbiguousPairSpelled("某年，中巴农机贸易额达到10亿美元，中巴合作加深。", doc, [])).toBe("某年，中巴（中国—巴西）农机贸易额达到10亿美元，中巴合作加深。");
    expect(withAmbiguousPairSpelled("某年，中巴两国签署农机合作协议。", doc, [])).toBe("某年，中国和巴西两国签署农机合作协议。");
    // the text names the country already, says which itself, or the answer is the country
    expect(withAmbiguousPairSpelled("巴西与中方签约，中巴合作加深。", doc, [])).toBe("巴西与中方签约，中巴合作加深。");
    expect(withAmbiguousPairSpelled("中巴（西）卫星合作加深。", doc, [])).toBe("中巴（西）卫星合作加深。");
    expect(withAmbiguousPairSpelled("（    ）与中国的中巴农机合作加深。", doc, ["巴西"])).toBe("（    ）与中国的中巴农机合作加深。");
    // an unambiguous pair, and 其中 before a country's character, are left alone
    expect(withAmbiguousPairSpelled("中俄合作加深。", "俄罗斯代表来访。", [])).toBe("中俄合作加深。");
    expect(withAmbiguousPairSpelled("其中巴士占三成。", doc, [])).toBe("其中巴士占三成。");
    // a name a fact of the document is written by stays whole
    expect(withAmbiguousPairSpelled("中巴农机中心于某年落成。", doc, [], ["中巴农机中心"])).toBe("中巴农机中心于某年落成。");
    const ctx = ctxOf("埃塞俄比亚农业部长来访。中埃农业合作深化。");
    const source = { documentId: "doc_a0", start: 0, end: 1, quote: "x" };
    const shown = withPairsSpelledOut({ prompt: "中埃农业合作始于____。", answer: "1990年", source }, ctx);
    expect(shown.prompt).toBe("中埃（中国—埃塞俄比亚）农业合作始于____。");
  });
});

describe("an answer the numbers shown compute", () => {
  const cloze = (prompt: string, answer: string) => q({ type: "cloze", prompt: `根据原文填空（填数字）：${prompt}`, answer });
  const statement = (prompt: string, answer: boolean, quote: string) => q({ type: "true_false", prompt: `判断正误（依据原文）：${prompt}`, answer, source: { documentId: "d", start: 0, end: 1, quote } });

  it("is a total and a part shown beside the other part", () => {
    expect(arithmeticFlags(cloze("某港全年吞吐货物820万吨，其中集装箱货物____万吨，散货310万吨。", "510"))).toEqual(["computable-answer"]);
    expect(arithmeticFlags(cloze("某港全年吞吐货物820万吨，其中集装箱货物____万吨，散货290万吨。", "510"))).toEqual([]);
    expect(questionFlags(cloze("某港全年吞吐货物820万吨，其中集装箱货物____万吨，散货310万吨。", "510"))).toContain("computable-answer");
  });

  it("is a figure a multiple or a share states, a start year a span counts back, a bound beside it", () => {
    expect(arithmeticFlags(cloze("某市2020年产值为600亿元，已达到1990年____亿元的6倍。", "100"))).toEqual(["computable-answer"]);
    expect(arithmeticFlags(q({ type: "cloze", prompt: "根据原文填空：二十年来，两岛贸易额从____的12亿美元增长到2021年的40亿美元。", answer: "2001年" }))).toEqual(["computable-answer"]);
    expect(arithmeticFlags(q({ type: "cloze", prompt: "根据原文填空：两岛贸易额从____的12亿美元增长到2021年的40亿美元。", answer: "2001年" }))).toEqual([]);
    expect(arithmeticFlags(cloze("外资持股不得超过49.9%，持股____%以上即可控股。", "50"))).toEqual(["computable-answer"]);
    expect(arithmeticFlags(cloze("某县有耕地____%，林地49.9%。", "50"))).toEqual([]);
  });

  it("is asked by its own clause when the clauses after it give it away", () => {
    const card = q({ type: "flashcard", prompt: "某港全年吞吐货物（    ），其中集装箱货物510万吨，散货310万吨。", front: "某港全年吞吐货物（    ），其中集装箱货物510万吨，散货310万吨。\n括号中的数字是多少？", back: "820万吨" });
    const cut = withoutComputingClauses(card);
    expect(cut.front).toBe("某港全年吞吐货物（    ）。\n括号中的数字是多少？");
    expect(cut.prompt).toBe("某港全年吞吐货物（    ）。");
    // a total written in the blank's own clause computes it however the text is cut: the question stays (to be dropped)
    const total = cloze("某港集装箱货物510万吨，散货310万吨，合计____万吨。", "820");
    expect(withoutComputingClauses(total)).toBe(total);
    // else without a clause before it that computes it; a first clause only when it is a bare span of years
    const tunnel = cloze("某隧道全长9.6公里，其中甲国境内7.2公里，乙国境内____公里。", "2.4");
    expect(withoutComputingClauses(tunnel).prompt).toBe("根据原文填空（填数字）：某隧道全长9.6公里，乙国境内____公里。");
    const span = q({ type: "cloze", prompt: "根据原文填空：二十年来，两岛贸易额从____的12亿美元增长到2021年的40亿美元。", answer: "2001年" });
    expect(withoutComputingClauses(span).prompt).toBe("根据原文填空：两岛贸易额从____的12亿美元增长到2021年的40亿美元。");
    // a clause that is no part of a whole stays ("达到……，较某年的____增长了约5倍": its subject is in the clause before)
    const multiple = cloze("某年出口额达到60亿元，较往年的____亿元增长了约5倍。", "10");
    expect(withoutComputingClauses(multiple)).toBe(multiple);
    // a blank in an aside that closes the text: the aside alone
    const aside = cloze("某港要求外资持股不超过49.9%，以免外资控股（按当地法律，持股____%以上即为控股股东）。", "50");
    expect(withoutComputingClauses(aside).prompt).toBe("根据原文填空（填数字）：按当地法律，持股____%以上即为控股股东。");
    // nor is a clause cut to a stub
    const stub = q({ type: "cloze", prompt: "根据原文填空：____来，两岛贸易额从2001年的12亿美元增长到2021年的40亿美元。", answer: "二十年" });
    expect(withoutComputingClauses(stub)).toBe(stub);
    const plainCloze = cloze("某港全年吞吐货物____万吨，其中集装箱货物510万吨。", "820");
    expect(withoutComputingClauses(plainCloze)).toBe(plainCloze);
  });

  it("refutes a false statement, and a yearly rate the amounts contradict", () => {
    const quote = "全年吞吐货物820万吨，其中集装箱货物510万吨，散货310万吨。";
    expect(arithmeticFlags(statement("全年吞吐货物820万吨，其中集装箱货物610万吨，散货310万吨。", false, quote))).toEqual(["computable-answer"]);
    // a statement cut before a number of its unit the source goes on to give: the same place's number is the true one
    const longer = `${quote.slice(0, -1)}，另有滚装货物90万吨。`;
    expect(arithmeticFlags(statement("全年吞吐货物820万吨，其中集装箱货物610万吨，散货310万吨……", false, longer))).toEqual(["computable-answer"]);
    const lone = "两岛共建渔港12座，年捕捞量30万吨。";
    expect(arithmeticFlags(statement("两岛共建渔港15座，年捕捞量30万吨。", false, lone))).toEqual([]);
    const growth = "出口额从2010年的100亿美元增长到2020年的200亿美元，年均增长约7%。";
    expect(arithmeticFlags(statement(growth, true, growth))).toEqual([]);
    expect(arithmeticFlags(statement(growth.replace("7%", "15%"), true, growth))).toEqual(["computable-answer"]);
    // a yearly rate is computable when the amounts make it; a false one refuted when they make the true one
    expect(arithmeticFlags(cloze("出口额从2010年的100亿美元增长到2020年的200亿美元，年均增长约____%。", "7"))).toEqual(["computable-answer"]);
    expect(arithmeticFlags(cloze("出口额从2010年的100亿美元增长到2020年的200亿美元，年均增长约____%。", "4"))).toEqual([]);
    const odd = growth.replace("7%", "4%");
    expect(arithmeticFlags(statement(growth.replace("7%", "15%"), false, odd))).toEqual(["computable-answer"]);
    expect(arithmeticFlags(statement(growth.replace("7%", "5%"), false, odd))).toEqual([]);
  });
});

describe("a false approximate count", () => {
  it("lies outside the range the true one covers", () => {
    // "100多个" holds 120: no falsehood of "120多个"
    expect(apart(100, 120)).toBe(false);
    expect(apart(200, 120)).toBe(true);
    expect(apart(130, 120)).toBe(true);
  });
});

/**
 * Session 11 (g21), on invented text: dates no builder asked on documents never seen. A relative date
 * ("次年", "同年8月1日") is blanked in the passage that writes the date it is counted from (Session 12);
 * an unnamed 两国/双方 takes the pair its own sentence names in a text about no one pair, or the group of
 * a text about China and that group; a record line's short answer is not asked twice.
 */
import { describe, expect, it } from "vitest";
import { buildCorpus } from "../pipeline";
import { rawDocumentFromText } from "../read";
import { generateBank } from "./bank";
import { withoutRepeatedRecordDates } from "./builders/records";
import { testQuestion as q } from "@/tests/support/question";
import { eventOf } from "./test-helpers";

function questionsOf(text: string) {
  return generateBank(buildCorpus([rawDocumentFromText("notes", "notes.txt", text)])).bank.questions;
}

const shown = (q: { front?: string; prompt: string; back?: string; answer?: unknown }) => `${q.front ?? q.prompt}|${String(q.back ?? q.answer)}`;

describe("a date written relative to the one before it", () => {
  // Session 12 (g24, the sample's R26): "文中“次年6月”指的是什么时候？" beside the date it is counted from
  // tests the addition; the card blanks the relative date instead, so what is asked is when the passage's
  // event happened, the date it is counted from shown
  it("is blanked in the passage that writes the date it is counted from, never asked as the addition", () => {
    const qs = questionsOf("甲兰与乙国关系简述\n\n2031年5月，甲兰与乙国建立外交关系。次年，两国签署《甲乙文化合作协定》。2040年3月，甲兰总统访问乙国，同年8月1日起两国互免签证。");
    expect(qs.map(shown)).toContain("2031年5月，甲兰与乙国建立外交关系。（    ），两国签署《甲乙文化合作协定》。\n括号中应是什么时间？|2032年（原文作“次年”）");
    expect(qs.map(shown)).toContain("2040年3月，甲兰总统访问乙国，（    ）起两国互免签证。\n括号中应是什么时间？|2040年8月1日（原文作“同年8月1日”）");
    expect(qs.filter((q) => /指的是/u.test(`${q.front ?? q.prompt}`))).toEqual([]);
  });
  it("is not asked when the passage writes no date before it", () => {
    const qs = questionsOf("甲兰与乙国关系简述\n\n2031年5月，甲兰与乙国建立外交关系。\n\n两国合作不断深化。次年，两国签署《甲乙文化合作协定》。");
    expect(qs.filter((q) => /原文作“次年”/u.test(`${q.back ?? ""}`))).toEqual([]);
  });
  it("is not asked as a bare 同年 beside the year it repeats (guessed from it)", () => {
    const qs = questionsOf("甲兰与乙国关系简述\n\n2031年5月，甲兰与乙国建立外交关系。同年，两国签署《甲乙文化合作协定》。");
    expect(qs.filter((q) => /原文作“同年”/u.test(`${q.back ?? ""}`))).toEqual([]);
  });
  it("takes the date it is counted from two sentences back, past a sentence that opens on a relative date", () => {
    const qs = questionsOf("甲兰与乙国关系简述\n\n2030年起，甲兰与乙国关系经历了一段困难时期。同年5月，甲兰对乙国的大麦加征关税；次年3月，又对乙国的葡萄酒加征关税。");
    expect(qs.map(shown)).toContain(
      "2030年起，甲兰与乙国关系经历了一段困难时期。同年5月，甲兰对乙国的大麦加征关税；（    ），又对乙国的葡萄酒加征关税。\n括号中应是什么时间？|2031年3月（原文作“次年3月”）",
    );
  });
  it("takes the date it is counted from at the end of the paragraph before, when its own paragraph opens on it", () => {
    const qs = questionsOf("甲乙协定生效三周年\n\n2031年1月1日，《甲乙经济伙伴关系协定》正式生效，首批生效的国家包括甲兰和乙国。\n\n同年2月1日起对丙国生效，至此协定对全部签署国生效。");
    expect(qs.map(shown)).toContain(
      "2031年1月1日，《甲乙经济伙伴关系协定》正式生效，首批生效的国家包括甲兰和乙国。（    ）起对丙国生效，至此协定对全部签署国生效。\n括号中应是什么时间？|2031年2月1日（原文作“同年2月1日”）",
    );
  });
  it("goes back past the sentence its passage already holds (a speech's stage directions left out of what is shown)", () => {
    const qs = questionsOf(
      "在甲乙合作论坛上的讲话\n\n两年前的今天，2031年12月9日，首届甲乙峰会在北城成功举行。（热烈掌声）双方一致同意建立甲乙战略伙伴关系，并制定《甲乙战略对话2032年至2036年行动计划》。次年，双方在能源、投资等领域（掌声）签署了一批合作文件。",
    );
    expect(qs.map(shown)).toContain(
      "2031年12月9日，首届甲乙峰会在北城成功举行。双方一致同意建立甲乙战略伙伴关系，并制定《甲乙战略对话2032年至2036年行动计划》。（    ），双方在能源、投资等领域签署了一批合作文件。\n括号中应是什么时间？|2032年（原文作“次年”）",
    );
  });
  it("counts from the date the text tells of, not from a year inside a title", () => {
    const qs = questionsOf("甲兰与乙国关系简述\n\n2031年5月，甲兰与乙国建交，并制定《甲乙合作2035年行动计划》。次年，甲兰总统访问乙国。");
    expect(qs.map(shown)).toContain("2031年5月，甲兰与乙国建交，并制定《甲乙合作2035年行动计划》。（    ），甲兰总统访问乙国。\n括号中应是什么时间？|2032年（原文作“次年”）");
  });
});

describe("an unnamed pair", () => {
  it("is the pair its own sentence names, in a text about no one pair", () => {
    const qs = questionsOf("中国与北欧国家关系概览\n\n中国同丹麦、挪威、瑞典等国的交往各有特点。\n\n丹麦于2031年3月承认新中国，2031年6月两国正式建交。");
    expect(qs.map((q) => q.prompt)).toContain("中国和丹麦两国正式建交是在什么时候？");
  });
  it("is China and the group a text is about, when the sentence before names China and only that group", () => {
    const qs = questionsOf("中国—东盟合作回顾\n\n中国—东盟合作不断深化。\n\n2031年10月，中国作为东盟对话伙伴加入《甲乙友好条约》。次年，双方签署《甲乙货物协议》。");
    expect(qs.map((q) => q.prompt)).toContain("中国—东盟双方签署《甲乙货物协议》是在哪一年？");
  });
});

describe("a record line's date", () => {
  it("gets one short answer: the record's goes when the date builder's asks the same fact", () => {
    const builder = q({ type: "short_answer", prompt: "甲兰与乙国建交是在什么时候？（请写出年份和月份）", factIds: ["f1"], tags: ["date", "month"] });
    const record = q({ type: "short_answer", prompt: "根据原文，甲兰与乙国建交是在什么时候？", factIds: ["f1"], tags: ["date", "record"] });
    const alone = q({ type: "short_answer", prompt: "根据原文，甲兰加入某组织是在什么时候？", factIds: ["f2"], tags: ["date", "record"] });
    expect(withoutRepeatedRecordDates([builder, record, alone])).toEqual([builder, alone]);
  });
});

describe("a year dating a trade figure", () => {
  it("is asked by the figure, with the pair the text names, on a line and in an infobox", () => {
    const prompts = questionsOf("中国与秘鲁经贸合作讲义\n\n中国是秘鲁最大的贸易伙伴。\n\n2031年双边贸易额1083.9亿美元\n\n双边贸易额：150.4亿美元（2033年）").map((q) => `${q.prompt}|${String(q.answer)}`);
    expect(prompts).toContain("根据原文，中国和秘鲁双边贸易额为1083.9亿美元是哪一年的数据？|2031年");
    expect(prompts).toContain("根据原文，中国和秘鲁双边贸易额为150.4亿美元是哪一年的数据？|2033年");
  });
});

describe("a century inside a title", () => {
  it("is part of the title, no second date in the event", () => {
    const prompts = questionsOf("中秘关系简述\n\n2031年5月，中国和秘鲁两国签署《中华人民共和国和秘鲁共和国关于二十一世纪合作计划的联合声明》。").map((q) => q.prompt);
    expect(prompts).toContain("中国和秘鲁两国签署《中华人民共和国和秘鲁共和国关于二十一世纪合作计划的联合声明》是在什么时候？");
  });
});

describe("a document named by its kind alone", () => {
  it("is no event to date: which of the pair's joint statements is not said", () => {
    expect(eventOf("2031年10月，智利和秘鲁两国发表联合声明。", "2031年10月", "2031-10", "智利和秘鲁两国发表联合声明")).toBeUndefined();
    expect(eventOf("2031年10月，某公司同秘鲁政府签署协议。", "2031年10月", "2031-10", "某公司同秘鲁政府签署协议")).toBeUndefined();
  });
  it("is one when a title or a place says which", () => {
    expect(eventOf("2031年10月，智利和秘鲁两国在利马发表联合声明。", "2031年10月", "2031-10", "智利和秘鲁两国在利马发表联合声明")).toBe("智利和秘鲁两国在利马发表联合声明");
    expect(eventOf("2031年10月，智利和秘鲁两国签署《海洋合作协定》。", "2031年10月", "2031-10", "智利和秘鲁两国签署《海洋合作协定》")).toBe("智利和秘鲁两国签署《海洋合作协定》");
  });
});

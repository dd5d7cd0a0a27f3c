/**
 * Round 15, on invented text: a chat message's aside before what it says, a web page's buttons and
 * notes labels, 那次/那边 pointing into an earlier message, a section of a line never named, 全省 of no
 * province (named from the page's own province when it has one), an abstract's 指出, a section of a railway
 * named, 雙方/兩國 named, 此后 after a dated sentence.
 */
import { describe, expect, it } from "vitest";
import { artefactFlags } from "./selfcheck";
import { tidyShown, withoutChatLead, withoutSpeakerLabel } from "./tidy";

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

/**
 * Round 16, on invented text: a live blog's clock time and news label after an entry's date, a live
 * blog's fact card or correction left glued, an answer's or comment's own aside.
 */
import { describe, expect, it } from "vitest";
import { artefactFlags } from "./selfcheck";
import { tidyShown, withoutChatLead, withoutLiveStamp } from "./tidy";

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

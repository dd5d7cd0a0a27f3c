/**
 * Page furniture read apart from the text: a slide's bullet whose cells only spaces set apart, a social-media post's
 * head, follow prompt, image placeholder and ▲ caption, and a headline that asks its question.
 */
import { describe, expect, it } from "vitest";
import { bulletCells } from "./inline";
import { MappedText } from "../text";
import { blocks, clean, texts } from "./test-helpers";
import { extractFacts } from "../pipeline";

const cells = (s: string) => bulletCells(MappedText.fromRaw(s, 0, s.length)).text;

describe("a slide's bullet whose cells only spaces set apart", () => {
  it("keeps a comma before a cell that opens on a word, none before a figure or after a record's leading date", () => {
    expect(cells("• 规划期 2031-2035年 远景展望到2050年")).toBe("• 规划期 2031-2035年，远景展望到2050年");
    expect(cells("某某班列开行900列 同比增长6%")).toBe("某某班列开行900列，同比增长6%");
    expect(cells("• 2033年地区生产总值 900亿元")).toBe("• 2033年地区生产总值 900亿元");
    expect(cells("• 通达全球 30个国家和地区的 50个港口")).toBe("• 通达全球 30个国家和地区的 50个港口");
    expect(cells("2031年11月 面向未来的伙伴关系")).toBe("2031年11月 面向未来的伙伴关系");
    expect(cells("• 甲乙产业城 2030年6月 升级为国家级合作项目")).toBe("• 甲乙产业城 2030年6月 升级为国家级合作项目");
    // (letter-spaced characters are no cells; a line with punctuation is left as it is)
    expect(cells("• 始 终 秉 持")).toBe("• 始 终 秉 持");
    expect(cells("• 2030年 签署备忘录、协定")).toBe("• 2030年 签署备忘录、协定");
  });
  it("reads so in a document: only a bulleted line is cut into clauses", () => {
    const t = texts("甲乙陆海通道\n\n- 规划期 2031-2035年 远景展望到2050年\n- 2033年 班列开行900列 同比增长6%\n\n甲国 乙国 丙国\n");
    expect(t).toContain("规划期2031-2035年，远景展望到2050年");
    expect(t).toContain("2033年班列开行900列，同比增长6%");
    expect(t.join("|")).not.toContain("甲国，乙国");
  });
});

describe("a social-media post's furniture", () => {
  const post =
    "甲乙建交80年：甲国为何总是“第一个”？\n\n原创 某某 某某研习社 2031年09月14日 08:00 某地\n\n点击蓝字　关注我们\n\n图片\n\n编者按\n\n今天是甲国和乙国建交80周年。甲国是最早承认乙国的国家之一。\n\n▲ 图为甲国首都的会议中心。\n\n2001年，两国签署合作协定。\n";
  it("sets the head, the follow prompt, the image placeholder and a lone label apart from the text, a ▲ caption as a caption", () => {
    const b = blocks(post);
    expect(b[0]).toBe("title|甲乙建交80年：甲国为何总是“第一个”？");
    expect(b).toContain("body|今天是甲国和乙国建交80周年。甲国是最早承认乙国的国家之一。");
    expect(b.filter((x) => x.startsWith("meta|")).length).toBe(4);
    expect(b.some((x) => x.startsWith("body|") && /原创|关注我们|图为/u.test(x))).toBe(false);
    expect(b).toContain("caption|图为甲国首都的会议中心。");
  });
  it("reads a ▲ caption as a caption of its own, without its triangle, and a row of counters opened by ▲ as no text", () => {
    const b = blocks(
      "两国合作一瞥\n\n甲国和乙国的合作不断深化。\n▲ 2031年3月8日，甲国总统在乙城出席合作论坛开幕式。（图源：某社）\n两国还将扩大人文交流。\n\n▲ 赞同 2.1 万　　▼　　💬 57 条评论　　分享\n",
    );
    expect(b).toContain("caption|2031年3月8日，甲国总统在乙城出席合作论坛开幕式。（图源：某社）");
    expect(b).toContain("body|甲国和乙国的合作不断深化。");
    expect(b).toContain("body|两国还将扩大人文交流。");
    expect(b.some((x) => x.includes("▲") && !x.startsWith("meta|"))).toBe(false);
    expect(b.some((x) => /赞同|评论/u.test(x) && !x.startsWith("meta|"))).toBe(false);
  });
  it("dates the document by the post's head", () => {
    expect(clean(post).date).toBe("2031-09-14");
  });
  it("counts the post's 今天 from its head, and reads a ▲ caption's date", () => {
    const found = extractFacts(clean(post.replace("▲ 图为甲国首都的会议中心。", "▲ 2030年5月6日，两国外长在甲城会谈。")))
      .filter((f) => f.kind === "date")
      .map((f) => `${(f.value as { iso: string }).iso} ${f.quote}`);
    expect(found).toContain("2031-09-14 今天");
    expect(found).toContain("2030-05-06 2030年5月6日");
  });
});

import { describe, expect, it } from "vitest";
import { rawDocumentFromText } from "../read";
import { normaliseDocument } from "./index";

const clean = (raw: string, file = "t.txt") => normaliseDocument(rawDocumentFromText("t", file, raw));
const blocks = (raw: string) => clean(raw).blocks.map((b) => `${b.label}|${b.text}`);

describe("round 14: letters, e-mails and newsletters", () => {
  it("keeps a reply's quote line and a salutation apart from the letter's first paragraph", () => {
    const mail = "From: 甲 <a@example.org>\n\n在 2024年3月5日 星期二 17:02，张三 <zs@example.cn> 写道：\n\n李四：\n\n转一期简报，请看一下。\n";
    expect(blocks(mail)).toEqual(expect.arrayContaining(["body|在2024年3月5日星期二17:02，张三<zs@example.cn>写道：", "body|李四：", "body|转一期简报，请看一下。"]));
    // a salutation with a title stands alone in any text
    expect(blocks("王老师：\n\n来信收到，谢谢。\n")).toEqual(["body|王老师：", "body|来信收到，谢谢。"]);
    // outside a letter, a short line ending in a colon still runs on into what follows it
    expect(blocks("正文开头。\n\n双方同意：\n\n共同推进合作。\n")).toContain("body|双方同意：共同推进合作。");
    expect(blocks("正文开头。\n\n原则：\n\n相互尊重、平等互利、合作共赢。\n")).toContain("body|原则：相互尊重、平等互利、合作共赢。");
  });

  it("reads a contents list without page numbers under 本期目录, and an image placeholder, as no text", () => {
    const text = "正文第一段。\n\n[图片: 观察 Watch]\n\n观察 · 双周简报 · 第4期（2024年3月4日）\n\n本期目录\n一、甲国访问\n二、乙国动态\n\n一、甲国访问\n\n甲国总统于3月1日访华。\n";
    const b = blocks(text);
    expect(b).toEqual(expect.arrayContaining(["meta|[图片：观察Watch]", "toc|本期目录", "toc|一、甲国访问", "toc|二、乙国动态", "body|甲国总统于3月1日访华。"]));
    expect(b.filter((x) => x.endsWith("一、甲国访问"))).toHaveLength(2);
    // the contents end at the blank line: the section heading after them is read
    expect(b).toContain("heading|一、甲国访问");
  });
});

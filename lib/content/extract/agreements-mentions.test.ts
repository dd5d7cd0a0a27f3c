/**
 * A name the document has read, written again elsewhere: another place of the same fact (a mention), never a fact
 * of its own, and never the fact's first place.
 */
import { describe, expect, it } from "vitest";
import type { ExtractedFact } from "../types";
import { docOf, factsOf, names } from "./test-helpers";

const agreementFacts = (text: string) => factsOf(text).filter((f) => f.kind === "agreement");
/** The texts at a fact's own place and at each of its other places. */
const places = (text: string, f: ExtractedFact) => {
  const raw = docOf(text).doc.raw;
  return [f.span, ...f.alsoIn.map((a) => a.span)].map((s) => raw.slice(s.start, s.end));
};

describe("session 15: a name read once, named again", () => {
  it("a quoted programme named again in quotes is the same fact there", () => {
    const text = "　　2016年，两国领导人宣布实施“六项工程”。\n\n　　问：“六项工程”包括哪些内容？答：修路、建校和打井等。";
    const found = agreementFacts(text).filter((f) => f.value.name === "六项工程");
    expect(found).toHaveLength(1);
    expect(found[0].context.sentence).toContain("宣布实施");
    expect(places(text, found[0])).toHaveLength(2);
    expect(places(text, found[0])[1]).toContain("六项工程");
  });

  it("a known initiative named before the sentence that reads it is a mention, and the fact stays where it is told", () => {
    const text = "　　共建“一带一路”以互联互通为重点。\n\n　　2018年5月，甲国同中国签署共建“一带一路”合作文件。";
    const found = agreementFacts(text).filter((f) => f.value.name === "一带一路");
    expect(found).toHaveLength(1);
    expect(found[0].context.sentence).toContain("2018年5月");
    expect(found[0].alsoIn).toHaveLength(1);
  });

  it("a work named with its pair is the same work where the text drops the pair", () => {
    const text = "　　2018年8月，中老友谊大桥正式建成通车。\n\n　　除友谊大桥外，中国还在老挝援建了多所学校。";
    const found = agreementFacts(text).filter((f) => f.value.name === "中老友谊大桥");
    expect(found).toHaveLength(1);
    expect(places(text, found[0])).toContain("友谊大桥");
  });

  it("no mention where the name opens another one, and none of a document's name", () => {
    const text = "　　2016年，两国宣布实施“六项工程”。\n\n　　“六项工程”公司负责施工。双方签署《联合声明》。\n\n　　联合声明指出，双方愿深化合作。";
    const six = agreementFacts(text).find((f) => f.value.name === "六项工程");
    expect(six?.alsoIn ?? []).toHaveLength(0);
    const statement = agreementFacts(text).find((f) => f.value.name === "联合声明");
    expect(statement?.alsoIn ?? []).toHaveLength(0);
  });
});

describe("session 15: a body given its short form in brackets", () => {
  it("names an organisation or a committee whose words carry no other mark of a proper name", () => {
    expect(names("　　乙国是沿海渔业发展组织（CFDO）的创始成员。")).toContain("沿海渔业发展组织");
    expect(names("　　两国共同参加渔业资源养护委员会（渔委）的工作。")).toContain("渔业资源养护委员会");
  });

  it("not where the brackets hold no short form of the name", () => {
    expect(names("　　有关问题由技术专家委员会（下同）负责研究。")).not.toContain("技术专家委员会");
    expect(names("　　有关问题由技术专家委员会（专家）负责研究。")).not.toContain("技术专家委员会");
  });
});

/**
 * Round 14, on invented text: a timeline line whose event is a named station, port or bridge and its
 * completion ("某某站建成", five characters) is asked, and the facility's name is tested by that
 * question; shorter, unnamed or cut events are still refused.
 */
import { describe, expect, it } from "vitest";
import { date, fact, makeDoc, withOtherDates } from "../../../tests/fixtures/generate/corpus";
import { generateBank } from "./bank";
import { usableEvent } from "./builders/common";
import { bracketedCompletion, dateEvent } from "./builders/date";
import { buildContext } from "./context";
import type { DateFact } from "./model";

function eventOf(text: string, needle: string, iso: string, event: string): string | undefined {
  const d = makeDoc("doc_ev14", "大事记", text);
  const f = fact(d, "date", needle, date(iso, "day", needle, event) as never);
  return dateEvent(f as DateFact, buildContext({ documents: [d], facts: [f] }));
}

describe("a named facility completed, in five characters", () => {
  it("is an event: 某某站建成, 某某港开港, 某某站开站", () => {
    expect(usableEvent("青松站建成")).toBe("青松站建成");
    expect(usableEvent("白鹭港开港")).toBe("白鹭港开港");
    expect(eventOf("2031年3月5日：青松站建成。", "2031年3月5日", "2031-03-05", "青松站建成")).toBe("青松站建成");
    expect(eventOf("2031年3月5日：青松站开站。", "2031年3月5日", "2031-03-05", "青松站开站")).toBe("青松站开站");
  });

  it("is not an event when it is no named facility or no completion", () => {
    expect(usableEvent("新站建成")).toBeUndefined();
    expect(usableEvent("该站已建成")).toBeUndefined();
    expect(usableEvent("青松站访问")).toBeUndefined();
    expect(usableEvent("两国建交了")).toBeUndefined();
    expect(usableEvent("青松馆建成")).toBeUndefined();
    expect(eventOf("2031年3月5日：本站建成。", "2031年3月5日", "2031-03-05", "本站建成")).toBeUndefined();
  });

  const timeline = (line: string, name: string) => {
    const d = makeDoc("doc_st14", "极地考察大事记", line);
    const when = fact(d, "date", "2031年3月5日", date("2031-03-05", "day", "2031年3月5日", line.replace(/^2031年3月5日：/u, "").replace(/。$/u, "")) as never);
    const st = fact(d, "agreement", name, { name, category: "project", type: "站", parties: [], date: "2031-03-05" } as never);
    return { corpus: withOtherDates([d], [when, st]), st };
  };

  it("tests the facility's name by the question on when it was completed", () => {
    const { corpus, st } = timeline("2031年3月5日：青松站建成。", "青松站");
    const q = generateBank(corpus).bank.questions.find((x) => x.factIds.includes(st.id));
    expect(q?.prompt).toBe("青松站建成是在什么时候？");
  });

  it("does not test a name that is only part of the subject", () => {
    const { corpus, st } = timeline("2031年3月5日：白沙青松站建成。", "青松站");
    expect(generateBank(corpus).bank.questions.some((x) => x.factIds.includes(st.id))).toBe(false);
  });
});

describe("a name with its date and verb in a bracket after it", () => {
  const at = (text: string, needle: string) => {
    const start = text.indexOf(needle);
    return bracketedCompletion(text, { start, end: start + needle.length });
  };

  it("is the name and the verb: \"③中智“青松工坊”（2031年揭牌）\", \"甲乙合作论坛（2031年成立，……）\"", () => {
    expect(at("③中智“青松工坊”（2031年揭牌）", "2031年")).toBe("中智“青松工坊”揭牌");
    expect(at("◆多边：中智合作论坛（2031年成立，秘书处设在圣地亚哥）", "2031年")).toBe("中智合作论坛成立");
    expect(eventOf("③中智“青松工坊”（2031年3月5日揭牌）", "2031年3月5日", "2031-03-05", "③中智“青松工坊”（2031年3月5日揭牌）")).toBe("中智“青松工坊”揭牌");
  });

  it("is no event for a pronoun, a short label, another verb or a bracket that goes on", () => {
    expect(at("该工坊（2031年揭牌）", "2031年")).toBeUndefined();
    expect(at("工坊（2031年揭牌）", "2031年")).toBeUndefined();
    expect(at("中智“青松工坊”（2031年访问）", "2031年")).toBeUndefined();
    expect(at("中智“青松工坊”（2031年揭牌仪式在圣地亚哥举行）", "2031年")).toBeUndefined();
    expect(at("两国签署协议（2031年）", "2031年")).toBeUndefined();
  });
});

describe("a pair's short form and 建交 (\"中挪建交\")", () => {
  it("is the event \"中X两国建交\"", () => {
    expect(eventOf("中智于2031年3月5日建交。", "2031年3月5日", "2031-03-05", "中智建交")).toBe("中智两国建交");
  });

  it("is not widened for another verb or a longer subject", () => {
    expect(eventOf("中智于2031年3月5日会谈。", "2031年3月5日", "2031-03-05", "中智会谈")).toBeUndefined();
    expect(eventOf("中智两国于2031年3月5日建交。", "2031年3月5日", "2031-03-05", "中智两国建交")).toBe("中智两国建交");
    expect(eventOf("智利于2031年3月5日建交。", "2031年3月5日", "2031-03-05", "智利建交")).toBeUndefined();
  });
});

import { describe, expect, it } from "vitest";
import { BROADCASTERS, DAILIES, MONTH_DAY, MONTH_DAY_CAPTURED, NEWS_SITES, WIRES, reporterNote, senderOf } from "./dateline";

describe("dateline parts", () => {
  const all = [...WIRES, ...DAILIES, ...BROADCASTERS, ...NEWS_SITES];

  it("names each sender once, none the start of another (so the order of the alternatives never matters)", () => {
    expect(new Set(all).size).toBe(all.length);
    for (const a of all) for (const b of all) if (a !== b) expect(b.startsWith(a)).toBe(false);
  });

  it("matches only the senders of the groups given", () => {
    const wire = new RegExp(`^${senderOf(WIRES)}$`);
    expect(wire.test("新华社")).toBe(true);
    expect(wire.test("本报")).toBe(true);
    expect(wire.test("人民网")).toBe(false);
    const wireOrSite = new RegExp(`^${senderOf(WIRES, NEWS_SITES)}$`);
    expect(wireOrSite.test("人民网")).toBe(true);
    expect(wireOrSite.test("光明日报")).toBe(false);
  });

  it("reads a dateline built from the parts: the day captured, the reporter's note within its bound", () => {
    const re = new RegExp(String.raw`^${senderOf(WIRES, DAILIES)}[\u4e00-\u9fff]{0,10}?${MONTH_DAY_CAPTURED}电(?:${reporterNote(8)})?`);
    const m = re.exec("光明日报某城10月3日电（记者某甲）某展览今天开幕。");
    expect(m?.slice(1, 3)).toEqual(["10", "3"]);
    expect(m?.[0]).toBe("光明日报某城10月3日电（记者某甲）");
    // a note longer than the bound is not the reporter's
    expect(re.exec("本报某城4月1日电（这是一段远远超过八个字的括注）")?.[0]).toBe("本报某城4月1日电");
    // a day without its 电 is no dateline
    expect(re.test("新华社某城5月9日消息")).toBe(false);
    expect(new RegExp(`^${MONTH_DAY}$`).test("12月31日")).toBe(true);
    expect(new RegExp(`^${MONTH_DAY}$`).test("2024年12月31日")).toBe(false);
  });
});

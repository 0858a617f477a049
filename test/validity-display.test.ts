// What every channel shows of a document's validity and of a citation's name: computed once, in
// corpus/validity.ts and retrieval/citation-name.ts, from the document's dates and the day asked.
import { describe, expect, it } from "vitest";
import { loadCorpus } from "../corpus/index.ts";
import { EXPIRES_SOON_DAYS, expiryNotice, validityIn, validityOn } from "../corpus/validity.ts";
import { citationName } from "../retrieval/citation-name.ts";

const RANGE = { from: "2023-12-15", to: "2026-12-14", basis: "" };

describe("expires in N days", () => {
  it("is said within 60 days of the last day, and counted to it", () => {
    const v = validityIn(RANGE, "2026-12-05");
    expect(v).toMatchObject({ status: "in_force", inForce: true, daysLeft: 9, expiresInDays: 9 });
    expect(v.text).toBe("有效期2023-12-15至2026-12-14，距失效还有9天（即将到期）");
  });

  it("starts exactly 60 days before the end and says so on the last day itself", () => {
    expect(EXPIRES_SOON_DAYS).toBe(60);
    expect(validityIn(RANGE, "2026-10-15")).toMatchObject({ daysLeft: 60, expiresInDays: 60 });
    expect(validityIn(RANGE, "2026-10-14")).toMatchObject({ daysLeft: 61, expiresInDays: null, text: "有效期2023-12-15至2026-12-14" });
    expect(validityIn(RANGE, "2026-12-14").text).toBe("有效期2023-12-15至2026-12-14，今日为最后有效日（即将到期）");
  });

  it("is never said of a document expired, not yet in force or without an end", () => {
    expect(validityIn(RANGE, "2026-12-15")).toMatchObject({ status: "expired", expiresInDays: null, text: "已于2026-12-14到期" });
    expect(validityIn(RANGE, "2023-12-01")).toMatchObject({ status: "not_yet", expiresInDays: null });
    expect(validityIn({ from: "2023-01-01", to: null, basis: "" }, "2026-12-05")).toMatchObject({ status: "open_ended", expiresInDays: null });
    expect(expiryNotice(null)).toBeNull();
    expect(expiryNotice(61)).toBeNull();
  });

  it("applies to the corpus's own documents on the day asked", () => {
    // The three texts of 郑政文〔2023〕210号 end on 2026-12-14.
    const v = validityOn("zz-2023-210-measures", "2026-11-20");
    expect(v.expiresInDays).toBe(24);
    expect(v.text).toContain("距失效还有24天");
  });
});

describe("a citation's name", () => {
  it("names the document's title beside its 文号, since one 文号 carries three documents", () => {
    const sharing = loadCorpus().documents.filter((d) => d.info.docNumber === "郑政文〔2023〕210号");
    expect(sharing.length).toBe(3);
    const names = sharing.map((d) => {
      const c = d.clauses[0]!;
      return citationName({ docNumber: c.docNumber, docTitle: c.docTitle, clauseLabel: c.label, title: c.title });
    });
    expect(new Set(names).size).toBe(3);
    for (const [i, d] of sharing.entries()) expect(names[i]).toContain(`郑政文〔2023〕210号《${d.info.title}》`);
  });
});

// Loop names and relative dates: what the list, the loop page, the print view and the PDF call a loop.
import { describe, expect, it } from "vitest";
import { daysUntil, loopTitle, relativeDay } from "@/lib/domain/loop-names";

describe("loopTitle", () => {
  it("is Company — Role (Level), leaving out what is empty", () => {
    expect(loopTitle({ company: "Amazon", role: "Data Scientist", level: "L5" })).toBe("Amazon — Data Scientist (L5)");
    expect(loopTitle({ company: "Amazon", role: "Data Scientist", level: "" })).toBe("Amazon — Data Scientist");
    expect(loopTitle({ company: "Amazon", role: "", level: "L6" })).toBe("Amazon (L6)");
    expect(loopTitle({ company: " Acme ", role: " ", level: " " })).toBe("Acme");
  });
});

describe("relativeDay", () => {
  const today = "2026-12-01";
  it("says today, tomorrow, yesterday, in N days and N days ago", () => {
    expect(relativeDay("2026-12-01", today)).toBe("today");
    expect(relativeDay("2026-12-02", today)).toBe("tomorrow");
    expect(relativeDay("2026-11-30", today)).toBe("yesterday");
    expect(relativeDay("2026-12-08", today)).toBe("in 7 days");
    expect(relativeDay("2026-11-28", today)).toBe("3 days ago");
    expect(relativeDay("2027-01-01", today)).toBe("in 31 days");
  });
  it("counts calendar days across month, year and daylight-saving changes", () => {
    expect(daysUntil("2027-03-29", "2027-03-27")).toBe(2);
    expect(daysUntil("2027-01-01", "2026-12-31")).toBe(1);
    expect(daysUntil("2028-03-01", "2028-02-28")).toBe(2); // leap year
  });
  it("has nothing to say about free text, an empty date or an impossible day", () => {
    expect(relativeDay("", today)).toBeNull();
    expect(relativeDay("late January", today)).toBeNull();
    expect(relativeDay("2026-02-31", today)).toBeNull();
  });
});

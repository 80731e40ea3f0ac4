import { describe, expect, it } from "vitest";
import { plainValue } from "../../../src/ingest/page/plain-value.ts";

describe("plainValue", () => {
  it("decodes entities and drops markup, keeping the words", () => {
    expect(plainValue("Korut &amp; Rusia  <b>Teken</b> Pakta")).toBe("Korut & Rusia Teken Pakta");
  });

  it("drops scripts and styles with their content", () => {
    expect(plainValue("<script>alert(2)</script>Rudi<style>b{}</style> Hartono")).toBe("Rudi Hartono");
  });

  it("keeps a less-than sign that starts no tag", () => {
    expect(plainValue("Jumlah <10.000 tentara")).toBe("Jumlah <10.000 tentara");
  });

  it("collapses white space and control characters, terminal escapes among them", () => {
    expect(plainValue(" Judul\u001b[31m\n\tmerah ")).toBe("Judul [31m merah");
  });

  it("gives null for nothing, or for what is not a string", () => {
    expect(plainValue(" <img src=x onerror=alert(1)> ")).toBeNull();
    expect(plainValue(42)).toBeNull();
    expect(plainValue(undefined)).toBeNull();
  });
});

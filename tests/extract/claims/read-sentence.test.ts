import { describe, expect, it } from "vitest";
import { readSentence } from "../../../src/extract/claims/read-sentence.ts";

describe("readSentence", () => {
  it("finds the best attribution and the others", () => {
    const facts = readSentence("Kirby mengonfirmasi hal itu, setelah pemerintah Ukraina menyatakan pasukan itu bertempur.", false);
    expect(facts.best?.claimants[0]?.id).toBe("kirby");
    expect(facts.best?.hedge).toBe("confirmed");
    expect(facts.others.map((c) => c.id)).toEqual(["ukraine-government"]);
  });

  it("reports an agentless passive", () => {
    expect(readSentence("Korea Utara disebut mengerahkan 18.000 tentara.", false)).toMatchObject({ best: null, agentless: true, figure: true });
  });

  it("reports a sentence that points back ('Hal ini diungkapkan X')", () => {
    expect(readSentence("Hal ini juga diungkapkan Pentagon.", false).pointsBack).toBe(true);
    expect(readSentence("Serangan itu diungkapkan Pentagon.", false).pointsBack).toBe(false);
  });

  it.each([
    ["Mereka juga menyerang pos perbatasan.", true],
    ["Selain itu, pasukan itu mundur.", true],
    ["Pengiriman pasukan tambahan ini terjadi pekan lalu.", true],
    ['"Mereka kalah."', true],
    ["Sementara itu, Rusia terus maju.", false],
    ["Namun, serangan itu gagal.", false],
    ["Rusia terus maju.", false],
  ])("reads %j as continuing the report: %s", (text, expected) => {
    expect(readSentence(text, false).continues).toBe(expected);
  });

  it("keeps the medium apart from the claimant", () => {
    const facts = readSentence('"Tiga tentara hilang," kata GUR, seperti dikutip dari The Guardian.', false);
    expect(facts.best?.claimants[0]?.id).toBe("gur");
    expect(facts.via?.id).toBe("the-guardian");
    expect(facts.others).toEqual([]);
  });

  it("reads a '-nya' verb as a pronoun", () => {
    expect(readSentence('"Kami siap," ujarnya.', false).best?.pronoun).toEqual({ text: "ujarnya", group: false });
  });

  it("reads a joint subject with 'sama-sama' or 'bersama-sama' before the verb as several claimants", () => {
    const a = readSentence("Jepang dan Korea Selatan sama-sama menaksir 9.000 tentara Korea Utara sudah tiba.", false);
    expect(a.best?.claimants.map((c) => c.id)).toEqual(["japan", "south-korea"]);
    const b = readSentence("Rusia dan Korea Utara bersama-sama membantah kehadiran pasukan itu.", false);
    expect(b.best?.claimants.map((c) => c.id)).toEqual(["russia", "north-korea"]);
  });
});

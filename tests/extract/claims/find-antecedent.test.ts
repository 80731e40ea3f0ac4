import { describe, expect, it } from "vitest";
import { describedBefore, isShortName, namedBefore } from "../../../src/extract/claims/find-antecedent.ts";
import type { Attribution, Claimant } from "../../../src/extract/claims/types.ts";

const claimant = (id: string, name: string, text: string, kind: Claimant["kind"], known: boolean): Claimant => ({ id, name, text, kind, known });
const said = (c: Claimant, also: Claimant[] = []): Attribution => ({ claimant: c, also, via: null, marker: "mengatakan", hedge: "reported", carried: false });

const nis = said(claimant("nis", "NIS", "Badan intelijen Seoul", "agency", true));
const zelensky = said(claimant("zelensky", "Zelensky", "Zelensky", "person", true));
const lawmaker = claimant("anggota-parlemen-park-min-ho", "anggota parlemen Park Min-ho", "anggota parlemen Park Min-ho", "group", false);

describe("describedBefore", () => {
  it("takes the latest claimant of the kind a description asks for", () => {
    expect(describedBefore([nis, zelensky], "agency")?.claimant.id).toBe("nis");
  });

  it("takes an unknown claimant of any guessed kind, and nothing when none fits", () => {
    const unknown = said(claimant("rbc-ukraine", "RBC Ukraine", "laporan RBC Ukraine", "person", false));
    expect(describedBefore([nis, unknown], "outlet")?.claimant.id).toBe("rbc-ukraine");
    expect(describedBefore([zelensky], "outlet")).toBeNull();
  });
});

describe("describedBefore with the description's words", () => {
  it("takes the latest claimant whose words hold the description's head noun, whatever its kind", () => {
    const ministry = said(claimant("japan", "Jepang", "Kementerian Luar Negeri Jepang", "state", true));
    expect(describedBefore([ministry, zelensky], "agency", "Kementerian")?.claimant.id).toBe("japan");
    expect(describedBefore([ministry, nis], "agency", "badan")?.claimant.id).toBe("nis");
  });
});

describe("isShortName and namedBefore", () => {
  it("tells a bare short name not in the lexicon", () => {
    expect(isShortName(claimant("park", "Park", "Park", "person", false))).toBe(true);
    expect(isShortName(claimant("park-min-ho", "Park Min-ho", "Park Min-ho", "person", false))).toBe(false);
    expect(isShortName(zelensky.claimant)).toBe(false);
  });

  it("finds the attribution that named the person in full, as claimant or in also", () => {
    expect(namedBefore([said(claimant("kim-jong-un", "Kim Jong Un", "Pemimpin Korea Utara Kim Jong Un", "person", true))], "Kim")?.claimant.id).toBe("kim-jong-un");
    expect(namedBefore([said(nis.claimant, [lawmaker]), zelensky], "Park")?.claimant.id).toBe("nis");
    expect(namedBefore([zelensky], "Park")).toBeNull();
  });
});

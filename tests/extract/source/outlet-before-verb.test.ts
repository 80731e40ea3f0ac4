import { describe, expect, it } from "vitest";
import { outletBeforeVerb } from "../../../src/extract/source/outlet-before-verb.ts";

describe("outletBeforeVerb", () => {
  it("names a known outlet or a domain that is the whole subject of its own reviewing or summing up", () => {
    expect(outletBeforeVerb("Musim hujan datang lagi. Di pekan ini, Media Indonesia mengulas cara kota bersiap.")).toEqual({ outlet: "Media Indonesia", known: true });
    expect(outletBeforeVerb("Harga beras naik. kabarpasar.co.id merangkum lima penyebabnya.")).toEqual({ outlet: "kabarpasar.co.id", known: false });
    expect(outletBeforeVerb("Sejak pagi, Antara News menelusuri jejak banjir di tiga kecamatan.")).toEqual({ outlet: "Antara", known: true });
    expect(outletBeforeVerb("Sejak pagi, Warta Sepekan menelusuri jejak banjir.")).toBeNull();
  });
  it("leaves a subject that is a person, a body, a list or only holds an outlet's name", () => {
    expect(outletBeforeVerb("Ketua panitia merangkum hasil rapat di balai desa.")).toBeNull();
    expect(outletBeforeVerb("Antara dan Media Indonesia merangkum data yang sama.")).toBeNull();
    expect(outletBeforeVerb("Redaktur Media Indonesia mengulas buku itu.")).toBeNull();
    expect(outletBeforeVerb("Media Indonesia melaporkan banjir di dua kabupaten.")).toBeNull();
  });
});

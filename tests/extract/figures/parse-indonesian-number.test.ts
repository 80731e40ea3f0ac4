import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { parseIndonesianNumber } from "./parse-indonesian-number.ts";

describe("parseIndonesianNumber", () => {
  describe("numerals in digits", () => {
    it("reads a plain numeral '300' as 300", () => {
      expect(parseIndonesianNumber("300")).toBe(300);
    });
    it("reads '10.000' with the thousands dot as 10,000", () => {
      expect(parseIndonesianNumber("10.000")).toBe(10000);
    });
    it("reads '45.100' as 45,100", () => {
      expect(parseIndonesianNumber("45.100")).toBe(45100);
    });
    it("reads '1.060.000' with two thousands dots as 1,060,000", () => {
      expect(parseIndonesianNumber("1.060.000")).toBe(1060000);
    });
    it("reads '1.234,5' with a thousands dot and a decimal comma as 1,234.5", () => {
      expect(parseIndonesianNumber("1.234,5")).toBe(1234.5);
    });
    it("reads '0,5' with the decimal comma as one half", () => {
      expect(parseIndonesianNumber("0,5")).toBe(0.5);
    });
    it("reads an English-style '11,000' in translated text as 11,000", () => {
      expect(parseIndonesianNumber("11,000")).toBe(11000);
    });
    it("refuses a code with a leading zero such as '003'", () => {
      expect(parseIndonesianNumber("003")).toBeNull();
    });
    it("refuses a date '4/2/2025' and a time '16:59'", () => {
      expect(parseIndonesianNumber("4/2/2025")).toBeNull();
      expect(parseIndonesianNumber("16:59")).toBeNull();
    });
  });

  describe("numerals with a scale word", () => {
    it("reads '2,5 juta' as 2,500,000", () => {
      expect(parseIndonesianNumber("2,5 juta")).toBe(2500000);
    });
    it("reads '1,4 juta' as 1,400,000 without binary noise", () => {
      expect(parseIndonesianNumber("1,4 juta")).toBe(1400000);
      expect(parseIndonesianNumber("4,1 juta")).toBe(4100000);
    });
    it("reads '11 ribu' as 11,000", () => {
      expect(parseIndonesianNumber("11 ribu")).toBe(11000);
    });
    it("reads '2,8 ribu' as 2,800", () => {
      expect(parseIndonesianNumber("2,8 ribu")).toBe(2800);
    });
    it("reads '417,3 miliar' as 417,300,000,000", () => {
      expect(parseIndonesianNumber("417,3 miliar")).toBe(417300000000);
    });
    it("reads the informal '9.5 juta' as 9,500,000", () => {
      expect(parseIndonesianNumber("9.5 juta")).toBe(9500000);
    });
    it("reads the glued abbreviations '10rb', '103.3rb' and '2jt'", () => {
      expect(parseIndonesianNumber("10rb")).toBe(10000);
      expect(parseIndonesianNumber("103.3rb")).toBe(103300);
      expect(parseIndonesianNumber("2jt")).toBe(2000000);
    });
    it("reads '2 juta 300 ribu' as 2,300,000", () => {
      expect(parseIndonesianNumber("2 juta 300 ribu")).toBe(2300000);
    });
    it("reads '400 ribuan' and '1.000-an' as their values (about that many)", () => {
      expect(parseIndonesianNumber("400 ribuan")).toBe(400000);
      expect(parseIndonesianNumber("1.000-an")).toBe(1000);
    });
  });

  describe("number words", () => {
    it("reads the digit words satu to sembilan", () => {
      const words = ["satu", "dua", "tiga", "empat", "lima", "enam", "tujuh", "delapan", "sembilan"];
      expect(words.map(parseIndonesianNumber)).toEqual([1, 2, 3, 4, 5, 6, 7, 8, 9]);
    });
    it("reads 'sepuluh' as 10 and 'sebelas' as 11", () => {
      expect(parseIndonesianNumber("sepuluh")).toBe(10);
      expect(parseIndonesianNumber("sebelas")).toBe(11);
    });
    it("reads 'dua belas' as 12 and 'sembilan belas' as 19", () => {
      expect(parseIndonesianNumber("dua belas")).toBe(12);
      expect(parseIndonesianNumber("sembilan belas")).toBe(19);
    });
    it("reads 'dua puluh' as 20 and 'dua puluh tiga' as 23", () => {
      expect(parseIndonesianNumber("dua puluh")).toBe(20);
      expect(parseIndonesianNumber("dua puluh tiga")).toBe(23);
    });
    it("reads 'seratus' as 100 and 'tiga ratus' as 300", () => {
      expect(parseIndonesianNumber("seratus")).toBe(100);
      expect(parseIndonesianNumber("tiga ratus")).toBe(300);
    });
    it("reads 'seribu' as 1,000 and 'sepuluh ribu' as 10,000", () => {
      expect(parseIndonesianNumber("seribu")).toBe(1000);
      expect(parseIndonesianNumber("sepuluh ribu")).toBe(10000);
    });
    it("reads 'sejuta' as 1,000,000 and 'dua miliar' as 2,000,000,000", () => {
      expect(parseIndonesianNumber("sejuta")).toBe(1000000);
      expect(parseIndonesianNumber("dua miliar")).toBe(2000000000);
    });
    it("reads 'dua ratus dua puluh lima ribu' as 225,000", () => {
      expect(parseIndonesianNumber("dua ratus dua puluh lima ribu")).toBe(225000);
    });
    it("reads 'seratus dua belas' as 112", () => {
      expect(parseIndonesianNumber("seratus dua belas")).toBe(112);
    });
    it("reads 'selusin' as 12 and 'dua lusin' as 24", () => {
      expect(parseIndonesianNumber("selusin")).toBe(12);
      expect(parseIndonesianNumber("dua lusin")).toBe(24);
    });
    it("reads 'setengah juta' as 500,000 and 'dua setengah juta' as 2,500,000", () => {
      expect(parseIndonesianNumber("setengah juta")).toBe(500000);
      expect(parseIndonesianNumber("dua setengah juta")).toBe(2500000);
    });
    it("reads capitalised words such as 'Tiga' and 'SERIBU'", () => {
      expect(parseIndonesianNumber("Tiga")).toBe(3);
      expect(parseIndonesianNumber("SERIBU")).toBe(1000);
    });
  });

  describe("what is not one number", () => {
    it("refuses magnitude words such as 'ratusan' and 'beberapa'", () => {
      expect(parseIndonesianNumber("ratusan")).toBeNull();
      expect(parseIndonesianNumber("beberapa")).toBeNull();
    });
    it("refuses a range '10.000-12.000'", () => {
      expect(parseIndonesianNumber("10.000-12.000")).toBeNull();
    });
    it("refuses a scale with no number ('ribu') and words out of order ('dua tiga', 'puluh dua')", () => {
      expect(parseIndonesianNumber("ribu")).toBeNull();
      expect(parseIndonesianNumber("dua tiga")).toBeNull();
      expect(parseIndonesianNumber("puluh dua")).toBeNull();
      expect(parseIndonesianNumber("seribu sejuta")).toBeNull();
    });
    it("refuses a number with other words around it", () => {
      expect(parseIndonesianNumber("10.000 tentara")).toBeNull();
      expect(parseIndonesianNumber("sekitar 10.000")).toBeNull();
    });
    it("refuses an empty string and a numeral too large to be finite", () => {
      expect(parseIndonesianNumber("")).toBeNull();
      expect(parseIndonesianNumber("9".repeat(400))).toBeNull();
    });
  });

  describe("properties", () => {
    const valid = (v: number | null) => v === null || (Number.isFinite(v) && v >= 0);

    it("never throws and returns null or a finite non-negative number on any string", () => {
      fc.assert(fc.property(fc.string({ maxLength: 60 }), (s) => valid(parseIndonesianNumber(s))));
    });

    it("never throws on strings built from number words, digits and separators", () => {
      const part = fc.constantFrom(
        "satu", "dua", "belas", "puluh", "ratus", "ribu", "juta", "miliar", "triliun", "se", "seribu",
        "setengah", "ribuan", "an", "-", ".", ",", " ", "0", "9", "999", "1.000", "2,5", "rb",
      );
      fc.assert(fc.property(fc.array(part, { maxLength: 12 }), (parts) => valid(parseIndonesianNumber(parts.join("")))));
      fc.assert(fc.property(fc.array(part, { maxLength: 12 }), (parts) => valid(parseIndonesianNumber(parts.join(" ")))));
    });

    it("reads back every integer written with thousands dots", () => {
      fc.assert(
        fc.property(fc.integer({ min: 0, max: 10_000_000_000 }), (n) => {
          const written = n.toLocaleString("id-ID");
          return parseIndonesianNumber(written) === n;
        }),
      );
    });

    it("completes on a 200,000-character string", () => {
      expect(parseIndonesianNumber("1".repeat(200_000))).toBeNull();
      expect(parseIndonesianNumber("dua ".repeat(50_000))).toBeNull();
      expect(parseIndonesianNumber("1.000".repeat(40_000))).toBeNull();
    });
  });
});

import { describe, expect, it } from "vitest";
import { hasFigure } from "../../../src/extract/claims/has-figure.ts";

describe("hasFigure", () => {
  it.each([
    ["sekitar 300 tentara Korea Utara tewas", true],
    ["lebih dari 10.000 tentaranya", true],
    ["puluhan ribu suporter", true],
    ["pada Selasa (4/2/2025) dan Februari 2022", false],
    ["pukul 19.10 WIB", false],
    ["Riza Aslam • 27 February 2025 16:59", true],
    ["Liputan6.com melaporkan", false],
    ["tahun 2022 dan pukul 19.10", false],
    ["harga tajam 300 rupiah", true],
  ])("reads %j as %s", (text, expected) => {
    expect(hasFigure(text)).toBe(expected);
  });
});

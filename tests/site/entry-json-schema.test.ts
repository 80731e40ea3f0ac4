import { describe, expect, it } from "vitest";
import { Entry } from "../../src/schema/entry.ts";
import { entryJsonSchema } from "../../src/site/entry-json-schema.ts";

type Schema = { $schema?: string; $id?: string; type?: string; required?: string[]; properties?: Record<string, Schema>; items?: Schema; enum?: string[]; anyOf?: Schema[] };
const schema = entryJsonSchema("https://linimasa.example") as Schema;

describe("entryJsonSchema", () => {
  it("is a JSON Schema with its own address on the site", () => {
    expect(schema.$schema).toMatch(/json-schema\.org/);
    expect(schema.$id).toBe("https://linimasa.example/data/entry.schema.json");
  });
  it("requires every field of the zod schema", () => {
    expect(schema.type).toBe("object");
    expect(schema.required?.sort()).toEqual(Object.keys(Entry.shape).sort());
  });
  it("carries the enums of the zod schema", () => {
    const published = schema.properties?.published?.anyOf?.find((s) => s.type === "object");
    expect(published?.properties?.precision?.enum).toContain("late-month");
  });
  it("lets an undated entry's publication date be null", () =>
    expect(schema.properties?.published?.anyOf?.map((s) => s.type)).toEqual(["object", "null"]));
  it("describes the chain of each claim and figure, link by link", () => {
    for (const list of ["claims", "figures"]) {
      const item = schema.properties?.[list]?.items;
      expect(item?.required, list).toContain("chain");
      expect(item?.properties?.chain?.items?.properties?.role?.enum).toEqual(["claimant", "relay", "outlet"]);
    }
  });
  it("is plain JSON", () => expect(JSON.parse(JSON.stringify(schema))).toEqual(schema));
});

import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { markText } from "../../src/site/mark-text.ts";
import { makeEntry } from "./fixtures/make-entry.ts";

const link = (c: { id: string }) => `/sumber/${c.id}/`;
/** The text a reader sees, without the tags that mark claims and figures. */
const visible = (html: string) =>
  html
    .replace(/ <small class="who"[\s\S]*?<\/small>|<small class="fig-tag"[\s\S]*?<\/small>/g, "")
    .replace(/<[^>]+>/g, "")
    .replace(/&lt;/g, "<").replace(/&gt;/g, ">").replace(/&quot;/g, '"').replace(/&#39;/g, "'").replace(/&amp;/g, "&");

const entry = makeEntry({
  id: "e1",
  title: "Sekitar 300 tentara tewas",
  paragraphs: [["Pada Januari, NIS memperkirakan 300 tentara tewas.", "Pertempuran berlanjut."], ["Zelensky menyebut 4.000 korban."]],
  claims: [
    { sentence: 0, claimant: { id: "nis", name: "NIS" }, hedge: "estimated" },
    { sentence: 2, claimant: { id: "zelensky", name: "Zelensky", kind: "person" } },
  ],
  figures: [
    { sentence: null, text: "300", min: 300, max: 300, category: "killed", claimant: { id: "outlet", name: "Redaksi" } },
    { sentence: 0, text: "300", min: 300, max: 300, category: "killed" },
    { sentence: 2, text: "4.000", min: 4000, max: 4000, category: "casualties" },
  ],
});

describe("markText", () => {
  const marked = markText(entry, link);

  it("wraps a claim sentence and tags it with a link to its claimant", () => {
    expect(marked.paragraphs[0]!.html).toMatch(/^<span class="claim" id="e1-k0"><span class="claim-text">Pada Januari, NIS memperkirakan /);
    expect(marked.paragraphs[0]!.html).toContain('<a href="/sumber/nis/">NIS</a>');
  });

  it("names the hedge of a claim that is not plainly reported", () => expect(marked.paragraphs[0]!.html).toContain(" · perkiraan"));

  it("names the relays a claim came through in its tag, and none for a claim that came straight", () => {
    const relayed = makeEntry({
      id: "e2",
      outlet: "Metrotvnews.com",
      paragraphs: [["NIS memperkirakan 300 tentara tewas, dikutip oleh Yonhap, seperti dilaporkan Reuters."], ["Zelensky menyebut 4.000 korban."]],
      claims: [
        {
          sentence: 0,
          claimant: { id: "nis", name: "NIS" },
          chain: [
            { name: "NIS", id: "nis", role: "claimant" },
            { name: "Yonhap", id: "yonhap", role: "relay" },
            { name: "Reuters", id: "reuters", role: "relay" },
            { name: "Metrotvnews.com", id: "metrotvnews-com", role: "outlet" },
          ],
        },
        { sentence: 1, claimant: { id: "zelensky", name: "Zelensky", kind: "person" } },
      ],
    });
    const [first, second] = markText(relayed, link).paragraphs;
    const tag = (html: string) => /<small class="who"[\s\S]*?<\/small>/.exec(html)![0].replace(/<span class="vh">[^<]*<\/span>/g, "").replace(/<[^>]+>/g, "");
    expect(tag(first!.html)).toBe("NIS · lewat Yonhap → Reuters");
    expect(first!.html).toContain("<bdi>Yonhap</bdi>");
    expect(tag(second!.html)).toBe("Zelensky");
  });

  it("leaves a sentence that is no claim as plain text", () =>
    expect(marked.paragraphs[0]!.html).toMatch(/<\/span> Pertempuran berlanjut\.$/));

  it("wraps each figure in <data> with its value, category label and an anchor", () =>
    expect(marked.paragraphs[1]!.html).toContain(
      '<data class="fig fig-casualties" id="angka-2" value="4000">4.000<small class="fig-tag" data-pagefind-ignore><span class="vh"> (</span>korban: 4.000<span class="vh">)</span></small></data>',
    ));

  it("marks a figure of the headline in the headline", () =>
    expect(marked.titleHtml).toMatch(/^Sekitar <data class="fig fig-killed" id="angka-0" value="300">300/));

  it("keeps the text the reader sees exactly the article's", () => {
    expect(visible(marked.paragraphs[0]!.html)).toBe(entry.paragraphs[0]!.text);
    expect(visible(marked.titleHtml)).toBe(entry.title);
  });

  it("writes an open range as min/max in the value attribute", () => {
    const open = makeEntry({ id: "e2", paragraphs: [["Lebih dari 10.000 tentara dikirim."]], figures: [{ sentence: 0, text: "Lebih dari 10.000", min: 10000, max: null, category: "deployed" }] });
    expect(markText(open, link).paragraphs[0]!.html).toContain('value="10000/"');
  });

  it("escapes markup and template syntax in the article text", () => {
    const hostile = makeEntry({
      id: "e3",
      title: "<script>alert(1)</script>",
      paragraphs: [['Kata "mereka": <img src=x onerror=alert(1)> {{ 7*7 }} {% raw %}.', "Lalu & seterusnya."]],
      claims: [{ sentence: 0, claimant: { id: "x", name: '<b onclick="x">Agen</b>' } }],
    });
    const out = markText(hostile, link);
    const html = out.titleHtml + out.paragraphs.map((p) => p.html).join("");
    expect(html).not.toMatch(/<(?:script|img|b)\b/);
    expect(html).toContain("&lt;img src=x onerror=alert(1)&gt; {{ 7*7 }} {% raw %}.");
    expect(html).toContain("&lt;b onclick=&quot;x&quot;&gt;Agen&lt;/b&gt;");
    expect(html).toContain("Lalu &amp; seterusnya.");
  });

  it("falls back to plain text when a sentence is not found in its paragraph", () => {
    const odd = makeEntry({ id: "e4", paragraphs: [["Satu kalimat."]], claims: [{ sentence: 0, claimant: { id: "nis", name: "NIS" } }] });
    odd.sentences[0]!.text = "Kalimat lain.";
    expect(markText(odd, link).paragraphs[0]!.html).toBe("Satu kalimat.");
  });

  it("never lets article text open a tag, whatever it holds", () =>
    fc.assert(
      fc.property(fc.array(fc.string({ minLength: 1 }), { minLength: 1, maxLength: 4 }), fc.string({ minLength: 1 }), (texts, title) => {
        const sentences = texts.map((t) => t.trim() || "x");
        const e = makeEntry({ id: "p", title, paragraphs: [sentences], claims: [{ sentence: 0, claimant: { id: "c", name: title } }] });
        const out = markText(e, link);
        const html = out.titleHtml + out.paragraphs[0]!.html;
        return !/<(?!\/?(?:span|small|a|data)[\s>])/.test(html) && visible(out.paragraphs[0]!.html) === e.paragraphs[0]!.text;
      }),
    ));
});

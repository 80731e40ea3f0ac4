import { describe, expect, it } from "vitest";
import { parsePage } from "../../../src/ingest/page/parse-page.ts";
import { stripFurniture } from "../../../src/ingest/page/strip-furniture.ts";

const body = (html: string): Document => parsePage(`<!doctype html><html><body>${html}</body></html>`);

describe("stripFurniture", () => {
  it("removes navigation, captions with their figures, and counts what went", () => {
    const doc = body("<nav>Beranda</nav><p>Teks.</p><figure><img><figcaption>Foto: AFP</figcaption></figure>");
    expect(stripFurniture(doc)).toBe(2);
    expect(doc.body.innerHTML).toBe("<p>Teks.</p>");
  });

  it("removes code, embedded objects, forms, asides, footers and hidden elements", () => {
    const doc = body(`<script>alert(1)</script><style>p{}</style><noscript>x</noscript><iframe src="/v"></iframe><svg><text>y</text></svg>
      <form><input><button>Cari</button></form><aside>Terpopuler</aside><p>Teks.</p><footer>Hak cipta</footer>
      <div hidden>a</div><div aria-hidden="true">b</div><div style="color:red; display: none">c</div><p style="visibility:hidden">d</p>`);
    stripFurniture(doc);
    expect(doc.body.textContent?.replace(/\s+/gu, " ").trim()).toBe("Teks.");
  });

  it("removes a small element named as an ad slot, but not a wrapper whose class mentions ads", () => {
    const doc = body(`<div class="ads ads-inarticle"><span>ADVERTISEMENT</span></div><div id="iklan_atas"></div>
      <div class="advertisement-text">Advertisement</div><div class="content with-ads"><p>Paragraf artikel yang tetap ada.</p></div>`);
    stripFurniture(doc);
    expect(doc.body.textContent?.replace(/\s+/gu, " ").trim()).toBe("Paragraf artikel yang tetap ada.");
  });

  it("leaves an element whose class merely contains the letters 'ad'", () => {
    const doc = body(`<div class="read__content"><p>Teks.</p></div><div class="header-title">Judul</div>`);
    expect(stripFurniture(doc)).toBe(0);
  });
});

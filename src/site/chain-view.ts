/**
 * How the site shows provenance: a chain as "NIS → Yonhap → Metrotvnews.com"
 * (read aloud "NIS lewat Yonhap ke Metrotvnews.com"), and the sources behind
 * a figure many reports give as "5 laporan, 1 sumber asal (NIS), lewat 2
 * kantor berita/media (Yonhap, CNA)". Names come from articles: they are
 * escaped and isolated in `<bdi>`.
 */
import type { FigureProvenance } from "../schema/digest.ts";
import type { ChainLink } from "../schema/entry.ts";
import { escapeHtml } from "./escape-html.ts";
import { formatCount } from "./format-count.ts";
import { CHAIN_JOIN } from "./labels.ts";

/**
 * The chain as inline HTML: names in `<bdi>`, arrows hidden from screen
 * readers, which hear the words of `CHAIN_JOIN` instead. Empty for an empty
 * chain.
 *
 * @example
 * chainHtml([{ name: "NIS", id: "nis", role: "claimant" }, { name: "Yonhap", id: "yonhap", role: "relay" }])
 * //=> '<span class="chain"><bdi>NIS</bdi><span aria-hidden="true"> → </span><span class="vh"> lewat </span><bdi>Yonhap</bdi></span>'
 */
export function chainHtml(chain: readonly ChainLink[]): string {
  if (chain.length === 0) return "";
  const parts = chain.map(
    (link, i) => (i === 0 ? "" : `<span aria-hidden="true"> → </span><span class="vh"> ${CHAIN_JOIN[link.role]} </span>`) + `<bdi>${escapeHtml(link.name)}</bdi>`,
  );
  return `<span class="chain">${parts.join("")}</span>`;
}

/**
 * The chain as plain text, for descriptions.
 *
 * @example
 * chainText([{ name: "NIS", id: "nis", role: "claimant" }, { name: "CNA", id: "cna", role: "relay" }]) //=> "NIS → CNA"
 */
export function chainText(chain: readonly ChainLink[]): string {
  return chain.map((l) => l.name).join(" → ");
}

/** How a name is written: as text, or escaped and isolated in `<bdi>`. */
type Write = (name: string) => string;
const asText: Write = (name) => name;
const asHtml: Write = (name) => `<bdi>${escapeHtml(name)}</bdi>`;

/** "NIS, Pejabat Barat": names, with the number of reports when not every report has it. */
function names(list: readonly { name: string; reports: number }[], reports: number, write: Write): string {
  return list.map((b) => (b.reports < reports ? `${write(b.name)} ${b.reports}×` : write(b.name))).join(", ");
}

/**
 * What stands behind a figure several reports give, in one Indonesian line;
 * with `html`, the names escaped and in `<bdi>`.
 *
 * @example
 * provenanceLine({ reports: 5, origins: [{ id: "nis", name: "NIS", reports: 5 }], unattributed: 0,
 *                  relays: [{ id: "yonhap", name: "Yonhap", reports: 3 }, { id: "cna", name: "CNA", reports: 1 }], … })
 * //=> "5 laporan, 1 sumber asal (NIS), lewat 2 kantor berita/media (Yonhap 3×, CNA 1×)"
 */
export function provenanceLine(p: Pick<FigureProvenance, "reports" | "origins" | "unattributed" | "relays">, html = false): string {
  const write = html ? asHtml : asText;
  const parts = [`${p.reports} laporan`];
  parts.push(p.origins.length > 0 ? `${p.origins.length} sumber asal (${names(p.origins, p.reports, write)})` : "tanpa sumber asal yang disebut");
  if (p.origins.length > 0 && p.unattributed > 0) parts.push(`${p.unattributed} tanpa sumber yang disebut`);
  if (p.relays.length > 0) parts.push(`lewat ${p.relays.length} kantor berita/media (${names(p.relays, p.reports, write)})`);
  return parts.join(", ");
}

/**
 * The line of a figure with its value first: "11.000: 2 laporan, …"
 * (`html` as for `provenanceLine`).
 *
 * @example
 * provenanceNote(p) //=> "11.000: 2 laporan, 2 sumber asal (NIS 1×, Pejabat Barat 1×), lewat 1 kantor berita/media (BBC 1×)"
 */
export function provenanceNote(p: FigureProvenance, html = false): string {
  return `${formatCount(p.min, p.max)}: ${provenanceLine(p, html)}`;
}

/**
 * What a claim's tag adds about its way to the outlet: " · lewat Yonhap →
 * Reuters" (the relays), preceded by "asal …" when the chain starts with a
 * medium the claimant quoted. Empty when the claim came straight from its
 * claimant.
 *
 * @example
 * routeHtml(nisYonhapMetro, "nis") //=> '<span class="route"> · lewat <span class="chain"><bdi>Yonhap</bdi></span></span>'
 */
export function routeHtml(chain: readonly ChainLink[], claimantId: string): string {
  const first = chain[0];
  const origin = first?.role === "claimant" && first.id !== claimantId ? first : null;
  const relays = chain.filter((l) => l.role === "relay" && l.id !== claimantId);
  const parts = [...(origin ? [`asal <bdi>${escapeHtml(origin.name)}</bdi>`] : []), ...(relays.length > 0 ? [`lewat ${chainHtml(relays)}`] : [])];
  // The tag does not wrap; its route may, so a long chain still fits a phone.
  return parts.length === 0 ? "" : `<span class="route">${parts.map((p) => ` · ${p}`).join("")}</span>`;
}

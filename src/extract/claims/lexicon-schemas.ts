/**
 * The shapes of the attribution lexicons (`claimants.yaml`,
 * `reporting-verbs.yaml`, `hedges.yaml`), checked when they are loaded.
 */
import { z } from "zod";
import { HEDGES } from "../../schema/entry.ts";
import type { Hedge } from "./types.ts";

const Words = z.array(z.string().min(1));
const HedgeName = z.enum(HEDGES);
const Alias = z.union([
  z.string().min(1),
  z.object({ pattern: z.string().min(1), caseSensitive: z.boolean().default(false) }),
]);
const ActorKind = z.enum(["agency", "person", "outlet", "group", "state"]);

export const ClaimantsLexicon = z.object({
  actors: z.array(
    z.object({
      id: z.string().regex(/^[a-z0-9][a-z0-9-]*$/),
      name: z.string().min(1),
      description: z.string().min(1),
      kind: ActorKind,
      aliases: z.array(Alias).min(1),
    }),
  ),
  leadingDeterminers: Words,
  trailingDeterminers: Words,
  pronouns: z.object({ person: Words, group: Words }),
  sourceNouns: Words,
  sourceModifiers: Words,
  sourceLinks: Words,
  connectors: Words,
  nonAgents: Words,
  spokesTitles: Words,
  clauseMarkers: Words,
  unknownKinds: z.object({ agency: Words, outlet: Words, group: Words }),
});

const Verb = z.object({
  word: z.string().min(1),
  hedge: HedgeName.optional(),
  caseSensitive: z.boolean().default(false),
  quoteOnly: z.boolean().default(false),
  addressee: z.boolean().default(false),
  agentless: z.boolean().default(false),
});

export const VerbsLexicon = z.object({
  pre: z.array(Verb),
  post: z.array(Verb),
  passive: z.array(Verb),
  sources: Words,
  media: Words,
  addressees: Words,
  gapWords: Words,
  subjectBoundaries: Words,
  objectBoundaries: Words,
  continuations: Words,
  demonstratives: Words,
  demonstrativeWindow: z.number().int().min(1).max(6),
  demonstrativeStops: Words,
  anaphors: Words,
});

export const HedgesLexicon = z.object({
  order: z.array(HedgeName).length(HEDGES.length),
  defaults: z.object({ attributed: HedgeName, outlet: HedgeName }),
  hedges: z.object(Object.fromEntries(HEDGES.map((h) => [h, Words])) as Record<Hedge, typeof Words>),
  magnitudes: Words,
  notCountsAfter: Words,
});

export type ActorKind = z.infer<typeof ActorKind>;
export interface Actor {
  id: string;
  name: string;
  description: string;
  kind: ActorKind;
}
export type Verb = z.infer<typeof Verb>;
export type MarkerKind = "medium" | "source" | "post" | "pre" | "passive";


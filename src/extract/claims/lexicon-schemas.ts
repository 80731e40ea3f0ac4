/**
 * The shapes of the attribution lexicons (`claimants.yaml`,
 * `reporting-verbs.yaml`, `hedges.yaml`), checked when they are loaded.
 */
import { z } from "zod";
import { HEDGES } from "../../schema/entry.ts";
import { isPattern } from "./regex-sources.ts";
import type { Hedge } from "./types.ts";

const Words = z.array(z.string().min(1));
const HedgeName = z.enum(HEDGES);
const Alias = z.union([
  z.string().min(1),
  z.object({ pattern: z.string().min(1), caseSensitive: z.boolean().default(false) }),
]);
const ActorKind = z.enum(["agency", "person", "outlet", "group", "state"]);

const aliasIsPattern = (alias: z.infer<typeof Alias>): boolean => isPattern(typeof alias === "string" ? alias : alias.pattern);

const Actor = z.object({
  id: z.string().regex(/^[a-z0-9][a-z0-9-]*$/),
  name: z.string().min(1),
  description: z.string().min(1),
  kind: ActorKind,
  aliases: z.array(Alias).default([]),
  /** Place names (states, groups of states): aliases, and what roles are composed with. */
  names: z.array(Alias).default([]),
  /** The actor this one is a body of: its roles are composed with that actor's names. */
  of: z.string().optional(),
  /** Role phrases ("badan intelijen"), composed with the names of `of`, or with the actor's own names. */
  roles: Words.default([]),
});

export const ClaimantsLexicon = z
  .object({
    actors: z.array(Actor),
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
  })
  .superRefine((file, ctx) => {
    const byId = new Map(file.actors.map((a) => [a.id, a]));
    file.actors.forEach((actor, i) => {
      const issue = (path: (string | number)[], message: string) => ctx.addIssue({ code: "custom", path: ["actors", i, ...path], message });
      if (actor.aliases.length + actor.names.length + actor.roles.length === 0) issue(["aliases"], "needs at least one alias, name or role");
      actor.names.forEach((n, j) => aliasIsPattern(n) && issue(["names", j], "a place name is composed with roles: write it as words, not a /pattern/"));
      if (actor.of !== undefined) {
        const place = byId.get(actor.of);
        if (place === undefined) issue(["of"], `names "${actor.of}", which is no actor of this file`);
        else if (place.names.length === 0) issue(["of"], `names "${actor.of}", which has no \`names\` to compose the roles with`);
        if (actor.roles.length === 0) issue(["of"], "a body of a place needs `roles`");
      } else if (actor.roles.length > 0 && actor.names.length === 0) {
        issue(["roles"], "roles need `of` (the place they belong to) or the actor's own `names`");
      }
    });
  });

const Verb = z.object({
  word: z.string().min(1),
  hedge: HedgeName.optional(),
  caseSensitive: z.boolean().default(false),
  quoteOnly: z.boolean().default(false),
  afterClause: z.boolean().default(false),
  addressee: z.boolean().default(false),
  agentless: z.boolean().default(false),
});

export const VerbsLexicon = z.object({
  pre: z.array(Verb),
  post: z.array(Verb),
  passive: z.array(Verb),
  sources: Words,
  relays: Words,
  media: Words,
  addressees: Words,
  gapWords: Words,
  subjectBoundaries: Words,
  objectBoundaries: Words,
  continuations: Words,
  demonstratives: Words,
  demonstrativeWindow: z.number().int().min(1).max(6),
  demonstrativeStops: Words,
  backReferenceWindow: z.number().int().min(1).max(12),
  notReferents: Words,
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
export type MarkerKind = "medium" | "source" | "relay" | "post" | "pre" | "passive";


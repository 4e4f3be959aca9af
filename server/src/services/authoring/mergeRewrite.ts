/**
 * The document rewrite of an entity merge, pure: every article document that
 * lists the merged entity (`from`) is rewritten to use the kept one (`into`).
 * Relationship endpoints and speakers move over; the merged entity's name
 * and aliases become the kept one's aliases where the article's text uses
 * them (the mention rule of @newsgraph/model); a relationship that would
 * state what another already states is folded into it with its quotes; one
 * that would point at itself is dropped and reported with its quotes.
 */
import { absentAliases, type EntityType } from '@newsgraph/model';
import type { SeedArticle, SeedEntity, SeedRelationship } from '@newsgraph/seed';

/** An entity as the merge knows it (from the published graph or a document). */
export interface MergeEntityRef {
  id: string;
  name: string;
  type: EntityType;
  description: string;
  generic?: true;
}

/** A relationship's fields without its quotes: what a folded relationship joins. */
export type Statement = Omit<SeedRelationship, 'evidence'>;

export interface MergeRewriteInput {
  fromId: string;
  into: MergeEntityRef;
  /** The type the kept entity has afterwards. */
  type: EntityType;
  /** Every document listing either entity: relationships there can absorb folded ones. */
  documents: readonly SeedArticle[];
  /** Which of them to rewrite: those listing `from`, and those listing `into` when its type changes. */
  touchedIds: ReadonlySet<string>;
  /** Published relationships that state `TYPE into → x` or `x → into`, by statementKey. */
  graphStatements: ReadonlyMap<string, Statement>;
  /** Speakers of those relationships, for articles that do not list them yet. */
  speakers?: ReadonlyMap<string, MergeEntityRef>;
}

export interface MovedQuote {
  articleId: string;
  quote: string;
}

export interface MergeRewrite {
  articles: {
    article: SeedArticle;
    aliasesAdded: string[];
    relationshipsRewritten: number;
  }[];
  combined: { relationshipId: string; into: string; statement: string; quotes: MovedQuote[] }[];
  selfLoops: { relationshipId: string; statement: string; quotes: MovedQuote[] }[];
}

/** What a relationship states, for finding two that state the same. */
export const statementKey = (type: string, from: string, to: string): string =>
  `${type} ${from} ${to}`;

const statementText = (r: { type: string; from: string; to: string }): string =>
  `${r.type} ${r.from} → ${r.to}`;

/**
 * The relationship each endpoint-moved relationship folds into, by id: one
 * that already stated the same thing (the published graph's first, then a
 * document's, smallest id), else the smallest id among the moved ones.
 */
function foldTargets(input: MergeRewriteInput): Map<string, string> {
  const move = (id: string): string => (id === input.fromId ? input.into.id : id);
  const standing = new Map<string, Set<string>>();
  const moved = new Map<string, Set<string>>();
  for (const document of input.documents) {
    for (const r of document.relationships) {
      const touches = r.from === input.fromId || r.to === input.fromId;
      const key = statementKey(r.type, move(r.from), move(r.to));
      if (touches && move(r.from) === move(r.to)) continue;
      const group = touches ? moved : standing;
      group.set(key, (group.get(key) ?? new Set()).add(r.id));
    }
  }
  const targets = new Map<string, string>();
  for (const [key, ids] of moved) {
    const sorted = (set: Set<string> | undefined): string[] => [...(set ?? [])].sort();
    const survivor =
      input.graphStatements.get(key)?.id ?? sorted(standing.get(key))[0] ?? sorted(ids)[0];
    for (const id of ids) if (survivor !== undefined && id !== survivor) targets.set(id, survivor);
  }
  return targets;
}

function mergedEntity(
  article: SeedArticle,
  from: SeedEntity | undefined,
  input: MergeRewriteInput,
): { entity: SeedEntity; aliasesAdded: string[] } {
  const kept = article.entities.find((entity) => entity.id === input.into.id);
  const base: SeedEntity = kept
    ? structuredClone(kept)
    : {
        id: input.into.id,
        name: input.into.name,
        type: input.type,
        aliases: [],
        description: input.into.description,
        ...(input.into.generic ? { generic: true as const } : {}),
        properties: {},
      };
  const candidates = [
    ...new Set([...base.aliases, ...(from ? [from.name, ...from.aliases] : [])]),
  ].filter((alias) => alias !== base.name);
  const absent = new Set(
    absentAliases(article.text, [{ id: base.id, name: base.name, aliases: candidates }]).get(
      base.id,
    ) ?? [],
  );
  const aliases = candidates.filter((alias) => base.aliases.includes(alias) || !absent.has(alias));
  return {
    entity: {
      ...base,
      type: input.type,
      aliases,
      // The kept entity's own values win; the merged one's fill the gaps.
      properties: { ...(from?.properties ?? {}), ...base.properties },
    },
    aliasesAdded: aliases.filter((alias) => !base.aliases.includes(alias)),
  };
}

/** The fields of the relationship a fold keeps, with its endpoints moved too. */
function statementOf(id: string, input: MergeRewriteInput): Statement | undefined {
  const move = (entityId: string): string => (entityId === input.fromId ? input.into.id : entityId);
  const found =
    input.documents.flatMap((d) => d.relationships).find((r) => r.id === id) ??
    [...input.graphStatements.values()].find((statement) => statement.id === id);
  if (!found) return undefined;
  const fields = Object.fromEntries(
    Object.entries(found).filter(([key]) => key !== 'evidence'),
  ) as Statement;
  return {
    ...fields,
    from: move(fields.from),
    to: move(fields.to),
    ...(fields.speaker === undefined ? {} : { speaker: move(fields.speaker) }),
  };
}

export function rewriteForMerge(input: MergeRewriteInput): MergeRewrite {
  const { fromId } = input;
  const intoId = input.into.id;
  const move = (id: string): string => (id === fromId ? intoId : id);
  const targets = foldTargets(input);
  const combined = new Map<string, MergeRewrite['combined'][number]>();
  const selfLoops: MergeRewrite['selfLoops'] = [];
  const articles: MergeRewrite['articles'] = [];

  for (const document of input.documents.filter((d) => input.touchedIds.has(d.id))) {
    const from = document.entities.find((entity) => entity.id === fromId);
    const { entity, aliasesAdded } = mergedEntity(document, from, input);
    const entities = document.entities.flatMap((e) =>
      e.id === intoId ? [entity] : e.id === fromId ? [] : [structuredClone(e)],
    );
    if (!entities.includes(entity)) {
      const at = document.entities.findIndex((e) => e.id === fromId);
      entities.splice(at === -1 ? entities.length : at, 0, entity);
    }
    const relationships: SeedRelationship[] = [];
    const folded = new Map<string, SeedRelationship>();
    let rewritten = 0;
    const quotesOf = (r: SeedRelationship): MovedQuote[] =>
      r.evidence.map((e) => ({ articleId: document.id, quote: e.quote }));
    for (const original of document.relationships) {
      if ([original.from, original.to, original.speaker].includes(fromId)) rewritten += 1;
      const r: SeedRelationship = {
        ...structuredClone(original),
        from: move(original.from),
        to: move(original.to),
        ...(original.speaker === undefined ? {} : { speaker: move(original.speaker) }),
      };
      if (r.from === r.to) {
        selfLoops.push({ relationshipId: r.id, statement: statementText(r), quotes: quotesOf(r) });
        continue;
      }
      const target = targets.get(r.id);
      if (target === undefined) {
        relationships.push(r);
        continue;
      }
      const report = combined.get(r.id) ?? {
        relationshipId: r.id,
        into: target,
        statement: statementText(r),
        quotes: [],
      };
      report.quotes.push(...quotesOf(r));
      combined.set(r.id, report);
      const host = folded.get(target) ?? {
        ...structuredClone(statementOf(target, input) ?? { ...r, id: target }),
        evidence: [],
      };
      host.evidence.push(...r.evidence);
      folded.set(target, host);
    }
    // Folded quotes join their host: the article's own, or the host brought into the article.
    for (const [target, host] of folded) {
      const own = relationships.find((r) => r.id === target);
      if (own) own.evidence = uniqueEvidence([...own.evidence, ...host.evidence]);
      else {
        relationships.push({ ...host, evidence: uniqueEvidence(host.evidence) });
        const speaker = host.speaker === undefined ? undefined : input.speakers?.get(host.speaker);
        if (speaker && !entities.some((e) => e.id === speaker.id)) {
          const { generic, ...fields } = speaker;
          entities.push({
            ...fields,
            ...(generic ? { generic } : {}),
            aliases: [],
            properties: {},
          });
        }
      }
    }
    articles.push({
      article: { ...structuredClone(document), entities, relationships },
      aliasesAdded,
      relationshipsRewritten: rewritten,
    });
  }
  return { articles, combined: [...combined.values()], selfLoops };
}

/** One quote per span, in text order. */
function uniqueEvidence(evidence: SeedRelationship['evidence']): SeedRelationship['evidence'] {
  const seen = new Map(evidence.map((e) => [`${e.start}:${e.end}`, e]));
  return [...seen.values()].sort((a, b) => a.start - b.start || a.end - b.end);
}

/**
 * Checks one article against its own text: references, offsets, aliases and
 * the claim and stance rules. It works on the in-memory SeedArticle, so
 * articles read from files and articles built by a generator pass the same
 * gate before anything is written. Paths are JSON paths into graph.json,
 * whose arrays are in the same order as the article's.
 */
import type { SeedIssue } from './errors.ts';
import { absentAliases } from './mentions.ts';
import type { SeedArticle, SeedRelationship } from './model.ts';
import { checkEvidence } from './offsets.ts';
import { sentenceIndexAt, splitSentences } from './sentences.ts';
import {
  ATTRIBUTIONS,
  ENTITY_TYPES,
  RELATIONSHIP_TYPES,
  STANCE_OF_TYPE,
  STANCES,
  type EntityType,
} from '@newsgraph/model';

const SLUG = /^[a-z0-9]+(?:-[a-z0-9]+)*$/;

/** Where an article came from, for error messages. */
export interface ArticleFiles {
  graph: string;
  text: string;
}

export function memoryFiles(articleId: string): ArticleFiles {
  return { graph: `<memory:${articleId}>/graph.json`, text: `<memory:${articleId}>/article.txt` };
}

type Report = (path: string, message: string, file?: string) => void;

function checkIds(article: SeedArticle, report: Report): void {
  const firstEntity = new Map<string, number>();
  article.entities.forEach((entity, i) => {
    const path = `$.entities[${i}]`;
    if (!SLUG.test(entity.id)) report(`${path}.id`, `"${entity.id}" is not a slug`);
    if (!(ENTITY_TYPES as readonly string[]).includes(entity.type)) {
      report(
        `${path}.type`,
        `unknown entity type "${entity.type}"; known: ${ENTITY_TYPES.join(', ')}`,
      );
    }
    if (entity.generic === true && !entity.id.startsWith(`${article.id}-`)) {
      report(
        `${path}.id`,
        `"${entity.id}" is generic, so its id must start with the article's id ("${article.id}-…") to keep it from merging with another article's; rename it "${article.id}-${entity.id}"`,
      );
    }
    const first = firstEntity.get(entity.id);
    if (first === undefined) firstEntity.set(entity.id, i);
    else report(`${path}.id`, `duplicate entity id "${entity.id}" (first at $.entities[${first}])`);
  });
  const firstRelationship = new Map<string, number>();
  article.relationships.forEach((relationship, i) => {
    const path = `$.relationships[${i}]`;
    if (!SLUG.test(relationship.id)) report(`${path}.id`, `"${relationship.id}" is not a slug`);
    const first = firstRelationship.get(relationship.id);
    if (first === undefined) firstRelationship.set(relationship.id, i);
    else {
      report(
        `${path}.id`,
        `duplicate relationship id "${relationship.id}" (first at $.relationships[${first}]); ids are unique across all types`,
      );
    }
  });
}

function checkAliases(article: SeedArticle, report: Report, mustOccur: boolean): void {
  article.entities.forEach((entity, i) => {
    const seen = new Set<string>();
    entity.aliases.forEach((alias, j) => {
      const path = `$.entities[${i}].aliases[${j}]`;
      if (alias.trim() !== alias || alias === '') {
        report(path, 'an alias must be non-empty and have no surrounding whitespace');
      }
      if (alias === entity.name) report(path, `"${alias}" repeats the name; list only other forms`);
      else if (seen.has(alias)) report(path, `duplicate alias "${alias}"`);
      seen.add(alias);
    });
  });
  if (!mustOccur) return;
  const absent = absentAliases(article.text, article.entities);
  article.entities.forEach((entity, i) => {
    for (const alias of absent.get(entity.id) ?? []) {
      report(
        `$.entities[${i}].aliases[${entity.aliases.indexOf(alias)}]`,
        `the alias "${alias}" does not occur in the text as whole words (case-sensitive); aliases list surface forms the text uses`,
        'text',
      );
    }
  });
}

function checkAttribution(
  relationship: SeedRelationship,
  path: string,
  known: Map<string, EntityType>,
  report: Report,
): void {
  if (!(ATTRIBUTIONS as readonly string[]).includes(relationship.attribution)) {
    report(`${path}.attribution`, `must be one of ${ATTRIBUTIONS.join(', ')}`);
  }
  if (
    relationship.stance !== undefined &&
    !(STANCES as readonly string[]).includes(relationship.stance)
  ) {
    report(
      `${path}.stance`,
      `unknown stance "${relationship.stance}"; known: ${STANCES.join(', ')}`,
    );
  }
  if (relationship.attribution === 'narrated') {
    if (relationship.stance !== undefined)
      report(
        `${path}.stance`,
        'a narrated relationship has no stance; make it "attributed" or drop the stance',
      );
    if (relationship.speaker !== undefined)
      report(
        `${path}.speaker`,
        'a narrated relationship has no speaker; make it "attributed" or drop the speaker',
      );
  } else {
    if (relationship.stance === undefined)
      report(`${path}.stance`, 'an attributed relationship needs a stance');
    if (relationship.speaker === undefined)
      report(`${path}.speaker`, 'an attributed relationship needs a speaker (an entity id)');
    else if (!known.has(relationship.speaker))
      report(`${path}.speaker`, `unknown entity id "${relationship.speaker}"`);
  }
  const implied = STANCE_OF_TYPE[relationship.type];
  if (implied !== undefined && relationship.stance !== implied) {
    report(
      `${path}.stance`,
      `a ${relationship.type} relationship must be attributed with stance "${implied}"`,
    );
  }
}

function checkRelationships(article: SeedArticle, files: ArticleFiles, report: Report): void {
  const known = new Map(article.entities.map((entity) => [entity.id, entity.type]));
  const sentences = splitSentences(article.text);
  const claimsWithStance = new Set<string>();
  article.relationships.forEach((relationship, i) => {
    const path = `$.relationships[${i}]`;
    if (!(RELATIONSHIP_TYPES as readonly string[]).includes(relationship.type)) {
      report(
        `${path}.type`,
        `unknown relationship type "${relationship.type}"; known: ${RELATIONSHIP_TYPES.join(', ')}`,
      );
    }
    for (const end of ['from', 'to'] as const) {
      if (!known.has(relationship[end])) {
        report(
          `${path}.${end}`,
          `unknown entity id "${relationship[end]}"; declare it in $.entities of ${files.graph}`,
        );
      }
    }
    if (relationship.from === relationship.to)
      report(`${path}.to`, 'a relationship cannot point at its own source');
    if (relationship.type === 'ABOUT' && known.get(relationship.from) !== 'Claim') {
      report(`${path}.from`, 'an ABOUT relationship starts at a Claim entity');
    }
    if (STANCE_OF_TYPE[relationship.type] !== undefined && known.get(relationship.to) === 'Claim') {
      claimsWithStance.add(relationship.to);
    }
    checkAttribution(relationship, path, known, report);
    if (relationship.inferred === true && relationship.inferenceNote === undefined)
      report(`${path}.inferenceNote`, 'an inferred relationship needs a note saying why');
    if (relationship.inferred !== true && relationship.inferenceNote !== undefined)
      report(`${path}.inferred`, 'an inference note needs "inferred": true');
    const spans = new Set<string>();
    relationship.evidence.forEach((evidence, j) => {
      const evidencePath = `${path}.evidence[${j}]`;
      const problem = checkEvidence(article.text, evidence);
      if (problem !== null) return report(evidencePath, problem, 'text');
      if (sentenceIndexAt(sentences, evidence.start) === -1) {
        report(`${evidencePath}.start`, 'the quote does not start inside a sentence');
      }
      const span = `${evidence.start}:${evidence.end}`;
      if (spans.has(span)) report(evidencePath, 'the same quote is listed twice');
      spans.add(span);
    });
  });
  article.entities.forEach((entity, i) => {
    if (entity.type === 'Claim' && !claimsWithStance.has(entity.id)) {
      report(
        `$.entities[${i}]`,
        `the claim "${entity.id}" has no stance relationship (ASSERTS, DENIES, ADMITTED, …) pointing at it; say who holds it`,
      );
    }
  });
}

export interface CheckOptions {
  /**
   * Require every alias to occur in the text. On for graph.json files, where
   * aliases are the surface forms an analyst read; a generator's synthetic
   * aliases need not appear in its synthetic text.
   */
  aliasesMustOccur?: boolean;
}

/** Every problem with one article; an empty list means it can be seeded. */
export function checkArticle(
  article: SeedArticle,
  files: ArticleFiles,
  options: CheckOptions = {},
): SeedIssue[] {
  const issues: SeedIssue[] = [];
  const report: Report = (path, message, file) => {
    const where = file === 'text' ? `${files.graph} (against ${files.text})` : files.graph;
    issues.push({ file: where, path, message });
  };
  if (!SLUG.test(article.id)) report('$.source.id', `"${article.id}" is not a slug`);
  if (article.text.trim() === '') report('$.source.textFile', 'the article text is empty', 'text');
  const credit = article.provenance?.credit;
  if (credit !== undefined && !article.text.includes(credit)) {
    report(
      '$.source.provenance.credit',
      `the credit "${credit}" does not occur in the text; quote the credit line verbatim`,
      'text',
    );
  }
  checkIds(article, report);
  checkAliases(article, report, options.aliasesMustOccur ?? false);
  checkRelationships(article, files, report);
  return issues;
}

/**
 * Problems between articles seeded together: the same id must mean the same
 * thing everywhere (entity type; relationship type and endpoints).
 */
export function checkArticleSet(
  articles: readonly { article: SeedArticle; files: ArticleFiles }[],
): SeedIssue[] {
  const issues: SeedIssue[] = [];
  const articleIds = new Map<string, string>();
  const entities = new Map<string, { type: string; file: string }>();
  const relationships = new Map<string, { key: string; file: string }>();
  for (const { article, files } of articles) {
    const other = articleIds.get(article.id);
    if (other !== undefined) {
      issues.push({
        file: files.graph,
        path: '$.source.id',
        message: `article id "${article.id}" is also used by ${other}`,
      });
    }
    articleIds.set(article.id, files.graph);
    article.entities.forEach((entity, i) => {
      const seen = entities.get(entity.id);
      if (seen === undefined) entities.set(entity.id, { type: entity.type, file: files.graph });
      else if (seen.type !== entity.type) {
        issues.push({
          file: files.graph,
          path: `$.entities[${i}].type`,
          message: `entity "${entity.id}" is a ${entity.type} here but a ${seen.type} in ${seen.file}; shared ids must agree`,
        });
      }
    });
    article.relationships.forEach((relationship, i) => {
      const key = `${relationship.type} ${relationship.from} -> ${relationship.to}`;
      const seen = relationships.get(relationship.id);
      if (seen === undefined) relationships.set(relationship.id, { key, file: files.graph });
      else if (seen.key !== key) {
        issues.push({
          file: files.graph,
          path: `$.relationships[${i}]`,
          message: `relationship "${relationship.id}" is ${key} here but ${seen.key} in ${seen.file}; shared ids must agree`,
        });
      }
    });
  }
  return issues;
}

/**
 * The API benchmark's targets that are not ratios: hub expansion against a
 * 10-relationship node, and search being index-backed and not slower on the
 * big graph than on the article alone. Latencies here are single-client
 * (one request at a time), what a user waiting for one click sees.
 */
import type { Driver } from 'neo4j-driver';
import neo4j from 'neo4j-driver';
import { buildNeighbourPage } from '../server/src/graph/queries/explore.ts';
import type { PlanNode } from '../server/src/graph/readOnlyGuard.ts';
import { SEARCH_ENTITIES, buildLuceneQuery } from '../server/src/graph/queries/search.ts';
import { SAVED_QUERY_ID, apiLoad, rawLoad, uncached, type EndpointCase } from './apiBench.ts';
import { HUB_ID, TEN_ID } from './generator.ts';
import type { LoadFigures } from './stats.ts';

/** The server's plan shape (readOnlyGuard), with the counts PROFILE adds. */
interface ProfiledPlanNode extends PlanNode {
  rows?: number;
  dbHits?: number;
  children: ProfiledPlanNode[];
}

function flatten(plan: ProfiledPlanNode): ProfiledPlanNode[] {
  return [plan, ...plan.children.flatMap(flatten)];
}

const operatorName = (node: ProfiledPlanNode): string => node.operatorType.split('@')[0] ?? '';

/** Fails early, with what to do, when the bench database lacks what the cases read. */
export async function preflight(driver: Driver): Promise<{ hubDegree: number }> {
  const { records } = await driver.executeQuery(
    `OPTIONAL MATCH (hub:Entity {id: $hub}) OPTIONAL MATCH (ten:Entity {id: $ten})
     OPTIONAL MATCH (tiktok:Entity {id: 'tiktok'}) OPTIONAL MATCH (q:SavedQuery {id: $query})
     RETURN COUNT { (hub)--() } AS hubDegree, COUNT { (ten)--() } AS tenDegree,
            tiktok IS NOT NULL AS article, q IS NOT NULL AS savedQuery`,
    { hub: HUB_ID, ten: TEN_ID, query: SAVED_QUERY_ID },
  );
  const row = records[0];
  const hubDegree = Number(row?.get('hubDegree') ?? 0);
  const missing = [
    ...(hubDegree === 0 ? [`the hub ${HUB_ID}`] : []),
    ...(Number(row?.get('tenDegree') ?? 0) !== 10 ? [`${TEN_ID} with 10 relationships`] : []),
    ...(row?.get('article') === true ? [] : ['the article graph (tiktok)']),
    ...(row?.get('savedQuery') === true ? [] : [`the saved query ${SAVED_QUERY_ID}`]),
  ];
  if (missing.length > 0) {
    throw new Error(
      `The bench database lacks ${missing.join(', ')}. Run \`npm run bench -- --parts load\` first.`,
    );
  }
  return { hubDegree };
}

export interface LatencyPair {
  api: LoadFigures;
  raw: LoadFigures;
}

/**
 * One client, one request at a time, through the API and through the raw
 * driver. The API side skips the response cache: these checks compare what
 * queries cost (hub against leaf, big graph against small), which a cache
 * hit would hide.
 */
export async function singleClientLatency(
  serverUrl: string,
  driver: Driver,
  endpoint: EndpointCase,
  seconds: number,
): Promise<LatencyPair> {
  const request = uncached(endpoint.request);
  await rawLoad(driver, [], endpoint, 1, 1);
  await apiLoad(serverUrl, request, 1, 1);
  return {
    raw: await rawLoad(driver, [], endpoint, 1, seconds),
    api: await apiLoad(serverUrl, request, 1, seconds),
  };
}

export interface NeighbourPlan {
  /** Rows the Expand step produced: the page size, not the node's degree, when nothing is scanned. */
  expandedRows: number;
  dbHits: number;
  sorts: number;
}

/** PROFILE of the neighbour page the API runs, to show that the hub is not scanned or sorted. */
export async function profileNeighbourPage(driver: Driver, id: string): Promise<NeighbourPlan> {
  const { summary } = await driver.executeQuery(
    `PROFILE ${buildNeighbourPage('both', undefined)}`,
    { id, offset: neo4j.int(0), limit: neo4j.int(50) },
  );
  const nodes = summary.profile ? flatten(summary.profile) : [];
  return {
    expandedRows: nodes
      .filter((node) => operatorName(node).startsWith('Expand'))
      .reduce((sum, node) => sum + (node.rows ?? 0), 0),
    dbHits: nodes.reduce((sum, node) => sum + (node.dbHits ?? 0), 0),
    sorts: nodes.filter((node) => /Sort|Top/.test(operatorName(node))).length,
  };
}

export interface SearchPlan {
  operators: string[];
  usesFullTextIndex: boolean;
  scansLabels: boolean;
}

/** PROFILE of the search statement: the full-text procedure, never a label or all-nodes scan. */
export async function profileSearch(driver: Driver, text: string): Promise<SearchPlan> {
  const { summary } = await driver.executeQuery(`PROFILE ${SEARCH_ENTITIES}`, {
    lucene: buildLuceneQuery(text),
    limit: neo4j.int(10),
  });
  const nodes = summary.profile ? flatten(summary.profile) : [];
  const operators = [...new Set(nodes.map(operatorName))];
  return {
    operators,
    usesFullTextIndex: nodes.some(
      (node) =>
        operatorName(node).startsWith('ProcedureCall') &&
        typeof node.arguments.Details === 'string' &&
        node.arguments.Details.includes('db.index.fulltext.queryNodes'),
    ),
    scansLabels: operators.some((name) => /LabelScan|AllNodesScan/.test(name)),
  };
}

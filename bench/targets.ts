/**
 * Issue #16's targets, judged from one run's results. A target whose part
 * did not run is "not measured", never assumed met.
 */
import type { FirstVisitResult } from './clientFirstVisit.ts';
import { firstVisitTargets } from './clientTargets.ts';
import type { TargetVerdict } from './verdict.ts';

export type { TargetVerdict } from './verdict.ts';

type Json = Record<string, unknown>;

/** Reads a nested value from the results without trusting its shape. */
function at(value: unknown, ...keys: string[]): unknown {
  let current = value;
  for (const key of keys) {
    if (typeof current !== 'object' || current === null) return undefined;
    current = (current as Json)[key];
  }
  return current;
}

const num = (value: unknown): number | undefined =>
  typeof value === 'number' && Number.isFinite(value) ? value : undefined;

function verdict(target: string, measured: string | undefined, met: boolean): TargetVerdict {
  if (measured === undefined) return { target, measured: '—', verdict: 'not measured' };
  return { target, measured, verdict: met ? 'met' : 'missed' };
}

function reported(target: string, measured: string | undefined): TargetVerdict {
  return {
    target,
    measured: measured ?? '—',
    verdict: measured === undefined ? 'not measured' : 'reported',
  };
}

function apiTargets(results: Json): TargetVerdict[] {
  const endpoints = at(results, 'api', 'endpoints');
  if (!Array.isArray(endpoints)) {
    return [
      verdict(
        'repeated reads through the API: p50 ≤ 1.0× raw, throughput ≥ 1.0×',
        undefined,
        false,
      ),
      verdict('first (uncached) reads through the API: p50 ≤ 1.3× raw', undefined, false),
    ];
  }
  return (endpoints as Json[]).flatMap((row) => {
    const invalid = row.valid === true ? '' : ' (invalid: errors)';
    const p50 = num(row.p50Ratio) ?? Infinity;
    const throughput = num(row.throughputRatio) ?? 0;
    const uncachedP50 = num(row.uncachedP50Ratio) ?? Infinity;
    const serverCpu = num(at(row, 'apiUncached', 'cpuPerRequest', 'serverMs'));
    const neo4jCpu = num(at(row, 'apiUncached', 'cpuPerRequest', 'neo4jMs'));
    return [
      verdict(
        `repeated (cached) ${String(row.endpoint)}: p50 ≤ 1.0× raw, throughput ≥ 1.0×`,
        `p50 ${p50}, throughput ${throughput}${invalid}`,
        row.valid === true && p50 <= 1 && throughput >= 1,
      ),
      verdict(
        `first (uncached) ${String(row.endpoint)}: p50 ≤ 1.3× raw`,
        `p50 ${uncachedP50}, throughput ${num(row.uncachedThroughputRatio) ?? 0}${invalid}`,
        row.valid === true && uncachedP50 <= 1.3,
      ),
      verdict(
        `first (uncached) ${String(row.endpoint)}: server CPU per request ≤ Neo4j's`,
        serverCpu === undefined || neo4jCpu === undefined
          ? undefined
          : `server ${serverCpu} ms, Neo4j ${neo4jCpu} ms`,
        serverCpu !== undefined && neo4jCpu !== undefined && serverCpu <= neo4jCpu,
      ),
    ];
  });
}

/** The hub's neighbour page against the ten-node's, both from the 16-connection endpoint runs. */
function hubUnderLoad(results: Json): TargetVerdict {
  const endpoints = at(results, 'api', 'endpoints');
  const row = (name: string): Json | undefined =>
    Array.isArray(endpoints)
      ? (endpoints as Json[]).find((e) => String(e.endpoint).startsWith(name))
      : undefined;
  const hub = row('neighbours of the hub');
  const ten = row('neighbours of a 10-relationship node');
  const p50 = (r: Json | undefined, run: string) => num(at(r, run, 'p50ms'));
  const uncached = [p50(hub, 'apiUncached'), p50(ten, 'apiUncached')];
  const cached = [p50(hub, 'api'), p50(ten, 'api')];
  const connections = num(at(results, 'api', 'connections')) ?? '?';
  const ratio = (a?: number, b?: number) =>
    a === undefined || b === undefined || b === 0 ? undefined : Math.round((a / b) * 100) / 100;
  const uncachedRatio = ratio(uncached[0], uncached[1]);
  return verdict(
    `hub page (limit 50) under ${connections} connections: p50 ≤ 1.5× the 10-relationship node's`,
    uncachedRatio === undefined
      ? undefined
      : `uncached ${uncached[0]} vs ${uncached[1]} ms (${uncachedRatio}×); cached ${cached[0]} vs ${cached[1]} ms (${ratio(cached[0], cached[1]) ?? '?'}×)`,
    (uncachedRatio ?? Infinity) <= 1.5,
  );
}

function hubAndSearchTargets(results: Json): TargetVerdict[] {
  const hubRatio = num(at(results, 'api', 'hubExpansion', 'apiP50Ratio'));
  const hubDegree = num(at(results, 'api', 'hubExpansion', 'hubDegree'));
  const sameSize = num(at(results, 'api', 'hubExpansion', 'samePageSize', 'apiP50Ratio'));
  const expanded = num(at(results, 'api', 'hubExpansion', 'hubPlan', 'expandedRows'));
  const sorts = num(at(results, 'api', 'hubExpansion', 'hubPlan', 'sorts'));
  const big = num(at(results, 'api', 'search', 'latency', 'api', 'p50ms'));
  const alone = num(at(results, 'articleOnlySearch', 'latency', 'api', 'p50ms'));
  const indexed = at(results, 'api', 'search', 'plan', 'usesFullTextIndex') === true;
  const scans = at(results, 'api', 'search', 'plan', 'scansLabels') === true;
  return [
    hubUnderLoad(results),
    reported(
      '(reported) hub page (limit 50) against the 10-relationship node’s, one request at a time, p50 through the API',
      hubRatio === undefined ? undefined : `${hubRatio}× (hub degree ${hubDegree ?? '?'})`,
    ),
    reported(
      '(reported) the same at equal page size (limit 10 on both): what the hub’s degree costs',
      sameSize === undefined ? undefined : `${sameSize}×`,
    ),
    verdict(
      'hub page plan: no scan or sort of the hub’s relationships',
      expanded === undefined
        ? undefined
        : `Expand produced ${expanded} rows, ${sorts ?? '?'} sorts`,
      (expanded ?? Infinity) <= 50 && sorts === 0,
    ),
    verdict(
      'search plan uses the full-text index, no label scan',
      at(results, 'api', 'search', 'plan') === undefined
        ? undefined
        : `full-text ${indexed}, label scan ${scans}`,
      indexed && !scans,
    ),
    verdict(
      'search on the big graph within 2× of the article graph alone (p50, API)',
      big === undefined || alone === undefined
        ? undefined
        : `${big} ms vs ${alone} ms (${Math.round((big / alone) * 100) / 100}×)`,
      big !== undefined && alone !== undefined && big <= 2 * alone,
    ),
  ];
}

function loadTarget(results: Json): TargetVerdict {
  const perSecond = num(at(results, 'load', 'relationshipsPerSecond'));
  const floor = num(at(results, 'load', 'bareCreate', 'relationshipsPerSecond'));
  const share = perSecond === undefined || !floor ? undefined : perSecond / floor;
  return verdict(
    'load through the seeding path ≥ 0.5× the bare-CREATE floor of the same run',
    share === undefined
      ? undefined
      : `${perSecond}/s against ${floor}/s (${Math.round(share * 100) / 100}×)`,
    (share ?? 0) >= 0.5,
  );
}

function clientTargets(results: Json): TargetVerdict[] {
  const targets = at(results, 'client', 'targets');
  return [
    ...firstVisitTargets(at(results, 'articleFirstVisit') as FirstVisitResult | undefined),
    ...(Array.isArray(targets)
      ? (targets as TargetVerdict[])
      : [verdict('client render, frame rate and long-task targets', undefined, false)]),
  ];
}

export function judgeTargets(results: Json): TargetVerdict[] {
  return [
    loadTarget(results),
    ...apiTargets(results),
    ...hubAndSearchTargets(results),
    ...clientTargets(results),
  ];
}

export function printTargets(targets: unknown, log: (line: string) => void): void {
  if (!Array.isArray(targets)) return;
  log('targets:');
  for (const t of targets as TargetVerdict[]) {
    log(`  [${t.verdict}] ${t.target}: ${t.measured}`);
  }
}

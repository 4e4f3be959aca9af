import { graphSchema } from '@newsgraph/model';
import { z } from 'zod';

// Response schemas of POST /api/export, for the OpenAPI document only.

const data = z.record(z.string(), z.unknown());

/** What `cytoscape({ elements })` reads. */
export const cytoscapeExportSchema = z
  .object({
    elements: z.object({
      // Loose objects: the properties sit beside the structural fields in `data`.
      nodes: z.array(z.object({ data: z.looseObject({ id: z.string(), label: z.string() }) })),
      edges: z.array(
        z.object({
          data: z.looseObject({
            id: z.string(),
            source: z.string(),
            target: z.string(),
            type: z.string(),
          }),
        }),
      ),
    }),
  })
  .meta({
    title: 'Cytoscape.js elements (format=cytoscape)',
    description:
      'Properties are flat in `data`; one named like a structural field (id, source, target, parent, label, labels, type) is kept as `property:<name>`.',
  });

/** What graphology's `Graph.from` reads. */
export const graphologyExportSchema = z
  .object({
    attributes: data,
    options: z.object({
      type: z.literal('directed'),
      multi: z.literal(true),
      allowSelfLoops: z.literal(true),
    }),
    nodes: z.array(z.object({ key: z.string(), attributes: data })),
    edges: z.array(
      z.object({ key: z.string(), source: z.string(), target: z.string(), attributes: data }),
    ),
  })
  .meta({ title: 'graphology serialized graph (format=graphology)' });

export const exportContent = {
  description:
    'The file, as an attachment named after what it holds. `json`, `cytoscape` and `graphology` answer JSON; `graphml` GraphML; `csv` a zip of nodes.csv, relationships.csv and README.txt in neo4j-admin import form; `cypher` an idempotent Cypher script; `ftm` FollowTheMoney entities as ndjson (one `{ id, schema, properties }` a line).',
  content: {
    'application/json': z.union([
      graphSchema.meta({ title: "This API's graph (format=json)" }),
      cytoscapeExportSchema,
      graphologyExportSchema,
    ]),
    'application/graphml+xml': 'text',
    'application/zip': 'binary',
    'application/x-cypher-query': 'text',
    'application/x-ndjson': 'text',
  },
} as const;

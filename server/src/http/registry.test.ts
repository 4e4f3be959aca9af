import { describe, expect, it } from 'vitest';
import { z } from 'zod';
import { ApiRegistry } from './registry.ts';

const pointSchema = z.object({ x: z.number(), y: z.number() });

describe('ApiRegistry.add', () => {
  it('types a handler by its success schema, so a wrong shape fails tsc', () => {
    const api = new ApiRegistry();
    api.add({
      method: 'get',
      path: '/point',
      operationId: 'getPoint',
      summary: 'A point',
      tag: 'test',
      success: { description: 'The point', schema: pointSchema },
      handler: () => Promise.resolve({ x: 1, y: 2 }),
    });
    api.add({
      method: 'get',
      path: '/wrong',
      operationId: 'getWrong',
      summary: 'Not a point',
      tag: 'test',
      success: { description: 'The point', schema: pointSchema },
      // @ts-expect-error -- `y` is missing, and the success schema requires it.
      handler: () => Promise.resolve({ x: 1 }),
    });
    api.add({
      method: 'delete',
      path: '/point',
      operationId: 'deletePoint',
      summary: 'No body',
      tag: 'test',
      success: { status: 204, description: 'Deleted' },
      // @ts-expect-error -- a route without a success schema writes its own answer.
      handler: () => Promise.resolve({ x: 1, y: 2 }),
    });
    expect(api.routes.map((route) => route.operationId)).toStrictEqual([
      'getPoint',
      'getWrong',
      'deletePoint',
    ]);
  });
});

// GET /api/map (parks by province) and GET /api/stats (counts of everything stored).
import type { FastifyInstance } from 'fastify';
import type { RouteOptions } from '../app.js';
import { errorResponses, nullable } from '../schemas.js';

const count = { type: 'integer' } as const;

export default async function overviewRoutes(app: FastifyInstance, { store }: RouteOptions) {
  app.get('/api/map', {
    schema: {
      summary: 'Parks grouped by province, for the map view',
      response: {
        200: {
          type: 'object',
          properties: {
            provinces: {
              type: 'array',
              items: {
                type: 'object',
                properties: {
                  province: { type: 'string' },
                  count,
                  parks: {
                    type: 'array',
                    items: {
                      type: 'object',
                      properties: { id: { type: 'string' }, name: { type: 'string' }, city: nullable('string'), type: { type: 'string' } },
                      required: ['id', 'name', 'city', 'type'],
                    },
                  },
                },
                required: ['province', 'count', 'parks'],
              },
            },
            unplaced: count,
          },
          required: ['provinces', 'unplaced'],
        },
        ...errorResponses,
      },
    },
    handler: () => store.map(),
  });

  app.get('/api/stats', {
    schema: {
      summary: 'Counts of documents, articles, entities and facts',
      response: {
        200: {
          type: 'object',
          properties: {
            documents: count, articles: count, parks: count, organizations: count, people: count, quantities: count, projects: count, policies: count,
            incentives: count,
          },
          required: ['documents', 'articles', 'parks', 'organizations', 'people', 'quantities', 'projects', 'policies', 'incentives'],
        },
        ...errorResponses,
      },
    },
    handler: () => store.stats(),
  });
}

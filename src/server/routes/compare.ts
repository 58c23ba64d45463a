// GET /api/compare?ids=a,b: parks side by side on the indicators they report, with incentives.
import type { FastifyInstance } from 'fastify';
import { ParkLensError } from '../../errors.js';
import type { RouteOptions } from '../app.js';
import { errorResponses, evidenceSchema, incentiveSchema, nullable } from '../schemas.js';

const valueSchema = {
  type: 'object',
  properties: { value: { type: 'number' }, qualifier: { type: 'string' }, period: nullable('string'), surface: { type: 'string' }, evidence: evidenceSchema },
  required: ['value', 'qualifier', 'period', 'surface', 'evidence'],
} as const;

export default async function compareRoutes(app: FastifyInstance, { store }: RouteOptions) {
  app.get<{ Querystring: { ids: string } }>('/api/compare', {
    schema: {
      summary: 'Compare 2–10 parks (comma-separated ids) on shared indicators',
      querystring: {
        type: 'object',
        properties: { ids: { type: 'string', minLength: 1, maxLength: 2000 } },
        required: ['ids'],
        additionalProperties: false,
      },
      response: {
        200: {
          type: 'object',
          properties: {
            parks: {
              type: 'array',
              items: {
                type: 'object',
                properties: { id: { type: 'string' }, name: { type: 'string' }, type: { type: 'string' }, province: nullable('string'), city: nullable('string') },
                required: ['id', 'name', 'type', 'province', 'city'],
              },
            },
            indicators: {
              type: 'array',
              items: {
                type: 'object',
                properties: {
                  attribute: { type: 'string' },
                  unit: { type: 'string' },
                  values: { type: 'object', additionalProperties: { type: 'array', items: valueSchema } },
                },
                required: ['attribute', 'unit', 'values'],
              },
            },
            incentives: { type: 'object', additionalProperties: { type: 'array', items: incentiveSchema } },
          },
          required: ['parks', 'indicators', 'incentives'],
        },
        ...errorResponses,
      },
    },
    handler: async (request) => {
      const ids = [...new Set(request.query.ids.split(',').map((s) => s.trim()).filter(Boolean))];
      if (ids.length < 1 || ids.length > 10) throw new ParkLensError('E_USAGE', 'ids must name 1 to 10 parks, comma-separated', { subject: 'ids' });
      return store.compare(ids);
    },
  });
}

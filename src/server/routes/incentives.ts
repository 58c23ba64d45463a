// GET /api/incentives?park=&benefit=: incentive clauses with their park and evidence.
import type { FastifyInstance } from 'fastify';
import type { IncentiveQuery } from '../../store/store.js';
import type { RouteOptions } from '../app.js';
import { errorResponses, incentiveSchema, pageOf, pageQuery } from '../schemas.js';

export default async function incentiveRoutes(app: FastifyInstance, { store }: RouteOptions) {
  app.get<{ Querystring: IncentiveQuery }>('/api/incentives', {
    schema: {
      summary: 'Incentive clauses, by park (id or name) and benefit word',
      querystring: {
        type: 'object',
        properties: { park: { type: 'string', maxLength: 100 }, benefit: { type: 'string', maxLength: 50 }, ...pageQuery, limit: { ...pageQuery.limit, default: 50 } },
        additionalProperties: false,
      },
      response: { 200: pageOf(incentiveSchema), ...errorResponses },
    },
    handler: (request) => store.listIncentives(request.query),
  });
}

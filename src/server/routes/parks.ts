// GET /api/parks (list with name search and filters), GET /api/parks/:id (the profile, every fact with evidence) and
// GET /api/parks/:id/{quantities,projects,policies,incentives} (the pages of its fact lists past the profile's first).
import type { FastifyInstance } from 'fastify';
import { ParkLensError } from '../../errors.js';
import { PARK_FACT_KINDS, PROFILE_FACTS, type ParkFactKind } from '../../store/store.js';
import type { ParkType } from '../../types.js';
import type { RouteOptions } from '../app.js';
import {
  articleRefSchema, entityRefSchema, errorResponses, idParams, incentiveSchema, nullable, pageOf, pageQuery, parkSummarySchema, parkTypeSchema,
  policySchema, projectSchema, quantitySchema,
} from '../schemas.js';

const factCountSchema = {
  type: 'object',
  properties: { total: { type: 'integer' }, next: nullable('string') },
  required: ['total', 'next'],
} as const;

/** The item schema of each paged fact list. */
const factSchemas: Record<ParkFactKind, object> = { quantities: quantitySchema, projects: projectSchema, policies: policySchema, incentives: incentiveSchema };

export const parkProfileSchema = {
  type: 'object',
  properties: {
    id: { type: 'string' },
    name: { type: 'string' },
    aliases: { type: 'array', items: { type: 'string' } },
    type: { type: 'string' },
    province: nullable('string'),
    city: nullable('string'),
    quantities: { type: 'array', items: quantitySchema },
    projects: { type: 'array', items: projectSchema },
    policies: { type: 'array', items: policySchema },
    incentives: { type: 'array', items: incentiveSchema },
    organizations: {
      type: 'array',
      items: { type: 'object', properties: { id: { type: 'string' }, name: { type: 'string' }, kind: { type: 'string' } }, required: ['id', 'name', 'kind'] },
    },
    people: {
      type: 'array',
      items: {
        type: 'object',
        properties: { id: { type: 'string' }, name: { type: 'string' }, title: nullable('string'), org: nullable('string') },
        required: ['id', 'name', 'title', 'org'],
      },
    },
    articles: { type: 'array', items: articleRefSchema },
    factCounts: {
      description: `Each fact list holds at most ${PROFILE_FACTS} facts, newest first: how many there are, and the path of the next page (null when all are here)`,
      type: 'object',
      properties: Object.fromEntries(PARK_FACT_KINDS.map((kind) => [kind, factCountSchema])) as Record<ParkFactKind, typeof factCountSchema>,
      required: [...PARK_FACT_KINDS],
    },
  },
  required: ['id', 'name', 'aliases', 'type', 'province', 'city', 'quantities', 'projects', 'policies', 'incentives', 'organizations', 'people', 'articles', 'factCounts'],
} as const;

export default async function parkRoutes(app: FastifyInstance, { store }: RouteOptions) {
  app.get<{ Querystring: { q?: string; province?: string; type?: ParkType; limit: number; offset: number } }>('/api/parks', {
    schema: {
      summary: 'List parks, optionally by name (any alias; abbreviations resolve), province and type',
      querystring: {
        type: 'object',
        properties: { q: { type: 'string', maxLength: 100 }, province: { type: 'string', maxLength: 20 }, type: parkTypeSchema, ...pageQuery },
        additionalProperties: false,
      },
      response: { 200: pageOf(parkSummarySchema), ...errorResponses },
    },
    handler: (request) => store.listParks(request.query),
  });

  app.get<{ Params: { id: string } }>('/api/parks/:id', {
    schema: {
      summary: 'Park profile: names, location, quantities, projects, incentives, organisations, people and articles, each fact with evidence',
      params: idParams,
      response: { 200: parkProfileSchema, ...errorResponses },
    },
    handler: async (request, reply) => {
      const { id } = request.params;
      // A store that keeps profiles as JSON text hands it over as is (the schema above still describes it).
      if (store.parkProfileJson) {
        const json = await store.parkProfileJson(id);
        if (json === null) throw new ParkLensError('E_NOT_FOUND', `no park with id ${id}`, { subject: id });
        return reply.type('application/json; charset=utf-8').send(json);
      }
      const park = await store.getPark(id);
      if (!park) throw new ParkLensError('E_NOT_FOUND', `no park with id ${id}`, { subject: id });
      return park;
    },
  });

  // The rest of a profile's fact lists, a page at a time (the profile's factCounts links here).
  for (const kind of PARK_FACT_KINDS) {
    app.get<{ Params: { id: string }; Querystring: { limit: number; offset: number } }>(`/api/parks/:id/${kind}`, {
      schema: {
        summary: `A page of a park's ${kind}, each with evidence, in the profile's order (newest first)`,
        params: idParams,
        querystring: {
          type: 'object',
          properties: { ...pageQuery, limit: { ...pageQuery.limit, default: PROFILE_FACTS } },
          additionalProperties: false,
        },
        response: { 200: pageOf(factSchemas[kind]), ...errorResponses },
      },
      handler: async (request) => {
        const { id } = request.params;
        const page = await store.parkFacts(id, kind, request.query);
        if (!page) throw new ParkLensError('E_NOT_FOUND', `no park with id ${id}`, { subject: id });
        return page;
      },
    });
  }
}

export { entityRefSchema };

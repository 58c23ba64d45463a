// GET /api/organizations/:id and GET /api/people/:id.
import type { FastifyInstance } from 'fastify';
import { ParkLensError } from '../../errors.js';
import type { RouteOptions } from '../app.js';
import { articleRefSchema, entityRefSchema, errorResponses, idParams, nullable, quantitySchema } from '../schemas.js';

export default async function entityRoutes(app: FastifyInstance, { store }: RouteOptions) {
  app.get<{ Params: { id: string } }>('/api/organizations/:id', {
    schema: {
      summary: 'An organisation: names, kind, parks it appears with, its people and quantities',
      params: idParams,
      response: {
        200: {
          type: 'object',
          properties: {
            id: { type: 'string' },
            name: { type: 'string' },
            aliases: { type: 'array', items: { type: 'string' } },
            kind: { type: 'string' },
            parks: { type: 'array', items: entityRefSchema },
            people: {
              type: 'array',
              items: { type: 'object', properties: { id: { type: 'string' }, name: { type: 'string' }, title: nullable('string') }, required: ['id', 'name', 'title'] },
            },
            quantities: { type: 'array', items: quantitySchema },
            articles: { type: 'array', items: articleRefSchema },
          },
          required: ['id', 'name', 'aliases', 'kind', 'parks', 'people', 'quantities', 'articles'],
        },
        ...errorResponses,
      },
    },
    handler: async (request) => {
      const org = await store.getOrganization(request.params.id);
      if (!org) throw new ParkLensError('E_NOT_FOUND', `no organisation with id ${request.params.id}`, { subject: request.params.id });
      return org;
    },
  });

  app.get<{ Params: { id: string } }>('/api/people/:id', {
    schema: {
      summary: 'A person: title, organisation and the articles naming them',
      params: idParams,
      response: {
        200: {
          type: 'object',
          properties: {
            id: { type: 'string' },
            name: { type: 'string' },
            title: nullable('string'),
            org: nullable('string'),
            orgId: nullable('string'),
            articles: { type: 'array', items: articleRefSchema },
          },
          required: ['id', 'name', 'title', 'org', 'orgId', 'articles'],
        },
        ...errorResponses,
      },
    },
    handler: async (request) => {
      const person = await store.getPerson(request.params.id);
      if (!person) throw new ParkLensError('E_NOT_FOUND', `no person with id ${request.params.id}`, { subject: request.params.id });
      return person;
    },
  });
}

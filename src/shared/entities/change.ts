// The change union, derived from the registry: one `{entity, value}` per entity with its schema, and
// `{entity: 'delete', value: {kind, id}}` whose kinds are the entity names. The wire shape is the one the
// protocol always had; only its list is no longer written by hand.
import { z } from 'zod';
import { Id } from '../domain';
import { ENTITIES, ENTITY_NAMES, type Entities, type EntityName } from './registry';

type EntityChangeSchema = { [K in EntityName]: z.ZodObject<{ entity: z.ZodLiteral<K>; value: Entities[K]['schema'] }> }[EntityName];

const entityChange = <K extends EntityName>(name: K) => z.object({ entity: z.literal(name), value: ENTITIES[name].schema });

/** A row the client must drop (left its scope for good, or erased). */
export const DeleteChange = z.object({
  entity: z.literal('delete'),
  value: z.object({ kind: z.enum(ENTITY_NAMES), id: Id }),
});

/** The union's options: the delete, then one per entity (a non-empty list, as z.discriminatedUnion wants). */
export const changeOptions = (): [typeof DeleteChange, ...EntityChangeSchema[]] => [DeleteChange, ...ENTITY_NAMES.map((n) => entityChange(n) as EntityChangeSchema)];

import { Field, ID, InterfaceType } from 'type-graphql';

/**
 * Relay's Global Object Identification: every entity with an identity has a
 * `nodeId` unique across all types, and `node(id:)`/`nodes(ids:)` fetch any
 * of them by it. `id` stays the entity's slug (unique within its type only).
 * Objects resolve to their type by class: every loader gives its entities
 * their model's prototype (see `adoptModel`).
 */
@InterfaceType('Node', {
  description:
    'An entity with an identity of its own, fetched by its global id with node(id:) or nodes(ids:).',
})
export abstract class Node {
  @Field(() => ID, {
    description:
      'Unique across all types, stable, readable: "<Type>:<id>", e.g. "Organisation:hamburg-fire-rescue-service" ' +
      '(a country "Country:DE"). Treat it as opaque; `id` is unique within its type only.',
  })
  nodeId!: string;
}

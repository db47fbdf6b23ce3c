import { registerEnumType } from 'type-graphql';

/** What a caller may do: read the graph, or also curate it. */
export enum Role {
  READER = 'reader',
  EDITOR = 'editor',
}

registerEnumType(Role, {
  name: 'Role',
  description: 'reader: read the graph; editor: also curate it.',
});

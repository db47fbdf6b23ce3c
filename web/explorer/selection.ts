/** What the side panel shows and the graph emphasises. */
export type Selection =
  | { kind: 'none' }
  | { kind: 'organisation'; id: string }
  | { kind: 'project'; id: string }
  | { kind: 'connection'; fromId: string; toId: string };

export const NO_SELECTION: Selection = { kind: 'none' };

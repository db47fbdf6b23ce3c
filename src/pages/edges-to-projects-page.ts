import type { ModelClass } from '../loaders/adopt-model.js';
import { Project } from '../model/project.type.js';
import { embeddedFromValues, fromValues } from '../projection/from-values.js';
import { PROJECT_FIELDS, type StoredFields } from '../projection/stored-fields.js';
import {
  itemProperties,
  projectionFor,
  propertiesAt,
  type PageProjection,
  type SelectionInfo,
} from './page-projection.js';

/** One edge as a page statement of edges to projects returns it. */
export interface EdgeToProjectRow {
  edge: unknown[];
  project: unknown[] | null;
}

/** A kind of edge from a page's parent to projects (a grant, an organisation's participation). */
export interface EdgeToProjectKind<E, R extends EdgeToProjectRow> {
  model: ModelClass;
  fields: StoredFields;
  /** Sets the edge's ends (ids) from the page's parent key and its row. */
  setEnds(edge: E, parentKey: string, row: R): void;
}

/**
 * The page projection of one kind of edge to projects: the edge properties
 * selected, and, when `project` is selected, the project's selected
 * properties, embedded so that they cost no statement of their own.
 */
export function edgesToProjectsPage<
  E extends { projectNode?: Project | null },
  R extends EdgeToProjectRow,
>(kind: EdgeToProjectKind<E, R>): (info: SelectionInfo) => PageProjection<E> {
  // One builder per kind: projectionFor caches what it builds by builder.
  const build = (info: SelectionInfo): PageProjection<E> => {
    const edge = itemProperties(info, kind.fields);
    const project = propertiesAt(info, PROJECT_FIELDS, 'project');
    return {
      params: { edgeProperties: edge, projectProperties: project },
      decodeItem(item, parentKey) {
        const row = item as R;
        const value = fromValues<E>(kind.model, edge, row.edge);
        kind.setEnds(value, parentKey, row);
        value.projectNode = embeddedFromValues<Project>(Project, project, row.project);
        return value;
      },
    };
  };
  return (info) => projectionFor(info, build);
}

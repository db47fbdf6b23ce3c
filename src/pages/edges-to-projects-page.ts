import type { ModelClass } from '../loaders/adopt-model.js';
import { Project } from '../model/project.type.js';
import { fromValues } from '../projection/from-values.js';
import { PROJECT_FIELDS, type StoredFields } from '../projection/stored-fields.js';
import { perFieldNode } from '../projection/per-field-node.js';
import {
  itemProperties,
  propertiesAt,
  type PageProjection,
  type SelectionInfo,
} from './page-projection.js';

/**
 * One edge as a page statement of edges to projects returns it: one flat
 * list, the edge's ends (`ends` ids), then the selected edge properties,
 * then the selected project properties (absent when `project` is not
 * selected, or the edge's far end is not a project).
 */
export type EdgeToProjectRow = readonly unknown[];

/** A kind of edge from a page's parent to projects (a grant, an organisation's participation). */
export interface EdgeToProjectKind<E> {
  model: ModelClass;
  fields: StoredFields;
  /** How many ids lead each row. */
  ends: number;
  /** Sets the edge's ends (ids) from the page's parent key and its row's leading ids. */
  setEnds(edge: E, parentKey: string, row: EdgeToProjectRow): void;
}

/**
 * The page projection of one kind of edge to projects: the edge properties
 * selected, and, when `project` is selected, the project's selected
 * properties, embedded so that they cost no statement of their own.
 */
export function edgesToProjectsPage<E extends { projectNode?: Project | null }>(
  kind: EdgeToProjectKind<E>,
): (info: SelectionInfo) => PageProjection<E> {
  return perFieldNode((info): PageProjection<E> => {
    const edge = itemProperties(info, kind.fields);
    const project = propertiesAt(info, PROJECT_FIELDS, 'project');
    const projectAt = kind.ends + edge.length;
    return {
      params: { edgeProperties: edge, projectProperties: project },
      decodeItem(item, parentKey) {
        const row = item as EdgeToProjectRow;
        const value = fromValues<E>(kind.model, edge, row, kind.ends);
        kind.setEnds(value, parentKey, row);
        value.projectNode =
          project && row.length > projectAt
            ? fromValues<Project>(Project, project, row, projectAt)
            : null;
        return value;
      },
    };
  });
}

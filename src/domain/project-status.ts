/** Where a project stands in its life. */
export enum ProjectStatus {
  PLANNED = 'planned',
  ONGOING = 'ongoing',
  FINALISED = 'finalised',
  /** The sources do not say. */
  UNKNOWN = 'unknown',
}

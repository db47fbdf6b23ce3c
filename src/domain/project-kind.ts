/** What sort of undertaking a project is (the graph's Project covers all of them). */
export enum ProjectKind {
  PROJECT = 'project',
  PLATFORM = 'platform',
  PROCESS = 'process',
  PROGRAMME = 'programme',
  EXERCISE = 'exercise',
  NETWORK = 'network',
  STRATEGY = 'strategy',
}

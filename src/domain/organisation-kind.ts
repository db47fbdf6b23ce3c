/** What sort of body an organisation is. */
export enum OrganisationKind {
  GOVERNMENT_AGENCY = 'government agency',
  RESCUE_SERVICE = 'rescue service',
  UNIVERSITY = 'university',
  RESEARCH_INSTITUTE = 'research institute',
  INTERGOVERNMENTAL_BODY = 'intergovernmental body',
  MINISTRY = 'ministry',
  NETWORK = 'network',
  UNIT = 'unit',
  EXPERT_GROUP = 'expert group',
  TASK_FORCE = 'task force',
  STEERING_GROUP = 'steering group',
  SECRETARIAT = 'secretariat',
  COMMISSION = 'commission',
  UN_AGENCY = 'un agency',
  ASSOCIATION = 'association',
  PUBLIC_BODY = 'public body',
  COMPANY = 'company',
  OTHER = 'other',
  /** The sources do not say. */
  UNKNOWN = 'unknown',
}

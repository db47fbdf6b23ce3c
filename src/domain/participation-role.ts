/** The role an organisation plays in a project: the label on a partnership edge. */
export enum ParticipationRole {
  COORDINATOR = 'coordinator',
  LEAD_PARTNER = 'lead partner',
  PARTNER = 'partner',
  CONTRIBUTING_PARTNER = 'contributing partner',
  TASK_LEADER = 'task leader',
  ASSOCIATED_PARTNER = 'associated partner',
  ENDORSING_BODY = 'endorsing body',
  IMPLEMENTING_PARTNER = 'implementing partner',
  BENEFICIARY = 'beneficiary',
  THIRD_PARTY = 'third party',
  /** Named with the project, without a role. */
  UNKNOWN = 'unknown',
}

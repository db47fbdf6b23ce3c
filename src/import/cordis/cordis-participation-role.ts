import { ParticipationRole } from '../../domain/participation-role.js';
import { converted, rejected, type Converted } from './converted.js';

const BY_CORDIS_ROLE: Readonly<Record<string, ParticipationRole>> = {
  coordinator: ParticipationRole.COORDINATOR,
  participant: ParticipationRole.PARTNER,
  partner: ParticipationRole.PARTNER,
  associatedpartner: ParticipationRole.ASSOCIATED_PARTNER,
  thirdparty: ParticipationRole.THIRD_PARTY,
};

/** The participation role of a CORDIS `role` (coordinator, participant, partner, …). */
export function parseCordisRole(raw: string): Converted<ParticipationRole> {
  const role = BY_CORDIS_ROLE[raw.trim().toLowerCase()];
  return role
    ? converted(role)
    : rejected(
        `"${raw}" is not a CORDIS role (coordinator, participant, partner, associatedPartner or thirdParty)`,
      );
}

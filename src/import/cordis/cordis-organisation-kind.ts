import { OrganisationKind } from '../../domain/organisation-kind.js';
import { converted, rejected, type Converted } from './converted.js';

const BY_ACTIVITY_TYPE: Readonly<Record<string, OrganisationKind>> = {
  HES: OrganisationKind.UNIVERSITY,
  REC: OrganisationKind.RESEARCH_INSTITUTE,
  PRC: OrganisationKind.COMPANY,
  PUB: OrganisationKind.PUBLIC_BODY,
  OTH: OrganisationKind.OTHER,
};

/** The organisation kind of a CORDIS `activityType` (HES, REC, PRC, PUB, OTH); empty is "other". */
export function parseCordisActivityType(raw: string): Converted<OrganisationKind> {
  const text = raw.trim().toUpperCase();
  if (text === '') return converted(OrganisationKind.OTHER);
  const kind = BY_ACTIVITY_TYPE[text];
  return kind
    ? converted(kind)
    : rejected(`"${raw}" is not a CORDIS activity type (HES, REC, PRC, PUB or OTH)`);
}

import { describe, expect, it } from 'vitest';
import { OrganisationKind } from '../../src/domain/organisation-kind.js';
import { ParticipationRole } from '../../src/domain/participation-role.js';
import { ProjectStatus } from '../../src/domain/project-status.js';
import { parseCordisAmount } from '../../src/import/cordis/cordis-amount.js';
import { parseCordisCountry } from '../../src/import/cordis/cordis-country.js';
import { parseCordisDate } from '../../src/import/cordis/cordis-date.js';
import { frameworkProgrammeOf } from '../../src/import/cordis/cordis-framework-programme.js';
import { parseCordisActivityType } from '../../src/import/cordis/cordis-organisation-kind.js';
import { parseCordisRole } from '../../src/import/cordis/cordis-participation-role.js';
import { parseCordisStatus } from '../../src/import/cordis/cordis-project-status.js';
import { SUMMARY_MAX_LENGTH, summaryOf } from '../../src/import/cordis/cordis-summary.js';

describe('CORDIS values', () => {
  it('reads amounts with a decimal point or comma; empty is unknown; anything else is rejected', () => {
    expect(parseCordisAmount('1234567.5')).toEqual({ ok: true, value: 1234567.5 });
    expect(parseCordisAmount('1234567,5')).toEqual({ ok: true, value: 1234567.5 });
    expect(parseCordisAmount(' 2500000 ')).toEqual({ ok: true, value: 2500000 });
    expect(parseCordisAmount('')).toEqual({ ok: true, value: undefined });
    for (const bad of ['12abc', '-5', '1.234.567', '1e6', '€100']) {
      const result = parseCordisAmount(bad);
      expect(result.ok).toBe(false);
      if (!result.ok) expect(result.message).toContain(`"${bad}"`);
    }
  });

  it('reads real calendar days; empty is unknown', () => {
    expect(parseCordisDate('2021-09-01')).toEqual({ ok: true, value: '2021-09-01' });
    expect(parseCordisDate('2024-02-29')).toEqual({ ok: true, value: '2024-02-29' });
    expect(parseCordisDate('')).toEqual({ ok: true, value: undefined });
    for (const bad of ['2021-02-30', '2021-13-01', '01/09/2021', '2021-9-1', '2021']) {
      expect(parseCordisDate(bad)).toMatchObject({ ok: false });
    }
  });

  it('maps the EU country codes EL and UK to ISO codes, with English names', () => {
    expect(parseCordisCountry('EL')).toEqual({ ok: true, value: { code: 'GR', name: 'Greece' } });
    expect(parseCordisCountry('UK')).toEqual({
      ok: true,
      value: { code: 'GB', name: 'United Kingdom' },
    });
    expect(parseCordisCountry('de')).toEqual({ ok: true, value: { code: 'DE', name: 'Germany' } });
    expect(parseCordisCountry('')).toEqual({ ok: true, value: undefined });
    expect(parseCordisCountry('XX')).toEqual({
      ok: false,
      message: '"XX" is not an ISO 3166-1 alpha-2 country code',
    });
    // Alpha-3 codes are valid ISO codes, but not what the column holds.
    expect(parseCordisCountry('DEU')).toMatchObject({ ok: false });
  });

  it('maps activity types to organisation kinds', () => {
    expect(parseCordisActivityType('HES')).toEqual({
      ok: true,
      value: OrganisationKind.UNIVERSITY,
    });
    expect(parseCordisActivityType('REC')).toEqual({
      ok: true,
      value: OrganisationKind.RESEARCH_INSTITUTE,
    });
    expect(parseCordisActivityType('PRC')).toEqual({ ok: true, value: OrganisationKind.COMPANY });
    expect(parseCordisActivityType('PUB')).toEqual({
      ok: true,
      value: OrganisationKind.PUBLIC_BODY,
    });
    expect(parseCordisActivityType('OTH')).toEqual({ ok: true, value: OrganisationKind.OTHER });
    expect(parseCordisActivityType('')).toEqual({ ok: true, value: OrganisationKind.OTHER });
    expect(parseCordisActivityType('XYZ')).toMatchObject({ ok: false });
  });

  it('maps roles to participation roles', () => {
    expect(parseCordisRole('coordinator')).toEqual({
      ok: true,
      value: ParticipationRole.COORDINATOR,
    });
    expect(parseCordisRole('participant')).toEqual({ ok: true, value: ParticipationRole.PARTNER });
    expect(parseCordisRole('partner')).toEqual({ ok: true, value: ParticipationRole.PARTNER });
    expect(parseCordisRole('associatedPartner')).toEqual({
      ok: true,
      value: ParticipationRole.ASSOCIATED_PARTNER,
    });
    expect(parseCordisRole('thirdParty')).toEqual({
      ok: true,
      value: ParticipationRole.THIRD_PARTY,
    });
    expect(parseCordisRole('sponsor')).toMatchObject({ ok: false });
    expect(parseCordisRole('')).toMatchObject({ ok: false });
  });

  it('derives the status: signed is ongoing until the end date has passed', () => {
    const today = '2025-06-01';
    expect(parseCordisStatus('SIGNED', '2027-09-30', today)).toEqual({
      ok: true,
      value: ProjectStatus.ONGOING,
    });
    expect(parseCordisStatus('SIGNED', undefined, today)).toEqual({
      ok: true,
      value: ProjectStatus.ONGOING,
    });
    expect(parseCordisStatus('SIGNED', '2022-08-31', today)).toEqual({
      ok: true,
      value: ProjectStatus.FINALISED,
    });
    expect(parseCordisStatus('SIGNED', today, today)).toEqual({
      ok: true,
      value: ProjectStatus.FINALISED,
    });
    expect(parseCordisStatus('CLOSED', '2030-01-01', today)).toEqual({
      ok: true,
      value: ProjectStatus.FINALISED,
    });
    expect(parseCordisStatus('TERMINATED', undefined, today)).toEqual({
      ok: true,
      value: ProjectStatus.FINALISED,
    });
    expect(parseCordisStatus('PENDING', undefined, today)).toMatchObject({ ok: false });
  });

  it('reuses the seed ids for Horizon 2020 and Horizon Europe, and derives the others', () => {
    expect(frameworkProgrammeOf('H2020').id).toBe('horizon-2020');
    expect(frameworkProgrammeOf('H2020').name).toBe('Horizon 2020');
    expect(frameworkProgrammeOf('HORIZON').id).toBe('horizon-europe');
    expect(frameworkProgrammeOf('FP7')).toMatchObject({ id: 'cordis-fp-fp7', acronym: 'FP7' });
    expect(frameworkProgrammeOf('EURATOM')).toEqual({
      id: 'cordis-fp-euratom',
      name: 'EURATOM',
    });
    expect(frameworkProgrammeOf('FP 6_x').id).toBe('cordis-fp-fp-6-x');
  });

  it('summarises with the objective on one line, cut at a word to at most 500 characters', () => {
    expect(summaryOf('  First line.\n  Second  line. ', 'Title')).toBe('First line. Second line.');
    expect(summaryOf(' \n ', 'The title')).toBe('The title');
    const long = Array.from({ length: 200 }, (_, i) => `word${i}`).join(' ');
    const summary = summaryOf(long, 'Title');
    expect(summary.length).toBeLessThanOrEqual(SUMMARY_MAX_LENGTH);
    expect(summary.endsWith('…')).toBe(true);
    expect(long.startsWith(summary.slice(0, -1))).toBe(true);
    expect(long.charAt(summary.length - 1)).toBe(' ');
  });
});

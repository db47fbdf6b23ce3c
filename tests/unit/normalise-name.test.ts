import { describe, expect, it } from 'vitest';
import { normaliseName } from '../../src/domain/normalise-name.js';

// The comparison key behind entity resolution: two spellings with the same key
// are one name, so the importer refuses to give them to two records.
describe('normaliseName', () => {
  it('folds accents and the letters NFKD cannot decompose', () => {
    expect(normaliseName('Gąciarz')).toBe('gaciarz');
    expect(normaliseName('Frederikssund-Halsnæs')).toBe('frederikssund halsnaes');
    expect(normaliseName('Ærø')).toBe('aero');
    expect(normaliseName('Straße')).toBe('strasse');
    expect(normaliseName('Łódź')).toBe('lodz');
    expect(normaliseName('Šiauliai Ēkšķis')).toBe('siauliai ekskis');
  });

  it('reads "&" as "and", so both Hamburg spellings are one name', () => {
    expect(normaliseName('Hamburg Fire & Rescue Service')).toBe(
      normaliseName('Hamburg Fire and Rescue Service'),
    );
    expect(normaliseName('Brand-&Redningsberedskab')).toBe('brand and redningsberedskab');
  });

  it('ignores case, punctuation and runs of white space', () => {
    expect(normaliseName('  FROM GAPS   TO CAPS ')).toBe('from gaps to caps');
    expect(normaliseName('TF-THB')).toBe('tf thb');
    expect(normaliseName('Union of the Baltic Cities – Safe Cities Commission')).toBe(
      'union of the baltic cities safe cities commission',
    );
    expect(
      normaliseName('Norwegian Directorate for Civil Protection and\nEmergency Planning'),
    ).toBe('norwegian directorate for civil protection and emergency planning');
  });

  it('keeps digits and letters of other scripts', () => {
    expect(normaliseName('Horizon 2020')).toBe('horizon 2020');
    expect(normaliseName('14.3')).toBe('14 3');
    expect(normaliseName('Москва')).toBe('москва');
  });

  it('keeps different names apart', () => {
    expect(normaliseName('Ministry of the Interior of Finland')).not.toBe(
      normaliseName('Finnish Radiation and Nuclear Safety Authority'),
    );
    expect(normaliseName('CBSS Secretariat')).not.toBe(normaliseName('CBSS'));
    expect(normaliseName('Main School for Fire Service in Warsaw')).not.toBe(
      normaliseName('Main School of Fire Service in Warsaw'),
    );
  });

  it('returns an empty key for a name without letters or digits', () => {
    expect(normaliseName(' – / ')).toBe('');
  });
});

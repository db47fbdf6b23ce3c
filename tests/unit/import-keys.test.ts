import { describe, expect, it } from 'vitest';
import { DatasetFile } from '../../src/import/dataset-file.js';
import { importKeysOf } from '../../src/import/import-keys.js';
import { validateDatasets } from '../../src/import/validate-dataset.js';

const fileWith = (id: string, name: string, extra: string[] = []) =>
  DatasetFile.parse(
    [
      'source: { id: keys-test, title: Keys test, kind: curation }',
      'organisations:',
      `  - id: ${id}`,
      `    name: ${name}`,
      '    kind: rescue service',
      '    country: "DK"',
      ...extra,
      '    lines: "1"',
    ].join('\n'),
    `${id}.yaml`,
  );

const keysOf = (file: DatasetFile) => {
  const check = validateDatasets([file]);
  expect(check.problems).toEqual([]);
  return importKeysOf(check.valid);
};

// The keys an import claims before matching: two imports that bring one body
// must share one, whatever their ids and spellings.
describe('the keys an import claims', () => {
  it('capitals, accents and a legal form give the same match key in the same country', () => {
    const plain = keysOf(fileWith('a', 'Sundby Flood Relief Agency'));
    const shouting = keysOf(fileWith('b', 'SUNDBY FLOOD RELIEF AGENCY'));
    const legal = keysOf(fileWith('c', 'Sundby Flood Relief Agency ApS'));
    expect(plain.matchKeys).toEqual(['DK|=sundby flood relief agency']);
    expect(shouting.matchKeys).toEqual(plain.matchKeys);
    expect(legal.matchKeys).toEqual(plain.matchKeys);
    // Name keys (one owner per name) tell the legal form apart; the match key does not.
    expect(shouting.nameKeys).toEqual(plain.nameKeys);
    expect(legal.nameKeys).not.toEqual(plain.nameKeys);
  });

  it('identifiers in their canonical form and every alias, sorted', () => {
    const keys = keysOf(
      fileWith('d', 'Zeta Rescue', [
        '    aliases: [Alpha Rescue, ZETA RESCUE]',
        '    identifiers:',
        "      - { scheme: VAT, value: 'DK 12.34.56.78' }",
        "      - { scheme: PIC, value: '999000123' }",
      ]),
    );
    expect(keys.identifiers.map((identifier) => identifier.key)).toEqual([
      'PIC:999000123',
      'VAT:DK12345678',
    ]);
    expect(keys.nameKeys).toEqual(['alpha rescue', 'zeta rescue']);
    expect(keys.matchKeys).toEqual(['DK|=alpha rescue', 'DK|=zeta rescue']);
  });
});

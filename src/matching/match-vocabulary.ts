/**
 * The words name matching reads past or reads as one, in folded form (see
 * foldAccents: lower case, no accents). docs/identity.md explains each list.
 */

/** Legal forms, dropped from the end of a name ("Acme GmbH" is "Acme"); runs of single letters are joined first ("S.A." -> "sa"). */
// prettier-ignore
export const LEGAL_FORMS: ReadonlySet<string> = new Set([
  'gmbh', 'ag', 'kg', 'ohg', 'ug', 'ev', 'eg', 'ggmbh', 'mbh',
  'sa', 'sas', 'sarl', 'sl', 'slu', 'srl', 'spa', 'scarl', 'scrl', 'sca',
  'bv', 'nv', 'vzw', 'asbl', 'cvba', 'bvba',
  'ab', 'publ', 'as', 'asa', 'aps', 'oy', 'oyj', 'ry', 'hf', 'ehf',
  'ltd', 'limited', 'plc', 'llp', 'llc', 'inc', 'corp', 'cic', 'co',
  'se', 'sce', 'eeig', 'egtc', 'aisbl',
  'sro', 'spol', 'zoo', 'sp', 'kft', 'zrt', 'nyrt', 'bt', 'doo', 'dd', 'ad', 'ood', 'eood',
  'ou', 'uab', 'sia', 'ae', 'ike', 'epe', 'lda', 'unipessoal',
]);

/** Articles read past at the start of a name ("The Main School …"). */
// prettier-ignore
export const LEADING_ARTICLES: ReadonlySet<string> = new Set([
  'the', 'la', 'le', 'les', 'l', 'el', 'il', 'lo', 'der', 'die', 'das', 'het', 'de', 'den', 'det',
]);

/**
 * Joining words read past anywhere ("for"/"of", "and" and their equivalents):
 * "School of Fire Service" and "School for Fire Service" are one name.
 */
// prettier-ignore
export const JOINING_WORDS: ReadonlySet<string> = new Set([
  'and', 'und', 'et', 'y', 'e', 'en', 'og', 'och', 'ja', 'a',
  'of', 'for', 'fur', 'de', 'des', 'du', 'del', 'della', 'dello', 'delle', 'degli', 'dei', 'di', 'da',
  'do', 'dos', 'das', 'der', 'den', 'dem', 'die', 'voor', 'van', 'von', 'af', 'av', 'pour', 'para',
  'per', 'zu', 'zur', 'zum', 'the', 'in', 'im', 'at', 'on', 'to',
]);

/**
 * Words of institutional names and their equivalents in European languages,
 * read as one canonical (English) word, so "Universität Kalo" and "Kalo
 * University" share their tokens. Single words only: compounds
 * ("Bevölkerungsschutz") are left alone.
 */
// prettier-ignore
const EQUIVALENTS: Readonly<Record<string, readonly string[]>> = {
  university: [
    'universitat', 'universitaet', 'universite', 'universidad', 'universita', 'universiteit',
    'universitet', 'uniwersytet', 'yliopisto', 'universidade', 'univerzita', 'universitatea',
    'universitetas', 'universitate', 'univerza', 'sveuciliste', 'egyetem', 'ulikool',
  ],
  institute: ['institut', 'instituto', 'istituto', 'instituut', 'instytut', 'institutet', 'inst'],
  ministry: [
    'ministerium', 'ministere', 'ministerio', 'ministero', 'ministerie', 'ministerstwo',
    'ministeriet', 'ministerstvo', 'ministerija', 'ministrija', 'ministeerium',
  ],
  interior: ['inneren', 'innern', 'interieur', 'interno', 'binnenlandse', 'inrikes', 'sisaasiain'],
  fire: [
    'brand', 'pozarna',
    'pozarniczej', 'pozarnicza', 'palo', 'fuoco', 'brann', 'hasici',
  ],
  rescue: [
    'rettung', 'rettungsdienst', 'redning', 'raddning',
    'sauvetage', 'rescate', 'soccorso', 'ratownictwo', 'pelastus', 'salvamento',
  ],
  service: ['dienst', 'servicio', 'servizio', 'tjeneste', 'tjanst', 'palvelu', 'sluzba', 'sluzby'],
  agency: ['agentur', 'agence', 'agencia', 'agenzia', 'agentschap', 'agencja', 'virasto', 'amet'],
  authority: ['behorde', 'autorite', 'autoridad', 'autorita', 'myndighet', 'myndighed', 'urzad'],
  national: ['nationale', 'nacional', 'nazionale', 'nationaal', 'narodowy', 'narodni', 'nationell'],
  centre: ['center', 'zentrum', 'centro', 'centrum', 'keskus', 'centar', 'centras'],
  research: ['forschung', 'recherche', 'investigacion', 'ricerca', 'onderzoek', 'forskning', 'tutkimus'],
  civil: ['zivil', 'civile', 'civiele', 'cywilna', 'cywilnej', 'siviili'],
  protection: ['schutz', 'proteccion', 'protezione', 'bescherming', 'ochrona', 'ochrony', 'skydd', 'beskyttelse', 'suojelu'],
  emergency: ['notfall', 'urgence', 'emergencia', 'emergenza', 'beredskab', 'beredskap', 'valmius'],
  school: ['schule', 'ecole', 'escuela', 'scuola', 'skola', 'szkola', 'koulu', 'escola'],
  federal: ['bundes', 'federale', 'federaal'],
  health: ['gesundheit', 'sante', 'salud', 'salute', 'gezondheid', 'halsa', 'zdrowia', 'terveys', 'saude'],
  technical: ['technische', 'technischen', 'technique', 'tecnica', 'technisch', 'teknisk', 'techniczny', 'teknillinen', 'tecnico'],
  security: ['safety', 'sicherheit', 'securite', 'seguridad', 'sicurezza', 'veiligheid', 'sakerhet', 'sikkerhed', 'bezpieczenstwa', 'turvallisuus', 'seguranca'],
  main: ['glowna', 'haupt'],
  office: ['amt', 'bureau', 'oficina', 'ufficio', 'kontor', 'toimisto'],
  association: ['verein', 'verband', 'forening', 'forbund', 'asociacion', 'associazione', 'vereniging', 'stowarzyszenie', 'yhdistys'],
  foundation: ['stiftung', 'fondation', 'fundacion', 'fondazione', 'stichting', 'fundacja', 'saatio', 'stiftelse', 'fonden'],
  hospital: ['krankenhaus', 'klinikum', 'hopital', 'ospedale', 'ziekenhuis', 'szpital', 'sjukhus', 'sairaala'],
  city: ['stadt', 'ville', 'ciudad', 'citta', 'stad', 'miasto', 'kaupunki', 'comune', 'gemeente', 'kommune', 'kommun', 'municipality'],
  region: ['regione', 'region', 'wojewodztwo', 'maakunta', 'landkreis', 'provincia', 'provincie'],
};

/**
 * Compound words that say what several English words say ("Feuerwehr" is a
 * fire service, "Räddningstjänst" a rescue service): read as those words.
 */
// prettier-ignore
const COMPOUNDS: Readonly<Record<string, readonly string[]>> = {
  feuerwehr: ['fire', 'service'],
  berufsfeuerwehr: ['fire', 'service'],
  brandweer: ['fire', 'service'],
  raddningstjanst: ['rescue', 'service'],
  redningstjeneste: ['rescue', 'service'],
  pelastuslaitos: ['rescue', 'service'],
  pompiers: ['fire', 'service'],
  bomberos: ['fire', 'service'],
  bombeiros: ['fire', 'service'],
  redningsberedskab: ['rescue', 'service'],
  brandvasen: ['fire', 'service'],
};

/** Every equivalent word, to the canonical word or words it is read as. */
export const CANONICAL_WORDS: ReadonlyMap<string, readonly string[]> = new Map([
  ...Object.entries(EQUIVALENTS).flatMap(([canonical, words]) =>
    words.map((word): [string, readonly string[]] => [word, [canonical]]),
  ),
  ...Object.entries(COMPOUNDS),
]);

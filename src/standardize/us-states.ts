// US states and territories: USPS code, name, and the traditional (AP/GPO) abbreviations people
// still type ("Calif.", "Mass."). No maintained npm package covers the old abbreviations.
const STATES: [code: string, name: string, ...abbreviations: string[]][] = [
  ['AL', 'Alabama', 'Ala'], ['AK', 'Alaska'], ['AZ', 'Arizona', 'Ariz'], ['AR', 'Arkansas', 'Ark'],
  ['CA', 'California', 'Calif', 'Cal'], ['CO', 'Colorado', 'Colo'], ['CT', 'Connecticut', 'Conn'],
  ['DE', 'Delaware', 'Del'], ['DC', 'District of Columbia', 'Washington DC', 'Washington D C'],
  ['FL', 'Florida', 'Fla'], ['GA', 'Georgia'], ['HI', 'Hawaii'], ['ID', 'Idaho'],
  ['IL', 'Illinois', 'Ill'], ['IN', 'Indiana', 'Ind'], ['IA', 'Iowa'], ['KS', 'Kansas', 'Kan', 'Kans'],
  ['KY', 'Kentucky', 'Ky'], ['LA', 'Louisiana'], ['ME', 'Maine'], ['MD', 'Maryland', 'Md'],
  ['MA', 'Massachusetts', 'Mass'], ['MI', 'Michigan', 'Mich'], ['MN', 'Minnesota', 'Minn'],
  ['MS', 'Mississippi', 'Miss'], ['MO', 'Missouri'], ['MT', 'Montana', 'Mont'],
  ['NE', 'Nebraska', 'Neb', 'Nebr'], ['NV', 'Nevada', 'Nev'], ['NH', 'New Hampshire', 'N H'],
  ['NJ', 'New Jersey', 'N J'], ['NM', 'New Mexico', 'N M', 'N Mex'], ['NY', 'New York', 'N Y'],
  ['NC', 'North Carolina', 'N C'], ['ND', 'North Dakota', 'N D', 'N Dak'], ['OH', 'Ohio'],
  ['OK', 'Oklahoma', 'Okla'], ['OR', 'Oregon', 'Ore', 'Oreg'], ['PA', 'Pennsylvania', 'Penn', 'Penna'],
  ['RI', 'Rhode Island', 'R I'], ['SC', 'South Carolina', 'S C'], ['SD', 'South Dakota', 'S D', 'S Dak'],
  ['TN', 'Tennessee', 'Tenn'], ['TX', 'Texas', 'Tex'], ['UT', 'Utah'], ['VT', 'Vermont', 'Vt'],
  ['VA', 'Virginia', 'Va'], ['WA', 'Washington', 'Wash'], ['WV', 'West Virginia', 'W Va'],
  ['WI', 'Wisconsin', 'Wis', 'Wisc'], ['WY', 'Wyoming', 'Wyo'], ['PR', 'Puerto Rico', 'P R'],
  ['GU', 'Guam'], ['VI', 'Virgin Islands', 'U S Virgin Islands'], ['AS', 'American Samoa'],
  ['MP', 'Northern Mariana Islands'],
];

export const US_STATE_CODES = new Set(STATES.map(([code]) => code));

/** Lower-case name or abbreviation, dots dropped and spaces single → USPS code. */
const BY_NAME = new Map<string, string>();
for (const [code, ...names] of STATES) for (const n of names) BY_NAME.set(n.toLowerCase(), code);

function lookupForm(text: string): string {
  return text.toLowerCase().replace(/\./g, ' ').replace(/\s+/g, ' ').trim();
}

/** "Calif." / "california" / "N.Y." → CA / NY; the bare code only when `allowCode`. */
export function usStateCode(text: string, allowCode: boolean): string | undefined {
  const form = lookupForm(text);
  const byName = BY_NAME.get(form);
  if (byName) return byName;
  const code = form.toUpperCase();
  return allowCode && US_STATE_CODES.has(code) ? code : undefined;
}

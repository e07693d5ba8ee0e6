/**
 * The demo tenant's data: a small but believable book of business, so a new user of `npm start`
 * sees a working CRM and ERP at once. Plain data; demo-seed.ts writes it through the public API.
 */

export interface DemoCompany {
  name: string;
  domain: string;
}

export const DEMO_COMPANIES: readonly DemoCompany[] = [
  { name: 'Acme Corporation', domain: 'acme.example' },
  { name: 'Globex', domain: 'globex.example' },
  { name: 'Initech', domain: 'initech.example' },
  { name: 'Umbrella Health', domain: 'umbrella-health.example' },
  { name: 'Stark Logistics', domain: 'stark-logistics.example' },
  { name: 'Wayne Foods', domain: 'waynefoods.example' },
  { name: 'Hooli', domain: 'hooli.example' },
  { name: 'Vandelay Industries', domain: 'vandelay.example' },
  { name: 'Soylent Nutrition', domain: 'soylent.example' },
  { name: 'Cyberdyne Systems', domain: 'cyberdyne.example' },
  { name: 'Tyrell Biotech', domain: 'tyrell.example' },
  { name: 'Wonka Confectionery', domain: 'wonka.example' },
  { name: 'Oscorp Materials', domain: 'oscorp.example' },
  { name: 'Pied Piper', domain: 'piedpiper.example' },
  { name: 'Gringotts Finance', domain: 'gringotts.example' },
  { name: 'Monarch Solutions', domain: 'monarch.example' },
  { name: 'Dunder Mifflin Paper', domain: 'dundermifflin.example' },
  { name: 'Prestige Worldwide', domain: 'prestige-worldwide.example' },
  { name: 'Blue Sun Trading', domain: 'bluesun.example' },
  { name: 'Nakatomi Trading', domain: 'nakatomi.example' },
  { name: 'Massive Dynamic', domain: 'massivedynamic.example' },
  { name: 'Sterling Cooper', domain: 'sterlingcooper.example' },
  { name: 'Bluth Homes', domain: 'bluth.example' },
  { name: 'Los Pollos Hermanos', domain: 'lospollos.example' },
];

/** Invoices for the first companies: [company index, consulting days, posted]. */
export const DEMO_INVOICES: ReadonlyArray<[number, number, boolean]> = [
  [0, 2, true],
  [1, 3, true],
  [2, 4, false],
  [3, 5, true],
  [5, 1, true],
  [8, 6, false],
];

export interface DemoLead {
  name: string;
  companyName: string;
  email: string;
  source: 'WEBSITE' | 'REFERRAL' | 'EVENT' | 'OUTBOUND' | 'PARTNER' | 'OTHER';
  status: 'NEW' | 'CONTACTED' | 'QUALIFIED' | 'DISQUALIFIED';
  score: number | null;
}

export const DEMO_LEADS: readonly DemoLead[] = [
  {
    name: 'Maya Chen',
    companyName: 'Northwind Traders',
    email: 'maya@northwind.example',
    source: 'WEBSITE',
    status: 'NEW',
    score: 62,
  },
  {
    name: 'Tomás Rivera',
    companyName: 'Contoso Energy',
    email: 'tomas@contoso.example',
    source: 'EVENT',
    status: 'CONTACTED',
    score: 48,
  },
  {
    name: 'Aisha Bello',
    companyName: 'Fabrikam Textiles',
    email: 'aisha@fabrikam.example',
    source: 'REFERRAL',
    status: 'QUALIFIED',
    score: 81,
  },
  {
    name: 'Lukas Novak',
    companyName: 'Tailspin Toys',
    email: 'lukas@tailspin.example',
    source: 'OUTBOUND',
    status: 'NEW',
    score: null,
  },
  {
    name: 'Priya Raman',
    companyName: 'Litware Labs',
    email: 'priya@litware.example',
    source: 'PARTNER',
    status: 'CONTACTED',
    score: 55,
  },
  {
    name: 'Jonas Berg',
    companyName: 'Adventure Works',
    email: 'jonas@adventure-works.example',
    source: 'WEBSITE',
    status: 'DISQUALIFIED',
    score: 12,
  },
  {
    name: 'Sofia Rossi',
    companyName: 'Woodgrove Bank',
    email: 'sofia@woodgrove.example',
    source: 'EVENT',
    status: 'QUALIFIED',
    score: 74,
  },
  {
    name: 'Kenji Watanabe',
    companyName: 'Proseware',
    email: 'kenji@proseware.example',
    source: 'WEBSITE',
    status: 'NEW',
    score: 33,
  },
  {
    name: 'Fatima Zahra',
    companyName: 'Coho Winery',
    email: 'fatima@coho.example',
    source: 'REFERRAL',
    status: 'CONTACTED',
    score: 67,
  },
  {
    name: 'Oliver Hughes',
    companyName: 'Lucerne Publishing',
    email: 'oliver@lucerne.example',
    source: 'OUTBOUND',
    status: 'NEW',
    score: 40,
  },
  {
    name: 'Elena Petrova',
    companyName: 'Wide World Importers',
    email: 'elena@wwi.example',
    source: 'PARTNER',
    status: 'QUALIFIED',
    score: 88,
  },
  {
    name: 'Diego Alvarez',
    companyName: 'Alpine Ski House',
    email: 'diego@alpineski.example',
    source: 'OTHER',
    status: 'NEW',
    score: null,
  },
];

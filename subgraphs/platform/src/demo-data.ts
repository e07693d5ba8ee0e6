/**
 * The demo tenant's data: a small but believable book of business, so a new user of `npm start`
 * sees a working CRM and ERP at once. Plain data; demo-seed.ts writes it through the public API.
 */

export interface DemoCompany {
  name: string;
  domain: string;
  industry: string;
  employeeCount: number;
  address: { city: string; country: string };
  tags: string[];
}

export const DEMO_COMPANIES: readonly DemoCompany[] = [
  {
    name: 'Acme Corporation',
    domain: 'acme.example',
    industry: 'Manufacturing',
    employeeCount: 1200,
    address: { city: 'Chicago', country: 'US' },
    tags: ['enterprise', 'key-account'],
  },
  {
    name: 'Globex',
    domain: 'globex.example',
    industry: 'Energy',
    employeeCount: 5400,
    address: { city: 'Houston', country: 'US' },
    tags: ['enterprise'],
  },
  {
    name: 'Initech',
    domain: 'initech.example',
    industry: 'Software',
    employeeCount: 250,
    address: { city: 'Austin', country: 'US' },
    tags: ['mid-market'],
  },
  {
    name: 'Umbrella Health',
    domain: 'umbrella-health.example',
    industry: 'Healthcare',
    employeeCount: 3100,
    address: { city: 'Boston', country: 'US' },
    tags: ['enterprise', 'regulated'],
  },
  {
    name: 'Stark Logistics',
    domain: 'stark-logistics.example',
    industry: 'Logistics',
    employeeCount: 800,
    address: { city: 'Rotterdam', country: 'NL' },
    tags: ['mid-market'],
  },
  {
    name: 'Wayne Foods',
    domain: 'waynefoods.example',
    industry: 'Food & Beverage',
    employeeCount: 640,
    address: { city: 'Lyon', country: 'FR' },
    tags: ['mid-market'],
  },
  {
    name: 'Hooli',
    domain: 'hooli.example',
    industry: 'Software',
    employeeCount: 9800,
    address: { city: 'Palo Alto', country: 'US' },
    tags: ['enterprise', 'tech'],
  },
  {
    name: 'Vandelay Industries',
    domain: 'vandelay.example',
    industry: 'Import/Export',
    employeeCount: 45,
    address: { city: 'New York', country: 'US' },
    tags: ['smb'],
  },
  {
    name: 'Soylent Nutrition',
    domain: 'soylent.example',
    industry: 'Food & Beverage',
    employeeCount: 120,
    address: { city: 'Los Angeles', country: 'US' },
    tags: ['smb'],
  },
  {
    name: 'Cyberdyne Systems',
    domain: 'cyberdyne.example',
    industry: 'Robotics',
    employeeCount: 2300,
    address: { city: 'Sunnyvale', country: 'US' },
    tags: ['enterprise', 'tech'],
  },
  {
    name: 'Tyrell Biotech',
    domain: 'tyrell.example',
    industry: 'Biotech',
    employeeCount: 700,
    address: { city: 'Basel', country: 'CH' },
    tags: ['regulated'],
  },
  {
    name: 'Wonka Confectionery',
    domain: 'wonka.example',
    industry: 'Food & Beverage',
    employeeCount: 310,
    address: { city: 'Manchester', country: 'GB' },
    tags: ['mid-market'],
  },
  {
    name: 'Oscorp Materials',
    domain: 'oscorp.example',
    industry: 'Chemicals',
    employeeCount: 1500,
    address: { city: 'Newark', country: 'US' },
    tags: ['enterprise'],
  },
  {
    name: 'Pied Piper',
    domain: 'piedpiper.example',
    industry: 'Software',
    employeeCount: 35,
    address: { city: 'Palo Alto', country: 'US' },
    tags: ['smb', 'tech'],
  },
  {
    name: 'Gringotts Finance',
    domain: 'gringotts.example',
    industry: 'Financial Services',
    employeeCount: 900,
    address: { city: 'London', country: 'GB' },
    tags: ['regulated'],
  },
  {
    name: 'Monarch Solutions',
    domain: 'monarch.example',
    industry: 'Consulting',
    employeeCount: 60,
    address: { city: 'Toronto', country: 'CA' },
    tags: ['smb'],
  },
  {
    name: 'Dunder Mifflin Paper',
    domain: 'dundermifflin.example',
    industry: 'Paper',
    employeeCount: 180,
    address: { city: 'Scranton', country: 'US' },
    tags: ['smb'],
  },
  {
    name: 'Prestige Worldwide',
    domain: 'prestige-worldwide.example',
    industry: 'Events',
    employeeCount: 12,
    address: { city: 'San Diego', country: 'US' },
    tags: ['smb'],
  },
  {
    name: 'Blue Sun Trading',
    domain: 'bluesun.example',
    industry: 'Retail',
    employeeCount: 4200,
    address: { city: 'Singapore', country: 'SG' },
    tags: ['enterprise'],
  },
  {
    name: 'Nakatomi Trading',
    domain: 'nakatomi.example',
    industry: 'Trading',
    employeeCount: 2600,
    address: { city: 'Tokyo', country: 'JP' },
    tags: ['enterprise'],
  },
  {
    name: 'Massive Dynamic',
    domain: 'massivedynamic.example',
    industry: 'Research',
    employeeCount: 3300,
    address: { city: 'New York', country: 'US' },
    tags: ['enterprise', 'tech'],
  },
  {
    name: 'Sterling Cooper',
    domain: 'sterlingcooper.example',
    industry: 'Advertising',
    employeeCount: 220,
    address: { city: 'New York', country: 'US' },
    tags: ['mid-market'],
  },
  {
    name: 'Bluth Homes',
    domain: 'bluth.example',
    industry: 'Real Estate',
    employeeCount: 75,
    address: { city: 'Newport Beach', country: 'US' },
    tags: ['smb'],
  },
  {
    name: 'Los Pollos Hermanos',
    domain: 'lospollos.example',
    industry: 'Restaurants',
    employeeCount: 520,
    address: { city: 'Albuquerque', country: 'US' },
    tags: ['mid-market'],
  },
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

/** People at the first companies: [company index, first name, last name, job title]. */
export const DEMO_PEOPLE: ReadonlyArray<[number, string, string, string]> = [
  [0, 'Wile', 'Coyote', 'Head of Procurement'],
  [0, 'Rhoda', 'Runner', 'CFO'],
  [1, 'Hank', 'Scorpio', 'CEO'],
  [1, 'Frank', 'Grimes', 'Plant Manager'],
  [2, 'Bill', 'Lumbergh', 'VP Engineering'],
  [2, 'Peter', 'Gibbons', 'Software Engineer'],
  [3, 'Alice', 'Abernathy', 'Chief Medical Officer'],
  [4, 'Pepper', 'Potts', 'COO'],
  [5, 'Lucius', 'Fox', 'Operations Director'],
  [6, 'Gavin', 'Belson', 'CEO'],
  [6, 'Jared', 'Dunn', 'Head of Business Development'],
  [7, 'Art', 'Vandelay', 'Owner'],
  [9, 'Miles', 'Dyson', 'Director of Research'],
  [10, 'Eldon', 'Tyrell', 'Founder'],
  [11, 'Charlie', 'Bucket', 'Purchasing Lead'],
  [13, 'Richard', 'Hendricks', 'CEO'],
  [14, 'Griphook', 'Goblin', 'Head of Vaults'],
  [16, 'Michael', 'Scott', 'Regional Manager'],
  [16, 'Pam', 'Beesly', 'Office Administrator'],
  [19, 'Joseph', 'Takagi', 'President'],
  [20, 'Nina', 'Sharp', 'COO'],
  [21, 'Don', 'Draper', 'Creative Director'],
  [22, 'Lucille', 'Bluth', 'Chairwoman'],
  [23, 'Gus', 'Fring', 'Owner'],
];

/** Deals: [company index, title, amount, currency, stage name, lost reason when lost]. */
export const DEMO_DEALS: ReadonlyArray<[number, string, string, string, string, string?]> = [
  [0, 'Acme: factory sensors rollout', '48000.00', 'USD', 'Negotiation'],
  [0, 'Acme: support renewal 2027', '12000.00', 'USD', 'Won'],
  [1, 'Globex: energy analytics pilot', '25000.00', 'USD', 'Proposal'],
  [2, 'Initech: TPS reporting suite', '9500.00', 'USD', 'Qualified'],
  [3, 'Umbrella: clinic scheduling', '61000.00', 'USD', 'Proposal'],
  [4, 'Stark: fleet tracking', '33000.00', 'EUR', 'Lead in'],
  [5, 'Wayne Foods: cold-chain monitoring', '18000.00', 'EUR', 'Qualified'],
  [6, 'Hooli: enterprise licences', '120000.00', 'USD', 'Negotiation'],
  [6, 'Hooli: training package', '8000.00', 'USD', 'Lost', 'Price too high'],
  [7, 'Vandelay: latex import ledger', '4200.00', 'USD', 'Lead in'],
  [9, 'Cyberdyne: lab inventory', '27000.00', 'USD', 'Won'],
  [10, 'Tyrell: compliance audit trail', '39000.00', 'CHF', 'Proposal'],
  [11, 'Wonka: seasonal demand planning', '14500.00', 'GBP', 'Lead in'],
  [13, 'Pied Piper: compression cluster', '7000.00', 'USD', 'Qualified'],
  [14, 'Gringotts: vault access logs', '52000.00', 'GBP', 'Negotiation'],
  [16, 'Dunder Mifflin: paper order portal', '6000.00', 'USD', 'Won'],
  [19, 'Nakatomi: tower security', '3800000', 'JPY', 'Lost', 'Chose a competitor'],
  [21, 'Sterling Cooper: campaign tracker', '11000.00', 'USD', 'Proposal'],
];

/** Activities on companies: [company index, kind, subject, days ago (or ahead, for tasks)]. */
export const DEMO_ACTIVITIES: ReadonlyArray<
  [number, 'NOTE' | 'CALL' | 'MEETING' | 'EMAIL' | 'TASK', string, number]
> = [
  [0, 'MEETING', 'Site visit at the Chicago plant', -12],
  [0, 'CALL', 'Procurement wants a volume discount', -3],
  [0, 'TASK', 'Send revised pricing for 500 sensors', 2],
  [1, 'EMAIL', 'Pilot scope agreed by e-mail', -6],
  [2, 'NOTE', 'Prefers invoices by post; Bill signs off over $5k', -20],
  [3, 'CALL', 'Intro call with the CMO', -9],
  [3, 'TASK', 'Prepare HIPAA questionnaire answers', 5],
  [6, 'MEETING', 'Executive briefing with Gavin', -2],
  [6, 'TASK', 'Draft the enterprise licence order form', 1],
  [9, 'NOTE', 'Won against two competitors on integration', -15],
  [14, 'CALL', 'Security review scheduled', -1],
  [16, 'TASK', 'Follow up on the second paper order', 7],
];

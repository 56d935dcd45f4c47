// Word lists for the generated organization. Staff of a global company: names
// from many cultures, some with diacritics and some in their own script, so
// the UI meets sorting, search and right-to-left text the way it will in a
// real directory.

export interface NameCulture {
  weight: number;
  first: readonly string[];
  last: readonly string[];
}

export const NAME_CULTURES: readonly NameCulture[] = [
  {
    weight: 30,
    first: [
      'James',
      'Olivia',
      'Michael',
      'Emma',
      'Daniel',
      'Charlotte',
      'Ethan',
      'Grace',
      'Benjamin',
      'Chloe',
      'Samuel',
      'Hannah',
      'Ryan',
      'Megan',
      'Tyler',
      'Abigail',
      'Connor',
      'Madison',
      'Nathan',
      'Lauren',
      'Owen',
      'Rachel',
      'Caleb',
      'Sarah',
      'Liam',
      'Ava',
      'Noah',
      'Harper',
      'Jack',
      'Emily',
      'Aidan',
      'Siobhán',
    ],
    last: [
      'Smith',
      'Johnson',
      'Williams',
      'Brown',
      'Jones',
      'Miller',
      'Davis',
      'Wilson',
      'Anderson',
      'Taylor',
      'Thomas',
      'Moore',
      'Jackson',
      'Martin',
      'Thompson',
      'White',
      'Harris',
      'Clark',
      'Lewis',
      'Walker',
      'Hall',
      'Young',
      'Wright',
      'Scott',
      "O'Brien",
      "O'Connor",
      'McAllister',
      'Fitzgerald',
      'Murphy',
      'Kelly',
      'Campbell',
      'Stewart',
    ],
  },
  {
    weight: 14,
    first: [
      'José',
      'María',
      'Sofía',
      'Alejandro',
      'Lucía',
      'Javier',
      'Camila',
      'Andrés',
      'Valentina',
      'Diego',
      'Ximena',
      'Raúl',
      'Inés',
      'Mateo',
      'Paula',
      'Joaquín',
    ],
    last: [
      'García',
      'Hernández',
      'Martínez',
      'López',
      'González',
      'Rodríguez',
      'Pérez',
      'Sánchez',
      'Ramírez',
      'Núñez',
      'Peña',
      'Castillo',
      'Ortega',
      'Muñoz',
      'Jiménez',
      'de la Cruz',
    ],
  },
  {
    weight: 6,
    first: ['Jürgen', 'Lena', 'Matthias', 'Anja', 'Lukas', 'Jörg', 'Katrin', 'Felix', 'Sören', 'Maike'],
    last: ['Müller', 'Schröder', 'Weiß', 'Groß', 'Schmidt', 'Becker', 'Hoffmann', 'Köhler', 'Krüger', 'Fuchs'],
  },
  {
    weight: 5,
    first: ['Amélie', 'Théo', 'Chloé', 'Élodie', 'François', 'Léa', 'Hélène', 'Benoît', 'Maëlle', 'Jérôme'],
    last: ['Dubois', 'Lefèvre', 'Girard', 'Rousseau', 'Moreau', 'Lemaître', 'Fournier', 'Chevalier', 'Bézier', 'Mercier'],
  },
  {
    weight: 3,
    first: ['Åsa', 'Björn', 'Sølvi', 'Mikkel', 'Eirik', 'Ingrid', 'Linnéa', 'Mads', 'Freja', 'Øystein'],
    last: ['Øvergaard', 'Lindqvist', 'Johansson', 'Sørensen', 'Nyström', 'Halvorsen', 'Åberg', 'Virtanen', 'Mäkinen', 'Jónsson'],
  },
  {
    weight: 3,
    first: ['Łukasz', 'Zofia', 'Tomáš', 'Jiří', 'Agnieszka', 'Paweł', 'Kateřina', 'Marek', 'Dorota', 'Radek'],
    last: ['Nowak', 'Wójcik', 'Mazur', 'Krawczyk', 'Kaczmarek', 'Dvořák', 'Horák', 'Szymański', 'Zieliński', 'Kovač'],
  },
  {
    weight: 4,
    first: ['João', 'Gonçalo', 'Inês', 'Conceição', 'Thiago', 'Beatriz', 'Luíza', 'Rafael', 'Tânia', 'Vinícius'],
    last: ['Gonçalves', 'Araújo', 'Simões', 'Magalhães', 'Ferreira', 'Oliveira', 'Carvalho', 'Assunção', 'Ribeiro', 'Sousa'],
  },
  {
    weight: 3,
    first: ['Giulia', 'Matteo', 'Niccolò', 'Chiara', 'Lorenzo', 'Francesca', 'Alessandro', 'Martina'],
    last: ['Rossi', 'Esposito', 'Ricci', 'Bianchi', 'Romano', 'Colombo', 'De Luca', 'Mancini'],
  },
  {
    weight: 9,
    first: [
      'Priya',
      'Arjun',
      'Ananya',
      'Rohan',
      'Lakshmi',
      'Vikram',
      'Deepika',
      'Siddharth',
      'Kavya',
      'Aditya',
      'Meera',
      'Rahul',
      'Sneha',
      'Karthik',
      'Divya',
      'Harpreet',
    ],
    last: [
      'Sharma',
      'Iyer',
      'Patel',
      'Reddy',
      'Nair',
      'Banerjee',
      'Gupta',
      'Krishnan',
      'Mehta',
      'Rao',
      'Chatterjee',
      'Singh',
      'Desai',
      'Pillai',
      'Kapoor',
      'Menon',
    ],
  },
  {
    weight: 6,
    first: ['Wei', 'Jing', 'Xiaoming', 'Mei', 'Hao', 'Yan', 'Jun', 'Xin', 'Lei', 'Ying'],
    last: ['Wang', 'Li', 'Zhang', 'Chen', 'Liu', 'Yang', 'Huang', 'Zhao', 'Wu', 'Zhou'],
  },
  {
    weight: 2,
    first: ['Haruto', 'Yūki', 'Sakura', 'Ren', 'Aoi', 'Kenta', 'Mio', 'Shōta'],
    last: ['Satō', 'Suzuki', 'Takahashi', 'Itō', 'Watanabe', 'Yamamoto', 'Nakamura', 'Kobayashi'],
  },
  {
    weight: 2,
    first: ['Min-jun', 'Seo-yeon', 'Ji-ho', 'Ha-eun', 'Do-yun', 'Su-bin'],
    last: ['Kim', 'Lee', 'Park', 'Choi', 'Jung', 'Kang'],
  },
  {
    weight: 2,
    first: ['Minh', 'Linh', 'Thảo', 'Quân', 'Huong', 'Đức'],
    last: ['Nguyễn', 'Trần', 'Lê', 'Phạm', 'Võ', 'Đặng'],
  },
  {
    weight: 3,
    first: ['Omar', 'Layla', 'Youssef', 'Fatima', 'Karim', 'Nour', 'Tariq', 'Yasmin'],
    last: ['Haddad', 'Al-Sayed', 'Mansour', 'Khoury', 'El-Amin', 'Nasser', 'Saleh', 'Farouk'],
  },
  {
    weight: 2,
    first: ['Çağla', 'Emre', 'Gökhan', 'Şebnem', 'Öykü', 'Barış'],
    last: ['Yılmaz', 'Kaya', 'Demir', 'Şahin', 'Öztürk', 'Çelik'],
  },
  {
    weight: 1,
    first: ['Giorgos', 'Eleni', 'Nikos', 'Katerina', 'Dimitris'],
    last: ['Papadopoulos', 'Georgiou', 'Nikolaidis', 'Karagiannis', 'Vlachos'],
  },
  {
    weight: 4,
    first: ['Chinedu', 'Ngozi', 'Oluwaseun', 'Adaeze', 'Kwame', 'Ama', 'Tendai', 'Wanjiru', 'Kofi', 'Zanele'],
    last: ['Okafor', 'Adeyemi', 'Mensah', 'Okonkwo', 'Boateng', 'Mwangi', 'Moyo', 'Nkosi', 'Eze', 'Owusu'],
  },
  {
    weight: 1,
    first: ['Pieter', 'Sanne', 'Joost', 'Femke'],
    last: ['van der Berg', 'de Vries', 'Janssen', 'van Dijk'],
  },
];

/**
 * Whole names in their own script (written as the directory would hold them)
 * with the Latin spelling used for the e-mail address.
 */
export interface NativeScriptName {
  name: string;
  latinFirst: string;
  latinLast: string;
}

export const NATIVE_SCRIPT_NAMES: readonly NativeScriptName[] = [
  { name: '王伟', latinFirst: 'Wei', latinLast: 'Wang' },
  { name: '李娜', latinFirst: 'Na', latinLast: 'Li' },
  { name: '张敏', latinFirst: 'Min', latinLast: 'Zhang' },
  { name: '陈杰', latinFirst: 'Jie', latinLast: 'Chen' },
  { name: '佐藤 健', latinFirst: 'Ken', latinLast: 'Sato' },
  { name: '鈴木 花子', latinFirst: 'Hanako', latinLast: 'Suzuki' },
  { name: '김민준', latinFirst: 'Minjun', latinLast: 'Kim' },
  { name: '이서연', latinFirst: 'Seoyeon', latinLast: 'Lee' },
  { name: 'Ирина Соколова', latinFirst: 'Irina', latinLast: 'Sokolova' },
  { name: 'Дмитрий Иванов', latinFirst: 'Dmitry', latinLast: 'Ivanov' },
  { name: 'Олена Коваленко', latinFirst: 'Olena', latinLast: 'Kovalenko' },
  { name: 'Γιώργος Παπαδόπουλος', latinFirst: 'Giorgos', latinLast: 'Papadopoulos' },
  { name: 'ليلى حداد', latinFirst: 'Layla', latinLast: 'Haddad' },
  { name: 'נועה כהן', latinFirst: 'Noa', latinLast: 'Cohen' },
  { name: 'अनन्या शर्मा', latinFirst: 'Ananya', latinLast: 'Sharma' },
  { name: 'สมชาย ใจดี', latinFirst: 'Somchai', latinLast: 'Jaidee' },
];

/** Share of generated people whose directory name is in their own script. */
export const NATIVE_SCRIPT_SHARE = 0.02;

export interface Department {
  name: string;
  /** Relative size among the UC (back-office) users. */
  weight: number;
  titles: readonly string[];
  /** Title of the people others in the department report to. */
  managerTitle: string;
  headTitle: string;
}

export const DEPARTMENTS: readonly Department[] = [
  {
    name: 'Sales',
    weight: 16,
    titles: [
      'Account Executive',
      'Sales Development Representative',
      'Senior Account Executive',
      'Sales Engineer',
      'Inside Sales Representative',
    ],
    managerTitle: 'Sales Manager',
    headTitle: 'VP of Sales',
  },
  {
    name: 'Customer Success',
    weight: 10,
    titles: ['Customer Success Manager', 'Onboarding Specialist', 'Renewals Specialist', 'Technical Account Manager'],
    managerTitle: 'Customer Success Team Lead',
    headTitle: 'Director of Customer Success',
  },
  {
    name: 'Engineering',
    weight: 14,
    titles: ['Software Engineer', 'Senior Software Engineer', 'QA Engineer', 'Site Reliability Engineer', 'Staff Engineer'],
    managerTitle: 'Engineering Manager',
    headTitle: 'VP of Engineering',
  },
  {
    name: 'Billing',
    weight: 6,
    titles: ['Billing Specialist', 'Collections Specialist', 'Billing Analyst'],
    managerTitle: 'Billing Supervisor',
    headTitle: 'Head of Billing',
  },
  {
    name: 'Finance',
    weight: 6,
    titles: ['Financial Analyst', 'Accountant', 'Payroll Specialist', 'Accounts Payable Clerk', 'Controller'],
    managerTitle: 'Finance Manager',
    headTitle: 'Chief Financial Officer',
  },
  {
    name: 'Human Resources',
    weight: 5,
    titles: ['HR Generalist', 'Recruiter', 'Benefits Coordinator', 'HR Business Partner'],
    managerTitle: 'HR Manager',
    headTitle: 'Chief People Officer',
  },
  {
    name: 'IT',
    weight: 7,
    titles: ['Service Desk Analyst', 'Systems Administrator', 'Network Engineer', 'Security Analyst', 'Telephony Engineer'],
    managerTitle: 'IT Manager',
    headTitle: 'Chief Information Officer',
  },
  {
    name: 'Marketing',
    weight: 6,
    titles: ['Marketing Specialist', 'Content Strategist', 'Product Marketing Manager', 'Events Coordinator', 'Designer'],
    managerTitle: 'Marketing Manager',
    headTitle: 'Chief Marketing Officer',
  },
  {
    name: 'Operations',
    weight: 10,
    titles: ['Operations Analyst', 'Logistics Coordinator', 'Dispatcher', 'Field Technician', 'Warehouse Lead'],
    managerTitle: 'Operations Manager',
    headTitle: 'Chief Operating Officer',
  },
  {
    name: 'Legal',
    weight: 3,
    titles: ['Corporate Counsel', 'Paralegal', 'Compliance Officer', 'Contracts Manager'],
    managerTitle: 'Legal Manager',
    headTitle: 'General Counsel',
  },
  {
    name: 'Product',
    weight: 5,
    titles: ['Product Manager', 'Product Owner', 'UX Researcher', 'Product Designer'],
    managerTitle: 'Group Product Manager',
    headTitle: 'Chief Product Officer',
  },
  {
    name: 'Claims',
    weight: 8,
    titles: ['Claims Adjuster', 'Claims Examiner', 'Fraud Investigator', 'Claims Processor'],
    managerTitle: 'Claims Manager',
    headTitle: 'Head of Claims',
  },
  {
    name: 'Facilities',
    weight: 2,
    titles: ['Facilities Coordinator', 'Office Manager', 'Receptionist'],
    managerTitle: 'Facilities Manager',
    headTitle: 'Director of Facilities',
  },
];

/** The contact-centre department the Genesys-only agents belong to. */
export const CONTACT_CENTER_DEPARTMENT = 'Customer Care';
export const AGENT_TITLES: readonly string[] = [
  'Customer Care Agent',
  'Customer Care Agent',
  'Customer Care Agent',
  'Senior Customer Care Agent',
  'Technical Support Agent',
  'Billing Support Agent',
];
export const AGENT_LEAD_TITLE = 'Customer Care Team Lead';

export interface PhoneArea {
  city: string;
  /** National area code, without trunk prefix. */
  code: string;
}

export interface PhoneCountry {
  iso: string;
  /** ITU country calling code, without "+". */
  dial: string;
  weight: number;
  areas: readonly PhoneArea[];
  /** Digits of the national number (area code included, trunk prefix excluded). */
  nationalDigits: number;
}

export const PHONE_COUNTRIES: readonly PhoneCountry[] = [
  {
    iso: 'US',
    dial: '1',
    weight: 52,
    nationalDigits: 10,
    areas: [
      { city: 'San Francisco', code: '415' },
      { city: 'San Jose', code: '408' },
      { city: 'Los Angeles', code: '213' },
      { city: 'New York', code: '212' },
      { city: 'New York', code: '646' },
      { city: 'Chicago', code: '312' },
      { city: 'Austin', code: '512' },
      { city: 'Dallas', code: '214' },
      { city: 'Denver', code: '303' },
      { city: 'Seattle', code: '206' },
      { city: 'Boston', code: '617' },
      { city: 'Atlanta', code: '404' },
      { city: 'Indianapolis', code: '317' },
      { city: 'Raleigh', code: '919' },
      { city: 'Phoenix', code: '602' },
      { city: 'Miami', code: '305' },
    ],
  },
  {
    iso: 'CA',
    dial: '1',
    weight: 5,
    nationalDigits: 10,
    areas: [
      { city: 'Toronto', code: '416' },
      { city: 'Vancouver', code: '604' },
      { city: 'Montréal', code: '514' },
      { city: 'Calgary', code: '403' },
    ],
  },
  {
    iso: 'GB',
    dial: '44',
    weight: 11,
    nationalDigits: 10,
    areas: [
      { city: 'London', code: '20' },
      { city: 'Manchester', code: '161' },
      { city: 'Edinburgh', code: '131' },
    ],
  },
  {
    iso: 'IE',
    dial: '353',
    weight: 2,
    nationalDigits: 8,
    areas: [{ city: 'Dublin', code: '1' }],
  },
  {
    iso: 'DE',
    dial: '49',
    weight: 5,
    nationalDigits: 10,
    areas: [
      { city: 'Berlin', code: '30' },
      { city: 'München', code: '89' },
      { city: 'Hamburg', code: '40' },
    ],
  },
  {
    iso: 'FR',
    dial: '33',
    weight: 3,
    nationalDigits: 9,
    areas: [
      { city: 'Paris', code: '1' },
      { city: 'Lyon', code: '4' },
    ],
  },
  {
    iso: 'NL',
    dial: '31',
    weight: 2,
    nationalDigits: 9,
    areas: [{ city: 'Amsterdam', code: '20' }],
  },
  {
    iso: 'ES',
    dial: '34',
    weight: 2,
    nationalDigits: 9,
    areas: [
      { city: 'Madrid', code: '91' },
      { city: 'Barcelona', code: '93' },
    ],
  },
  {
    iso: 'IN',
    dial: '91',
    weight: 6,
    nationalDigits: 10,
    areas: [
      { city: 'Bengaluru', code: '80' },
      { city: 'Mumbai', code: '22' },
      { city: 'Hyderabad', code: '40' },
    ],
  },
  {
    iso: 'PH',
    dial: '63',
    weight: 3,
    nationalDigits: 9,
    areas: [{ city: 'Manila', code: '2' }],
  },
  {
    iso: 'AU',
    dial: '61',
    weight: 3,
    nationalDigits: 9,
    areas: [
      { city: 'Sydney', code: '2' },
      { city: 'Melbourne', code: '3' },
    ],
  },
  {
    iso: 'JP',
    dial: '81',
    weight: 2,
    nationalDigits: 9,
    areas: [{ city: 'Tōkyō', code: '3' }],
  },
  {
    iso: 'SG',
    dial: '65',
    weight: 1,
    nationalDigits: 8,
    areas: [{ city: 'Singapore', code: '6' }],
  },
  {
    iso: 'BR',
    dial: '55',
    weight: 2,
    nationalDigits: 10,
    areas: [{ city: 'São Paulo', code: '11' }],
  },
  {
    iso: 'MX',
    dial: '52',
    weight: 1,
    nationalDigits: 10,
    areas: [{ city: 'Ciudad de México', code: '55' }],
  },
];

export const GROUP_NAMES: readonly string[] = [
  'All Staff – Americas',
  'All Staff – EMEA',
  'All Staff – APAC',
  'Escalation Contacts',
  'On-Call Engineers',
  'Billing Escalations',
  'Claims Experts',
  'Field Service',
  'New Hires',
  'Leadership Team',
  'Remote Workers',
  'Spanish Speakers',
];

export interface OrgIdentity {
  name: string;
  /** Reserved .example domain: the addresses look real and can never reach anyone. */
  domain: string;
}

export const ORG_IDENTITIES: readonly OrgIdentity[] = [
  { name: 'Harbor Point Logistics', domain: 'harborpoint.example' },
  { name: 'Bluefin Mutual Insurance', domain: 'bluefinmutual.example' },
  { name: 'Lakeside Health Partners', domain: 'lakesidehealth.example' },
  { name: 'Meridian Home Services', domain: 'meridianhome.example' },
  { name: 'Cobalt Freight & Fulfilment', domain: 'cobaltfreight.example' },
  { name: 'Alder & Finch Retail', domain: 'alderfinch.example' },
  { name: 'Summit Ridge Utilities', domain: 'summitridge.example' },
  { name: 'Northlake Credit Union', domain: 'northlakecu.example' },
];

export const DIVISION_NAMES: readonly string[] = ['Contact Center', 'Sales', 'EMEA', 'Back Office'];

/** Status messages people set; keyed by lower-case system presence. */
export const PRESENCE_MESSAGES: Readonly<Record<string, readonly string[]>> = {
  available: ['Working from home today', 'In the office', 'Happy to take transfers', 'Back at 5 pm'],
  busy: ['On a call', 'Heads down until noon', 'Customer escalation', 'Do not disturb'],
  away: ['Back in 10 minutes', 'Stepped away', 'At lunch'],
  meeting: ['In a meeting until 3 pm', 'Quarterly review', 'Interviewing'],
  offline: ['Out of office until Monday', 'On parental leave', 'Travelling'],
};

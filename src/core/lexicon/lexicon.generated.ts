// Placeholder until the grammar generator (`npm run grammar`) writes this file from syntaxes/data.
import type { OrganizationEntry, StateEntry } from './types';

export const STATES: readonly StateEntry[] = [
  { canonical: 'China', official: "People's Republic of China", cca3: 'CHN', names: ["People's Republic of China", 'China'], adjectives: ['Chinese'] },
  { canonical: 'Russia', official: 'Russian Federation', cca3: 'RUS', names: ['Russian Federation', 'Russia'], adjectives: ['Russian'] },
  { canonical: 'Kazakhstan', official: 'Republic of Kazakhstan', cca3: 'KAZ', names: ['Republic of Kazakhstan', 'Kazakhstan'], adjectives: ['Kazakh'] },
];

export const ORGANIZATIONS: readonly OrganizationEntry[] = [
  { name: 'Shanghai Cooperation Organization', acronyms: ['SCO'] },
];

export const OFFICES: readonly string[] = ['President', 'Minister of Foreign Affairs', 'Foreign Minister'];

export const DOCUMENT_TYPES: readonly string[] = ['Charter', 'Treaty', 'Declaration', 'Communiqué', 'Press Release'];

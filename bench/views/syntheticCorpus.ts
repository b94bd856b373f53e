// A synthetic corpus for the views benchmark, generated in memory: communiqués of SCO councils written from a
// template of sentences made for this benchmark, naming real officials of the region (given names and surnames
// mixed, so that thousands of people exist), citing real documents, and referring to earlier meetings.
import { STATES } from '../../src/core/lexicon/lexicon.generated';

const GIVEN = ['Sergey', 'Nursultan', 'Kassym-Jomart', 'Marat', 'Kairat', 'Erlan', 'Abdulaziz', 'Vladimir', 'Dmitry', 'Islam', 'Askar', 'Kurmanbek', 'Emomali', 'Hamrokhon', 'Talbak', 'Elyor', 'Bolat', 'Rashid', 'Yevgeny', 'Myrzakan', 'Kadyrbek', 'Sirojiddin', 'Zhanibek', 'Almazbek', 'Sooronbay', 'Bakhtiyor', 'Shavkat', 'Rustam', 'Daniyar', 'Yerzhan', 'Timur', 'Aibek', 'Nurlan', 'Murat', 'Ruslan', 'Anvar', 'Farrukh', 'Sadyr', 'Kanat', 'Beibut'];
const SURNAMES = ['Lavrov', 'Nazarbayev', 'Tokayev', 'Tazhin', 'Abdrakhmanov', 'Abdyldayev', 'Kamilov', 'Putin', 'Medvedev', 'Karimov', 'Akayev', 'Bakiyev', 'Rahmon', 'Zarifi', 'Nazarov', 'Ganiev', 'Nurgaliyev', 'Alimov', 'Sysoyev', 'Subanov', 'Sarbayev', 'Muhriddin', 'Aitmatov', 'Norov', 'Idrissov', 'Atambayev', 'Jeenbekov', 'Mirziyoyev', 'Saidov', 'Kazykhanov', 'Kasymov', 'Masimov', 'Sagintayev', 'Mamin', 'Smailov', 'Kosachev', 'Ivanov', 'Shoigu', 'Patrushev', 'Naryshkin', 'Mishustin', 'Fradkov', 'Primakov', 'Kozyrev', 'Chernomyrdin', 'Kasyanov', 'Zubkov', 'Sobyanin', 'Matviyenko', 'Volodin', 'Nabiullina', 'Siluanov', 'Manturov', 'Novak', 'Kudrin', 'Yakovenko', 'Ryabkov', 'Grushko', 'Borodavkin', 'Morgulov', 'Karasin', 'Denisov', 'Churkin', 'Nebenzya', 'Ulyanov', 'Lukin', 'Margelov', 'Dzhaparov', 'Kazakbaev', 'Aidarbekov', 'Isakov', 'Otorbaev', 'Satybaldiev', 'Babanov', 'Chudinov', 'Oqilov', 'Rasulzoda', 'Aslov', 'Yatimov', 'Zokirov', 'Azimov', 'Aripov', 'Mirzaev', 'Ergashev', 'Safoev', 'Yusupov', 'Saparov', 'Amanov', 'Meredov', 'Khalilov'];
const MEMBER_STATES = ['Russian Federation', 'Republic of Kazakhstan', 'Kyrgyz Republic', 'Republic of Tajikistan', 'Republic of Uzbekistan', "People's Republic of China", 'Republic of India', 'Islamic Republic of Pakistan'];
const CITIES = ['Astana', 'Moscow', 'Tashkent', 'Bishkek', 'Dushanbe', 'Beijing', 'Shanghai', 'Yekaterinburg', 'Ufa', 'Qingdao', 'Samarkand', 'Cholpon-Ata'];
const BODIES = ['Council of Heads of State', 'Council of Heads of Government', 'Council of Ministers of Foreign Affairs'];
const ROLES = ['Minister of Foreign Affairs', 'Prime Minister', 'President', 'Deputy Minister of Foreign Affairs'];
const MONTHS = ['January', 'February', 'March', 'April', 'May', 'June', 'July', 'August', 'September', 'October', 'November', 'December'];
const CITED = [
  'Charter of the Shanghai Cooperation Organization',
  'Treaty on Long-Term Good-Neighbourliness, Friendship and Cooperation of the Member States of the Shanghai Cooperation Organization',
  'Shanghai Convention on Combating Terrorism, Separatism and Extremism',
  'SCO Development Strategy until 2025',
];
const SENTENCES = [
  'The parties exchanged views on the situation in the region and on the further development of cooperation within the Organization.',
  'The member states reaffirmed their commitment to the purposes and principles of the Charter of the United Nations.',
  'The ministers noted with satisfaction the growing practical cooperation in trade, transport, energy and humanitarian affairs.',
  'The parties agreed to continue close coordination on the preparation of the next meeting.',
  'The meeting was held in a friendly and constructive atmosphere.',
];

/** Deterministic pseudo-random numbers, so that every run measures the same corpus. */
export function random(seed: number): () => number {
  let state = seed >>> 0;
  return () => {
    state = (state * 1664525 + 1013904223) >>> 0;
    return state / 4294967296;
  };
}

interface Official {
  readonly given: string;
  readonly surname: string;
  readonly state: string;
}

function officials(count: number): Official[] {
  return Array.from({ length: count }, (_, i) => ({
    given: GIVEN[i % GIVEN.length] ?? 'Sergey',
    surname: SURNAMES[Math.floor(i / GIVEN.length) % SURNAMES.length] ?? 'Lavrov',
    state: MEMBER_STATES[(i * 7 + Math.floor(i / GIVEN.length)) % MEMBER_STATES.length] ?? 'Russian Federation',
  }));
}

/** One communiqué: heading, the meeting it reports with its participants and chair, citations, an earlier meeting. */
function communique(i: number, pick: () => number, people: readonly Official[]): string {
  const choose = <T>(list: readonly T[]): T => list[Math.floor(pick() * list.length)] as T;
  const year = 2001 + Math.floor(pick() * 24);
  const month = choose(MONTHS);
  const day = 1 + Math.floor(pick() * 28);
  const city = choose(CITIES);
  const body = BODIES[i % BODIES.length] ?? 'Council of Heads of State';
  const attendees: string[] = [];
  const written: string[] = [];
  for (let k = 0; k < 6; k++) {
    const person = choose(people);
    const name = pick() < 0.5 ? `${person.given.charAt(0)}. ${person.surname}` : `${person.given} ${person.surname}`;
    written.push(name);
    attendees.push(`${choose(ROLES)} of the ${person.state} ${name}`);
  }
  const paragraphs = [
    `JOINT COMMUNIQUÉ of the Meeting of the ${body} of the Shanghai Cooperation Organization`,
    '',
    `A meeting of the ${body} of the Shanghai Cooperation Organization was held on ${month} ${day}, ${year} in ${city}. It was attended by ${attendees.join(', ')}.`,
    '',
    `${written[0] ?? 'The host'} chaired the meeting. The participants recalled the ${choose(CITED)} and the ${choose(CITED)}.`,
    '',
    `The parties recalled the meeting of the SCO ${choose(BODIES)} held on ${choose(MONTHS)} ${1 + Math.floor(pick() * 28)}, ${year - 1} in ${choose(CITIES)}.`,
    '',
    ...Array.from({ length: 3 }, () => choose(SENTENCES)),
    '',
    `${city}, ${month} ${day}, ${year}`,
  ];
  return paragraphs.join('\n') + '\n';
}

/** A corpus of `count` texts, keyed by workspace-relative path, and the canonical states its officials belong to. */
export function syntheticCorpus(count: number, seed = 20261123): { texts: Map<string, string>; states: string[] } {
  const pick = random(seed);
  const people = officials(GIVEN.length * SURNAMES.length);
  const texts = new Map<string, string>();
  for (let i = 0; i < count; i++) {
    texts.set(`batch-${Math.floor(i / 500)}/text-${i}.txt`, communique(i, pick, people));
  }
  const states = STATES.filter((s) => s.names.some((n) => MEMBER_STATES.includes(n))).map((s) => s.canonical);
  return { texts, states };
}

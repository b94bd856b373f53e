import * as assert from 'node:assert/strict';
import { lexiconIndex } from '../../../src/core/recognize/lexiconIndex';
import { findOfficials } from '../../../src/core/recognize/officialMentions';

/** The officials of a text as name, role and state (null when none). */
function officialsOf(text: string): (string | null | undefined)[][] {
  return findOfficials(text, lexiconIndex()).officials.map((o) => [o.name, o.role, o.state ?? null]);
}

describe('official mentions', () => {
  it('reads every role of a paragraph, those with no role word and those whose key word comes late', () => {
    const text = [
      'PRESS RELEASE',
      'The meeting was attended by High Commissioner A. Bekov and First Vice Foreign Minister of India S. Lavrov, and Deputy Prime Minister – Minister of Foreign Affairs of Kazakhstan B. Sultanov.',
      'The Ministers met. Chairperson-in-Office K. Tokayev spoke.',
    ].join('\n\n');
    assert.deepEqual(
      officialsOf(text),
      [
        ['A. Bekov', 'High Commissioner', null],
        ['S. Lavrov', 'First Vice Foreign Minister', 'India'],
        ['B. Sultanov', 'Deputy Prime Minister – Minister of Foreign Affairs', 'Kazakhstan'],
        ['K. Tokayev', 'Chairperson-in-Office', null],
      ],
    );
  });

  it('reads two offices one person holds as one role, and a portfolio that goes on after "and"', () => {
    const text = [
      'State Councilor and Foreign Minister Wang Yi met Deputy Prime Minister and Foreign Minister of Pakistan Mohammad Ishaq Dar.',
      'Deputy Prime Minister, Minister of Foreign Affairs of Uzbekistan Bakhtiyor Saidov and Prime Minister and Minister of Foreign Affairs of Qatar Sheikh Mohammed bin Abdulrahman Al Thani spoke.',
      'Minister of Trade and Integration of the Republic of Kazakhstan Serik Zhumangarin attended, hosted by Crown Prince and Prime Minister of Saudi Arabia Mohammed bin Salman.',
      "Pakistan's deputy prime minister and foreign minister Ishaq Dar agreed.",
      // Two people: an article before the second office, and a role after `and` that closes another's.
      'The President and the Prime Minister of India Narendra Modi were briefed by President Putin and Prime Minister Mishustin.',
    ].join('\n\n');
    assert.deepEqual(
      officialsOf(text),
      [
        ['Wang Yi', 'State Councilor and Foreign Minister', null],
        ['Mohammad Ishaq Dar', 'Deputy Prime Minister and Foreign Minister', 'Pakistan'],
        ['Bakhtiyor Saidov', 'Deputy Prime Minister, Minister of Foreign Affairs', 'Uzbekistan'],
        ['Mohammed bin Abdulrahman Al Thani', 'Prime Minister and Minister of Foreign Affairs', 'Qatar'],
        ['Serik Zhumangarin', 'Minister of Trade and Integration', 'Kazakhstan'],
        ['Mohammed bin Salman', 'Crown Prince and Prime Minister', 'Saudi Arabia'],
        ['Ishaq Dar', 'deputy prime minister and foreign minister', 'Pakistan'],
        ['Narendra Modi', 'Prime Minister', 'India'],
        ['Putin', 'President', null],
        ['Mishustin', 'Prime Minister', null],
      ],
    );
  });

  it('reads the offices of Westminster, federal and Indian usage, and a prince\'s name without the title', () => {
    const text = [
      'External Affairs Minister of India Dr. S. Jaishankar met Foreign Secretary David Lammy and Federal Chancellor Olaf Scholz.',
      'Taoiseach Micheál Martin, Governor-General of Australia Sam Mostyn and Minister of State for External Affairs Kirti Vardhan Singh attended.',
      'Cabinet Secretary for Foreign and Diaspora Affairs of the Republic of Kenya Musalia Mudavadi spoke with Saudi Foreign Minister Prince Faisal bin Farhan.',
    ].join('\n\n');
    assert.deepEqual(
      officialsOf(text),
      [
        ['S. Jaishankar', 'External Affairs Minister', 'India'],
        ['David Lammy', 'Foreign Secretary', null],
        ['Olaf Scholz', 'Federal Chancellor', null],
        ['Micheál Martin', 'Taoiseach', null],
        ['Sam Mostyn', 'Governor-General', 'Australia'],
        ['Kirti Vardhan Singh', 'Minister of State for External Affairs', null],
        ['Musalia Mudavadi', 'Cabinet Secretary for Foreign and Diaspora Affairs', 'Kenya'],
        ['Faisal bin Farhan', 'Foreign Minister', 'Saudi Arabia'],
      ],
    );
  });

  it('reads the name after where an ambassador or a representative is accredited, and keeps their own state', () => {
    const text = [
      'Ambassador Extraordinary and Plenipotentiary of the Russian Federation to Kazakhstan Alexei Borodavkin presented his credentials.',
      'Permanent Representative of China to the United Nations Fu Cong spoke after the Ambassador of Japan to Uzbekistan.',
      'Permanent Representative of the Kyrgyz Republic to the SCO Secretariat Azamat Toktogulov took the floor.',
    ].join('\n\n');
    const found = findOfficials(text, lexiconIndex());
    assert.deepEqual(
      found.officials.map((o) => [o.name, o.role, o.state ?? null]),
      [
        ['Alexei Borodavkin', 'Ambassador Extraordinary and Plenipotentiary', 'Russia'],
        ['Fu Cong', 'Permanent Representative', 'China'],
        ['Azamat Toktogulov', 'Permanent Representative', 'Kyrgyzstan'],
      ],
    );
    assert.deepEqual(found.roles.map((r) => [text.slice(r.start, r.end), r.state ?? null]), [['Ambassador of Japan to Uzbekistan', 'Japan']]);
  });

  it('reads a name before another title joined to the role by "and", but not a name of a list before "and"', () => {
    const text = [
      "H.E. Mr. Wang Yi, Member of the Political Bureau of the CPC Central Committee and Minister of Foreign Affairs of the People's Republic of China, met the press.",
      'The talks involved Sergey Ivanov, Oleg Petrov and the Minister of Foreign Affairs of India.',
      // A long run holds a name of its own: the chairman is the name after his role, not the first name of the line.
      'Kairat Umarov, Ambassador of Kazakhstan to the United States of America Yerzhan Ashikbayev and Chairman of the Cabinet of Ministers A. Japarov met.',
    ].join('\n\n');
    const found = findOfficials(text, lexiconIndex());
    assert.deepEqual(found.officials.map((o) => [o.name, o.role, o.state ?? null]), [
      ['Wang Yi', 'Minister of Foreign Affairs', 'China'],
      ['Yerzhan Ashikbayev', 'Ambassador', 'Kazakhstan'],
      ['A. Japarov', 'Chairman of the Cabinet of Ministers', null],
    ]);
    assert.deepEqual(found.roles.map((r) => [r.role, r.state ?? null]), [['Minister of Foreign Affairs', 'India']]);
  });

  it('reads a state of two words written before the role, not from the line above', () => {
    const text = 'South African President Cyril Ramaphosa met New Zealand Foreign Minister Winston Peters.\nSpeakers: Lloyd Austin, United States\nChair: Bastian Giegerich\n';
    const found = findOfficials(text, lexiconIndex());
    assert.deepEqual(
      found.officials.map((o) => [o.name, o.role, o.state ?? null]),
      [
        ['Cyril Ramaphosa', 'President', 'South Africa'],
        ['Winston Peters', 'Foreign Minister', 'New Zealand'],
      ],
    );
    assert.deepEqual(found.roles, []);
  });

  it('reads a name before its role from its own line in a list of speakers, not from the state ending the line above', () => {
    const text = 'Speakers:\nKIHARA Minoru, Minister of Defense, Japan\nSHIN Won-sik, Minister of National Defense, Republic of Korea\n';
    assert.deepEqual(
      findOfficials(text, lexiconIndex()).officials.map((o) => o.name),
      ['KIHARA Minoru', 'SHIN Won-sik'],
    );
  });

  it('reads the officers of a legislature, whose name is no state and no part of theirs', () => {
    const text = 'Speaker of the State Duma Vyacheslav Volodin met Chairman of the Federation Council Valentina Matviyenko.';
    assert.deepEqual(
      officialsOf(text),
      [
        ['Vyacheslav Volodin', 'Speaker of the State Duma', null],
        ['Valentina Matviyenko', 'Chairman of the Federation Council', null],
      ],
    );
  });

  it('gives an official the state that a list of delegations names before a colon on their line', () => {
    const text = [
      'The delegations were headed by:',
      '- for the Republic of Kazakhstan: Minister of Foreign Affairs Murat Nurtleu;',
      '1. Tajikistan: Minister of Foreign Affairs Sirojiddin Muhriddin.',
      'Note: President Putin spoke.',
    ].join('\n');
    assert.deepEqual(
      findOfficials(text, lexiconIndex()).officials.map((o) => [o.name, o.state ?? null]),
      [
        ['Murat Nurtleu', 'Kazakhstan'],
        ['Sirojiddin Muhriddin', 'Tajikistan'],
        ['Putin', null],
      ],
    );
  });

  it('reads roles after punctuation, an organisation or a state before them, and a name after a CRLF line end', () => {
    const text = [
      'The talks, attended by National Security Advisor A. Doval;(Special Adviser B. Kerr) and SCO Secretary-General Z. Nurlanov,\r\n\tconcluded.',
      'High Commissioner\r\n\tFilippo Grandi spoke with the\tSCO Secretary-General and with Kazakhstan\'s Foreign Minister.',
    ].join(' ');
    const found = findOfficials(text, lexiconIndex());
    assert.deepEqual(
      found.officials.map((o) => [text.slice(o.start, o.end), o.role, o.organization ?? null]),
      [
        ['A. Doval', 'National Security Advisor', null],
        ['Z. Nurlanov', 'SCO Secretary-General', 'SCO'],
        ['Filippo Grandi', 'High Commissioner', null],
      ],
    );
    assert.deepEqual(
      found.roles.map((r) => [r.role, r.state ?? null, r.organization ?? null]),
      [
        ['SCO Secretary-General', null, 'SCO'],
        ['Foreign Minister', 'Kazakhstan', null],
      ],
    );
  });

  it('reads a role in a paragraph whose only key word is not a role word (High Commissioner)', () => {
    const text = 'The meeting opened.\n\nHigh Commissioner Filippo Grandi addressed the ministers.\n';
    assert.deepEqual(
      findOfficials(text, lexiconIndex()).officials.map((o) => [o.name, o.role]),
      [['Filippo Grandi', 'High Commissioner']],
    );
  });

  it('reads the Amir of a state and the High Representative for Foreign Affairs and Security Policy', () => {
    const text = 'The meeting opened.\n\nThe Amir of the State of Qatar Tamim Al Thani met the High Representative for Foreign Affairs and Security Policy Josep Borrell.\n';
    assert.deepEqual(
      findOfficials(text, lexiconIndex()).officials.map((o) => [o.name, o.role, o.state]),
      [
        ['Tamim Al Thani', 'Amir', 'Qatar'],
        ['Josep Borrell', 'High Representative for Foreign Affairs and Security Policy', undefined],
      ],
    );
  });

  it('keeps `former` and `acting` in the role as written, also before a long role and after a state', () => {
    const text = [
      'Acting Minister of Foreign Affairs of the Republic of Uzbekistan B. Yusupov met former President of Kyrgyzstan A. Osmonov.',
      'Kazakhstan\'s former President D. Sultanov and Former First Vice Foreign Minister of India R. Varma spoke. The former President of Kazakhstan was thanked.',
    ].join('\n\n');
    const found = findOfficials(text, lexiconIndex());
    assert.deepEqual(
      found.officials.map((o) => [o.name, o.role, o.state ?? null]),
      [
        ['B. Yusupov', 'Acting Minister of Foreign Affairs', 'Uzbekistan'],
        ['A. Osmonov', 'former President', 'Kyrgyzstan'],
        ['D. Sultanov', 'former President', 'Kazakhstan'],
        ['R. Varma', 'Former First Vice Foreign Minister', 'India'],
      ],
    );
    assert.deepEqual(found.roles.map((r) => [text.slice(r.start, r.end), r.role, r.state]), [['former President of Kazakhstan', 'former President', 'Kazakhstan']]);
  });

  it('reads a name wrapped onto the next line, but not over a blank line', () => {
    const text = 'On 2 May 2022 the Minister of Foreign Affairs of the Republic of Estonia Kadri\nTammsaar arrived in Riga.\n\nThe talks opened with President of Latvia Ilmars\n\nOzols presiding.';
    const found = findOfficials(text, lexiconIndex()).officials;
    assert.deepEqual(found.map((o) => [o.name, text.slice(o.start, o.end)]), [
      ['Kadri Tammsaar', 'Kadri\nTammsaar'],
      ['Ilmars', 'Ilmars'],
    ]);
  });

  it('keeps lower-case particles and an apostrophe inside a name', () => {
    const text = [
      'Minister of Foreign Affairs of the Kingdom of Belgium Anna van der Velde met Minister of Foreign Affairs of Ireland Liam O’Dowd.',
      'Director of the Executive Committee of the Regional Structure Klaus von Arden spoke.',
    ].join('\n\n');
    assert.deepEqual(
      findOfficials(text, lexiconIndex()).officials.map((o) => [o.name, o.state ?? null]),
      [
        ['Anna van der Velde', 'Belgium'],
        ['Liam O’Dowd', 'Ireland'],
        ['Klaus von Arden', null],
      ],
    );
    // Four words with a particle between them: the name is read whole, not cut at its third word.
    const long = 'Minister of Foreign Affairs of the United Arab Emirates Hamad bin Saif Al Rumaithi spoke.';
    assert.deepEqual(findOfficials(long, lexiconIndex()).officials.map((o) => o.name), ['Hamad bin Saif Al Rumaithi']);
  });

  it("reads an organ's name before its chair's role as part of the role, not a state's presidency", () => {
    const text = 'The statement was read by Security Council President Samuel Žbogar of Slovenia. European Council President António Costa spoke. The Council President Anna Lind left.';
    assert.deepEqual(
      findOfficials(text, lexiconIndex()).officials.map((o) => [o.name, o.role, o.state ?? null, o.organization ?? null]),
      [
        ['Samuel Žbogar', 'Security Council President', 'Slovenia', 'Security Council'],
        ['António Costa', 'European Council President', null, 'European Council'],
        ['Anna Lind', 'President', null, null],
      ],
    );
  });

  it('reads a portfolio or a region after `for` as part of the role, up to the state or the name', () => {
    const text = [
      'The Council heard Minister for Foreign and European Affairs of Malta Ian Borg and Minister for Trade Anna Vella.',
      'The members recalled the briefing by Special Representative of the Secretary-General for West Africa and the Sahel Leonardo Santos Simão.',
      'They thanked the Special Envoy of the Secretary-General for Yemen, Hans Grundberg, for his efforts.',
      'Secretary of State for Foreign, Commonwealth and Development Affairs of the United Kingdom David Lammy spoke. So did Minister for Energy, Karl Vella.',
    ].join('\n\n');
    assert.deepEqual(
      officialsOf(text),
      [
        ['Ian Borg', 'Minister for Foreign and European Affairs', 'Malta'],
        ['Anna Vella', 'Minister for Trade', null],
        ['Leonardo Santos Simão', 'Special Representative of the Secretary-General for West Africa and the Sahel', null],
        ['Hans Grundberg', 'Special Envoy of the Secretary-General for Yemen', null],
        ['David Lammy', 'Secretary of State for Foreign, Commonwealth and Development Affairs', 'United Kingdom'],
        ['Karl Vella', 'Minister for Energy', null],
      ],
    );
  });

  it('reads a name after its honorifics, which are no part of the name nor of the role', () => {
    const text = [
      'The talks were chaired by Mr. Sergey Lavrov, Minister of Foreign Affairs of the Russian Federation.',
      'They were attended by Dr. Vivian Balakrishnan, Minister for Foreign Affairs of Singapore, and H.E. Ms. Retno Marsudi, Minister for Foreign Affairs of the Republic of Indonesia.',
      'His Excellency Cyril Ramaphosa, President of the Republic of South Africa, spoke.',
      'We heard the Secretary-General of ASEAN Dr. Kao Kim Hourn, Secretary-General of the OSCE Mrs. Helga Maria Schmid and Minister of Foreign Affairs of India Dr. S. Jaishankar.',
      'President Dr. Mohamed Muizzu of Maldives met Secretary-General of the SCO Mr. Zhang.',
      'The Minister called the Honorable Marco Rubio, Secretary of State of the United States of America, and the Rt. Hon. Penny Wong, Minister for Foreign Affairs of Australia.',
      'He was received by President of the Socialist Republic of Viet Nam Luong Cuong.',
      'It was chaired by His Highness Sheikh Mohamed bin Zayed Al Nahyan, President of the United Arab Emirates, and attended by His Highness Sheikh Abdullah bin Zayed Al Nahyan, Minister of Foreign Affairs of the United Arab Emirates.',
      'The Hon. Winston Peters, Minister of Foreign Affairs of New Zealand, attended the meeting.',
    ].join('\n\n');
    assert.deepEqual(
      findOfficials(text, lexiconIndex()).officials.map((o) => [o.name, o.role, o.state ?? null, o.organization ?? null]),
      [
        ['Sergey Lavrov', 'Minister of Foreign Affairs', 'Russia', null],
        ['Vivian Balakrishnan', 'Minister for Foreign Affairs', 'Singapore', null],
        ['Retno Marsudi', 'Minister for Foreign Affairs', 'Indonesia', null],
        ['Cyril Ramaphosa', 'President', 'South Africa', null],
        ['Kao Kim Hourn', 'Secretary-General of ASEAN', null, 'ASEAN'],
        ['Helga Maria Schmid', 'Secretary-General of the OSCE', null, 'OSCE'],
        ['S. Jaishankar', 'Minister of Foreign Affairs', 'India', null],
        ['Mohamed Muizzu', 'President', 'Maldives', null],
        ['Zhang', 'Secretary-General of the SCO', null, 'SCO'],
        ['Marco Rubio', 'Secretary of State', 'United States', null],
        ['Penny Wong', 'Minister for Foreign Affairs', 'Australia', null],
        ['Luong Cuong', 'President', 'Vietnam', null],
        ['Mohamed bin Zayed Al Nahyan', 'President', 'United Arab Emirates', null],
        ['Abdullah bin Zayed Al Nahyan', 'Minister of Foreign Affairs', 'United Arab Emirates', null],
        ['Winston Peters', 'Minister of Foreign Affairs', 'New Zealand', null],
      ],
    );
  });

  it('reads the new honorifics (Prof., Sir, Dame, Sheikh, H. E.) before a name as no part of it, and the role still attaches', () => {
    const text = [
      'Prime Minister Sir Keir Starmer met Minister of Foreign Affairs of Nigeria Prof. Ibrahim Gambari.',
      'President H. E. Joko Widodo of Indonesia spoke, and so did Sheikh Abdullah bin Zayed, Minister of Foreign Affairs of the United Arab Emirates.',
      'Dame Jacinda Ardern, Prime Minister of New Zealand, and the President, H. E. Mr. Cyril Ramaphosa, spoke.',
    ].join('\n\n');
    assert.deepEqual(
      officialsOf(text),
      [
        ['Keir Starmer', 'Prime Minister', null],
        ['Ibrahim Gambari', 'Minister of Foreign Affairs', 'Nigeria'],
        ['Joko Widodo', 'President', 'Indonesia'],
        ['Abdullah bin Zayed', 'Minister of Foreign Affairs', 'United Arab Emirates'],
        ['Jacinda Ardern', 'Prime Minister', 'New Zealand'],
        ['Cyril Ramaphosa', 'President', null],
      ],
    );
  });

  it('reads Sheikh before a single name word as the name\'s (Sheikh Hasina), before a longer name as an honorific', () => {
    const text = [
      'The Prime Minister of Bangladesh Sheikh Hasina met the President of the United Arab Emirates Sheikh Mohammed bin Zayed Al Nahyan.',
      'Sheikh Hasina, Prime Minister of Bangladesh, thanked Emir of Qatar Sheikh Tamim bin Hamad Al Thani.',
    ].join('\n\n');
    assert.deepEqual(
      officialsOf(text),
      [
        ['Sheikh Hasina', 'Prime Minister', 'Bangladesh'],
        ['Mohammed bin Zayed Al Nahyan', 'President', 'United Arab Emirates'],
        ['Sheikh Hasina', 'Prime Minister', 'Bangladesh'],
        ['Tamim bin Hamad Al Thani', 'Emir', 'Qatar'],
      ],
    );
  });

  it('reads a military rank between the role and the name as no part of either, and General alone as before', () => {
    const text = [
      'Minister of Defence of the Russian Federation General of the Army Pavel Orlov met Minister of Defence of the Republic of Kazakhstan Colonel General Arman Bekov.',
      'Chief of the General Staff Army General Oleg Zubov and Deputy Minister of Defence Admiral Ivan Sokolov also took part.',
      'The General Assembly heard Secretary General Farrukh Saidov.',
    ].join('\n\n');
    assert.deepEqual(
      officialsOf(text),
      [
        ['Pavel Orlov', 'Minister of Defence', 'Russia'],
        ['Arman Bekov', 'Minister of Defence', 'Kazakhstan'],
        ['Oleg Zubov', 'Chief of the General Staff', null],
        ['Ivan Sokolov', 'Deputy Minister of Defence', null],
        ['Farrukh Saidov', 'Secretary General', null],
      ],
    );
  });

  it('reads a family name written first in capitals after a role, its state or its organisation, and no acronym for one', () => {
    const text = [
      'Minister of National Defense of the Republic of Korea PARK Min-jun met Minister of Defense of Japan TANAKA Hiroshi.',
      'Secretary-General of the SCO CHEN Bo spoke, and so did Minister of Foreign Affairs of the PRC Li Wei.',
      'Executive Director of the UN Office ODC Amal Fathy spoke.',
    ].join('\n\n');
    assert.deepEqual(
      officialsOf(text),
      [
        ['PARK Min-jun', 'Minister of National Defense', 'South Korea'],
        ['TANAKA Hiroshi', 'Minister of Defense', 'Japan'],
        ['CHEN Bo', 'Secretary-General of the SCO', null],
        ['Li Wei', 'Minister of Foreign Affairs', 'China'],
        ['Amal Fathy', 'Executive Director of the UN Office ODC', null],
      ],
    );
  });

  it('reads a surname of two words after initials, but no place, function word or month after the surname', () => {
    const text = [
      'Ambassador of India to Kazakhstan R. K. Vinod Kumar presented his credentials to Prime Minister of Nepal B. R. Gopal Thapa.',
      'Minister of Foreign Affairs S. Orlov Moscow hosted the talks. President of the Russian Federation V. Zubov The meeting.',
    ].join('\n\n');
    assert.deepEqual(
      officialsOf(text).map(([name]) => name),
      ['R. K. Vinod Kumar', 'B. R. Gopal Thapa', 'S. Orlov', 'V. Zubov'],
    );
  });

  it('reads a name after a rank at the start of its line in a list of speakers, the rank left out', () => {
    const text = ['TANAKA Hiroshi, Minister of Defense, Japan', 'Admiral CHEN Bo, Minister of National Defense, China'].join('\n');
    assert.deepEqual(officialsOf(text).map(([name, role]) => [name, role]), [
      ['TANAKA Hiroshi', 'Minister of Defense'],
      ['CHEN Bo', 'Minister of National Defense'],
    ]);
  });

  it('reads middle initials inside a name after its role (Joseph R. Biden, Ralph E. Gonsalves), with the state after it', () => {
    const text = 'President Joseph R. Biden of the United States met Prime Minister Ralph E. Gonsalves and Minister Enrique A. Manalo.';
    assert.deepEqual(
      officialsOf(text),
      [
        ['Joseph R. Biden', 'President', 'United States'],
        ['Ralph E. Gonsalves', 'Prime Minister', null],
        ['Enrique A. Manalo', 'Minister', null],
      ],
    );
  });

  it('reads a role written in lower case, after or before the name, with its state', () => {
    const text = [
      'On Monday the foreign minister of Kazakhstan, Yerlan Karin, met prime minister Narendra Modi.',
      'Kazakh foreign minister Yerlan Karin and Shehbaz Sharif, prime minister of Pakistan, spoke. Prime minister Anthony Albanese came too.',
      'The deputy foreign minister of India Ravi Menon and the former prime minister of Japan were thanked.',
    ].join('\n\n');
    const found = findOfficials(text, lexiconIndex());
    assert.deepEqual(
      found.officials.map((o) => [o.name, o.role, o.state ?? null]),
      [
        ['Yerlan Karin', 'foreign minister', 'Kazakhstan'],
        ['Narendra Modi', 'prime minister', null],
        ['Yerlan Karin', 'foreign minister', 'Kazakhstan'],
        ['Shehbaz Sharif', 'prime minister', 'Pakistan'],
        ['Anthony Albanese', 'Prime minister', null],
        ['Ravi Menon', 'deputy foreign minister', 'India'],
      ],
    );
    assert.deepEqual(found.roles.map((r) => [r.role, r.state]), [['former prime minister', 'Japan']]);
  });

  it('never reads a lower-case common word alone, a plural or a possessive as a role', () => {
    const text = [
      'The president Joe Biden said the minister Sergey Lavrov and the head Ivan Petrov agreed.',
      'The foreign ministers Sergey Lavrov and Wang Yi met. The foreign minister’s aide, Ivan Petrov, came, and Anna Berg, the prime minister’s adviser.',
    ].join('\n\n');
    assert.deepEqual(findOfficials(text, lexiconIndex()).officials, []);
  });

  // Its speed (no search from each such word to the next role of the text) is measured by `npm run bench:large`.
  it('finds the one official after thousands of role words that start no role', () => {
    const paragraph = 'The Executive Committee and the Deputy Heads met; the minister said the chief secretary and the envoy would come.';
    const text = `${Array.from({ length: 3000 }, () => paragraph).join('\n\n')}\n\nMinister of Foreign Affairs of India S. Jaishankar spoke.`;
    const found = findOfficials(text, lexiconIndex()).officials;
    assert.deepEqual(found.map((o) => o.name), ['S. Jaishankar']);
  });

  it('takes no honorific alone for a name', () => {
    const text = 'The Minister of Foreign Affairs of India Dr. spoke, and the President of the Republic of Chile Mr., too.';
    assert.deepEqual(findOfficials(text, lexiconIndex()).officials, []);
  });

  it('reads a national security adviser as a role, with its state before or after it', () => {
    const text = [
      'The meeting was chaired by National Security Adviser of the Republic of India Ravi Menon.',
      'US National Security Advisor Jacob Fuller met Deputy National Security Adviser Arun Kapoor.',
      'It was attended by Lena Holt, National Security Adviser of the United Kingdom, and others.',
    ].join('\n\n');
    assert.deepEqual(
      officialsOf(text),
      [
        ['Ravi Menon', 'National Security Adviser', 'India'],
        ['Jacob Fuller', 'National Security Advisor', 'United States'],
        ['Arun Kapoor', 'Deputy National Security Adviser', null],
        ['Lena Holt', 'National Security Adviser', 'United Kingdom'],
      ],
    );
  });

  it('reads a party\'s General Secretary as a role, apart from a Secretary-General', () => {
    const text = [
      'General Secretary Nguyen Phu Trong of Viet Nam met the delegation.',
      'General Secretary of the Communist Party of Vietnam Central Committee To Lam received UN Secretary-General Antonio Guterres and Secretary General Ban Ki-moon.',
    ].join('\n\n');
    assert.deepEqual(
      officialsOf(text),
      [
        ['Nguyen Phu Trong', 'General Secretary', 'Vietnam'],
        ['To Lam', 'General Secretary of the Communist Party of Vietnam Central Committee', null],
        ['Antonio Guterres', 'UN Secretary-General', null],
        ['Ban Ki-moon', 'Secretary General', null],
      ],
    );
  });

  it('reads the Commonwealth as the organisation of a Secretary-General after the name', () => {
    const text = 'Prof. Helena Marsh, Secretary-General of the Commonwealth, met the Prime Minister of the Commonwealth of Australia Anthony Albanese.';
    assert.deepEqual(
      findOfficials(text, lexiconIndex()).officials.map((o) => [o.name, o.role, o.state ?? null, o.organization ?? null]),
      [
        ['Helena Marsh', 'Secretary-General of the Commonwealth', null, 'Commonwealth'],
        ['Anthony Albanese', 'Prime Minister', 'Australia', null],
      ],
    );
  });

  it('reads an office written with a rank before it whole, never cut to the higher office after its hyphen', () => {
    const text = [
      'The Council heard Under-Secretary-General for Political and Peacebuilding Affairs Mirela Costa on 10 January. Assistant Secretary-General for Human Rights Ilze Brands Kehris spoke.',
      'Managing Director of the International Monetary Fund Kristalina Georgieva and Deputy Under-Secretary-General Tomas Lind spoke.',
      // An office the lexicon does not list whole is no office read from its second part.
      'Ex-President Ivan Petrov and Co-Chair Ana Bell attended.',
    ].join('\n\n');
    assert.deepEqual(
      findOfficials(text, lexiconIndex()).officials.map((o) => [o.name, o.role]),
      [
        ['Mirela Costa', 'Under-Secretary-General for Political and Peacebuilding Affairs'],
        ['Ilze Brands Kehris', 'Assistant Secretary-General for Human Rights'],
        ['Kristalina Georgieva', 'Managing Director of the International Monetary Fund'],
        ['Tomas Lind', 'Deputy Under-Secretary-General'],
        ['Ana Bell', 'Co-Chair'],
      ],
    );
  });

  it('reads a role written after the name and a comma to the end of its `of` chain, a state closing it the official\'s', () => {
    const text = [
      'J. Borrell and Li Wen, Director of the Office of the Central Foreign Affairs Commission, held the dialogue.',
      'They met Anna Berg, Director-General of the Department of Asian Affairs of the Republic of Kazakhstan, and Charles Michel, President of the European Council, in Brussels.',
    ].join('\n\n');
    assert.deepEqual(
      findOfficials(text, lexiconIndex()).officials.map((o) => [o.name, o.role, o.state ?? null, o.organization ?? null]),
      [
        ['Li Wen', 'Director of the Office of the Central Foreign Affairs Commission', null, null],
        ['Anna Berg', 'Director-General of the Department of Asian Affairs', 'Kazakhstan', null],
        ['Charles Michel', 'President of the European Council', null, 'European Council'],
      ],
    );
  });

  it('takes a state written in brackets right after the name as the official\'s, where the role gives none', () => {
    const text = 'The statement was issued today by Council President Pascale Baeriswyl (Switzerland): the members met. Minister Ivo Pell (the Russian Federation) and Prime Minister Ian Moe (retired) spoke.';
    assert.deepEqual(
      officialsOf(text),
      [
        // The Council's president, whom the brackets give a state: not the President of Switzerland.
        ['Pascale Baeriswyl', 'Council President', 'Switzerland'],
        ['Ivo Pell', 'Minister', 'Russia'],
        ['Ian Moe', 'Prime Minister', null],
      ],
    );
  });

  it('reads offices named by a portfolio before a secretary, and an executive vice-president, whole', () => {
    const text = 'U.S. Treasury Secretary Janet Pell met Executive Vice-President Ivo Marek and Defence Secretary John Hale.';
    assert.deepEqual(officialsOf(text), [
      ['Janet Pell', 'Treasury Secretary', 'United States'],
      ['Ivo Marek', 'Executive Vice-President', null],
      ['John Hale', 'Defence Secretary', null],
    ]);
  });

  it("reads no name in a meeting's phrase after a role (`Chair of the ASEAN Foreign Ministers' Meeting`)", () => {
    const text = "He is Chair of the ASEAN Foreign Ministers' Meeting (AMM). The Chair of the G7 Leaders' Summit spoke.";
    assert.deepEqual(officialsOf(text), []);
  });

  it('reads a portfolio that goes on after `and` to its last portfolio noun, a name or a state after it', () => {
    const text = [
      'The talks were attended by Minister of Foreign Affairs and Trade of New Zealand Winston Pell.',
      'Minister of Foreign Affairs and Trade Winston Pell spoke, with Minister of Industry and Trade Li Wen and Minister of Energy and Natural Resources Ivan Petrov.',
      'Director-General of the Department of Latin American and Caribbean Affairs Cai Wei attended, as did Director of the Department of Asian and Pacific Affairs Wang Lu.',
      // `and` before another office is no portfolio.
      'Minister of Foreign Affairs Ivan Petrov and Minister of Defence Oleg Sidorov spoke.',
    ].join('\n\n');
    assert.deepEqual(officialsOf(text), [
      ['Winston Pell', 'Minister of Foreign Affairs and Trade', 'New Zealand'],
      ['Winston Pell', 'Minister of Foreign Affairs and Trade', null],
      ['Li Wen', 'Minister of Industry and Trade', null],
      ['Ivan Petrov', 'Minister of Energy and Natural Resources', null],
      ['Cai Wei', 'Director-General of the Department of Latin American and Caribbean Affairs', null],
      ['Wang Lu', 'Director of the Department of Asian and Pacific Affairs', null],
      ['Ivan Petrov', 'Minister of Foreign Affairs', null],
      ['Oleg Sidorov', 'Minister of Defence', null],
    ]);
  });

  it('ends a name at a possessive, which is no part of it', () => {
    const text = "Readout of Foreign Minister Penny Wong's Telephone Call\n\nPresident Xi's speech was long. Minister Kevin O'Brien spoke.";
    assert.deepEqual(officialsOf(text), [
      ['Penny Wong', 'Foreign Minister', null],
      ['Xi', 'President', null],
      ["Kevin O'Brien", 'Minister', null],
    ]);
  });

  it('keeps a generational suffix and its full stop in the name, and reads the state after it', () => {
    assert.deepEqual(officialsOf('On 5 September 2023, President Ferdinand R. Marcos Jr. of the Philippines spoke.'), [['Ferdinand R. Marcos Jr.', 'President', 'Philippines']]);
  });

  it('reads a name between commas after a role and the organisation it is of', () => {
    assert.deepEqual(officialsOf('The Chairperson of the African Union Commission, H.E. Moussa Ndiaye, opened the session. The Secretary-General of ASEAN, Kao Kim Hourn, spoke.'), [
      ['Moussa Ndiaye', 'Chairperson of the African Union Commission', null],
      ['Kao Kim Hourn', 'Secretary-General of ASEAN', null],
    ]);
  });

  it('reads an Under Secretary whole, with or without a portfolio, never as the Secretary of State it holds', () => {
    assert.deepEqual(officialsOf('The talks were attended by Under Secretary of State for Political Affairs Victoria Pell. Under Secretary Ivo Lind met the press.'), [
      ['Victoria Pell', 'Under Secretary of State for Political Affairs', null],
      ['Ivo Lind', 'Under Secretary', null],
    ]);
  });

  it('reads the name after a role of a city (`Mayor of Kyiv <name>`), the city in the role', () => {
    assert.deepEqual(officialsOf('Mayor of Kyiv Ivan Pell welcomed the guests. Governor of Saint Petersburg Oleg Lind spoke.'), [
      ['Ivan Pell', 'Mayor of Kyiv', null],
      ['Oleg Lind', 'Governor of Saint Petersburg', null],
    ]);
  });

  it('reads the portfolio offices the grammar colours: a Secretary with a portfolio or alone, a State Secretary', () => {
    assert.deepEqual(officialsOf('Secretary of Defense Ivan Pell met the press. Secretary Lind met Foreign Minister Oleg Marr. State Secretary of Germany Anna Lind spoke.'), [
      ['Ivan Pell', 'Secretary of Defense', null],
      ['Lind', 'Secretary', null],
      ['Oleg Marr', 'Foreign Minister', null],
      ['Anna Lind', 'State Secretary', 'Germany'],
    ]);
  });

  it('ends a portfolio before a name with accented letters (`Secretary of Foreign Affairs Alicia Bárcena Ibarra`)', () => {
    assert.deepEqual(officialsOf('Secretary of Foreign Affairs Alicia Bárcena Ibarra met Minister of Home Affairs Anna Ñúñez.'), [
      ['Alicia Bárcena Ibarra', 'Secretary of Foreign Affairs', null],
      ['Anna Ñúñez', 'Minister of Home Affairs', null],
    ]);
    // Nor on over `and` to an office of two words (`Foreign Minister`).
    assert.deepEqual(officialsOf('Secretary of Foreign Affairs Alicia Bárcena Ibarra and Foreign Minister Mauro Vieira met.'), [
      ['Alicia Bárcena Ibarra', 'Secretary of Foreign Affairs', null],
      ['Mauro Vieira', 'Foreign Minister', null],
    ]);
  });

  it('reads a name with capitalised particles to its end, past four words (`José Javier De La Gasca Lopez-Domínguez`)', () => {
    assert.deepEqual(officialsOf('Ambassador José Javier De La Gasca Lopez-Domínguez met Prime Minister Alexander De Croo.'), [
      ['José Javier De La Gasca Lopez-Domínguez', 'Ambassador', null],
      ['Alexander De Croo', 'Prime Minister', null],
    ]);
  });

  it('reads a Federal Minister whole, as the grammar colours it', () => {
    assert.deepEqual(officialsOf('The talks were attended by Federal Minister for Foreign Affairs of Germany Anna Lind.'), [['Anna Lind', 'Federal Minister for Foreign Affairs', 'Germany']]);
  });
});

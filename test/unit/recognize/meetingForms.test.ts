import * as assert from 'node:assert/strict';
import { objectList } from '../../../src/core/recognize/meetingMentions';
import { extractText } from '../../../src/core/recognize/textExtraction';

const joinLines = (...lines: string[]): string => lines.join('\n');
const at = (text: string, span: { start: number; end: number } | undefined): string => (span ? text.slice(span.start, span.end) : '');
/** Each meeting of a text as `own|body|date|place`, in the order extraction gives them. */
const meetings = (text: string): string[] => extractText(text).meetings.map((m) => `${m.own}|${m.body}|${m.date?.text}|${m.place}`);

describe('meeting forms', () => {
  describe('a previous or next meeting named without its body', () => {
    const ministers = joinLines(
      'INFORMATION NOTE',
      '',
      'The meeting of the Council of Ministers of Foreign Affairs of the SCO member states was held in Astana on 20 May 2024.',
      '',
    );
    const own = 'true|SCO Council of Ministers of Foreign Affairs|2024-05-20|Astana';

    it("is a meeting of the own meeting's body, with the date and place written with it", () => {
      assert.deepEqual(meetings(`${ministers}The ministers recalled the outcome of the previous meeting held in Goa on 5 May 2023.\n`), [own, 'false|SCO Council of Ministers of Foreign Affairs|2023-05-05|Goa']);
      assert.deepEqual(meetings(`${ministers}They reviewed the decisions of the previous session, held in Goa in May 2023.\n`), [own, 'false|SCO Council of Ministers of Foreign Affairs|2023-05|Goa']);
      assert.deepEqual(meetings(`${ministers}The last meeting took place in Moscow in 2020.\n`), [own, 'false|SCO Council of Ministers of Foreign Affairs|2020|Moscow']);
    });

    it('dates a previous meeting held "last year" and a next one held "next year" from the year of the text', () => {
      assert.deepEqual(meetings(`${ministers}The previous meeting was held last year in Samarkand.\n`), [own, 'false|SCO Council of Ministers of Foreign Affairs|2023|Samarkand']);
      assert.deepEqual(meetings(`${ministers}The ministers agreed to hold the next meeting next year in Kazakhstan.\n`), [own, 'false|SCO Council of Ministers of Foreign Affairs|2025|Kazakhstan']);
      assert.deepEqual(meetings(`${ministers}They decided to convene the upcoming meeting in Bishkek in 2025.\n`), [own, 'false|SCO Council of Ministers of Foreign Affairs|2025|Bishkek']);
    });

    it('takes the date and place of a meeting planned "to take place"', () => {
      assert.deepEqual(meetings(`${ministers}The next meeting is to take place in Tashkent in 2025.\n`), [own, 'false|SCO Council of Ministers of Foreign Affairs|2025|Tashkent']);
      assert.deepEqual(meetings(`${ministers}The ministers looked forward to a meeting of the SCO Council of Foreign Ministers to take place in summer 2025 in Tashkent.\n`), [
        own,
        'false|SCO Council of Ministers of Foreign Affairs|2025|Tashkent',
      ]);
    });

    it('takes the place of a next session told in reported speech (`would take place`)', () => {
      const council = 'PRESS RELEASE\n\nThe session of the Council of Heads of State of the SCO was held in Astana on 4 July 2024.\n\n';
      assert.deepEqual(meetings(`${council}The Council decided that its next session would take place in Tianjin.\n`).slice(1), ['false|SCO Council of Heads of State|undefined|Tianjin']);
      assert.deepEqual(meetings(`${council}They said that the next session would be held in Tianjin in 2025.\n`).slice(1), ['false|SCO Council of Heads of State|2025|Tianjin']);
    });

    it('is one meeting however often the text names it the same way, and another than the meeting told the other way', () => {
      const text = `${ministers}The next meeting will be held in Tashkent in 2025. The previous meeting was held in Goa. The ministers will prepare the next meeting with care.\n`;
      const found = extractText(text).meetings;
      assert.deepEqual(
        found.map((m) => `${m.own}|${m.date?.text}|${m.place}|${m.mentions.map((r) => at(text, r)).join(',')}`),
        ['true|2024-05-20|Astana|The meeting of the Council of Ministers of Foreign Affairs of the SCO member states', 'false|2025|Tashkent|The next meeting,the next meeting', 'false|undefined|Goa|The previous meeting'],
      );
    });

    it('is named without date or place too, as the next meeting of the series', () => {
      assert.deepEqual(meetings(`${ministers}They discussed the agenda of the upcoming meeting.\n`), [own, 'false|SCO Council of Ministers of Foreign Affairs|undefined|undefined']);
    });

    it('joins a meeting the text named before at that place rather than making another', () => {
      const text = `${ministers}They recalled the meeting of the SCO Council of Heads of State held in Samarkand on 16 September 2022. The previous meeting held in Samarkand adopted a declaration.\n`;
      assert.deepEqual(meetings(text), [own, 'false|SCO Council of Heads of State|2022-09-16|Samarkand']);
    });

    it('is of the own meeting\'s series when dated only, not another body met that year', () => {
      const text = 'PRESS RELEASE\n\nThe meeting of the Ministers of Foreign Affairs of the Nordic-Baltic Eight was held in Copenhagen on 5 February 2025.\n\nThey looked ahead to the meeting of the NATO Foreign Ministers in Brussels on 3-4 April 2025, and to the next meeting in the autumn of 2025.\n';
      assert.deepEqual(meetings(text), [
        'true|Nordic-Baltic Eight Meeting of Ministers of Foreign Affairs|2025-02-05|Copenhagen',
        'false|Meeting of NATO Foreign Ministers|2025-04-03/2025-04-04|Brussels',
        'false|Nordic-Baltic Eight Meeting of Ministers of Foreign Affairs|2025|undefined',
      ]);
    });

    it("is a summit of the series only when the own meeting is one of heads of state", () => {
      const summit = 'PRESS RELEASE\n\nThe meeting of the Council of Heads of State of the SCO was held in Astana on 4 July 2024.\n\n';
      assert.deepEqual(meetings(`${summit}The leaders recalled the previous summit held in New Delhi in 2023.\n`).slice(1), ['false|SCO Council of Heads of State|2023|New Delhi']);
      // A ministers' text: `the next summit` is no meeting of the ministers.
      assert.deepEqual(meetings(`${ministers}The ministers prepared the next summit in Bishkek.\n`), [own]);
    });

    it('is left out when the text has no own meeting, and a bare or recent meeting never takes a body', () => {
      assert.deepEqual(meetings('PRESS RELEASE\n\nThe ministers noted that the next meeting will be held in Minsk in 2025.\n'), []);
      assert.deepEqual(meetings(`${ministers}They welcomed the recent meeting in Moscow. The meeting held in Tashkent on 19 August 2021 was recalled.\n`), [own]);
    });

    it('keeps a previous meeting of another body named with it', () => {
      const text = `${ministers}They recalled the previous meeting of the CSTO Council of Ministers of Foreign Affairs held in Minsk in 2023.\n`;
      assert.deepEqual(meetings(text), [own, 'false|CSTO Council of Ministers of Foreign Affairs|2023|Minsk']);
    });

    it('makes no one a participant of the own meeting for a previous meeting now read', () => {
      const text = `${ministers}Minister of Foreign Affairs of the Kyrgyz Republic Jeenbek Kulubaev, who chaired the previous meeting in Bishkek, attended the meeting.\n`;
      const result = extractText(text);
      assert.deepEqual(
        result.participants.map((p) => `${result.officials[p.official]?.name}:${p.kind}`),
        ['Jeenbek Kulubaev:attended'],
      );
    });
  });

  describe("a meeting of an organisation named in full", () => {
    const read = (sentence: string): string[] => {
      const text = `PRESS RELEASE\n\n${sentence}\n`;
      return extractText(text).meetings.map((m) => `${m.body}|${m.date?.text}|${m.place}|${m.mentions.map((r) => at(text, r)).join(',')}`);
    };

    it("reads a summit of a conference organisation as the meeting of its heads of state, the name whole with its date", () => {
      assert.deepEqual(read('The Prime Minister came to Astana for the Sixth Summit of the Conference on Interaction and Confidence Building Measures in Asia (CICA), held on 12-13 October 2022.'), [
        'CICA Meeting of Heads of State|2022-10-12/2022-10-13|undefined|the Sixth Summit of the Conference on Interaction and Confidence Building Measures in Asia (CICA)',
      ]);
      assert.deepEqual(read('The envoys recalled the Fifth Summit of the Conference on Interaction and Confidence-Building Measures in Asia held in Dushanbe on 15 June 2019.'), [
        'CICA Meeting of Heads of State|2019-06-15|Dushanbe|the Fifth Summit of the Conference on Interaction and Confidence-Building Measures in Asia',
      ]);
    });

    it('gives the summit named by the acronym and the one named in full one body', () => {
      const bodies = (sentence: string): (string | undefined)[] => extractText(`PRESS RELEASE\n\n${sentence}\n`).meetings.map((m) => m.body);
      assert.deepEqual(bodies('The envoys prepared the CICA summit in Astana.'), bodies('The envoys prepared the summit of the Conference on Interaction and Confidence-Building Measures in Asia in Astana.'));
    });

    it("reads a lower-case summit of an organisation as its heads of state's, and another meeting of it as the organisation's", () => {
      assert.deepEqual(read('The ministers recalled the summit of the Shanghai Cooperation Organisation held in Astana in 2022.'), ['SCO Council of Heads of State|2022|Astana|the summit of the Shanghai Cooperation Organisation']);
      assert.deepEqual(read('The ministers recalled the meeting of the SCO held in Astana in 2022.'), ['SCO Meeting|2022|Astana|the meeting of the SCO']);
      assert.deepEqual(read('They noted the meeting of the Organization for Security and Co-operation in Europe held in Vienna in 2021.'), [
        'OSCE Meeting|2021|Vienna|the meeting of the Organization for Security and Co-operation in Europe',
      ]);
    });

    it("takes the noun of an organisation's name for no meeting, nor for a mention of the own meeting", () => {
      const text = 'PRESS RELEASE\n\nThe meeting of the Council of Heads of Government of the SCO was held in Bishkek on 26 October 2023.\n\nThe heads of government praised the work of the Conference on Interaction and Confidence-Building Measures in Asia.\n';
      assert.deepEqual(
        extractText(text).meetings.map((m) => m.mentions.map((r) => at(text, r)).join(',')),
        ['The meeting of the Council of Heads of Government of the SCO'],
      );
    });

    it("still reads a council named after the organisation's name, and an event named as a summit", () => {
      assert.deepEqual(read('They recalled the meeting of the Council of Heads of State of the Shanghai Cooperation Organisation held in Astana in 2024.'), [
        'SCO Council of Heads of State|2024|Astana|the meeting of the Council of Heads of State of the Shanghai Cooperation Organisation',
      ]);
      assert.deepEqual(read('They referred to the Summit of the Americas to be held in Lima in 2018.'), ['Summit of the Americas|2018|Lima|the Summit of the Americas']);
    });
  });

  describe('summits and sessions of other organisations', () => {
    /** Each meeting as `own|body|date|place|mentions`. */
    const full = (text: string): string[] => extractText(text).meetings.map((m) => `${m.own}|${m.body}|${m.date?.text}|${m.place}|${m.mentions.map((r) => at(text, r)).join(',')}`);

    it('takes no letters after a name (`KC`) for the owner of a meeting', () => {
      const text = 'COMMUNIQUE\n\nHeads of government met in Apia on 3 May 2024. They thanked Dame Jane Holloway KC and Sir Tom Arden KC. The Meeting was chaired by Fiji.\n';
      assert.deepEqual(meetings(text), ['true|Meeting of Heads of Government|2024-05-03|Apia']);
    });

    it("writes an organisation once in a council whose name holds it, and reads its name and acronym in brackets as one", () => {
      const text = joinLines(
        '## Press release',
        '',
        '## Session of the CSTO Collective Security Council in Minsk',
        '',
        'On 5 May 2021, Minsk hosted a session of the Collective Security Council of the Collective Security Treaty Organization (CSTO). Its next session will take place in Dushanbe.',
      );
      assert.deepEqual(full(text), [
        'true|CSTO Collective Security Council|2021-05-05|Minsk|Session of the CSTO Collective Security Council in Minsk,a session of the Collective Security Council of the Collective Security Treaty Organization (CSTO)',
        'false|CSTO Collective Security Council|undefined|Dushanbe|Its next session',
      ]);
    });

    it("reads a foreign ministers' meeting written before the noun as the organisation's, as the SCO's are its council", () => {
      const text = 'COMMUNIQUE\n\n1. The 40th ASEAN Foreign Ministers’ Meeting (AMM) took place in Manila on 5 August 2017. Ministers thanked the Meeting.\n';
      assert.deepEqual(full(text), ['true|ASEAN Meeting of Ministers of Foreign Affairs|2017-08-05|Manila|The 40th ASEAN Foreign Ministers’ Meeting,the Meeting']);
      assert.deepEqual(meetings('NOTE\n\nThe SCO Foreign Ministers Meeting was held in Goa on 5 May 2023.\n'), ['true|SCO Council of Ministers of Foreign Affairs|2023-05-05|Goa']);
    });

    it('reads a summit of two parties joined by a dash, and a summit between them, as one meeting', () => {
      for (const pair of ['EU–China', 'EU-China']) {
        const text = `Joint Press Release on the 20th ${pair} Summit\n\nThe 20th summit between the European Union and the People's Republic of China took place in Beijing on 16 July 2018.\n`;
        assert.deepEqual(full(text), [
          `true|EU–China Summit|2018-07-16|Beijing|the 20th ${pair} Summit,The 20th summit between the European Union and the People's Republic of China`,
        ]);
      }
    });

    it('reads a dashed pair whose second party is a region of two words as the parties, not as the place', () => {
      const text = joinLines(
        'NOTE',
        '',
        "The Fourth China-Central Asia Foreign Ministers' Meeting was held in Astana on 26 April 2023. They recalled the EU-Western Balkans Summit in Brdo pri Kranju on 13 November 2023.",
      );
      assert.deepEqual(meetings(text), ['true|China–Central Asia Meeting|2023-04-26|Astana', 'false|EU–Western Balkans Summit|2023-11-13|Brdo pri Kranju']);
    });

    it('takes talks held where and when the dateline dates the text for its own, after a sentence on a visit', () => {
      const text = joinLines(
        'Joint Statement of the Two Republics on Their Partnership',
        '',
        'Astana, 16 May 2024',
        '',
        'At the invitation of President of the Republic of Kazakhstan A. Serikov, President of the Kyrgyz Republic B. Temirov paid a state visit to Kazakhstan on 16-17 May 2024. A. Serikov held talks with B. Temirov in Astana on 16 May 2024.',
        '',
        'The two sides recalled the meeting of the two heads of state in Bishkek on 21 March 2023. The SCO was mentioned.',
      );
      assert.deepEqual(meetings(text), ['true|Kazakhstan–Kyrgyzstan Talks|2024-05-16|Astana', 'false|Meeting of Heads of State|2023-03-21|Bishkek']);
      // Nor does an organisation whose summit the text names later own it.
      assert.deepEqual(meetings(`${text}\nThey welcomed the BRICS Summit in Kazan on 22 October 2024.\n`).slice(1), [
        'false|Meeting of Heads of State|2023-03-21|Bishkek',
        'false|BRICS Meeting of Heads of State|2024-10-22|Kazan',
      ]);
    });

    it('reads the meeting a heading in capitals names, with its days, its number and the place of the dateline', () => {
      assert.deepEqual(meetings('EUROPEAN COUNCIL MEETING (27 AND 28 JUNE 2024) – CONCLUSIONS\n\nBrussels, 28 June 2024\n\n1. The European Council met.\n'), [
        'true|European Council|2024-06-27/2024-06-28|Brussels',
      ]);
      assert.deepEqual(
        meetings('COMMUNIQUÉ OF THE 1225TH MEETING OF THE PEACE AND SECURITY COUNCIL\n\nAddis Ababa, Ethiopia, 14 August 2024\n\nThe Peace and Security Council, at its 1225th meeting held on 14 August 2024, recalled its 1218th meeting held on 21 June 2024.\n'),
        ['true|Peace and Security Council|2024-08-14|Addis Ababa', 'false|Peace and Security Council|2024-06-21|undefined'],
      );
      // Its acronym defined, which is the council's own, not an owner before its name.
      assert.deepEqual(meetings('COMMUNIQUÉ OF THE 1225TH MEETING OF THE PEACE AND SECURITY COUNCIL\n\nAddis Ababa, 14 August 2024\n\nThe Peace and Security Council (PSC) of the African Union (AU), at its 1225th meeting held on 14 August 2024, discussed Sudan.\n'), [
        'true|Peace and Security Council|2024-08-14|Addis Ababa',
      ]);
      assert.deepEqual(meetings('XVI BRICS SUMMIT DECLARATION\n\nKazan, 23 October 2024\n\n1. We met.\n'), ['true|BRICS Meeting of Heads of State|2024-10-23|Kazan']);
    });

    it('names a meeting between two officials written with their states by the states', () => {
      const text = 'NOTE\n\nWe note the meeting between President A. Serikov of the Republic of Kazakhstan and Prime Minister B. Temirov of the Kyrgyz Republic in Astana on 4 July 2024.\n';
      assert.deepEqual(meetings(text), ['false|Kazakhstan–Kyrgyzstan Meeting|2024-07-04|Astana']);
    });

    it('reads the numbered sessions of a supreme council, the own one told by `held its session`', () => {
      const text = joinLines(
        'FINAL COMMUNIQUE',
        '',
        'The Supreme Council of the Cooperation Council for the Arab States of the Gulf (GCC) held its 40th session in Riyadh on Tuesday, 10 December 2019. It reviewed the decisions of the 39th session, held in Riyadh on 9 December 2018, and welcomed the offer of Oman to host the 41st session in 2020.',
      );
      assert.deepEqual(full(text), [
        'true|GCC Supreme Council|2019-12-10|Riyadh|its 40th session in Riyadh on Tuesday, 10 December 2019',
        'false|GCC Supreme Council|2018-12-09|Riyadh|the 39th session',
        'false|GCC Supreme Council|2020|undefined|the 41st session in 2020',
      ]);
    });

    it("reads the leaders' summits of the G20, BRICS and the Pacific Islands Forum with their date and place", () => {
      assert.deepEqual(full('DECLARATION\n\nWe, the Leaders of the G20, met in Osaka on 28-29 June 2019. We look forward to meeting again in Riyadh in 2020.\n'), [
        'true|G20 Meeting of Heads of State|2019-06-28/2019-06-29|Osaka|met in Osaka on 28-29 June 2019',
        'false|G20 Meeting of Heads of State|2020|Riyadh|meeting again in Riyadh in 2020',
      ]);
      assert.deepEqual(full('DECLARATION\n\nWe, the Leaders of the BRICS countries, gathered in Xiamen, China, on 3–5 September 2017 for the IX BRICS Summit. We support the holding of the X BRICS Summit in Johannesburg.\n'), [
        'true|BRICS Meeting of Heads of State|2017-09-03/2017-09-05|Xiamen|the IX BRICS Summit',
        'false|BRICS Meeting of Heads of State|undefined|Johannesburg|the X BRICS Summit in Johannesburg',
      ]);
      assert.deepEqual(full("COMMUNIQUE\n\nSuva, Fiji\n11–14 July 2022\n\nThe Fifty-First Pacific Islands Forum Leaders Meeting was held in Suva. Tonga will host the Fifty-Second Leaders Meeting in Nuku'alofa in 2023.\n"), [
        'true|PIF Meeting of Heads of State|2022-07-11/2022-07-14|Suva|The Fifty-First Pacific Islands Forum Leaders Meeting',
        "false|PIF Meeting of Heads of State|2023|Nuku'alofa|the Fifty-Second Leaders Meeting in Nuku'alofa in 2023",
      ]);
    });

    it('reads where and when the presidents met `on the occasion of` a summit, and MERCOSUR and CELAC as organisations', () => {
      const text = [
        'JOINT COMMUNIQUÉ OF THE PRESIDENTS OF THE STATES PARTIES OF MERCOSUR',
        '',
        'The Presidents of the States Parties of MERCOSUR met in Montevideo on 6 December 2024, on the occasion of the LXV Summit of Heads of State of MERCOSUR and Associated States.',
        '',
        'They recalled the LXIV Summit held in Asunción on 8 July 2024 and the III EU-CELAC Summit held in Brussels on 17-18 July 2023.',
        '',
      ].join('\n');
      assert.deepEqual(meetings(text), [
        'true|MERCOSUR Meeting of Heads of State|2024-12-06|Montevideo',
        'false|MERCOSUR Meeting of Heads of State|2024-07-08|Asunción',
        'false|EU–CELAC Summit|2023-07-17/2023-07-18|Brussels',
      ]);
    });

    it('reads ordinals joined by `and` before a plural as one meeting each (`the 44th and 45th ASEAN Summits`), all reported where one is', () => {
      const text = "CHAIRMAN'S STATEMENT\n\nThe 44th and 45th ASEAN Summits were held in Vientiane on 8-9 October 2024. We recalled the 41st, 42nd and 43rd Summits.\n";
      const extraction = extractText(text);
      assert.deepEqual(
        extraction.meetings.map((m) => `${m.own}|${m.body}|${m.date?.text}|${m.place}|${m.mentions.map((s) => at(text, s)).join('+')}`),
        [
          'true|ASEAN Meeting of Heads of State|2024-10-08/2024-10-09|Vientiane|The 44th',
          'true|ASEAN Meeting of Heads of State|2024-10-08/2024-10-09|Vientiane|45th ASEAN Summits',
          'false|ASEAN Meeting of Heads of State|undefined|undefined|the 41st',
          'false|ASEAN Meeting of Heads of State|undefined|undefined|42nd',
          'false|ASEAN Meeting of Heads of State|undefined|undefined|43rd Summits',
        ],
      );
    });

    it('names a session of an organisation that is an organ by the organisation, not `UNGA General Assembly`', () => {
      const text = 'PRESS RELEASE\n\nThe 79th session of the UN General Assembly opened in New York on 10 September 2024. The minister also spoke at the session of the UN Security Council on 25 September 2024.\n';
      assert.deepEqual(
        meetings(text).map((m) => m.slice(m.indexOf('|') + 1)),
        ['UNGA Session|2024-09-10|New York', 'UNSC Session|2024-09-25|undefined'],
      );
      // The organisation written before the noun, as `the 3rd CICA meeting in Astana` is the CICA's meeting.
      const before = 'PRESS RELEASE\n\nThe UN Security Council session on 12 May 2024 heard the minister.\n';
      assert.deepEqual(meetings(before), ['false|UNSC Session|2024-05-12|undefined']);
    });

    it('reads the predicate, the place and the date of a summit after `and Related Summits`', () => {
      const text = "CHAIRMAN'S STATEMENT\n\nThe 46th ASEAN Summit and Related Summits were held in Kuala Lumpur on 26-27 May 2025. The next summit and related meetings will be held in Kuala Lumpur in October 2025.\n";
      assert.deepEqual(meetings(text), ['true|ASEAN Meeting of Heads of State|2025-05-26/2025-05-27|Kuala Lumpur', 'false|ASEAN Meeting of Heads of State|2025-10|Kuala Lumpur']);
      const welcomed = 'JOINT STATEMENT\n\nWe welcomed the convening of the 44th ASEAN Summit and Related Summits in Vientiane on 8-9 October 2024.\n';
      assert.deepEqual(meetings(welcomed), ['false|ASEAN Meeting of Heads of State|2024-10-08/2024-10-09|Vientiane']);
    });

    it('writes the owner of an organ once (`the Assembly of the African Union` is the `Meeting of AU Assembly`)', () => {
      assert.deepEqual(meetings('COMMUNIQUE\n\nThe 37th Ordinary Session of the Assembly of the African Union was held in Addis Ababa on 17 and 18 February 2024.\n'), [
        'true|Meeting of AU Assembly|2024-02-17/2024-02-18|Addis Ababa',
      ]);
    });

    it('reads the party of talks told in a relative clause after its name (`X, who held bilateral talks with Y`)', () => {
      const text = 'COMMUNIQUE\n\nThe Assembly met in Addis Ababa on 17 February 2024. It welcomed Prime Minister of Italy Ana Pell, who held bilateral talks with President of Mauritania Ivo Lind on the margins of the summit.\n';
      assert.deepEqual(meetings(text).slice(-1), ['false|Italy–Mauritania Talks|undefined|undefined']);
    });

    it('reads a summit named by its place alone (`the New Delhi Summit`) as a summit of the own meeting\'s series', () => {
      const text = 'DECLARATION\n\nWe, the Leaders of the G20, met in Rio de Janeiro on 18 and 19 November 2024. We recall the New Delhi Summit and the Osaka Summit of 2019.\n';
      assert.deepEqual(meetings(text), [
        'true|G20 Meeting of Heads of State|2024-11-18/2024-11-19|Rio de Janeiro',
        'false|G20 Meeting of Heads of State|undefined|New Delhi',
        'false|G20 Meeting of Heads of State|2019|Osaka',
      ]);
      // A place of three words before the noun, as one of two.
      assert.deepEqual(meetings('PRESS RELEASE\n\nThe ministers met in Beijing on 12 March 2024. They look forward to the G20 Rio de Janeiro Summit in November 2024.\n').slice(-1), [
        'false|G20 Meeting of Heads of State|2024-11|Rio de Janeiro',
      ]);
      // Not where the own meeting is no summit: whose summit it was, the text does not say.
      assert.deepEqual(meetings('PRESS RELEASE\n\nThe ministers of the SCO met in Astana on 2 May 2024. They recalled the Dushanbe Summit.\n'), ['true|Meeting of SCO Ministers|2024-05-02|Astana']);
    });

    it('tells the own meeting of a named council that `met in` a place (`The Supreme Eurasian Economic Council met in ...`)', () => {
      const text = 'JOINT STATEMENT\n\nThe Supreme Eurasian Economic Council met in Saint Petersburg on 26 December 2024 for its regular meeting.\n\nThe next meeting of the Supreme Eurasian Economic Council of the EAEU will take place in Minsk in June 2025.\n';
      assert.deepEqual(meetings(text), ['true|EAEU Supreme Eurasian Economic Council|2024-12-26|Saint Petersburg', 'false|EAEU Supreme Eurasian Economic Council|2025-06|Minsk']);
    });

    it('tells the meeting the leaders `gathered on the occasion of` as held, and so the own one the dateline dates', () => {
      const text = 'Declaration of Los Angeles on Migration and Protection\n\nLos Angeles, June 10, 2022\n\nWe, the Heads of State and Government of the countries of the Americas, gathered on the occasion of the Ninth Summit of the Americas in Los Angeles, recall the Fifth Summit of the Americas in 2009.\n';
      assert.deepEqual(meetings(text), ['true|Summit of the Americas|2022-06-10|Los Angeles', 'false|Summit of the Americas|2009|undefined']);
    });

    it('gives a meeting named later in the sentence, after another verb, no place or date of the leaders having gathered', () => {
      const text = 'DECLARATION\n\nWe, the Heads of State and Government of the Council of Europe, gathered in Reykjavík on 16 and 17 May 2023 for our 4th Summit of Heads of State, recall the Vienna Declaration adopted at the 1st Summit in 1993.\n';
      assert.deepEqual(meetings(text), ['true|Council of Europe Meeting of Heads of State|2023-05-16/2023-05-17|Reykjavík', 'false|Council of Europe Meeting of Heads of State|1993|undefined']);
    });

    it("reads where and when the leaders met for a summit named with its group and those who meet (`the G20 Leaders' Summit`)", () => {
      const met = "We, the Leaders of the G20, met in Rome on 30–31 October 2021 for the G20 Leaders' Summit.";
      assert.deepEqual(full(`STATEMENT\n\n${met}\n`), ["true|G20 Meeting of Heads of State|2021-10-30/2021-10-31|Rome|the G20 Leaders' Summit"]);
      // A dateline is the day the text was issued: the days the sentence reports are the meeting's.
      const datelined = extractText(`STATEMENT\n\nROME, 31 October 2021 — ${met}\n`);
      assert.deepEqual(datelined.meetings.map((m) => `${m.own}|${m.date?.text}|${m.place}`), ['true|2021-10-30/2021-10-31|Rome']);
    });

    it('gives the meeting a text reports the place and day of its dateline', () => {
      assert.deepEqual(meetings('PRESS RELEASE\n\nNEW DELHI, 10 September 2023 — The G20 Leaders’ Summit ended with a declaration.\n'), ['true|G20 Meeting of Heads of State|2023-09-10|New Delhi']);
      assert.deepEqual(meetings('PRESS RELEASE\n\nDoha, 5 December 2023: The GCC summit opened in Doha with a call for peace.\n'), ['true|GCC Meeting of Heads of State|2023-12-05|Doha']);
      // A meeting told at another place, or the next one, is not the one the text is dated at.
      assert.deepEqual(meetings('PRESS RELEASE\n\nDoha, 5 December 2023: The GCC summit in Riyadh was recalled.\n'), ['false|GCC Meeting of Heads of State|undefined|Riyadh']);
    });

    it('dates a meeting by the year or month written after words that make it approximate (`in mid-2025`, `in the first half of 2025`)', () => {
      const held = 'The previous meeting of the Intergovernmental Commission was held on 30 June 2022 in Baku.';
      for (const [when, date] of [['in mid-2025', '2025'], ['in early 2025', '2025'], ['in the first half of 2025', '2025'], ['in the third quarter of 2025', '2025'], ['in Q3 2025', '2025'], ['in late March 2025', '2025-03']]) {
        const text = `PRESS RELEASE\n\n${held} The parties agreed to hold the ninth meeting of the Intergovernmental Commission in Baku ${when}.\n`;
        assert.deepEqual(
          extractText(text).meetings.map((m) => `${m.date?.text}|${m.place}`),
          ['2022-06-30|Baku', `${date}|Baku`],
          when,
        );
      }
    });

    it('reads a named body with its subject (`Commission on Trade`) and its parties, and the predicate after them', () => {
      assert.deepEqual(meetings('PRESS RELEASE\n\nThe meeting of the Joint Commission on Trade was held on 28 February 2024 in Tashkent.\n'), ['true|Meeting of Joint Commission on Trade|2024-02-28|Tashkent']);
      assert.deepEqual(
        meetings('PRESS RELEASE\n\nThe eighth meeting of the Intergovernmental Commission on Economic and Trade Cooperation between the Republic of Uzbekistan and the Republic of Azerbaijan was held from 28 February to 1 March 2024 in Tashkent.\n'),
        ['true|Meeting of Intergovernmental Commission on Economic and Trade Cooperation|2024-02-28/2024-03-01|Tashkent'],
      );
      // A date or a weekday after `on` is the meeting's, not its subject.
      assert.deepEqual(meetings('PRESS RELEASE\n\nThe meeting of the Joint Commission on 12 May 2024 in Astana was useful.\n'), ['false|Meeting of Joint Commission|2024-05-12|Astana']);
      // Written again without its subject, the body is the same, of the same series; a currency is no organisation.
      assert.deepEqual(
        meetings('PRESS RELEASE\n\nThe fourth meeting of the Joint Commission on Trade was held in Nairobi on 8 April 2025. Trade exceeded USD 3 billion. The sides reviewed progress since the third meeting of the Joint Commission held in New Delhi in 2023.\n'),
        ['true|Meeting of Joint Commission on Trade|2025-04-08|Nairobi', 'false|Meeting of Joint Commission on Trade|2023|New Delhi'],
      );
    });

    it('reads an organ named before the noun as the body (`the Security Council meeting`), as `the meeting of` it is', () => {
      assert.deepEqual(meetings('PRESS STATEMENT\n\nThe members recalled the Security Council meeting on 12 July 2024.\n'), ['false|Security Council|2024-07-12|undefined']);
      assert.deepEqual(meetings('PRESS STATEMENT\n\nThe members recalled the meeting of the Security Council on 12 July 2024.\n'), ['false|Security Council|2024-07-12|undefined']);
    });

    it('reads no body in an `of` that tells a time (`the Meeting of the same day`)', () => {
      assert.deepEqual(meetings("PRESS RELEASE\n\nThe Minister recalled the Quad Foreign Ministers' Meeting of the same day.\n"), ['false|Quad Meeting of Ministers of Foreign Affairs|undefined|undefined']);
    });

    it('reads the meeting a named body `held` as its own (`The Joint Commission on Trade ... held its fourth meeting in`)', () => {
      assert.deepEqual(meetings('PRESS RELEASE\n\nThe Joint Commission on Trade between India and Kenya held its fourth meeting in Nairobi on 8 April 2025.\n'), ['true|Meeting of Joint Commission on Trade|2025-04-08|Nairobi']);
      assert.deepEqual(meetings('PRESS RELEASE\n\nThe Peace and Security Council of the African Union held its 1250th meeting in Addis Ababa on 12 December 2024.\n'), ['true|AU Peace and Security Council|2024-12-12|Addis Ababa']);
    });

    it('reads the session a council is `meeting in` as its own, and reads past the state after a city the lexicon does not list', () => {
      const text = 'RESOLUTION ON THE SITUATION IN THE SAHEL\n\nThe Council of Foreign Ministers of the Organisation of Islamic Cooperation, meeting in its 50th session in Yaounde, Republic of Cameroon, on 29-30 August 2024,\n\nExpresses its deep concern.\n';
      assert.deepEqual(meetings(text), ['true|OIC Council of Ministers of Foreign Affairs|2024-08-29/2024-08-30|Yaounde']);
    });

    it('gives `its` meeting the body of the relative clause it stands in (`the Joint Commission ..., which held its fifth meeting`)', () => {
      const text = 'CHAIRMAN\'S STATEMENT\n\nThe 46th ASEAN Summit was held in Kuala Lumpur on 26 May 2025.\n\nWe noted the work of the Joint Commission on Trade between Malaysia and Viet Nam, which held its fifth meeting in Putrajaya on 30 November and 1 December 2023.\n';
      assert.deepEqual(meetings(text), ['true|ASEAN Meeting of Heads of State|2025-05-26|Kuala Lumpur', 'false|Meeting of Joint Commission on Trade|2023-11-30/2023-12-01|Putrajaya']);
    });

    it('leaves the parties written before a named body out of its name (`the India-Kenya Joint Commission on Trade`)', () => {
      const text = 'PRESS RELEASE\n\nFourth Meeting of the Joint Commission on Trade between India and Kenya\n\nNairobi, 11 April 2025\n\nThe fourth meeting of the India-Kenya Joint Commission on Trade was held in Nairobi on 8 April 2025.\n';
      assert.deepEqual(meetings(text), ['true|Meeting of Joint Commission on Trade|2025-04-08|Nairobi']);
    });

    it('reads the Cook Islands after Rarotonga as its state, and the date after it (`held in Rarotonga, Cook Islands in November 2023`)', () => {
      const text = 'COMMUNIQUE\n\nThe Pacific Islands Forum Leaders recalled the Fifty-Second Leaders Meeting held in Rarotonga, Cook Islands in November 2023.\n';
      assert.deepEqual(meetings(text), ['false|PIF Meeting of Heads of State|2023-11|Rarotonga']);
    });

    it('gives `its` session after `at` the organ named just before (`the Committee of Ministers adopted at its 132nd Session`)', () => {
      const text = [
        'DECLARATION',
        '',
        'We, the Heads of State and Government of the Council of Europe, gathered in Reykjavík on 16 and 17 May 2023 for our 4th Summit of Heads of State.',
        '',
        'We welcome the decisions of the Committee of Ministers adopted at its 132nd Session in Turin on 20 May 2022.',
        '',
      ].join('\n');
      assert.deepEqual(meetings(text), [
        'true|Council of Europe Meeting of Heads of State|2023-05-16/2023-05-17|Reykjavík',
        'false|Meeting of Council of Europe Committee of Ministers|2022-05-20|Turin',
      ]);
      assert.deepEqual(meetings('PRESS RELEASE\n\nThe Council of Europe Committee of Ministers, at its 133rd Session in Strasbourg on 17 May 2023, was mentioned.\n'), [
        'false|Council of Europe Committee of Ministers|2023-05-17|Strasbourg',
      ]);
    });

    it('reads `the 32nd Arab Summit` as a summit of the League of Arab States, as is its Council `at the summit level`', () => {
      const text = [
        'Bahrain Declaration',
        '',
        'Issued by the 33rd Arab Summit',
        '',
        'Manama, 16 May 2024',
        '',
        'We, the leaders of the Arab States, gathered in Manama on 16 May 2024 at the 33rd ordinary session of the Council of the League of Arab States at the summit level.',
        '',
        'We affirm the resolutions of the 32nd Arab Summit held in Jeddah on 19 May 2023.',
        '',
      ].join('\n');
      assert.deepEqual(
        extractText(text).meetings.map((m) => `${m.own}|${m.body}|${m.date?.text}|${m.place}|${m.mentions.map((s) => at(text, s)).join('+')}`),
        [
          'true|League of Arab States Meeting of Heads of State|2024-05-16|Manama|the 33rd Arab Summit+the 33rd ordinary session of the Council of the League of Arab States',
          'false|League of Arab States Meeting of Heads of State|2023-05-19|Jeddah|the 32nd Arab Summit',
        ],
      );
    });

    it('reads a plural held at places and dates joined by `and` as one meeting each (`the meetings of the Council held in Bishkek ... and in Astana ...`)', () => {
      const text = 'COMMUNIQUE\n\nThe heads of state of the SCO met in Astana on 4 July 2024.\n\nThey recalled the decisions of the meetings of the Council of Heads of State of the SCO held in Samarkand on 16 September 2022, in New Delhi on 4 July 2023 and in Dushanbe on 17 September 2021.\n';
      assert.deepEqual(
        extractText(text).meetings.map((m) => `${m.body}|${m.date?.text}|${m.place}|${m.mentions.map((s) => at(text, s)).join('+')}`),
        [
          'SCO Council of Heads of State|2024-07-04|Astana|met in Astana on 4 July 2024',
          'SCO Council of Heads of State|2022-09-16|Samarkand|the meetings of the Council of Heads of State of the SCO',
          'SCO Council of Heads of State|2023-07-04|New Delhi|in New Delhi on 4 July 2023',
          'SCO Council of Heads of State|2021-09-17|Dushanbe|in Dushanbe on 17 September 2021',
        ],
      );
    });

    it('reads the meetings after the next one joined by `and` (`meeting again in South Africa in 2025 and in the United States in 2026`)', () => {
      const text = 'DECLARATION\n\nWe, the Leaders of the G20, met in Rio de Janeiro on 18 and 19 November 2024. We look forward to meeting again in South Africa in 2025 and in the United States in 2026.\n';
      assert.deepEqual(meetings(text), [
        'true|G20 Meeting of Heads of State|2024-11-18/2024-11-19|Rio de Janeiro',
        'false|G20 Meeting of Heads of State|2025|South Africa',
        'false|G20 Meeting of Heads of State|2026|United States',
      ]);
    });

    it('gives a named body no organisation that the text names only after it (`the India-Viet Nam Joint Commission`, ASEAN later)', () => {
      const text = [
        'JOINT STATEMENT',
        '',
        'The two sides recalled the 18th Meeting of the India-Viet Nam Joint Commission held in Hanoi on 16 October 2023 and agreed to hold the 19th Meeting of the Joint Commission in New Delhi in 2025.',
        '',
        'They discussed the meeting of the High-Level Cooperation Council to be held in Ankara.',
        '',
        'They welcomed the outcomes of the ASEAN Summit.',
        '',
      ].join('\n');
      assert.deepEqual(meetings(text), [
        'false|Meeting of Joint Commission|2023-10-16|Hanoi',
        'false|Meeting of Joint Commission|2025|New Delhi',
        'false|High-Level Cooperation Council|undefined|Ankara',
        'false|ASEAN Meeting of Heads of State|undefined|undefined',
      ]);
    });

    it('gives a body of two parties no organisation of its paragraph (`the Brazil-Argentina Bilateral Coordination Mechanism`)', () => {
      const text = 'PRESS RELEASE\n\nThe ministers reviewed the SCO summit and the XIII Meeting of the Brazil-Argentina Bilateral Coordination Mechanism, held on March 15-16, 2025 in Rio de Janeiro.\n';
      assert.deepEqual(meetings(text).slice(1), ['false|Meeting of Bilateral Coordination Mechanism|2025-03-15/2025-03-16|Rio de Janeiro']);
    });

    it("reads ministers of any portfolio who meet, written before the noun (`the ASEAN Economic Ministers' Meeting`)", () => {
      assert.deepEqual(meetings("CHAIRMAN'S STATEMENT\n\nThe ASEAN Economic Ministers' Meeting will be held in Kuala Lumpur in Q3 2025.\n"), ['false|Meeting of ASEAN Economic Ministers|2025|Kuala Lumpur']);
    });

    it("reads national security advisers who meet, written before the noun (`the BRICS National Security Advisers' Meeting`)", () => {
      assert.deepEqual(meetings("DECLARATION\n\nWe welcome the BRICS National Security Advisers' Meeting held in St. Petersburg on 11 September 2024.\n"), [
        'false|Meeting of BRICS National Security Advisers|2024-09-11|Saint Petersburg',
      ]);
    });

    it('reads the initials of a meeting named in capitals, with a year, as that meeting (`CHOGM 2022` of the Commonwealth Heads of Government Meeting)', () => {
      const text = 'Commonwealth Heads of Government Meeting Communiqué\n\nApia, Samoa, 25-26 October 2024\n\nHeads recalled the outcomes of CHOGM 2022 held in Kigali, Rwanda, on 24 and 25 June 2022.\n';
      assert.deepEqual(meetings(text), [
        'true|Commonwealth Meeting of Heads of Government|2024-10-25/2024-10-26|Apia',
        'false|Commonwealth Meeting of Heads of Government|2022-06-24/2022-06-25|Kigali',
      ]);
      // An acronym no meeting phrase of the text spells is none.
      assert.deepEqual(meetings('COMMUNIQUE\n\nHeads recalled the outcomes of WWF 2022 held in Kigali on 24 June 2022.\n'), []);
    });

    it('reads the whole name of an organ written before the noun (`the CSTO Collective Security Council session`), no `Security Council`', () => {
      assert.deepEqual(meetings('PRESS RELEASE\n\nThe ministers recalled the CSTO Collective Security Council session of 28 November 2024 and the AU Peace and Security Council meeting of 7 May 2024.\n'), [
        'false|CSTO Collective Security Council|2024-11-28|undefined',
        'false|AU Peace and Security Council|2024-05-07|undefined',
      ]);
    });

    it('tells the own meeting of a council `meeting in` a place, though the sentence recalls meetings of other dates', () => {
      const text = 'STATEMENT\nby the Council of Foreign Ministers of the Collective Security Treaty Organization\n\nThe Council of Foreign Ministers of the CSTO member states, meeting in Almaty on 25 November 2024, reaffirmed the decisions of the meeting of the Council of Foreign Ministers held from 29 to 30 June 2024 in Minsk.\n';
      assert.deepEqual(meetings(text), [
        'true|CSTO Council of Ministers of Foreign Affairs|2024-11-25|Almaty',
        'false|CSTO Council of Ministers of Foreign Affairs|2024-06-29/2024-06-30|Minsk',
      ]);
    });

    it('dates a meeting `later this year` or `early next year` by the document year', () => {
      const text = 'PRESS RELEASE\n\nMOSCOW, 15 March 2024 – The ministers discussed the meeting of the High-Level Cooperation Council, to be held in Ankara later this year.\n\nThey discussed the next SCO summit in Astana early next year.\n';
      assert.deepEqual(meetings(text), ['false|High-Level Cooperation Council|2024|Ankara', 'false|SCO Council of Heads of State|2025|Astana']);
    });

    it('dates a meeting held `between` two days, or on `the 15th of March 2024`', () => {
      assert.deepEqual(meetings('PRESS RELEASE\n\nThe meeting of the SCO Council of Heads of State was held between 5 and 7 June 2024 in Astana.\n'), ['true|SCO Council of Heads of State|2024-06-05/2024-06-07|Astana']);
      assert.deepEqual(meetings('PRESS RELEASE\n\nThe meeting of the SCO Council of Heads of State was held on the 15th of March 2024 in Astana.\n'), ['true|SCO Council of Heads of State|2024-03-15|Astana']);
    });

    it('reads the date and place of a meeting `planned for` them', () => {
      assert.deepEqual(meetings('PRESS RELEASE\n\nThe ministers met in Astana on 2 May 2024. The next summit of the SCO is planned for 11-12 September 2024 in Samarkand.\n').slice(1), [
        'false|SCO Council of Heads of State|2024-09-11/2024-09-12|Samarkand',
      ]);
    });

    it('gives a meeting the group its complement names, not an organisation named elsewhere (`of the Nordic-Baltic Eight`)', () => {
      const text = 'PRESS RELEASE\n\nThe meeting of the Ministers of Foreign Affairs of the Nordic-Baltic Eight was held in Copenhagen on 5 February 2025.\n\nThe ministers looked ahead to the meeting of the NATO Foreign Ministers in Brussels on 3-4 April 2025.\n';
      assert.deepEqual(meetings(text)[0], 'true|Nordic-Baltic Eight Meeting of Ministers of Foreign Affairs|2025-02-05|Copenhagen');
      // A state or the member states are no such group.
      assert.deepEqual(meetings('PRESS RELEASE\n\nThe meeting of the Ministers of Foreign Affairs of the Member States of the SCO was held in Astana on 5 February 2025.\n'), ['true|SCO Council of Ministers of Foreign Affairs|2025-02-05|Astana']);
    });

    it('reads a council whose name joins capitalised words with `and` whole (`the Peace and Security Council`)', () => {
      assert.deepEqual(meetings('PRESS RELEASE\n\nThe 1205th meeting of the Peace and Security Council of the African Union was held on 20 March 2024.\n'), ['true|AU Peace and Security Council|2024-03-20|undefined']);
    });

    it('dates the meeting of the front matter by the days its sentence gives, not by the dateline', () => {
      const text = 'XVII BRICS Summit\nRio de Janeiro, 6 July 2025\n\nWe, the Leaders of the BRICS countries, met in Rio de Janeiro on 6-7 July 2025 for the XVII BRICS Summit.\n';
      assert.deepEqual(meetings(text), ['true|BRICS Meeting of Heads of State|2025-07-06/2025-07-07|Rio de Janeiro']);
    });

    it('takes for the front matter\'s meeting the one its text tells as held in the month before the dateline', () => {
      const head = 'Information Note on the Eighth Meeting of the Intergovernmental Commission\n\nTashkent, 5 March 2024\n\n';
      assert.deepEqual(meetings(`${head}The eighth meeting of the Intergovernmental Commission was held on 28 February 2024 in Tashkent.\n`), ['true|Meeting of Intergovernmental Commission|2024-02-28|Tashkent']);
      // A year before, it is another meeting.
      assert.deepEqual(meetings(`${head}The ministers recalled that the meeting of the Intergovernmental Commission was held on 28 February 2023 in Tashkent.\n`), [
        'true|Meeting of Intergovernmental Commission|2024-03-05|Tashkent',
        'false|Meeting of Intergovernmental Commission|2023-02-28|Tashkent',
      ]);
    });

    it('reads a dateline whose place has lower-case particles (`Rio de Janeiro`, `DAR ES SALAAM`)', () => {
      assert.deepEqual(meetings('BRICS Summit\nRio de Janeiro, 6 July 2025\n\nWe welcome the new partners.\n'), ['true|BRICS Meeting of Heads of State|2025-07-06|Rio de Janeiro']);
      assert.deepEqual(meetings('PRESS RELEASE\n\nDAR ES SALAAM, 17 August 2024 — The SADC Summit opened.\n'), ['true|SADC Meeting of Heads of State|2024-08-17|Dar es Salaam']);
      assert.deepEqual(meetings('PRESS RELEASE\n\nLA PAZ, 17 August 2024 — The SADC Summit opened.\n'), ['true|SADC Meeting of Heads of State|2024-08-17|La Paz']);
    });
  });

  describe('an ordinal and an acronym the text defined for a meeting', () => {
    const text = joinLines(
      "JOINT COMMUNIQUÉ OF THE 56TH ASEAN FOREIGN MINISTERS' MEETING",
      '',
      "1. The 56th ASEAN Foreign Ministers' Meeting (AMM) took place in Jakarta on 11 July 2023.",
      '',
      '2. We appreciated the work done since the 55th AMM in Phnom Penh in August 2022. The 56th AMM adopted this communiqué.',
      '',
    );

    it('is a numbered meeting of that series: another number another meeting, the same number the same one', () => {
      assert.deepEqual(meetings(text), ['true|ASEAN Meeting of Ministers of Foreign Affairs|2023-07-11|Jakarta', 'false|ASEAN Meeting of Ministers of Foreign Affairs|2022-08|Phnom Penh']);
      const found = extractText(text).meetings;
      assert.deepEqual(
        found.map((m) => m.mentions.map((mention) => at(text, mention)).filter((written) => written.includes('AMM'))),
        [['The 56th AMM'], ['the 55th AMM in Phnom Penh in August 2022']],
      );
    });

    it('is no meeting where the text has not defined it for one', () => {
      assert.deepEqual(meetings(text.replace(' (AMM)', '')), ['true|ASEAN Meeting of Ministers of Foreign Affairs|2023-07-11|Jakarta']);
    });
  });

  describe('a meeting named by its organisation alone', () => {
    it('is the organisation\'s meeting, after an ordinal or none, where the text names no other', () => {
      assert.deepEqual(meetings('The 3rd CICA meeting in Astana was recalled.\n'), ['false|CICA Meeting|undefined|Astana']);
      assert.deepEqual(meetings('The ministers recalled the third CICA meeting in Astana and the SCO meeting in 2019.\n'), ['false|CICA Meeting|undefined|Astana', 'false|SCO Meeting|2019|undefined']);
      assert.deepEqual(meetings('The 3rd meeting of CICA in Astana was recalled.\n'), ['false|CICA Meeting|undefined|Astana']);
    });

    it('is none without a place or a date, nor with other words before the noun', () => {
      assert.deepEqual(meetings('The CICA meeting was recalled.\n'), []);
      assert.deepEqual(meetings('The 3rd CICA Ministerial Meeting in Astana was recalled.\n'), []);
    });
  });

  describe('words between a meeting and where and when it was held', () => {
    it('reads past a short description set off by commas to the predicate', () => {
      assert.deepEqual(meetings('PRESS RELEASE\n\nThe meeting of the Council of Foreign Ministers of the Shanghai Cooperation Organization, the first since the pandemic, was held in Tashkent on 12 May 2022.\n'), [
        'true|SCO Council of Ministers of Foreign Affairs|2022-05-12|Tashkent',
      ]);
    });

    it('gives a session that another meeting was held during the year and place of that meeting', () => {
      assert.deepEqual(meetings('PRESS RELEASE\n\nThe ministers met in New York on 21 September 2017 during the 72nd Session of the United Nations General Assembly.\n'), ['false|UN General Assembly|2017|New York']);
    });
  });

  describe('a meeting to come, of the body a heading names without a date', () => {
    const heading = 'PRESS RELEASE\n\non the Meeting of the Council of Ministers of Foreign Affairs of the Shanghai Cooperation Organization\n\n';

    it('is another meeting when told after the first sentence', () => {
      const text = `${heading}The ministers discussed regional security.\n\nThey looked forward to a meeting of the SCO Council of Ministers of Foreign Affairs scheduled to take place in summer 2007 in Bishkek.\n`;
      assert.deepEqual(meetings(text), ['true|SCO Council of Ministers of Foreign Affairs|undefined|undefined', 'false|SCO Council of Ministers of Foreign Affairs|2007|Bishkek']);
      assert.equal(extractText(text).date, undefined);
    });

    it('is the own meeting when an announcement opens with it', () => {
      const text = `${heading}The meeting of the Council of Ministers of Foreign Affairs of the Shanghai Cooperation Organization will be held on 5 May 2024 in Astana.\n`;
      assert.deepEqual(meetings(text), ['true|SCO Council of Ministers of Foreign Affairs|2024-05-05|Astana']);
    });
  });

  describe('a city whose name abbreviates Saint', () => {
    it('is read past the full stop, and named as the data names it', () => {
      for (const written of ['St. Petersburg', 'St Petersburg', 'Saint Petersburg']) {
        assert.deepEqual(meetings(`PRESS RELEASE\n\nThe meeting of the Council of Heads of State of the SCO was held in ${written} on 7 June 2002.\n`), [
          'true|SCO Council of Heads of State|2002-06-07|Saint Petersburg',
        ]);
      }
    });
  });

  describe('officials named one by one who met', () => {
    const text = 'Joint Communiqué of the Meeting of the Heads of State\n\nOn June 15, 2001, President of the Republic of Kazakhstan N. Nazarbayev and President of the Russian Federation V. Putin met in Shanghai.\n';

    it('date and place the meeting the heading names, and attended it', () => {
      assert.deepEqual(meetings(text), ['true|Meeting of Heads of State|2001-06-15|Shanghai']);
      assert.deepEqual(extractText(text).participants.map((p) => p.kind), ['attended', 'attended']);
    });
  });

  describe('a meeting to come told in the subjunctive', () => {
    for (const verb of ['be held', 'should be held', 'may be held']) {
      it(`is dated and placed after "${verb}"`, () => {
        assert.deepEqual(meetings(`PRESS RELEASE\n\nThe ministers proposed that the next meeting of the Council of Heads of State of the SCO ${verb} in 2002 in Tashkent.\n`), [
          'false|SCO Council of Heads of State|2002|Tashkent',
        ]);
      });
    }
  });

  describe('a body named without its organisation after the text gave it with one', () => {
    it("is that organisation's body, one body with the first", () => {
      const text = 'PRESS RELEASE\n\nOn 10 January 2022, an extraordinary session of the Collective Security Council of the Collective Security Treaty Organization was held by videoconference.\n\nThe participants recalled the decisions of the session of the Collective Security Council held in Dushanbe on 16 September 2021.\n';
      assert.deepEqual(meetings(text), ['true|CSTO Collective Security Council|2022-01-10|videoconference', 'false|CSTO Collective Security Council|2021-09-16|Dushanbe']);
    });

    it('is left alone when the text gives it with two organisations', () => {
      const text = 'PRESS RELEASE\n\nThe session of the Collective Security Council of the CSTO and the session of the Collective Security Council of the Shanghai Cooperation Organization were held in Minsk on 3 May 2024.\n\nThe participants recalled the session of the Collective Security Council held in Dushanbe on 16 September 2021.\n';
      assert.equal(meetings(text).at(-1), 'false|Collective Security Council|2021-09-16|Dushanbe');
    });
  });

  describe('a date and a place set apart by dashes', () => {
    const own = 'true|SCO Council of Heads of State|2017-06-09|Astana';
    for (const dash of ['—', '–']) {
      it(`dates and places the meeting the sentence opens with ("${dash}")`, () => {
        assert.deepEqual(meetings(`PRESS RELEASE\n\nOn 9 June 2017 ${dash} in Astana ${dash} the meeting of the Council of Heads of State of the Shanghai Cooperation Organization was held.\n`), [own]);
      });

      it(`dates and places the meeting after its predicate ("${dash}")`, () => {
        assert.deepEqual(meetings(`PRESS RELEASE\n\nThe meeting of the Council of Heads of State of the Shanghai Cooperation Organization was held on 9 June 2017 ${dash} in Astana ${dash} under the chairmanship of Kazakhstan.\n`), [own]);
      });
    }

    it('takes no date from an aside between dashes', () => {
      // The aside's year is not the meeting's; the date after the aside is not read either.
      assert.deepEqual(meetings(`PRESS RELEASE\n\nThe meeting of the Council of Heads of State of the Shanghai Cooperation Organization was held in Astana — a city founded in 1830 — on 9 June 2017.\n`), [
        'true|SCO Council of Heads of State|undefined|Astana',
      ]);
    });
  });

  describe('an extraordinary meeting that the heading names without the word', () => {
    const heading = 'PRESS RELEASE\n\non the Meeting of the Council of Foreign Ministers of the Shanghai Cooperation Organization\n\n';
    const own = 'true|SCO Council of Ministers of Foreign Affairs|2021-03-09|Dushanbe';
    const extraordinary = (text: string): boolean[] => extractText(text).meetings.map((m) => m.extraordinary);

    for (const opening of ['An extraordinary meeting', 'The extraordinary meeting', 'An emergency meeting']) {
      it(`is the own meeting when the first sentence reports it as held ("${opening}")`, () => {
        const text = `${heading}${opening} of the Council of Foreign Ministers of the Shanghai Cooperation Organization was held on 9 March 2021 in Dushanbe. The meeting was attended by Minister of Foreign Affairs of the Russian Federation S. Lavrov.\n\nThe ministers looked forward to a meeting of the SCO Council of Foreign Ministers scheduled to take place in summer 2022 in Tashkent.\n`;
        assert.deepEqual(meetings(text), [own, 'false|SCO Council of Ministers of Foreign Affairs|2022|Tashkent']);
        assert.deepEqual(extraordinary(text), [true, false]);
        assert.deepEqual(extractText(text).participants.map((p) => p.kind), ['attended']);
      });
    }

    it('stays apart from the own meeting when recalled later in the text', () => {
      const text = `${heading}The ministers met in Dushanbe on 9 March 2021.\n\nThey recalled that an extraordinary meeting of the Council of Foreign Ministers of the Shanghai Cooperation Organization was held on 13 May 2020.\n`;
      assert.deepEqual(extraordinary(text), [false, true]);
    });
  });
});

describe('objectList', () => {
  it('gives a new empty array each time', () => {
    const first = objectList<{ a: number }>();
    first.push({ a: 1 });
    assert.deepEqual(objectList<{ a: number }>(), []);
    assert.deepEqual(first, [{ a: 1 }]);
  });
});

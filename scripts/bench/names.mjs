/** A general list of names for the synthetic corpora (not taken from the extractor's lexicons). */

export const FIRST_NAMES = (
  'James Mary Robert Patricia John Jennifer Michael Linda David Elizabeth William Barbara Richard Susan ' +
  'Joseph Jessica Thomas Sarah Charles Karen Daniel Nancy Matthew Lisa Anthony Betty Mark Margaret Donald ' +
  'Sandra Steven Ashley Paul Kimberly Andrew Emily Joshua Donna Kenneth Michelle Kevin Carol Brian Amanda ' +
  'George Melissa Timothy Deborah Ronald Stephanie Edward Rebecca Jason Sharon Jeffrey Laura Ryan Cynthia ' +
  'Jacob Kathleen Gary Amy Nicholas Angela Eric Shirley Jonathan Anna Stephen Brenda Larry Pamela Justin ' +
  'Emma Scott Nicole Brandon Helen Benjamin Samantha Samuel Katherine Gregory Christine Alexander Debra ' +
  'Olaf Angela Emmanuel Ursula Jens Annalena Olena Volodymyr Sergei Dmitri Xi Narendra Recep Mette Giorgia ' +
  'Pedro Ana Luiz Javier Marta Hiroshi Yuki Chen Wei Fatima Ahmed Omar Leila Kwame Amara Ngozi Thabo'
).split(' ');

export const SURNAMES = (
  'Smith Johnson Williams Brown Jones Garcia Miller Davis Rodriguez Martinez Hernandez Lopez Gonzalez ' +
  'Wilson Anderson Taylor Moore Jackson Martin Lee Perez Thompson White Harris Sanchez Clark Ramirez Lewis ' +
  'Robinson Walker Young Allen King Wright Scott Torres Nguyen Hill Flores Green Adams Nelson Baker Hall ' +
  'Rivera Campbell Mitchell Carter Roberts Schmidt Schneider Fischer Weber Meyer Wagner Becker Hoffmann ' +
  'Dubois Lefebvre Moreau Laurent Rossi Russo Ferrari Esposito Kowalski Nowak Novak Horvat Petrov Ivanov ' +
  'Kovalenko Shevchenko Tanaka Suzuki Watanabe Kim Park Singh Kumar Sharma Okafor Mensah Diallo Haddad ' +
  'Yilmaz Demir Larsen Hansen Nielsen Andersson Johansson Virtanen Silva Santos Costa Oliveira Fernandes'
).split(' ');

/** [alpha-3 code, name, demonym] */
export const STATES = [
  ['USA', 'United States', 'American'],
  ['RUS', 'Russia', 'Russian'],
  ['CHN', 'China', 'Chinese'],
  ['DEU', 'Germany', 'German'],
  ['FRA', 'France', 'French'],
  ['GBR', 'Britain', 'British'],
  ['UKR', 'Ukraine', 'Ukrainian'],
  ['TUR', 'Turkey', 'Turkish'],
  ['POL', 'Poland', 'Polish'],
  ['ITA', 'Italy', 'Italian'],
  ['ESP', 'Spain', 'Spanish'],
  ['JPN', 'Japan', 'Japanese'],
  ['IND', 'India', 'Indian'],
  ['BRA', 'Brazil', 'Brazilian'],
  ['CAN', 'Canada', 'Canadian'],
  ['AUS', 'Australia', 'Australian'],
  ['IRN', 'Iran', 'Iranian'],
  ['ISR', 'Israel', 'Israeli'],
  ['EGY', 'Egypt', 'Egyptian'],
  ['SAU', 'Saudi Arabia', 'Saudi'],
  ['MEX', 'Mexico', 'Mexican'],
  ['ZAF', 'South Africa', 'South African'],
  ['NGA', 'Nigeria', 'Nigerian'],
  ['KEN', 'Kenya', 'Kenyan'],
  ['SWE', 'Sweden', 'Swedish'],
  ['FIN', 'Finland', 'Finnish'],
  ['NOR', 'Norway', 'Norwegian'],
  ['DNK', 'Denmark', 'Danish'],
  ['NLD', 'the Netherlands', 'Dutch'],
  ['BEL', 'Belgium', 'Belgian'],
  ['AUT', 'Austria', 'Austrian'],
  ['HUN', 'Hungary', 'Hungarian'],
  ['GRC', 'Greece', 'Greek'],
  ['PRT', 'Portugal', 'Portuguese'],
  ['ARG', 'Argentina', 'Argentine'],
  ['CHL', 'Chile', 'Chilean'],
  ['KOR', 'South Korea', 'South Korean'],
  ['PRK', 'North Korea', 'North Korean'],
  ['PAK', 'Pakistan', 'Pakistani'],
  ['IDN', 'Indonesia', 'Indonesian'],
  ['VNM', 'Vietnam', 'Vietnamese'],
  ['PHL', 'the Philippines', 'Filipino'],
  ['ROU', 'Romania', 'Romanian'],
  ['CZE', 'the Czech Republic', 'Czech'],
  ['SRB', 'Serbia', 'Serbian'],
  ['GEO', 'Georgia', 'Georgian'],
  ['ARM', 'Armenia', 'Armenian'],
  ['AZE', 'Azerbaijan', 'Azerbaijani'],
  ['QAT', 'Qatar', 'Qatari'],
  ['JOR', 'Jordan', 'Jordanian'],
  ['SYR', 'Syria', 'Syrian'],
  ['IRQ', 'Iraq', 'Iraqi'],
  ['ETH', 'Ethiopia', 'Ethiopian'],
  ['COL', 'Colombia', 'Colombian'],
];

/** [key, name, acronym] */
export const ORGANIZATIONS = [
  ['nato', 'NATO', 'NATO'],
  ['united-nations', 'the United Nations', 'UN'],
  ['european-union', 'the European Union', 'EU'],
  ['imf', 'the International Monetary Fund', 'IMF'],
  ['world-bank', 'the World Bank', 'World Bank'],
  ['who', 'the World Health Organization', 'WHO'],
  ['opec', 'OPEC', 'OPEC'],
  ['african-union', 'the African Union', 'AU'],
  ['asean', 'ASEAN', 'ASEAN'],
  ['g7', 'the G7', 'G7'],
  ['wto', 'the World Trade Organization', 'WTO'],
  ['red-cross', 'the Red Cross', 'ICRC'],
  ['amnesty', 'Amnesty International', 'Amnesty'],
  ['un-security-council', 'the UN Security Council', 'Security Council'],
  ['icc', 'the International Criminal Court', 'ICC'],
  ['osce', 'the OSCE', 'OSCE'],
  ['arab-league', 'the Arab League', 'Arab League'],
  ['interpol', 'Interpol', 'Interpol'],
];

export const CITIES = (
  'Brussels Geneva Vienna Berlin Paris London Washington Moscow Beijing Kyiv Warsaw Ankara Rome Madrid ' +
  'Tokyo Delhi Cairo Riyadh Nairobi Lagos Johannesburg Ottawa Canberra Stockholm Helsinki Oslo Copenhagen ' +
  'Amsterdam Lisbon Athens Budapest Prague Bucharest Belgrade Tbilisi Yerevan Baku Doha Amman Baghdad'
).split(' ');

export const TOPICS = [
  'sanctions',
  'the ceasefire proposal',
  'the trade agreement',
  'the arms package',
  'the climate accord',
  'the energy deal',
  'the border treaty',
  'the refugee plan',
  'the budget',
  'the peace talks',
  'the defence pact',
  'the tariff increase',
  'the grain corridor',
  'the nuclear agreement',
  'the aid package',
];

export const ROLES = [
  'Foreign Minister',
  'Defence Minister',
  'Prime Minister',
  'President',
  'Secretary General',
  'spokesperson',
  'ambassador',
  'Finance Minister',
];

export const GROUPS =
  'Hamas Hezbollah Houthis Taliban Wagner Kurds Uyghurs Rohingya Tuareg Zapatistas'.split(' ');

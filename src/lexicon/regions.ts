// Curated (original to this project, MIT). Places that are not countries or cities: continents,
// world regions, seas, rivers, islands, mountains, deserts, first-level subdivisions of several
// large or often-reported countries, historical states and named migration routes.
// Apostrophes are ASCII; diacritics as in English usage, with ASCII forms where they are common.

/** Continents and world regions, sub-regions and other supranational areas. */
export const worldRegions: readonly string[] = [
  'Africa', 'Americas', 'Antarctic', 'Arabian Peninsula', 'Arctic', 'Asia', 'Asia Pacific', 'Asia-Pacific',
  'Australasia', 'Balkan Peninsula', 'Balkans', 'Baltic States', 'Baltics', 'Black Sea region',
  'Caribbean', 'Caucasus', 'Central Africa', 'Central America', 'Central and Eastern Europe',
  'Central Asia', 'Central Europe', 'Central Mediterranean', 'Danube region', 'East Africa', 'East Asia',
  'Eastern Africa', 'Eastern Europe', 'Eastern Mediterranean', 'Eurasia', 'Euro-Mediterranean area',
  'Euro-Mediterranean region', 'Europe', 'European Economic Area', 'Eurozone', 'Far East',
  'Great Lakes region', 'Greater Horn of Africa', 'Gulf region', 'Horn of Africa', 'Iberia',
  'Iberian Peninsula', 'Indo-Pacific', 'Lake Chad Basin', 'Latin America',
  'Latin America and the Caribbean', 'Levant', 'Liptako-Gourma', 'Maghreb', 'Mashreq', 'Mashriq',
  'Mediterranean', 'Melanesia', 'Mesoamerica', 'Middle East', 'Middle East and North Africa',
  'Near East', 'Nordic countries', 'Nordics', 'North Africa', 'North America', 'North Caucasus',
  'Northern Africa', 'Northern Europe', 'Oceania', 'Pacific Islands', 'Polynesia', 'Sahel',
  'Sahel region', 'Scandinavia', 'Schengen Area', 'South America', 'South Asia',
  'South Caucasus', 'South East Asia', 'South-East Asia', 'South-East Europe', 'South-Eastern Europe',
  'Southeast Asia', 'Southeast Europe', 'Southeastern Europe', 'Southern Africa', 'Southern Cone',
  'Southern Europe', 'Sub-Saharan Africa', 'Subsaharan Africa', 'West Africa', 'West Asia',
  'Western Africa', 'Western Asia', 'Western Balkans', 'Western Europe', 'Western Mediterranean',
  'Amazon Basin', 'Amazon rainforest', 'Amazonia', 'Patagonia', 'Anatolia', 'Mesopotamia', 'Siberia', 'Kurdistan',
];

/** Oceans, seas, gulfs, straits, canals and large lakes. */
export const waters: readonly string[] = [
  'Adriatic', 'Adriatic Sea', 'Aegean', 'Aegean Sea', 'Alboran Sea', 'Andaman Sea', 'Arabian Gulf',
  'Arabian Sea', 'Aral Sea', 'Arctic Ocean', 'Atlantic', 'Atlantic Ocean', 'Bab el-Mandeb',
  'Bab-el-Mandeb', 'Baltic Sea', 'Barents Sea', 'Bay of Bengal', 'Bay of Biscay', 'Bering Sea',
  'Bering Strait', 'Black Sea', 'Bosphorus', 'Caribbean Sea', 'Caspian Sea', 'Celtic Sea', 'Coral Sea',
  'Dardanelles', 'Dead Sea', 'East China Sea', 'English Channel', 'Great Lakes', 'Gulf of Aden',
  'Gulf of Aqaba', 'Gulf of Bothnia', 'Gulf of Finland', 'Gulf of Guinea', 'Gulf of Mexico',
  'Gulf of Oman', 'Gulf of Suez', 'Gulf of Thailand', 'Indian Ocean', 'Ionian Sea', 'Irish Sea',
  'Java Sea', 'Kerch Strait', 'Lake Baikal', 'Lake Chad', 'Lake Constance', 'Lake Geneva',
  'Lake Malawi', 'Lake Tanganyika', 'Lake Victoria', 'Lake Volta', 'Ligurian Sea', 'Mediterranean Sea',
  'Mozambique Channel', 'North Sea', 'Norwegian Sea', 'Pacific', 'Pacific Ocean', 'Panama Canal',
  'Persian Gulf', 'Red Sea', 'Sea of Azov', 'Sea of Japan', 'Sea of Marmara', 'Sicily Channel',
  'South China Sea', 'Southern Ocean', 'Strait of Gibraltar', 'Strait of Hormuz', 'Strait of Malacca',
  'Strait of Sicily', 'Suez Canal', 'Taiwan Strait', 'Tasman Sea', 'Timor Sea', 'Tyrrhenian Sea',
  'Yellow Sea',
];

/** Major rivers and deltas. */
export const rivers: readonly string[] = [
  'Amazon River', 'Amu Darya', 'Amur', 'Blue Nile', 'Brahmaputra', 'Colorado River', 'Congo River',
  'Danube', 'Danube Delta', 'Dnieper', 'Dniester', 'Don River', 'Douro', 'Drina', 'Ebro', 'Elbe',
  'Euphrates', 'Evros', 'Evros River', 'Ganges', 'Indus', 'Irrawaddy', 'Jordan River', 'Limpopo',
  'Loire', 'Maritsa', 'Mekong', 'Mekong Delta', 'Meuse', 'Mississippi River', 'Missouri River',
  'Moselle', 'Murray River', 'Niger Delta', 'Niger River', 'Nile', 'Nile Delta', 'Oder', 'Orinoco',
  'Paraná', 'Po River', 'Rhine', 'Rhône', 'Rhone', 'Rio Grande', 'Sava', 'Scheldt', 'Seine',
  'Senegal River', 'Shatt al-Arab', 'St. Lawrence River', 'Syr Darya', 'Tagus', 'Thames', 'Tiber',
  'Tigris', 'Vistula', 'Volga', 'White Nile', 'Yangtze', 'Yellow River', 'Yukon River', 'Zambezi',
];

/** Major islands and island groups (sovereign island states are in the country list). */
export const islands: readonly string[] = [
  'Aegean Islands', 'Aeolian Islands', 'Aleutian Islands', 'Anglesey', 'Azores', 'Baffin Island',
  'Balearic Islands', 'Balearics', 'Bali', 'Bioko', 'Borneo', 'Bornholm', 'Canaries', 'Canary Islands',
  'Cape Verde Islands', 'Chagos Archipelago', 'Chagos Islands', 'Channel Islands', 'Chios', 'Corfu',
  'Corsica', 'Crete', 'Cyclades', 'Diego Garcia', 'Djerba', 'Dodecanese', 'Easter Island', 'Elba',
  'Fuerteventura', 'Galapagos Islands', 'Galápagos Islands', 'Gotland', 'Gozo', 'Gran Canaria',
  'Greek islands', 'Hainan', 'Hawaii', 'Hebrides', 'Hispaniola', 'Hokkaido', 'Honshu', 'Ibiza',
  'Ionian Islands', 'Isle of Wight', 'Java', 'Jeju', 'Kerkennah Islands', 'Kos', 'Kuril Islands',
  'Kyushu', 'Lampedusa', 'Lanzarote', 'Leros', 'Lesbos', 'Lesvos', 'Linosa', 'Long Island', 'Luzon',
  'Madeira', 'Majorca', 'Mallorca', 'Manhattan', 'Menorca', 'Mindanao', 'Mykonos', 'New Guinea',
  'Newfoundland', 'Okinawa', 'Orkney', 'Outer Hebrides', 'Pantelleria', 'Paracel Islands', 'Rhodes',
  'Sakhalin', 'Samos', 'Santorini', 'Sardinia', 'Shetland', 'Shikoku', 'Sicily', 'Socotra',
  'Spratly Islands', 'Sulawesi', 'Sumatra', 'Svalbard', 'Tasmania', 'Tenerife', 'Tierra del Fuego',
  'Vancouver Island', 'Visayas', 'Zanzibar',
];

/** Mountain ranges, peaks and deserts. */
export const landforms: readonly string[] = [
  'Alps', 'Andes', 'Apennines', 'Appalachians', 'Arabian Desert', 'Atacama', 'Atacama Desert',
  'Atlas Mountains', 'Carpathians', 'Dinaric Alps', 'Ethiopian Highlands', 'Gobi', 'Gobi Desert',
  'Himalayas', 'Hindu Kush', 'Kalahari', 'Kalahari Desert', 'Kilimanjaro', 'Mont Blanc',
  'Mount Everest', 'Mount Kenya', 'Namib Desert', 'Negev', 'Pamirs', 'Pyrenees', 'Rockies',
  'Rocky Mountains', 'Sahara', 'Sahara Desert', 'Sinai', 'Sinai Peninsula', 'Sonoran Desert',
  'Syrian Desert', 'Ténéré', 'Tian Shan', 'Ural Mountains', 'Urals', 'Yucatán Peninsula',
  'Yucatan Peninsula',
];

/** US states, the federal district and the name forms used for them. */
export const usStates: readonly string[] = [
  'Alabama', 'Alaska', 'Arizona', 'Arkansas', 'California', 'Colorado', 'Connecticut', 'Delaware',
  'District of Columbia', 'Florida', 'Georgia', 'Hawaii', 'Idaho', 'Illinois', 'Indiana', 'Iowa',
  'Kansas', 'Kentucky', 'Louisiana', 'Maine', 'Maryland', 'Massachusetts', 'Michigan', 'Minnesota',
  'Mississippi', 'Missouri', 'Montana', 'Nebraska', 'Nevada', 'New Hampshire', 'New Jersey',
  'New Mexico', 'New York State', 'North Carolina', 'North Dakota', 'Ohio', 'Oklahoma', 'Oregon',
  'Pennsylvania', 'Rhode Island', 'South Carolina', 'South Dakota', 'Tennessee', 'Texas', 'Utah',
  'Vermont', 'Virginia', 'Washington State', 'West Virginia', 'Wisconsin', 'Wyoming',
];

/** Canadian provinces and territories. */
export const canadianProvinces: readonly string[] = [
  'Alberta', 'British Columbia', 'Manitoba', 'New Brunswick', 'Newfoundland and Labrador',
  'Northwest Territories', 'Nova Scotia', 'Nunavut', 'Ontario', 'Prince Edward Island', 'Quebec',
  'Québec', 'Saskatchewan', 'Yukon',
];

/** Australian states and territories. */
export const australianStates: readonly string[] = [
  'Australian Capital Territory', 'New South Wales', 'Northern Territory', 'Queensland',
  'South Australia', 'Tasmania', 'Victoria', 'Western Australia',
];

/** Indian states and union territories, with older spellings still in use. */
export const indianStates: readonly string[] = [
  'Andaman and Nicobar Islands', 'Andhra Pradesh', 'Arunachal Pradesh', 'Assam', 'Bihar',
  'Chandigarh', 'Chhattisgarh', 'Dadra and Nagar Haveli and Daman and Diu', 'Delhi', 'Goa', 'Gujarat',
  'Haryana', 'Himachal Pradesh', 'Jammu and Kashmir', 'Jharkhand', 'Karnataka', 'Kerala', 'Ladakh',
  'Lakshadweep', 'Madhya Pradesh', 'Maharashtra', 'Manipur', 'Meghalaya', 'Mizoram', 'Nagaland',
  'Odisha', 'Orissa', 'Pondicherry', 'Puducherry', 'Punjab', 'Rajasthan', 'Sikkim', 'Tamil Nadu',
  'Telangana', 'Tripura', 'Uttar Pradesh', 'Uttarakhand', 'West Bengal',
];

/** Chinese provinces, autonomous regions and municipalities (Hong Kong and Macao are countries here). */
export const chineseProvinces: readonly string[] = [
  'Anhui', 'Beijing', 'Chongqing', 'Fujian', 'Gansu', 'Guangdong', 'Guangxi', 'Guizhou', 'Hainan',
  'Hebei', 'Heilongjiang', 'Henan', 'Hubei', 'Hunan', 'Inner Mongolia', 'Jiangsu', 'Jiangxi', 'Jilin',
  'Liaoning', 'Ningxia', 'Qinghai', 'Shaanxi', 'Shandong', 'Shanghai', 'Shanxi', 'Sichuan', 'Tianjin',
  'Tibet', 'Tibet Autonomous Region', 'Xinjiang', 'Xinjiang Uyghur Autonomous Region', 'Yunnan',
  'Zhejiang',
];

/** Regions of European countries: German and Austrian Länder, Italian and French regions, Spanish
 * autonomous communities, Belgian and Dutch regions, UK nations and well-known areas. */
export const europeanRegions: readonly string[] = [
  // Germany
  'Baden-Württemberg', 'Baden-Wurttemberg', 'Bavaria', 'Brandenburg', 'Hesse', 'Lower Saxony',
  'Mecklenburg-Vorpommern', 'North Rhine-Westphalia', 'Rhineland-Palatinate', 'Saarland', 'Saxony',
  'Saxony-Anhalt', 'Schleswig-Holstein', 'Thuringia',
  // Austria, Switzerland
  'Burgenland', 'Carinthia', 'Lower Austria', 'Styria', 'Tyrol', 'Upper Austria', 'Vorarlberg',
  'Graubünden', 'Ticino', 'Valais', 'Vaud',
  // Italy
  'Abruzzo', 'Aosta Valley', 'Apulia', 'Basilicata', 'Calabria', 'Campania', 'Emilia-Romagna',
  'Friuli Venezia Giulia', 'Friuli-Venezia Giulia', 'Lazio', 'Liguria', 'Lombardy', 'Marche', 'Molise',
  'Piedmont', 'Puglia', 'South Tyrol', 'Trentino', 'Trentino-Alto Adige', 'Tuscany', 'Umbria', 'Veneto',
  // Spain, Portugal
  'Algarve', 'Alentejo', 'Andalusia', 'Aragon', 'Asturias', 'Basque Country', 'Cantabria',
  'Castile and León', 'Castilla-La Mancha', 'Catalonia', 'Extremadura', 'Galicia', 'La Rioja',
  'Navarre', 'Region of Murcia', 'Valencian Community',
  // France
  'Alsace', 'Aquitaine', 'Auvergne-Rhône-Alpes', 'Bourgogne-Franche-Comté', 'Brittany', 'Burgundy',
  'Centre-Val de Loire', "Côte d'Azur", 'French Riviera', 'Grand Est', 'Hauts-de-France',
  'Île-de-France', 'Ile-de-France', 'Languedoc', 'Lorraine', 'Normandy', 'Nouvelle-Aquitaine',
  'Occitanie', 'Occitania', 'Pays de la Loire', "Provence-Alpes-Côte d'Azur", 'Provence',
  // Benelux
  'Brussels-Capital Region', 'Flanders', 'Wallonia', 'Drenthe', 'Flevoland', 'Friesland',
  'Gelderland', 'Limburg', 'North Brabant', 'North Holland', 'Overijssel', 'South Holland', 'Zeeland',
  // British Isles
  'Connacht', 'Cornwall', 'East Anglia', 'England', 'Essex', 'Greater London', 'Greater Manchester',
  'Kent', 'Lancashire', 'Leinster', 'Merseyside', 'Munster', 'Northern Ireland', 'Scotland',
  'Scottish Highlands', 'Sussex', 'Ulster', 'Wales', 'West Midlands', 'Yorkshire',
  // Central, Eastern and South-Eastern Europe
  'Attica', 'Bohemia', 'Crimea', 'Dalmatia', 'Donbas', 'Donbass', 'Epirus', 'Istria', 'Moravia',
  'Peloponnese', 'Pomerania', 'Republika Srpska', 'Silesia', 'Slavonia', 'Thessaly', 'Thrace',
  'Transnistria', 'Transylvania', 'Vojvodina', 'Wallachia', 'Chechnya', 'Dagestan', 'Tatarstan',
  'Abkhazia', 'South Ossetia', 'Nagorno-Karabakh', 'Northern Cyprus',
];

/** Regions and provinces elsewhere that international news and reports name often. */
export const otherRegions: readonly string[] = [
  // Middle East and North Africa
  'Cyrenaica', 'Fezzan', 'Gaza Strip', 'Golan Heights', 'Iraqi Kurdistan', 'Kabylie',
  'Kurdistan Region', 'Rif', 'Tripolitania', 'West Bank',
  // Sub-Saharan Africa
  'Borno State', 'Cabo Delgado', 'Casamance', 'Darfur', 'Eastern Cape', 'Gauteng', 'Ituri',
  'Jubaland', 'Kasai', 'Katanga', 'Kordofan', 'KwaZulu-Natal', 'Mpumalanga', 'North Kivu', 'Oromia',
  'Puntland', 'Somaliland', 'South Kivu', 'Tigray', 'Western Cape',
  // South and Central Asia
  'Azad Kashmir', 'Balochistan', 'Gilgit-Baltistan', 'Kashmir', 'Khyber Pakhtunkhwa', 'Sindh',
  // Americas
  'Baja California', 'Chiapas', 'Darién', 'Darién Gap', 'Darien Gap', 'Guerrero', 'Jalisco',
  'Michoacán', 'Oaxaca', 'Sinaloa', 'Sonora', 'Tamaulipas', 'Yucatán', 'Amazonas', 'Bahia',
  'Minas Gerais', 'Rio Grande do Sul', 'Roraima',
];

/** States and empires that no longer exist but that texts still name. */
export const historicalStates: readonly string[] = [
  'Austria-Hungary', 'British Empire', 'Czechoslovakia', 'East Germany', 'Ottoman Empire',
  'Rhodesia', 'Roman Empire', 'Soviet Union', 'USSR', 'West Germany', 'Yugoslavia',
];

/** Named migration routes (as used by Frontex, IOM, UNHCR and research on migration). */
export const migrationRoutes: readonly string[] = [
  'Atlantic route', 'Balkan route', 'Central Mediterranean route', 'Eastern Land Border route',
  'Eastern Mediterranean route', 'Silk Routes', 'West African route',
  'Western African Atlantic route', 'Western African route', 'Western Balkan route',
  'Western Balkans route', 'Western Mediterranean route',
];

/** All place names of this module in one sorted, deduplicated list. */
export const regions: readonly string[] = [
  ...new Set([
    ...worldRegions, ...waters, ...rivers, ...islands, ...landforms, ...usStates, ...canadianProvinces,
    ...australianStates, ...indianStates, ...chineseProvinces, ...europeanRegions, ...otherRegions,
    ...historicalStates, ...migrationRoutes,
  ]),
].sort((a, b) => (a < b ? -1 : a > b ? 1 : 0));

/**
 * Regional, ethnic and sub-national adjectives and people nouns that are not places and not
 * entities on their own ("European", "Kurdish", "Catalan"): the country demonyms are in
 * countries.json.
 */
export const regionalDemonyms: readonly string[] = [
  'African', 'Africans', 'Afro-Caribbean', 'Amazigh', 'Arab', 'Arabs', 'Asian', 'Asians', 'Balkan',
  'Baltic', 'Basque', 'Basques', 'Bavarian', 'Bavarians', 'Bedouin', 'Bedouins', 'Berber', 'Berbers',
  'Californian', 'Californians', 'Catalan', 'Catalans', 'Caucasian', 'Central American',
  'Central Americans', 'Central Asian', 'Chechen', 'Chechens', 'Cornish', 'Corsican', 'Druze',
  'East African', 'Eastern European', 'Eastern Europeans', 'English', 'Englishman', 'Englishmen',
  'Englishwoman', 'Eurasian', 'European', 'Europeans', 'Flemish', 'Fulani', 'Hausa', 'Hazara',
  'Hazaras', 'Igbo', 'Kurd', 'Kurdish', 'Kurds', 'Latin American', 'Latin Americans', 'Latino',
  'Latinos', 'Levantine', 'Maghrebi', 'Middle Eastern', 'Nordic', 'North African',
  'North Africans', 'North American', 'North Americans', 'Northern Irish', 'Oromo', 'Pashtun',
  'Pashtuns', 'Quebecer', 'Quebecers', 'Québécois', 'Rohingya', 'Roma', 'Sahelian',
  'Scandinavian', 'Scandinavians', 'Scot', 'Scots', 'Scottish', 'Siberian', 'Sicilian', 'Sicilians',
  'Sinti', 'South American', 'South Americans', 'South Asian', 'South Asians', 'Southeast Asian',
  'Sub-Saharan', 'Tamil', 'Tamils', 'Texan', 'Texans', 'Tibetan', 'Tibetans', 'Tigrayan', 'Tigrayans',
  'Tuareg', 'Uyghur', 'Uyghurs', 'Walloon', 'Walloons', 'Welsh', 'West African', 'West Africans',
  'Western European', 'Yazidi', 'Yazidis', 'Yoruba',
];

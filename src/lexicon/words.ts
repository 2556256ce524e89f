// Curated (original to this project, MIT): small general word lists for a rules-based
// recogniser. Entries are written in their usual case; compare case-insensitively unless a list
// says otherwise (acronyms such as "CEO" or "PDF" are best matched as written). Multi-word
// entries use single spaces.

/** Honorifics that stand before a person's name and are not part of it, with and without dots. */
export const honorifics: readonly string[] = [
  'Adm', 'Adm.', 'Capt', 'Capt.', 'Cllr', 'Col', 'Col.', 'Dame', 'Dr', 'Dr.', 'Esq', 'Esq.', 'Fr', 'Fr.',
  'Frau', 'Gen', 'Gen.', 'Gov', 'Gov.', 'H.E.', 'H.R.H.', 'Herr', 'Hon', 'Hon.', 'HRH', 'Jr', 'Jr.',
  'Lady', 'Lord', 'Lt', 'Lt.', 'Madam', 'Madame', 'Maj', 'Maj.', 'Messrs', 'Messrs.', 'Miss', 'Mlle',
  'Mlle.', 'Mme', 'Mme.', 'Monsieur', 'Mr', 'Mr.', 'Mrs', 'Mrs.', 'Ms', 'Ms.', 'Mx', 'Mx.', 'Prof',
  'Prof.', 'Rep', 'Rep.', 'Rev', 'Rev.', 'Revd', 'Rt Hon', 'Rt. Hon.', 'Sen', 'Sen.', 'Sgt', 'Sgt.',
  'Sheikh', 'Sir', 'Sr', 'Sr.', 'Dott.', 'Ing.', 'Mag.', 'Sra.',
];

/**
 * Titles and roles that precede or follow a person's name ("President Macron", "Jari Liukku,
 * Head of …") and are not part of it. Multi-word titles are listed whole; hyphenated and
 * spaced spellings both appear.
 */
export const personTitles: readonly string[] = [
  // heads of state and government, ministers
  'President', 'Vice President', 'Vice-President', 'President-elect', 'Prime Minister',
  'Deputy Prime Minister', 'Minister', 'Deputy Minister', 'Minister of State', 'Foreign Minister',
  'Interior Minister', 'Defence Minister', 'Defense Minister', 'Finance Minister', 'Justice Minister',
  'Chancellor', 'Vice-Chancellor', 'Secretary', 'Secretary of State', 'State Secretary',
  'Permanent Secretary', 'Head of State', 'Head of Government',
  // international bodies
  'Secretary General', 'Secretary-General', 'Deputy Secretary-General', 'Under-Secretary-General',
  'Assistant Secretary-General', 'Director General', 'Director-General', 'Deputy Director General',
  'Deputy Director-General', 'High Representative', 'High Commissioner', 'Deputy High Commissioner',
  'Commissioner', 'Executive Vice-President', 'Special Representative', 'Special Rapporteur',
  'Special Envoy', 'Envoy', 'Ambassador', 'Chargé d\'affaires', 'Consul', 'Consul General', 'Rapporteur',
  // management
  'Director', 'Deputy Director', 'Executive Director', 'Managing Director', 'Regional Director',
  'Head', 'Deputy Head', 'Head of Unit', 'Head of Mission', 'Head of Delegation', 'Head of Office',
  'Head of Section', 'Chairman', 'Chairwoman', 'Chairperson', 'Chair', 'Vice-Chair', 'Vice Chair',
  'Co-Chair', 'Delegate', 'Special Delegate', 'Chief of Mission', 'Deputy Chief of Mission',
  'Project Officer', 'Associate Project Officer', 'Senior Project Officer', 'CEO', 'Chief Executive', 'Chief Executive Officer', 'CFO', 'COO', 'CTO', 'Founder',
  'Co-founder', 'Coordinator', 'Programme Manager', 'Program Manager', 'Project Manager', 'Manager',
  'Officer', 'Policy Officer', 'Programme Officer', 'Adviser', 'Advisor', 'Senior Adviser',
  'Senior Advisor', 'Analyst', 'Expert', 'Consultant', 'Spokesman', 'Spokeswoman', 'Spokesperson',
  'Specialist', 'Focal Point', 'Liaison Officer', 'Attaché', 'Undersecretary', 'Under-Secretary',
  'Under Secretary', 'Undersecretary of State', 'Under-Secretary of State', 'Secretary of State for',
  // elected office and local government
  'Mayor', 'Deputy Mayor', 'Governor', 'Lieutenant Governor', 'Senator', 'Congressman',
  'Congresswoman', 'Representative', 'Member of Parliament', 'MP', 'MEP', 'Councillor', 'Councilor',
  'Speaker', 'Prefect',
  // royalty and religion
  'King', 'Queen', 'Prince', 'Princess', 'Crown Prince', 'Emperor', 'Empress', 'Sultan', 'Emir',
  'Sheikh', 'Pope', 'Cardinal', 'Archbishop', 'Bishop', 'Patriarch', 'Imam', 'Rabbi', 'Ayatollah',
  // military and police
  'General', 'Lieutenant General', 'Major General', 'Brigadier General', 'Brigadier', 'Colonel',
  'Lieutenant Colonel', 'Major', 'Captain', 'Lieutenant', 'Sergeant', 'Admiral', 'Vice Admiral',
  'Commander', 'Marshal', 'Field Marshal', 'Chief of Staff', 'Commissioner of Police', 'Inspector',
  'Chief Inspector', 'Superintendent',
  // law and academia
  'Judge', 'Justice', 'Chief Justice', 'Prosecutor', 'Chief Prosecutor', 'Attorney General',
  'Attorney-General', 'Lawyer', 'Professor', 'Associate Professor', 'Assistant Professor', 'Lecturer',
  'Researcher', 'Research Fellow', 'Fellow', 'Dean', 'Rector',
  // media and sport
  'Editor', 'Editor-in-Chief', 'Correspondent', 'Reporter', 'Journalist', 'Photographer', 'Author',
  'Coach', 'Head Coach', 'Striker', 'Goalkeeper', 'Midfielder', 'Defender',
];

/** Head words that end (or, with "of", begin) an organisation's name. */
export const organisationHeads: readonly string[] = [
  'Academy', 'Agency', 'Air Force', 'Alliance', 'Army', 'Assembly', 'Association', 'Authority', 'Bank',
  'Board', 'Brigade', 'Bureau', 'Cabinet', 'Centre', 'Center', 'Chamber', 'Club', 'Co', 'Co.',
  'Coalition', 'Coast Guard', 'College', 'Command', 'Commission', 'Committee', 'Company', 'Congress',
  'Consortium', 'Consulate', 'Corp', 'Corp.', 'Corporation', 'Council', 'Court', 'Delegation',
  'Department', 'Dialogue', 'Directorate', 'Directorate-General', 'Division', 'Embassy', 'Federation', 'Forces',
  'Foundation', 'Front', 'Fund', 'GmbH', 'Government', 'Group', 'Guard', 'Holdings', 'Hub', 'Inc',
  'Inc.', 'Industries', 'Inspectorate', 'Institute', 'Institution', 'League', 'LLC', 'Ltd', 'Ltd.',
  'Ministry', 'Mission', 'Movement', 'Municipality', 'Navy', 'Lab', 'Laboratory', 'Faculty', 'Courier',
  'Gazette', 'Tribune', 'Chronicle', 'Network', 'Observatory', 'Office', 'Organisation',
  'Organization', 'Parliament', 'Party', 'plc', 'PLC', 'Platform', 'Police', 'Police Force',
  'Presidency', 'Process', 'Registry', 'School', 'Secretariat', 'Section', 'Senate', 'Service',
  'Services', 'Society', 'Task Force', 'Tribunal', 'Trust', 'Union', 'Unit', 'University',
  // company forms and industry words that close company names ("Air France" is in no list, but "… Airlines" is)
  'AG', 'SA', 'S.A.', 'NV', 'N.V.', 'SpA', 'S.p.A.', 'AB', 'ASA', 'Bhd', 'Pty', 'Limited', 'Incorporated',
  'Airlines', 'Airways', 'Motors', 'Petroleum', 'Oil', 'Telecom', 'Telecommunications', 'Communications',
  'Technologies', 'Pharmaceuticals', 'Securities', 'Capital', 'Partners', 'Investments', 'Insurance',
  'Electric', 'Steel', 'Mining', 'Resources', 'Exchange', 'Newspaper', 'Times', 'Post', 'Herald',
  'Newsroom', 'Newsdesk', 'News Agency', 'Bancshares', 'Bancorp', 'Brothers', 'Bros',
];

/** Head words of named policy instruments (entity type action-plan). */
export const actionPlanHeads: readonly string[] = [
  'Accord', 'Accords', 'Act', 'Action Plan', 'Agenda', 'Agreement', 'Call to Action',
  'Charter', 'Code of Conduct', 'Commitments', 'Communication', 'Compact', 'Conclusions', 'Consensus',
  'Convention', 'Declaration', 'Directive', 'Framework', 'Green Paper', 'Guidelines',
  'Joint Declaration', 'Joint Statement', 'Memorandum of Understanding', 'Mobility Partnership',
  'Mobility Partnerships', 'Pact', 'Partnership', 'Partnership Framework', 'Plan', 'Plan of Action',
  'Policy', 'Principles', 'Programme of Action', 'Protocol', 'Regulation', 'Resolution', 'Road Map',
  'Roadmap', 'Statement', 'Strategy', 'Treaty', 'White Paper',
];

/** Head words of named projects, programmes, initiatives, facilities and award schemes. */
export const projectHeads: readonly string[] = [
  'Action', 'Award', 'Awards', 'Campaign', 'Facility', 'Fellowship', 'Fund', 'Grant',
  'Initiative', 'Instrument', 'Mechanism', 'Pilot', 'Prize', 'Program', 'Programme', 'Project',
  'Scheme', 'Scholarship', 'Toolkit', 'Trust Fund',
];

/** Head words of named events: conferences, summits, meetings, schools, competitions, elections. */
export const eventHeads: readonly string[] = [
  'Anniversary', 'Ceremony', 'Championship', 'Championships', 'Conference', 'Congress', 'Consultation',
  'Convention', 'Cup', 'Day', 'Election', 'Elections', 'Exhibition', 'Expo', 'Fair',
  'Festival', 'Forum', 'Games', 'Grand Prix', 'Hackathon', 'Hearing', 'Marathon', 'Meeting',
  'Ministerial Conference', 'Ministerial Meeting', 'Olympic Games', 'Olympics', 'Paralympics',
  'Plenary', 'Referendum', 'Retreat', 'Round Table', 'Round-table', 'Roundtable', 'Senior Officials Meeting',
  'Seminar', 'Session', 'Study Visit', 'Summer School', 'Summit', 'Symposium', 'Talks', 'Tournament',
  'Webinar', 'Week', 'Winter School', 'Workshop', 'World Cup', 'War', 'Open', 'Masters', 'Classic',
  'Grand Slam', 'Rally', 'Race', 'Webinar Series', 'Lecture Series', 'Seminar Series',
];

/** Head words of place names: administrative units, landforms, waters, infrastructure, venues. */
export const placeHeads: readonly string[] = [
  'Airport', 'Archipelago', 'Arena', 'Avenue', 'Basin', 'Bay', 'Borough', 'Boulevard', 'Bridge',
  'Building', 'Camp', 'Canal', 'Canton', 'Cape', 'Castle', 'Cathedral', 'Centre', 'Center', 'Channel',
  'Church', 'City', 'Coast', 'Commune', 'Corridor', 'County', 'Crossing', 'Delta', 'Department',
  'Desert', 'District', 'Forest', 'Governorate', 'Gulf', 'Hall', 'Harbour', 'Harbor', 'Highlands',
  'Hills', 'Hospital', 'Hotel', 'House', 'Island', 'Islands', 'Isles', 'Lake', 'Lane', 'Mosque',
  'Mount', 'Mountain', 'Mountains', 'Museum', 'National Park', 'Oblast', 'Ocean',
  'Palace', 'Park', 'Peninsula', 'Plain', 'Plains', 'Plateau', 'Port', 'Prefecture', 'Province',
  'Quarter', 'Range', 'Region', 'Reserve', 'River', 'Road', 'Route', 'Sea', 'Square', 'Stadium', 'State',
  'Station', 'Strait', 'Street', 'Temple', 'Territory', 'Territories', 'Tower', 'Town', 'Township',
  'Tunnel', 'Valley', 'Village', 'Zone',
  // venues and crossings whose last word alone would make a body ("Centre", "Post")
  'Community Centre', 'Community Center', 'Cultural Centre', 'Cultural Center', 'Sports Centre', 'Leisure Centre',
  'Shopping Centre', 'Town Hall', 'City Hall', 'Border Post', 'Joint Border Post', 'Border Crossing', 'Crossing Point',
  'Convention Centre', 'Convention Center', 'Conference Centre', 'Conference Center', 'Congress Centre',
  'Exhibition Centre', 'Exhibition Center', 'Press Centre',
];

/**
 * Heads that name more than one type: the recogniser should use context (the text's own words,
 * a known name inside, "of" + place) before it trusts the head alone.
 */
export const ambiguousHeads: readonly { readonly head: string; readonly types: readonly string[]; readonly note: string }[] = [
  { head: 'Programme', types: ['project', 'organisation'], note: 'a project; UN bodies are named "… Programme" (UNDP) and are in organisations' },
  { head: 'Program', types: ['project', 'organisation'], note: 'as Programme' },
  { head: 'Fund', types: ['organisation', 'project'], note: 'an institution (IMF, UNICEF) or a funding instrument ("EU Trust Fund for Africa")' },
  { head: 'Initiative', types: ['project', 'organisation'], note: 'a project or a body ("Central European Initiative")' },
  { head: 'Mission', types: ['organisation', 'place', 'event'], note: 'a body or field office, a diplomatic mission (place as a building), or an operation' },
  { head: 'Centre', types: ['organisation', 'place'], note: 'an organisation ("European Cybercrime Centre") or a venue ("Rockefeller Center")' },
  { head: 'Center', types: ['organisation', 'place'], note: 'as Centre' },
  { head: 'Process', types: ['organisation'], note: 'intergovernmental dialogues act as bodies ("Prague Process"); a process is never an event' },
  { head: 'Dialogue', types: ['event', 'organisation'], note: 'a meeting series or a standing dialogue that acts as a body ("Abu Dhabi Dialogue")' },
  { head: 'Partnership', types: ['action-plan', 'organisation'], note: '"Mobility Partnership" is a policy instrument; "Global Partnership for Education" is a body' },
  { head: 'Convention', types: ['action-plan', 'event'], note: 'a treaty ("Refugee Convention") or a party convention (event)' },
  { head: 'Congress', types: ['organisation', 'event'], note: 'a legislature ("US Congress") or a meeting ("World Congress on …")' },
  { head: 'Assembly', types: ['organisation', 'event'], note: 'a body ("General Assembly") or its session' },
  { head: 'Platform', types: ['organisation', 'project'], note: 'a network of bodies or a project' },
  { head: 'Facility', types: ['project', 'place'], note: 'a funding facility (project) or a building' },
  { head: 'Action', types: ['project', 'action-plan'], note: 'an EU-funded "Action" (project) or "Plan of Action"' },
  { head: 'House', types: ['place', 'organisation'], note: 'a building, but "White House" and legislatures ("House of Commons") act as bodies' },
  { head: 'Department', types: ['organisation', 'place'], note: 'a ministry or unit; an administrative area in France, Colombia and elsewhere' },
  { head: 'State', types: ['place', 'organisation'], note: 'a federal state ("New York State"), but "Islamic State" is an organisation' },
  { head: 'Port', types: ['place', 'organisation'], note: 'a port, or the port authority' },
  { head: 'Hall', types: ['place', 'organisation'], note: 'a venue; "City Hall" often stands for the city government' },
  { head: 'Camp', types: ['place'], note: 'a named camp is a place; "camp" alone is not an entity' },
  { head: 'Awards', types: ['project', 'event'], note: 'an award scheme (project) or the ceremony (event)' },
];

/** Words and phrases just before a place name ("in", "city of", "capital"). Lower case. */
export const placeCues: readonly string[] = [
  'in', 'at', 'from', 'to', 'near', 'into', 'across', 'throughout', 'within', 'outside', 'inside',
  'around', 'towards', 'toward', 'via', 'through', 'between', 'off', 'based in', 'located in',
  'held in', 'hosted in', 'headquartered in', 'born in', 'living in', 'arrived in', 'arriving in',
  'travelled to', 'traveled to', 'visit to', 'trip to', 'border with', 'borders of', 'coast of',
  'off the coast of', 'city of', 'town of', 'village of', 'capital', 'capital of', 'capital city',
  'province of', 'region of', 'district of', 'island of', 'islands of', 'port of', 'port city of',
  'north of', 'south of', 'east of', 'west of', 'north-east of', 'north-west of', 'south-east of',
  'south-west of', 'northern', 'southern', 'eastern', 'western', 'central', 'north-eastern',
  'north-western', 'south-eastern', 'south-western', 'neighbouring', 'neighboring',
];

/** Lower-case words that may stand inside a multi-word proper name ("Ministry of the Interior"). */
export const connectors: readonly string[] = [
  '&', 'against', 'and', 'da', 'de', 'del', 'des', 'di', 'du', 'et', 'for', 'in', 'la', 'le', 'of', 'on',
  'the', 'to', 'und', 'upon', 'y',
];

/**
 * Page furniture and interface words that appear capitalised in scraped pages and are never
 * entities ("Read more", "Original Language", "Number of Pages").
 */
export const furnitureWords: readonly string[] = [
  'About', 'About us', 'Abstract', 'Accept', 'Accept all', 'Accessibility', 'Acknowledgements',
  'All rights reserved', 'Annex', 'Appendix', 'Back', 'Back to top', 'Background', 'Bibliography',
  'Blog', 'Breadcrumb', 'Careers', 'Categories', 'Category', 'Close', 'Collapse', 'Comment',
  'Comments', 'Conclusion', 'Contact', 'Contact us', 'Contents', 'Cookie Policy', 'Cookie settings',
  'Cookies', 'Copyright', 'Date of publication', 'Date of upload', 'Decline', 'Disclaimer', 'DOC',
  'DOCX', 'Donate', 'Download', 'Downloads', 'E-mail', 'Email', 'Executive summary', 'Expand', 'FAQ',
  'FAQs', 'Figure', 'File size', 'File type', 'Filter', 'Follow', 'Follow us', 'Footnote', 'Foreword',
  'Format', 'Gallery', 'Get involved', 'Help', 'Home', 'Image', 'Imprint', 'Impressum', 'Introduction',
  'JPEG', 'JPG', 'KB', 'Key findings', 'Language', 'Languages', 'Last updated', 'Learn more',
  'Legal notice', 'Load more', 'Log in', 'Log out', 'Login', 'Logout', 'MB', 'Menu', 'Methodology',
  'More', 'Navigation', 'Newsletter', 'Next', 'Notes', 'Number of Pages', 'Original Language',
  'Overview', 'Page', 'Pages', 'PDF', 'Photo', 'Photo credit', 'PNG', 'Podcast', 'Posted',
  'Posted on', 'PPT', 'PPTX', 'Press release', 'Press releases', 'Previous', 'Print', 'Privacy',
  'Privacy Notice', 'Privacy Policy', 'Publication date', 'Published', 'Read more', 'Recommendations',
  'Reference Number', 'References', 'Register', 'Related', 'Related articles', 'Related content',
  'Reply', 'Results', 'Search', 'See also', 'Share', 'Show less', 'Show more', 'Sign in', 'Sign up',
  'Site map', 'Sitemap', 'Size', 'Skip to content', 'Skip to main content', 'Sort by', 'Source',
  'Sources', 'Subscribe', 'Summary', 'Table', 'Table of contents', 'Tag', 'Tags', 'Terms',
  'Terms and Conditions', 'Terms of Service', 'Terms of Use', 'Toggle navigation', 'Top of the page',
  'Tweet', 'Updated', 'Video', 'Views', 'XLS', 'XLSX', 'You are here', 'ZIP',
];

/** Weekday names, full and abbreviated (abbreviations without the dot). */
export const weekdays: readonly string[] = [
  'Monday', 'Tuesday', 'Wednesday', 'Thursday', 'Friday', 'Saturday', 'Sunday',
  'Mon', 'Tue', 'Tues', 'Wed', 'Thu', 'Thur', 'Thurs', 'Fri', 'Sat', 'Sun',
];

/** Month names, full and abbreviated (abbreviations without the dot; "May" is both). */
export const months: readonly string[] = [
  'January', 'February', 'March', 'April', 'May', 'June', 'July', 'August', 'September', 'October',
  'November', 'December', 'Jan', 'Feb', 'Mar', 'Apr', 'Jun', 'Jul', 'Aug', 'Sep', 'Sept', 'Oct', 'Nov',
  'Dec',
];

/** Seasons, which with a year make a date ("spring 2022"). "Fall" is US usage. */
export const seasons: readonly string[] = ['Spring', 'Summer', 'Autumn', 'Fall', 'Winter'];

/**
 * Capitalised words that are never an entity on their own, typically at the start of a sentence
 * or heading: pronouns, determiners, conjunctions, prepositions, discourse adverbs, imperatives.
 */
export const nonEntityCapitals: readonly string[] = [
  // pronouns
  'I', 'He', 'She', 'It', 'We', 'They', 'You', 'Me', 'Him', 'Her', 'Us', 'Them', 'His', 'Its', 'Our',
  'Their', 'Your', 'My', 'Mine', 'Ours', 'Theirs', 'Yours', 'Hers', 'Everyone', 'Everybody',
  'Everything', 'Someone', 'Somebody', 'Something', 'Anyone', 'Anything', 'Nobody', 'Nothing', 'None',
  'What', 'Which', 'Who', 'Whom', 'Whose', 'Why', 'How',
  // determiners and quantifiers
  'The', 'A', 'An', 'This', 'That', 'These', 'Those', 'Each', 'Every', 'Some', 'Any', 'All', 'Both',
  'Either', 'Neither', 'No', 'Another', 'Such', 'Many', 'Much', 'Most', 'Several', 'Few', 'Other',
  'Others', 'Certain', 'More', 'Less',
  // conjunctions
  'And', 'But', 'Or', 'Nor', 'So', 'Yet', 'Because', 'Although', 'Though', 'While', 'Whereas', 'If',
  'Unless', 'Since', 'As', 'When', 'Where', 'Whether', 'Once', 'Until', 'After', 'Before', 'Than',
  // prepositions
  'In', 'On', 'At', 'By', 'For', 'From', 'With', 'Without', 'Within', 'Under', 'Over', 'Through',
  'During', 'Between', 'Among', 'Amid', 'Against', 'Despite', 'Following', 'Including', 'Regarding',
  'Concerning', 'Into', 'Upon', 'Towards', 'Toward', 'Across', 'Along', 'Around', 'Beyond', 'Via', 'Per',
  'Of', 'To', 'About', 'Above', 'Below', 'Behind', 'Beside', 'Besides', 'Inside', 'Outside', 'Near',
  'According', 'Due',
  // discourse adverbs and time words
  'However', 'Meanwhile', 'Moreover', 'Furthermore', 'Therefore', 'Thus', 'Hence', 'Nevertheless',
  'Nonetheless', 'Indeed', 'Also', 'Additionally', 'Finally', 'Firstly', 'Secondly', 'Thirdly',
  'Lastly', 'First', 'Second', 'Third', 'Then', 'Now', 'Today', 'Tonight', 'Yesterday', 'Tomorrow',
  'Recently', 'Currently', 'Previously', 'Subsequently', 'Consequently', 'Accordingly', 'Otherwise',
  'Instead', 'Still', 'Similarly', 'Likewise', 'Overall', 'Ultimately', 'Notably', 'Importantly',
  'Specifically', 'Particularly', 'Especially', 'Generally', 'Typically', 'Usually', 'Often',
  'Sometimes', 'Already', 'Again', 'Further', 'Here', 'There', 'Earlier', 'Later', 'Last', 'Yes', 'Not',
  'Please', 'Thanks', 'Only', 'Even', 'Just', 'Perhaps', 'Maybe', 'Rather', 'Unlike', 'Like',
  // imperatives common at the start of headings and links
  'Click', 'Find', 'Join', 'Learn', 'Read', 'See', 'Watch', 'Discover', 'Explore',
];

/**
 * Acronyms of common nouns and notions, never names on their own ("NGOs and INGOs", "ICT",
 * "GDP"). Written as used; a plural s is stripped before lookup.
 */
export const commonAcronyms: readonly string[] = [
  'AI', 'AIDS', 'ATM', 'CCTV', 'CEO', 'CFO', 'CO2', 'COVID', 'COVID-19', 'CSO', 'CV', 'DIY', 'DNA', 'DVD', 'FAQ',
  'FDI', 'GDP', 'GMO', 'GNI', 'GNP', 'GPS', 'HIV', 'HR', 'ICT', 'ID', 'IDP', 'INGO', 'IP', 'IT', 'LGBT',
  'LGBTI', 'LGBTIQ', 'MoU', 'MOU', 'NGO', 'ODA', 'PC', 'PDF', 'PhD', 'PPE', 'PR', 'Q&A', 'R&D', 'SARS',
  'SDG', 'SME', 'SMS', 'SOP', 'SUV', 'ToR', 'ToT', 'TV', 'UAV', 'URL', 'USB', 'VAT', 'VIP', 'VPN', 'WMD',
  // web and file formats
  'API', 'CSS', 'CSV', 'HTML', 'HTTP', 'HTTPS', 'JSON', 'RSS', 'WWW', 'XML',
];

/**
 * Head words that open a name in languages that put the head first ("Fondazione Porta Aperta",
 * "Universidad de Chile", "Palacio de Cristal"), where English heads close it.
 */
export const leadingOrganisationHeads: readonly string[] = [
  'Fondazione', 'Fundación', 'Fundação', 'Fondation', 'Fundacja', 'Fundația', 'Associazione', 'Asociación',
  'Associação', 'Asociația', 'Stowarzyszenie', 'Udruga', 'Udruženje', 'Vereniging', 'Stichting', 'Verein',
  'Universidad', 'Università', 'Universidade', 'Université', 'Universitat', 'Uniwersytet', 'Colegio', 'Instituto',
  'Istituto', 'Institut', 'École', 'Ecole', 'Escuela', 'Scuola', 'Lycée', 'Collège', 'Faculté', 'Facultad', 'Ministerio', 'Ministério', 'Ministère', 'Ministero', 'Ministerstvo', 'Comune',
  'Ayuntamiento', 'Prefeitura', 'Municipalidad', 'Banco', 'Banca', 'Banque', 'Consejo', 'Conselho', 'Conseil',
  'Consiglio', 'Servicio', 'Serviço', 'Servizio', 'Agencia', 'Agência', 'Agenzia', 'Agence', 'Comisión',
  'Comissão', 'Commissione', 'Secretaría', 'Dirección', 'Direção', 'Direzione', 'Observatorio', 'Osservatorio',
  'Observatoire', 'Policía', 'Polícia', 'Polizia', 'Policja', 'Policie', 'Staatsanwaltschaft', 'Sindicato', 'Partido', 'Partito', 'Cáritas', 'Cruz Roja', 'Croce Rossa', 'Croix-Rouge',
];

/** Head words that open a place's name in other languages: "Palacio de Cristal", "Piazza Navona". */
export const leadingPlaceHeads: readonly string[] = [
  'Hotel', 'Haus', 'Parc', 'Parque', 'Parco', 'Plaza', 'Piazza', 'Praça', 'Calle', 'Avenida', 'Rua', 'Rue', 'Palacio', 'Palazzo', 'Palais', 'Museo',
  'Musée', 'Estadio', 'Stade', 'Castillo', 'Castello', 'Isla', 'Isola', 'Lago', 'Sierra', 'Centro Cultural',
  'Centro de Congressos', 'Centro de Convenciones', 'Palacio de Congresos',
];

/**
 * Capitalised common nouns of EU and UN usage that name a class, not a thing: "every EU Member
 * State", "Partner Countries". Stripped from the end of a chunk.
 */
export const genericCapitalisedPhrases: readonly string[] = [
  'Member State', 'Member States', 'Partner Country', 'Partner Countries', 'Third Country', 'Third Countries',
  'Host Country', 'Host Countries', 'Candidate Country', 'Candidate Countries', 'State Party', 'States Parties',
  'Contracting Party', 'Contracting Parties', 'Participating State', 'Participating States',
];

/** Social networks and sharing channels named in "Follow us" and "Share" rows of a page. */
export const sharingChannels: readonly string[] = [
  'Facebook', 'X', 'Twitter', 'LinkedIn', 'YouTube', 'Instagram', 'Bluesky', 'Mastodon', 'TikTok', 'WhatsApp',
  'Telegram', 'Flickr', 'Vimeo', 'Threads', 'Email', 'E-mail', 'Print', 'RSS', 'Copy link',
  'Share this story', 'Share this page', 'Share this article', 'Share this', 'Follow us', 'Follow us on',
  'Connect with us', 'Stay connected', 'Find us on',
];

/**
 * Codes of units that stand before or after numbers, never names: ISO 4217 currencies news and
 * reports quote, and time zones ("EUR 45 million", "16:30 CET").
 */
export const unitCodes: readonly string[] = [
  'US$', 'A$', 'C$', 'HK$', 'NZ$', 'S$',
  // ISO 4217 codes of currencies news and reports quote
  'AUD', 'BRL', 'CAD', 'CHF', 'CNY', 'CZK', 'DKK', 'EUR', 'GBP', 'HUF', 'INR', 'JPY', 'KES', 'MAD', 'MXN',
  'NGN', 'NOK', 'NPR', 'PKR', 'SAR', 'AED', 'QAR', 'KWD', 'JOD', 'LBP', 'SSP', 'MDL', 'GEL', 'AZN', 'BAM', 'RSD', 'MKD', 'PLN', 'RON', 'RUB', 'SEK', 'TRY', 'UAH', 'USD', 'VND', 'XAF', 'XOF', 'ZAR',
  'BDT', 'EGP', 'IDR', 'PHP', 'THB', 'TND', 'LKR', 'ETB', 'GHS', 'UGX', 'TZS',
  // time zones
  'BST', 'CEST', 'CET', 'EAT', 'EDT', 'EEST', 'EET', 'EST', 'GMT', 'PDT', 'PST', 'UTC', 'WAT',
];


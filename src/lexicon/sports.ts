// Sports vocabulary: how a report of matches reads. Used to tell a city that fields a team
// ("Leicestershire beat Somerset") from the city itself.

/**
 * Words that occur in sports reports and rarely elsewhere. Two different ones, or one with a
 * results line, make a document a sports report. Ordinary words that policy texts use too
 * ("goal", "match", "final", "points") are left out on purpose.
 */
export const sportWords: readonly string[] = [
  'soccer', 'football', 'cricket', 'baseball', 'basketball', 'rugby', 'hockey', 'tennis', 'golf',
  'volleyball', 'handball', 'athletics', 'cycling', 'boxing', 'motor racing', 'formula one',
  'innings', 'inning', 'wicket', 'wickets', 'batsman', 'batsmen', 'bowler', 'bowlers', 'stumps',
  'halftime', 'half-time', 'striker', 'strikers', 'midfielder', 'goalkeeper', 'penalty shootout',
  'touchdown', 'quarterback', 'pitcher', 'homer', 'homers', 'home run', 'home runs', 'rbi',
  'league', 'championship', 'tournament', 'playoff', 'playoffs', 'play-off', 'play-offs', 'semifinal',
  'semi-final', 'semi-finals', 'quarterfinal', 'quarter-final', 'quarter-finals', 'relegation',
  'fixtures', 'standings', 'derby', 'scoreline', 'hat-trick', 'equaliser', 'equalizer', 'stoppage time',
  'seeded', 'unseeded', 'runner-up', 'leaderboard', 'par', 'birdie', 'bogey', 'grand slam',
];

/**
 * Verbs and prepositions that put a side on each hand: "Kent beat Essex", "Spain v Italy".
 * Phrases are written as they are read, lower case.
 */
export const contestLinks: readonly string[] = [
  'beat', 'beats', 'defeated', 'defeats', 'edged', 'edge', 'thrashed', 'thrash', 'routed', 'crushed',
  'hammered', 'trounced', 'overcame', 'outplayed', 'whitewashed', 'eliminated', 'knocked out',
  'drew with', 'draw with', 'drew against', 'lost to', 'lose to', 'loses to', 'fell to', 'fall to',
  'v', 'v.', 'vs', 'vs.', 'versus',
];

/** Words before a side where only one side is named: "against Yorkshire", "joined Newcastle". */
export const sideCues: readonly string[] = [
  'against', 'v', 'v.', 'vs', 'vs.', 'versus', 'played for', 'plays for', 'playing for', 'joined', 'signed for',
  'coach', 'coached', 'side', 'club', 'champions', 'leaders', 'hosts', 'visitors', 'rivals',
];

/** Nations that field their own sides without being sovereign countries: still places as sides. */
export const nationalSides: readonly string[] = ['England', 'Scotland', 'Wales', 'Northern Ireland', 'Great Britain', 'Faroe Islands', 'Hong Kong', 'Puerto Rico'];

/** Members and staff of a side, written after its name: "Norwich striker", "Surrey all-rounder". */
export const sideMembers: readonly string[] = [
  'striker', 'forward', 'midfielder', 'defender', 'goalkeeper', 'winger', 'full-back', 'centre-back',
  'batsman', 'bowler', 'all-rounder', 'wicketkeeper', 'spinner', 'seamer', 'opener', 'captain', 'skipper',
  'pitcher', 'outfielder', 'infielder', 'catcher', 'shortstop', 'quarterback', 'linebacker', 'fly-half',
  'scrum-half', 'prop', 'lock', 'flanker', 'coach', 'manager', 'owner', 'chairman', 'fans', 'supporters',
  'players', 'player', 'squad', 'team-mate', 'teammate',
];

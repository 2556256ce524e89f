// Curated (original to this project, MIT): names of widely used languages. A language name is not
// an entity of any type ("available in English and French"), though many double as demonyms.

/** Language names in English. */
export const languages: readonly string[] = [
  'Afrikaans', 'Albanian', 'Amharic', 'Arabic', 'Armenian', 'Azerbaijani', 'Basque', 'Belarusian',
  'Bengali', 'Bosnian', 'Bulgarian', 'Burmese', 'Cantonese', 'Catalan', 'Chinese', 'Croatian', 'Czech',
  'Danish', 'Dari', 'Dutch', 'English', 'Estonian', 'Farsi', 'Finnish', 'Flemish', 'French', 'Galician',
  'Georgian', 'German', 'Greek', 'Gujarati', 'Hausa', 'Hebrew', 'Hindi', 'Hungarian', 'Icelandic',
  'Igbo', 'Indonesian', 'Irish', 'Italian', 'Japanese', 'Kazakh', 'Khmer', 'Kinyarwanda', 'Korean',
  'Kurdish', 'Kyrgyz', 'Lao', 'Latin', 'Latvian', 'Lingala', 'Lithuanian', 'Luxembourgish',
  'Macedonian', 'Malay', 'Maltese', 'Mandarin', 'Marathi', 'Mongolian', 'Nepali', 'Norwegian',
  'Oromo', 'Pashto', 'Persian', 'Polish', 'Portuguese', 'Punjabi', 'Romanian', 'Russian', 'Serbian',
  'Sinhala', 'Slovak', 'Slovenian', 'Somali', 'Spanish', 'Swahili', 'Swedish', 'Tagalog', 'Tajik',
  'Tamil', 'Telugu', 'Thai', 'Tigrinya', 'Turkish', 'Turkmen', 'Ukrainian', 'Urdu', 'Uzbek',
  'Vietnamese', 'Welsh', 'Wolof', 'Xhosa', 'Yoruba', 'Zulu',
];

/**
 * Adjectives and nouns of religious and historical affiliation ("Moslem", "Sunni", "Soviet"):
 * like nationality words, never names on their own.
 */
export const affiliationWords: readonly string[] = [
  'Anglican', 'Anglicans', 'Baptist', 'Baptists', 'Buddhist', 'Buddhists', 'Catholic', 'Catholics', 'Christian',
  'Christians', 'Czechoslovak', 'Evangelical', 'Evangelicals', 'Hindu', 'Hindus', 'Islamic', 'Islamist',
  'Islamists', 'Jew', 'Jewish', 'Jews', 'Lutheran', 'Methodist', 'Moslem', 'Moslems', 'Muslim', 'Muslims',
  'Orthodox', 'Protestant', 'Protestants', 'Shia', 'Shi\'ite', 'Shi\'ites', 'Shiite', 'Shiites', 'Sikh', 'Sikhs',
  'Soviet', 'Soviets', 'Sunni', 'Sunnis', 'Yugoslav', 'Yugoslavs', 'Zionist',
];

"""Sentence-boundary facts per language, as data: abbreviations, sentence openers, starters.

`l10n.segment` reads these tables and holds no language-specific code. Abbreviations are
written as they appear in running text, with their final dot; a dot inside an abbreviation
may be followed by a space in the text ("т.е." also matches "т. е.", "a.m." also "a. m.").
A lower-case entry also matches with a capital first letter (it may open a sentence), and a
dotted entry also matches in capitals and in lower case ("p.m.", "P.M.", "ph.d.").
"""

from __future__ import annotations

from dataclasses import dataclass


def _words(text: str) -> frozenset[str]:
    """A table written as words separated by spaces, as a set."""
    return frozenset(text.split())


@dataclass(frozen=True)
class LanguageRules:
    """How sentences end in one language.

    titles: abbreviations that never end a sentence: a name, a place or a number follows
        ("Mr.", "ул.", "т. е.", "approx.", month names before a day).
    final_abbreviations: abbreviations that may end a sentence ("etc.", "a.m.", "Inc.",
        "т. д."); before a capitalised word they end it unless the sentence so far is a
        short opener ("At 6 a.m. Mr. Smith arrived").
    number_abbreviations: units and eras that are abbreviations only right after a number
        ("5 ft.", "2020 г.", "1,3 млн.", "2020 م."); they behave like final_abbreviations.
        Elsewhere the same letters are ordinary words ("Come in. Sit down.").
    number_prefixes: abbreviations only before a number ("No. 5"); elsewhere the same
        letters are a word that may end a sentence ("No. Wait!").
    adjectival_abbreviations: abbreviations usually followed by a capitalised word ("U.S.
        Government", "им. Пушкина", "Op. 27", "Ed. Smith") whose letters may also be a word
        that ends a sentence ("in the U.S. It", "рассказал им. Они"); they end a sentence
        only before a sentence starter.
    sentence_starters: words (lower case) that open sentences, so a capitalised one after
        an abbreviation that may end a sentence marks a new sentence ("at 6 a.m. The").
    date_openers: prepositions (lower case) that open a sentence with a time or date; an
        abbreviation inside such a short opener does not end the sentence ("В 2019 г. Россия"),
        nor does one after a bare date that opens it ("7 апреля 2026 г. Российский центр").
    clause_conjunctions: conjunctions (lower case) that open a clause after a comma; a date
        phrase right after one opens that clause, and the sentence goes on ("…, а в 2019 г.
        Россия выделила…", "…, and at 6 a.m. Mr. Smith arrived").
    pronoun_letters: one-letter words that are not initials unless a name precedes them
        ("you and I. Did" ends a sentence, "Albert I. Jones" does not).
    abbreviation_followers: capitalised words that continue the sentence after an
        abbreviation ("5 млн долл. США", "6 p.m. GMT").
    time_zone_words: a word that makes the capitalised word before it a time zone, so the
        sentence goes on after the abbreviation ("10 a.m. Damascus time").
    attribution_words: reporting verbs that, right after a closing quote, attribute it, so
        the sentence goes on; needed where no letter case tells ("«…؟» سأل المراسل.").
    """

    titles: frozenset[str]
    final_abbreviations: frozenset[str]
    number_abbreviations: frozenset[str]
    number_prefixes: frozenset[str] = frozenset()
    adjectival_abbreviations: frozenset[str] = frozenset()
    sentence_starters: frozenset[str] = frozenset()
    date_openers: frozenset[str] = frozenset()
    clause_conjunctions: frozenset[str] = frozenset()
    pronoun_letters: frozenset[str] = frozenset()
    abbreviation_followers: frozenset[str] = frozenset()
    time_zone_words: frozenset[str] = frozenset()
    attribution_words: frozenset[str] = frozenset()


# An opener longer than this many words is a clause of its own, not a date or time phrase.
OPENER_MAX_WORDS = 8
# A sentence may open with a bare date, no preposition: "7 апреля 2026 г. Российский центр…".
BARE_DATE_MAX_WORDS = 3

TERMINATORS = ".!?…؟۔"
# Marks that close a quotation, bracket or Markdown emphasis right after a terminator.
CLOSERS = "»”’\"')]}›）」》*_"
# Marks that may open the next sentence before its first letter.
OPENERS = "«“„‘\"'([{‹（「《*_"
# Paired marks whose inside is never split (with the straight double quote, which pairs with
# itself); „ closes with “ (Russian inner quotes); an apostrophe ’ with no ‘ before it closes
# nothing.
PAIRS = {"«": "»", "“": "”", "„": "“", "‘": "’", "(": ")", "[": "]", "（": "）"}
# A mark that follows a terminator and continues the sentence, so no new one starts there.
CONTINUATION_MARKS = ",;:)]}%-–—‐‑،؛"
# Dashes that open a line of dialogue when a space follows them: after a finished sentence
# and before a capital a new sentence starts ("— Готово? — Готово."); before a lower-case
# word they open the attribution, and the sentence goes on ("— Нет! — ответила она.").
DIALOGUE_DASHES = "—–-"
# Marks that open a list item wherever they stand ("• 9. The first item • 10. The second").
BULLETS = "•⁃▪◦‣"
# Invisible direction marks that may stand between a terminator and the next sentence.
DIRECTION_MARKS = "\u200e\u200f\u061c"
# In plain text, a line without final punctuation is a heading or a dateline, so it ends a
# segment, when it is this short or shorter than half the longest line of its paragraph;
# longer, it is a line wrapped inside a sentence.
SHORT_LINE = 40


ENGLISH = LanguageRules(
    titles=_words(
        "Mr. Mrs. Ms. Dr. Prof. Gen. Col. Lt. Capt. Maj. Sgt. Cpl. Adm. Cmdr. Brig. "
        "Gov. Sen. Rep. Amb. Pres. Hon. Rev. Sr. St. Mt. Ft. Mme. Messrs. "
        # Given names cut to a few letters, as in "Wm. Smith", "Chas. Dickens".
        "Wm. Chas. Thos. Jas. Geo. Robt. Benj. Jos. Jno. Saml. "
        "tel. Tel. Art. Vol. Ch. Fig. Sec. Para. p. pp. "
        "e.g. i.e. cf. vs. v. viz. approx. ca. incl. excl. est. dept. Dept. govt. "
        "Ave. Blvd. Rd. "
        "Jan. Feb. Mar. Apr. Jun. Jul. Aug. Sep. Sept. Oct. Nov. Dec. "
        "Mon. Tue. Tues. Wed. Thu. Thur. Thurs. Fri. Sat. Sun."
    ),
    final_abbreviations=_words(
        "etc. a.m. p.m. Inc. Ltd. Co. Corp. Bros. Jr. "
        "B.C. A.D. B.C.E. C.E. Ph.D. M.D. M.A. B.A. M.B.A. LL.B. LL.M. LL.D. J.D. D.D.S. "
        "U.S.A. P.D.T. E.S.T. "
    ),
    number_abbreviations=_words(
        "lb. lbs. oz. ft. in. mi. yd. sq. fl. gal. hrs. min. sec. km. kg. mln. bn. pct. "
        # A day and month may end a sentence: "on 3 Feb. Shelters opened".
        "Jan. Feb. Mar. Apr. Jun. Jul. Aug. Sep. Sept. Oct. Nov. Dec."
    ),
    # "et al. 1998" cites a year; "et al. The results" ends a sentence.
    number_prefixes=_words("No. Nos. Nr. N°. Op. al."),
    adjectival_abbreviations=_words("U.S. U.K. U.N. E.U. Ed. Eds."),
    sentence_starters=_words(
        "the a an he she it they we you i this that these those there his her its their "
        "our my some many most all both each such no not but and or so yet then however "
        "meanwhile moreover also later today tomorrow yesterday after before in on at "
        "during since by from for as when while if what who how where"
    ),
    date_openers=_words(
        "at on in by around about before after since until till from during between"
    ),
    clause_conjunctions=_words("and but while whereas or yet so"),
    pronoun_letters=frozenset({"I"}),
    abbreviation_followers=_words("GMT UTC EST PDT CET"),
    time_zone_words=_words("time"),
)

RUSSIAN = LanguageRules(
    titles=_words(
        "г. гр. г-н. г-жа. д-р. проф. акад. ген. полк. подп. ст. мл. св. доц. "
        # Academic degrees: кандидат / доктор … наук.
        "к.т.н. к.п.н. к.э.н. к.ю.н. к.м.н. к.б.н. к.х.н. к.ф.н. к.и.н. к.г.н. к.ф.-м.н. "
        "д.т.н. д.п.н. д.э.н. д.ю.н. д.м.н. д.б.н. д.х.н. д.ф.н. д.и.н. д.г.н. д.ф.-м.н. "
        "канд. докт. "
        # Given names cut to two or three letters: "Дж. Буш", "Ал. Толстой", "Вл. Соловьёв".
        "Дж. Ал. Вл. Вс. Вяч. Мих. Конст. Евг. Ив. Як. Эд. "
        "ул. просп. пр-т. пр-кт. пер. пл. наб. ш. б-р. д. кв. корп. стр. оф. р-н. "
        "обл. респ. пос. пгт. с. дер. ст-ца. мкр. "
        # Geography before a name: озеро, река, остров, полуостров, хребет.
        "оз. р. о. о-в. п-ов. хр. "
        "т. п. пп. ч. гл. рис. табл. прим. см. ср. напр. "
        "т.е. т.к. т.н. т.о. т.ч. и.о. вр.и.о. зам. нач. пред. ок. прибл. н.п. нас.п. "
        "тел. факс. пн. вт. чт. пт. сб. вс. "
        "янв. февр. фев. мар. апр. авг. сент. сен. окт. нояб. ноя. дек."
    ),
    final_abbreviations=_words(
        "т.д. т.п. др. пр. и.т.д. с.г. н.э. до.н.э. у.е. куб.м. кв.м. кв.км. руб. долл."
    ),
    number_abbreviations=_words(
        "г. гг. в. вв. млн. млрд. трлн. тыс. руб. р. долл. дол. коп. евро. чел. ед. шт. "
        "км. м. см. мм. кг. т. ц. л. га. ч. час. мин. сек. сут. мес. проц. ст. "
        "янв. февр. фев. мар. апр. авг. сент. сен. окт. нояб. ноя. дек."
    ),
    sentence_starters=_words(
        "это он она они мы вы я его её ее их все всего всё так также кроме при по на "
        "в во с со к о об у из за для от до после как когда однако но и а при этом "
        "вместе тем сейчас сегодня"
    ),
    number_prefixes=_words("№. No. Op."),
    adjectival_abbreviations=_words("им."),
    date_openers=_words("в во с со к до после на от по начиная около к"),
    clause_conjunctions=_words("а и но однако тогда как причём причем"),
    abbreviation_followers=_words("США СССР РФ САР МСК"),
)

ARABIC = LanguageRules(
    # One Arabic letter and a dot is an initial ("م. ميزينتسيف", "د. أحمد") unless a number
    # precedes it ("2020 م."), so single letters need no entry here.
    titles=_words(
        "ص.ب. أ.د. ت.ب. هـ. "
        # Latin initials spelled as Arabic letter names: "جون سي. ميسنجر", "رايموند إس. برادلي".
        "إيه. بي. سي. دي. إي. إف. جي. إتش. اتش. آي. جيه. كيه. إل. إم. إن. أو. كيو. آر. "
        "إس. تي. يو. في. دبليو. إكس. واي. زد."
    ),
    final_abbreviations=_words("إلخ. الخ. ق.م. ش.م.م."),
    number_abbreviations=_words("م. هـ. ه. ق.م. كم. كغ. سم. مم."),
    sentence_starters=frozenset(),
    date_openers=_words("في منذ حتى بعد قبل خلال من اعتبارا اعتباراً وفي ومنذ وبعد وقبل وخلال"),
    attribution_words=_words(
        "قال قالت سأل سألت أضاف أضافت أكد أكدت تابع تابعت أوضح أوضحت ردّ رد ردت ردّت "
        "صرح صرّح صرحت صرّحت أجاب أجابت"
    ),
)

RULES: dict[str, LanguageRules] = {"en": ENGLISH, "ru": RUSSIAN, "ar": ARABIC}

"""A cheap, offline English check based on function words.

News reports are full of proper nouns, so the test is deliberately lenient: a text is rejected as
non-English only when it is long enough to judge (``MIN_WORDS`` words), has few English function
words, *and* shows positive evidence of something else (a majority of letters in a non-Latin script,
or clearly more function words of another language than of English). Short texts always pass.
"""

from __future__ import annotations

import re
import unicodedata
from collections import Counter

from conflictscope.errors import NotEnglish

MIN_WORDS = 8
SAMPLE_CHARS = 20_000  # judge long texts on their beginning
# Below this share of English function words a text is suspicious (typical English prose: 0.35-0.5).
ENGLISH_MIN_RATIO = 0.12
# A competing language must reach this share of function words to count as "clearly" present.
OTHER_MIN_RATIO = 0.15

ENGLISH = frozenset(
    """
    a an the and or but nor so yet if then than that this these those there here
    of in on at to for from by with about against between into through during before after
    above below over under again further once up down out off near since until while
    is are was were be been being am has have had having do does did doing will would shall
    should can could may might must not no only own same too very just also
    i me my we our us you your he him his she her it its they them their what which who whom
    whose when where why how all any both each few more most other some such
    as because said says told according reported killed wounded people
    """.split()
)

# Function words of other languages commonly met in conflict reporting. Words that are also
# English (or common in English-language names: "de", "la", "al") are left out on purpose.
_OTHER = {
    "fr": "le les des du une est sont dans pour avec sur par pas qui que ont été cette ces aux "
    "selon entre mais leur ils elles nous vous sous lors été était ont plus".split(),
    "es": "el los las del una es son en por para con sobre pero que fue fueron este esta "
    "como según entre sus muy más han sido ha hay desde".split(),
    "pt": "os das dos uma um em para com por que foi foram não mais como pelo pela segundo "
    "entre seus suas são está ao".split(),
    "de": "der das und ist sind nicht mit von den dem ein eine einer wurde wurden auch auf "
    "für sich nach bei aus wie noch zum zur über".split(),
    "it": "il gli della delle degli una sono nel nella per che non con dei alla anche sulla "
    "secondo tra più stato stati".split(),
    "nl": "het een van niet zijn met voor op ook naar bij werd werden maar door uit deze dat "
    "zijn".split(),
    "tr": "ve bir bu için ile olarak da de daha çok gibi olan sonra göre".split(),
    "id": "yang dan di dari untuk dengan ini itu tidak akan pada oleh dalam juga".split(),
}
OTHER_STOPWORDS = {lang: frozenset(w for w in words if w not in ENGLISH) for lang, words in _OTHER.items()}

_WORD = re.compile(r"[^\W\d_]+(?:['’][^\W\d_]+)?")


_ASCII_LETTERS = re.compile(r"[A-Za-z]+")
_NON_ASCII = re.compile(r"[^\x00-\x7f]")


def _script_share(text: str) -> tuple[int, int]:
    """(letters, non-Latin letters) in ``text``. ASCII letters are counted in runs by a regex; only the
    other characters, few in English news, are looked at one by one."""
    letters = sum(map(len, _ASCII_LETTERS.findall(text)))
    non_latin = 0
    for ch in _NON_ASCII.findall(text):
        if ch.isalpha():
            letters += 1
            if ord(ch) > 0x024F and not unicodedata.name(ch, "").startswith("LATIN"):
                non_latin += 1
    return letters, non_latin


def detect_language(text: str) -> str:
    """Return ``"en"``, another language code, ``"non-latin"`` or ``"und"`` (too short to tell).

    Only as precise as a reader needs: is this English or clearly not?
    """
    text = text[:SAMPLE_CHARS]
    words = [w.lower() for w in _WORD.findall(text)]
    if not text.isascii():  # an ASCII text has no letters of another script
        letters, non_latin = _script_share(text)
        if letters and non_latin / letters > 0.5 and len(words) >= 3:
            return "non-latin"
    if len(words) < MIN_WORDS:
        return "und"
    n = len(words)
    counts = Counter(words)  # each distinct word once, for the ten word lists
    en = sum(counts[w] for w in ENGLISH.intersection(counts)) / n
    best_lang, best = "und", 0.0
    for lang, stop in OTHER_STOPWORDS.items():
        ratio = sum(counts[w] for w in stop.intersection(counts)) / n
        if ratio > best:
            best_lang, best = lang, ratio
    if en < ENGLISH_MIN_RATIO and best >= OTHER_MIN_RATIO and best > 2 * en:
        return best_lang
    if en >= ENGLISH_MIN_RATIO or en >= best:
        return "en"
    return "und"


def is_english(text: str) -> bool:
    """False only when the text is clearly in another language or script."""
    return detect_language(text) in ("en", "und")


def check_english(text: str, *, source: str | None = None) -> None:
    """Raise :class:`NotEnglish` if ``text`` is clearly not English."""
    lang = detect_language(text)
    if lang in ("en", "und"):
        return
    what = "mostly non-Latin script" if lang == "non-latin" else f"looks like language '{lang}'"
    raise NotEnglish(f"text is not English ({what}); only English is supported", source=source)

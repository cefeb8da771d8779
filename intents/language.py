"""Whether a message is written in another language than English, so an abstention can say why.

The matcher reads English only: a question in Polish or Urdu that it cannot place is not "not covered by the
policy", it is not understood. Only what is plainly another language counts: most letters outside the Latin
alphabet, or several of another language's commonest little words and few of English's. English with a foreign
name in it ("Jo de la Cruz posted…") stays English; a miss only means the ordinary "not covered" answer.
"""

from __future__ import annotations

import re
import unicodedata

from intents.lexicon import STOP_WORDS

# The commonest function words of languages spoken by staff and families in English schools, and Welsh's (with its
# mutated forms: "bostio" for "postio") and a few school words of each, without any that are also English words,
# names or text-speak ("a", "in", "do", "no", "to", "me", "so", "be", "on", "as", "is", "die", "pot", "con", "w" for
# with, "y" for why, "em", "da"; Welsh "am", "i", "o", "r", "yr", "dim", "gen", "pam", "bod", "plant"; "mi", "ve",
# "su", "ma", "par", "main"; Portuguese "dia", "foto"; Somali "ayaan", "hodan", "ubah", names; Urdu "mein", "koi",
# "ka", "ye", "se"). Three of them, and a third of the words, are needed, so a name or two that happens to be one
# ("Kar", "Ko", "Ki", "Hai") does not make English foreign.
_FOREIGN_WORDS = frozenset("""
    el la los las del en que un una por para es puedo mi mis se lo como pero está esta hay qué cómo cuando porque
    le les des du et est je puis pour sur une qui pas ne dans avec ce cette mon ma mes vous nous ils elle être
    czy mogę się nie jest na że jak mój moja moje ich jego jej tak ale przez dla od
    posso não uma os com você ele ela são
    să și în pe este cu sunt nu ce eu
    ich kann der das und ist nicht mit auf ein eine zu ich sie wir
    il di che è per sono della gli
    ydw ydy mae yn ar gyda fy dy ein eich beth yw ydi ga gaf cael alla allaf gallaf gallu dylwn ddylwn pwy sut pryd
    ble oes efo hefyd neu ond ddim wedi fod mewn eu polisi lluniau llun ysgol plentyn blentyn rhiant rieni rhieni
    athro athrawes disgybl disgyblion diwrnod ddiwrnod chwaraeon cyfryngau gyfryngau cymdeithasol ffôn ffrind
    dosbarth pryder bryder dweud ddweud defnyddio ychwanegu postio bostio
    pubblicare scuola genitori alunni della gita
    publicar escola alunos fotos
    miyim mıyım bir için ile okul fotoğraf öğretmen öğrenci
    galiu iš mokykla kaip kodėl yra
    posso pode devo quem sobre meu minha dos das aos pelo pela também isso faço fazer aluno mensagem redes sociais
    telemóvel telemovel política seguir pais fotografias estudo
    karaa waxaan iyo maxaa dugsiga ardayda maxay tahay yahay ayaa waa miyaa sidee sameeyaa sameeyo dhigi noqon
    isticmaali sheegi sawir sawirka sawirada waalid waalidka waalidkii macalin macallin fasalka siyaasadda bulshada
    kya sakta sakti sakte hoon hun hai hain nahi nahin kaise karun karna karni kare karein mujhe agar apne apna
    theek chahiye kehti kehta bachon bacha bachay tasveer tasveerein hota hoti kyun kar ki ko kisi kuch
""".split())
# Little words of English that are also Portuguese's commonest ("posso publicar fotos do dia do desporto no
# Facebook?") or Roman Urdu's ("to" for then): beside two or more of the words above they are not taken as English,
# nor as foreign, so a Portuguese question is not let off by its "do" and "no" while English keeps its own.
_SHARED_LITTLE_WORDS = frozenset("do no um me a as o e to".split())
_MARKERS_BEFORE_SHARED = 2
_WORD = re.compile(r"[^\W\d_]+", re.UNICODE)
_ENOUGH_LETTERS = 3
_FOREIGN_SCRIPT_SHARE = 0.5
_FOREIGN_WORDS_NEEDED = 3
_FOREIGN_WORD_SHARE = 0.3


def _latin(letter: str) -> bool:
    return unicodedata.name(letter, "").startswith("LATIN")


def looks_foreign(text: str) -> bool:
    """The message is plainly written in another language (see the module's note for what counts)."""
    letters = [ch for ch in text if ch.isalpha()]
    if len(letters) < _ENOUGH_LETTERS:
        return False
    if text.lstrip()[:1] in ("¿", "¡"):  # Spanish opens a question or an exclamation so; English never does
        return True
    if sum(not _latin(ch) for ch in letters) >= _FOREIGN_SCRIPT_SHARE * len(letters):
        return True
    words = [w.lower() for w in _WORD.findall(text)]
    foreign = sum(w in _FOREIGN_WORDS for w in words)
    shared = _SHARED_LITTLE_WORDS if foreign >= _MARKERS_BEFORE_SHARED else frozenset()
    english = sum(w in STOP_WORDS and w not in shared for w in words)
    if english > foreign / 2:
        return False
    # Accented letters and ¿ ¡ (a café is English; "mogę", "día" beside two of those little words are not)
    marked = sum(not ch.isascii() for ch in text if ch.isalpha() or ch in "¿¡")
    return (foreign >= _FOREIGN_WORDS_NEEDED and foreign >= _FOREIGN_WORD_SHARE * len(words)) or (
        foreign >= 2 and marked >= 2)

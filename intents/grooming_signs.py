"""Signs of grooming or of sexual harm to a child that name no blow and no harm word: secrets asked of a child by an
adult ("a man online asked a year 6 to keep secrets"), gifts from someone older ("an older boy keeps giving a year 7
money and a phone"), nude pictures sent to or by a pupil ("a student was sent nude pictures").

Asked as "is it ok that …", each was answered as a rule question (B.1, APX.5 or "not covered") with no report offered.
A Designated Safeguarding Lead reads each as a possible case of grooming or of a child sexually harmed, so
`harm_asked_if_ok` offers the report beside the answer (never begins one). Not a secret santa or a surprise, a gift
from the school, a parent or a grandparent ("is it ok that the pta gave year 6 money"), nor pictures that are not
nude ("sending pictures to parents"), nor nudes as a thing taught ("how do we teach about nudes in rse?").
Works on `plain` text.
"""

from __future__ import annotations

from intents.alternation import compiled
from intents.year_groups import YEAR, YEARS

# A child, by age group or by word, or a pronoun standing for one
_CHILD = (rf"(?:kids?|child|children|pupils?|students?|girls?|boys?|son|daughter|{YEARS}|"
          r"(?:\d|1[0-5]) ?(?:yo|y o|year old|yr old)|she|they|her|him|them)")
# Someone a child should not be keeping secrets for, or taking gifts from: an adult or someone older, not the school
_OLDER = (r"(?:(?:an? |the |some |this |that )?(?:older|grown ?up|adult) (?:boy|lad|man|guy|bloke|woman|girl|teen\w*|"
          r"student|pupil|friend|boyfriend|girlfriend|male|female|person)s?|(?:an? |the |some |this |that )?"
          r"(?:man|men|bloke|guy|stranger|adult|(?:1[6-9]|[2-9]\d) ?(?:yo|y o|year old|yr old))|someone|somebody|"
          r"(?:his|her|their) (?:uncle|coach|tutor|instructor|(?:older )?boyfriend|mums? boyfriend|family friend|"
          r"neighbour|lodger)|(?:an? |the )?(?:uncle|coach|tutor|instructor|neighbour|lodger|family friend))"
          r"(?: (?:online|on \w+|from \w+|she met online|he met online))?")
# Secrets asked of a pupil by a member of staff are a concern too; their gifts ("a teacher gave a pupil a card") not
_KEEPER = (rf"(?:{_OLDER}|(?:an? |the |one of the |their |her |his )?(?:teachers?|tas?|volunteers?|staff|"
           r"member of staff))")

# "asked a year 6 to keep secrets", "told her not to tell her mum", "asks a pupil to keep their chats secret"
_KEEP_SECRET = (r"(?:to keep (?:\w+ ){0,3}?(?:a )?secrets?|to keep (?:it|this|that|things|them|their \w+|it all) "
                r"(?:a )?(?:secret|quiet|between them)|not to tell (?:anyone|anybody|her \w+|his \w+|their \w+|"
                r"mum|dad|parents|teachers?))")
_SECRETS = compiled(
    rf"\b{_KEEPER}\b(?: \w+){{0,6}}? (?:asked|asks|asking|told|tells|telling|made|makes|wants|wanted|begged|keeps "
    rf"asking|keeps telling) (?:a |an |the |my |our |one of (?:my|our|the) )?(?:\w+ )?{_CHILD}\b(?: \w+){{0,2}}? "
    rf"{_KEEP_SECRET}|"
    # told the other way round: "a year 6 was told by a man online to keep it a secret"
    rf"\b{_CHILD}\b (?:was|were|has been|is being|is|got) (?:asked|told) by {_KEEPER}\b(?: \w+){{0,2}}? "
    rf"{_KEEP_SECRET}")
# A surprise kept, or a game of secrets: "keep the surprise a secret", "secret santa"
_HARMLESS_SECRET = compiled(r"\b(?:secret santa|surprises?|keep (?:the|our|their) (?:party|present|gift|plan)s? "
                            r"(?:a )?secret)\b")

_GIFT = (r"(?:money|cash|£ ?\d+|\d+ ?(?:quid|pounds)|\d+$|phones?|(?:an? |new )?iphones?|mobiles?|sim cards?|"
         r"(?:phone )?credit|gifts?|presents?|trainers|clothes|jewellery|vapes?|cigarettes|cigs|weed|drugs|alcohol|"
         r"drink|designer \w+|lifts|takeaways?)")
_GIVE = (r"(?:gives|gave|giving|give|buys|bought|buying|sends|sent|sending|hands|handed|handing|keeps (?:giving|"
         r"buying|sending|handing))")
# One child, not a class or a year group given something for the school's ends ("a man from the bank gave year 6 money
# for the charity stall", "the coach gave the boys money for the bus")
_ONE_CHILD = (r"(?:(?:(?:a|an|one of (?:my|our|the)|this|that|my|our) (?:\w+ ){0,2}?(?:kid|child|pupil|student|girl|"
              rf"boy|lad|son|daughter|{YEAR}(?! ?s\b)))|her|him)")
_GIFTS = compiled(
    # "an older boy keeps giving a year 7 money", "an older man bought a y10 girl a phone"
    rf"\b{_OLDER}\b(?: \w+){{0,3}}? {_GIVE} {_ONE_CHILD}\b(?: \w+){{0,2}}? {_GIFT}\b|"
    # "an older boy gives vapes to a year 7"
    rf"\b{_OLDER}\b(?: \w+){{0,3}}? {_GIVE} (?:\w+ ){{0,2}}?{_GIFT} to {_ONE_CHILD}\b|"
    # "a y9 girl has a new iphone from an older man", "keeps getting gifts from an older guy"
    rf"\b{_ONE_CHILD}\b(?: \w+){{0,3}}? (?:has|has got|got|gets|getting|given|was given|is given|receives|received|"
    rf"keeps getting|been getting|been given) (?:\w+ ){{0,3}}?{_GIFT} (?:\w+ ){{0,2}}?(?:from|by) {_OLDER}\b")

_NUDE = (r"(?:nudes?|nude (?:pics?|pictures?|photos?|images?|selfies?|videos?)|naked (?:pics?|pictures?|photos?|"
         r"images?|selfies?|videos?)|sexts?|sexual (?:pics?|pictures?|photos?|images?|videos?)|"
         r"indecent (?:pics?|pictures?|photos?|images?)|dick pics?)")
_SENT = (r"(?:sent|sends|sending|send|received|receives|receiving|got|gets|getting|shared|shares|sharing|"
         r"was sent|were sent|has been sent|is being sent|been sent|keeps getting|keeps sending|"
         r"asked for|asked to send|swapping|swapped|exchanging|exchanged|took|taking)")
# A pupil, in particular, sending or sent nude pictures: "a student was sent nude pictures", "a year 9 is sending
# nudes"; not nudes as a thing to teach or a rule asked of pupils in general ("can pupils be taught about nudes?")
_NUDES = compiled(
    rf"\b(?:a|an|the|my|our|one of (?:my|our|the)|two|some|this|that|his|her) (?:\w+ ){{0,2}}?{_CHILD}\b"
    rf"(?: \w+){{0,3}}? (?:is |was |has |have |had |been |keeps )*{_SENT} (?:\w+ ){{0,3}}?{_NUDE}\b|"
    rf"\b{_NUDE}\b(?: \w+){{0,2}}? (?:of|from|to|by) (?:a|an|the|my|our|one of (?:my|our|the)|his|her) "
    rf"(?:\w+ ){{0,2}}?{_CHILD}\b")


def grooming_sign_named(words: str) -> bool:
    """The (plain) words tell of an adult or someone older asking a child to keep secrets or giving them gifts, or of a
    pupil sending or sent nude pictures."""
    secrets = _SECRETS.search(words) is not None and _HARMLESS_SECRET.search(words) is None
    return bool(secrets or _GIFTS.search(words) or _NUDES.search(words))

"""Attributed statements: direct quotations and reported speech, each with its speaker and cue.

Direct: the words inside a pair of quotation marks (kg/extract/quotes.py tells which marks quote, and
the rules read them all printed as “…”), attributed by the cue beside them
(`"A," he said. "B."`), by the cue before them (`X said: "..."`), or, for a paragraph that is only a
quotation, to the speaker of the paragraph before. Reported: `X said (that) ...`, `X told Y ...`,
`..., X said.`, `According to X, ...`; the text is the reported clause.
"""

from __future__ import annotations

import re
from bisect import bisect_left, bisect_right
from functools import cache
from itertools import chain, islice
from typing import NamedTuple

from kg.extract.affiliations import role_pattern
from kg.extract.gazetteer import lookup, prominent
from kg.extract.lexicon import alternation, lines, reporting_verbs, word_set
from kg.extract.names import (NOT_NAMES, ORGANIZATION_NOUNS, PERSON_TIES, POSSESSIVE_MARKS, common_word,
                              news_outlet, person_nouns, role_modifiers, titles)
from kg.extract.quotes import OPEN_MARK, Quotation
from kg.extract.speakers import APPOSITIVE_START, DOCUMENT_BY, LEADING_PHRASE, Speaker, SpeakerFinder
from kg.extract.text import Sentence, after_abbreviation, last_match
from kg.models import EntityRef, Span, Statement
from kg.resolve import MentionIndex

OPEN_MARKS = "\"“«„”`'"
WORD = re.compile(r"[^\W_]+(?:['’\-][^\W_]+)*")
TRAILING = " ,;:\n"
# rules that find a quotation's own verb beside it, however they then read who the speaker is (a pronoun, a
# name read where someone speaks): `"We tried," he said.`, `is "activating his network," said X`
ATTRIBUTING_RULES = {"quotes.speaker_then_cue", "quotes.cue_then_speaker", "quotes.cue_between", "quotes.transcript_turn"}
CUE_AFTER_RULES = {"quotes.speaker_then_cue", "quotes.cue_then_speaker"}  # `"...," X said` / `"...," said X`
PARTICIPLE_COMMA = re.compile(r"(?:,(?:''|[”\"’])?|[”\"’]?\s+and)\s$")  # "..., saying", "...,” accusing", "... and asserting"
SHARED_SUBJECT = word_set("shared_subject.txt")
# "X survived prison and says ...", "X has been critical of Y but on Tuesday wrote ..."
SHARED_SUBJECT_END = re.compile(r"\s(?:and|but)(?:\s+(?:also|later|then|(?:on|last|this|earlier|early|late)\s+[\w’']+))?$")
VERB_COMPANIONS = word_set("verb_companions.txt")
SEQUENCE_ADVERBS = word_set("sequence_adverbs.txt")
NEXT_SENTENCE = re.compile(r"[ \t]+[A-Z]")  # after a quotation that ends on a full stop
INVERTING_VERBS = word_set("inverting_verbs.txt")  # "..., said the spokesperson": the subject after the verb
CUE_OBJECTS = word_set("cue_objects.txt")  # "said nothing": what was said, no speaker
CLOSE_ANY = re.compile(r"[”\"»]|''")
CLOSE_MARKS = "\"”»'’"
WINDOW = 400  # an attribution stands within this many characters of the words it attributes
SHORT_TAIL = 120  # "..., the rights group said in a statement late on August 3.": the most a closing verb leaves
LONGEST_CLAUSE = 1500  # characters of a sentence before its attribution: news writes none longer
AUXILIARIES = alternation(lines("auxiliaries.txt"))
SAID_NOTHING = re.compile(rf"(?:nothing|little)\b(?!\s+(?:{AUXILIARIES}|\w+ed)\b)", re.I)  # not "little has changed"
FINITE_VERB = re.compile(rf"\b(?:{AUXILIARIES}|(?!(?<=[\w,;] )[A-Z])\w+ed)\b")  # not a name inside a sentence: "Mohammed"
AUXILIARY = re.compile(rf"\b(?:(?:{AUXILIARIES})(?:n['’]t)?|won['’]t)\b")
# a main clause after an opening adverbial clause: "there is ...", "the budget was ...", "no one denied"
MAIN_CLAUSE_OPENS = re.compile(rf"(?:there|(?:the|a|an|this|these|those|its|his|her|their|our|no|some|many|most)"
                               rf"(?:\s+[\w’'-]+){{1,3}}?)\s+(?:{AUXILIARIES}|\w+ed)\b")
SUBJECT_PRONOUNS = alternation(lines("subject_pronouns.txt"))
SUBJECT_PRONOUN = re.compile(rf"\b(?:{SUBJECT_PRONOUNS})\b")
PRONOUN_ASIDE = re.compile(r",\s*(?P<pronoun>he|she)\s+$")  # ", he said, ...": an attribution set in a clause
QUOTE_INTRODUCERS = alternation(lines("quote_introducers.txt"))
QUOTE_INTRODUCER = re.compile(rf"\b(?:{QUOTE_INTRODUCERS})(?:\s+\w+ly)?\s*[,:]\s*$")  # "fired back forcefully:"
# the same verbs after a quotation that ends on a comma, "?" or "!", beside its speaker: `"...," Ryan continued.`,
# `"...," shot back Trump.`; up to six words of the speaker before the verb
INTRODUCER_AFTER = re.compile(r"\s*(?P<before>(?:[\w.’'\-]+\s+){0,6}?)"
                              rf"(?P<cue>{QUOTE_INTRODUCERS})\b(?!\s+(?:to|that)\b)")
# after a speaker named after the verb: an aside at most, then a comma and the clause going on with its verb
ASIDE_THEN_CLAUSE = re.compile(rf"(?:\s*,[^,;:\"“”]{{1,120}}?)?\s*,\s*(?=(?:{AUXILIARIES})\b|\w+n['’]t\b)")
OPENING_MARKS = re.compile(r"[\s\"“'‘]*")  # what may stand between a paragraph's start and its quotation's words
LEADING_SPACE = re.compile(r"\s*")
FRONTED_PARTICIPLE = re.compile(r"\s*(?:[Aa]fter\s+|[Nn]ot\s+)?[Hh]aving\s+(?:\w+ly\s+)?")  # "Having announced that"
TRANSCRIPT_TURN = re.compile(r"([A-Z][\w.’'/\-]*(?:\s+[A-Z][\w.’'/\-]*){0,3}):\s+(?=\S)")  # "RFE/RL:" too
SENTENCE_STOP = re.compile(r"[.!?](?=\s|$)")
RELATIVE_OPENS = re.compile(r",\s+(?:who|which)\s")
# the end of an aside right before the main verb ("..., said", "... — told"), or before its auxiliaries ("...
# to bow out, has said")
ASIDE_END = re.compile(r"[,—–]\s*$")
ASIDE_END_THEN_AUXILIARIES = re.compile(r",\s*(?:(?:has|have|had|also|\w+ly)\s+){0,2}$")
RELATIVE_BEFORE = re.compile(r"\b(?:who|which)\s+(?:\w+ly\s+|has\s+|had\s+|have\s+|also\s+|once\s+){0,2}$")
RELATIVE_VERB_BEFORE = re.compile(r"\b(?:that|which|who)\s+(?:(?:would|will|could|might|may|can|should|has|had|have|also|not)\s+){0,2}$")
DAYS = alternation(w for w in word_set("date_words.txt") if w.endswith("day"))
QUESTION_PUT = re.compile(r"(?:\b(?:[Ww]hen|[Aa]fter|[Ii]f|was|were|been|being)\s+|(?<![\w,;]\s)(?=Asked\b))"
                          rf"(?P<cue>[Aa]sked)\s+(?:(?:on|last|this|late|early)\s+)?(?:(?i:{DAYS})\s+)?"  # "Asked on Monday whether"
                          r"(?:by\s+(?P<by>[^,.;:\"“”]{1,60}?)\s+)?(?:about\s+)?(?=(?:whether|if|about|what|who|whom|"
                          r"which|how|why|where|when|to)\b)")
# "was asked by host X, “...”", "... by host X, who backs him, “...”": the question is the asker's
ASKED_BY_BEFORE_QUOTE = re.compile(r"\basked\s+by\s+(?P<by>[^,.;:\"“”]{1,60}?)\s*(?:,\s+(?:who|a|an|the)\s[^\"“”]{0,200}?)?"
                                   r"[,:]?\s*$")
RELATIVE_AFTER_QUOTE = re.compile(r"[,”\"’']*\s*who\s")
RESTRICTIVE_WHO = re.compile(r"(?<=\w)\s+who\s*$")  # "critics who say": the clause says which critics
RELATIVE_SUBJECT = re.compile(r",\s*who\s*$")
# a news agency's dateline opening a paragraph: "DUSHANBE --", "WASHINGTON (AP) —", "KANO, Nigeria, Jan 5 (Reuters) -",
# "New York (AFP) –" (in title case only with its agency), or the outlet's name and a slash ("Shafaq News/ ")
DATELINE = re.compile(r"[A-Z]{3}[A-Z.'’ ]{0,40}(?:,[^()\n\-–—]{1,40})?(?:\s*\([A-Za-z ]{2,20}\))?\s*(?:--|[-–—])\s+"
                      r"|[A-Z][\w.'’]*(?: [A-Z][\w.'’]*){0,3}(?:,[^()\n\-–—]{1,40})?\s*\([A-Z][A-Za-z ]{1,20}\)\s*(?:--|[-–—])\s+"
                      r"|[A-Z][\w.]*(?: [A-Z][\w.]*){0,3}/\s+")
# a dateline without a dash: "Peshawar, Nov 20 (PTI) Gunmen ...", "ISLAMABAD: Gunmen ..." (`_past_dateline` checks
# that the agency is one and the place one)
DATELINE_WITHOUT_DASH = re.compile(r"(?P<place>[A-Z][\w.'’]*(?: [A-Z][\w.'’]*){0,3})(?:,[^()\n:\"“]{1,40})?"
                                   r"\s*(?:\((?P<agency>[A-Z][\w ]{1,30})\):?|:)\s+")  # "KABUL (PTI):" too
SUBJECT_AND_RELATIVE = re.compile(r"\s*[^,;:\"“”]{1,60},\s*who\s[^,;\"“”]*$")  # "A resident, who asked not to be named"
# a second attribution joined to the clause: "..., while Sanders suggests", "... and Trump says", "after the AP reports"
JOINERS = r"\s(?P<joiner>while|whereas|and|but|after|as|when|before|since|though|although)\s+"
JOINED_SUBJECT = re.compile(JOINERS +
                            r"(?P<subject>(?:the\s+)?[A-Z][^,;:\"“”]{0,60}?)(?P<aside>,[^,;:\"“”]{1,80},\s*)?$")
# ... or a description its aside names: "..., while a union leader, Ann Roe, said"
JOINED_DESCRIPTION = re.compile(JOINERS + r"(?P<subject>(?:a|an|the)\s(?:(?!\b(?:while|whereas|and|but)\s)[^,;:\"“”]){1,60}?)"
                                r",(?P<name>[^,;:\"“”]{1,80}),\s*$")
BOTH_WORDS = ("both", "either", "neither")  # "both he and Rubio": two subjects of one verb
JOINED_WINDOW = 160  # characters before a verb a joined subject and its aside may take
LINE_BREAK = re.compile(r"[ \t]*\n")
DASH_BEFORE_VERB = re.compile(r"\s([—–]|-(?=\s))\s*$")  # the dash that closes an aside right before the verb
LINE_DASH = re.compile(r"[―—–-]+\s*(?=\w)")  # "- Clinton.", "—Ann Roe, a teacher."
SIGNATURE_WORDS = 6  # a name and a role before the comma of a signature: more is a sentence
DASH_ATTRIBUTION = re.compile(r"\s*[―—–]+\s*|\s+-{1,2}\s+")
DESCRIPTION_START = re.compile(r"\s+(?:a|an|the|his|her|their|its|another|one)\s[^,]{1,80},")  # "said his best friend,"
APPOSITIVE_END = re.compile(r"\s*(?:[,.;(]|of\s|$)")  # "Ann Roe.", "Ann Roe of Acme Law"
# where the speaker after a cue ends: a comma, or a word that opens a phrase of time or place
SPEAKER_AFTER_CUE_END = re.compile(r",|\s(?:on|in|at|by|during|after|before|when|who|which)\s")
CLAUSE_SPEAKER_END = re.compile(r",|\s(?:on|in|at|by|during|after|before|when|who)\s")
APPOSITION_TO_END = re.compile(r"\s*(?:a|an|the)\s[^,;:\"“”]{1,80}?[.!?]?\s*")  # " a New York-based group."
NAME_ASIDE_TO_END = re.compile(r"\s*(?:(?:also|better|locally)\s+)?(?:known|called)\b[^,;:\"“”]{1,60}?[.!?]?\s*")  # " known locally as X."
OPENING_ADVERBIAL = re.compile(r"\s*(?:(?:On|In|At|After|Before|Later|Earlier|Meanwhile|Still|But|And|Yet|So|Then|"
                               r"Instead|However|Also)\b[^,“\"]{0,40},\s*)?")
LEADING_THE = re.compile(r"^(?:the|The)\s+")
# only capitalised words, after "the" at most: "told the New Yorker." names whom, and reports nothing
ONLY_A_NAME = re.compile(r"\s*(?:the\s+)?[A-Z][\w'’.&-]*(?:\s+[A-Z][\w'’.&-]*){0,5}[\s.]*")
LEADING_LOWER_THE = re.compile(r"^\s*the\s")
# the clause breaks before a subject: ", but", "; ", ": ", "where", "ABC — ", ", he", " - he". The look-ahead names
# the characters a break opens with, and the breaks after a word boundary share one "\b": the regex engine tries
# the alternatives (and "\b", which reads the Unicode class of the characters on both sides) only there
SUBJECT_BREAK = re.compile(r"(?=[;:)/,A-Zwbast]|\s[—–-])(?:[;:]\s+|\)\s*[—–-]+\s*|(?<=\w)/\s+"
                           r"|,\s+(?:(?:but|and|while|whereas)\s+|(?=(?:he|she|they|we|I)\s|[^,]{1,30}$))"
                           r"|\s[—–-]+\s+(?=(?:he|she|they|we|I|the|a|an)\s)"  # "... not new to Chicago - he wrote",
                           # "In May - a month after Roe left - the department told"
                           r"|\s[—–-]+\s+(?:but|and)\s+"  # "... - at one point, fivefold - but has since said"
                           r"|\b(?:[A-Z]{2,}[A-Z.,\s]*\s(?:[—–]|--)\s*|(?:where|when|because|as|that)\s+"
                           r"|(?:[Ww]hile|[Ww]hereas|[Aa]fter|[Bb]efore|[Ss]ince|[Aa]lthough|[Tt]hough)\s+(?=(?:the\s+)?[A-Z])))")
DASHES = ("-", "–", "—")
DETERMINERS = frozenset(("the", "a", "an", "his", "her", "their", "its", "our", "my", "your"))  # open a noun phrase
NAMES_JOINED = re.compile(r",?\s+(?:and\s+)?|,\s*")
COLON_ONLY = re.compile(r"\s*:\s*")
COLON_BEFORE = re.compile(r":\s*$")  # `Kasich resisted: "...`
NAME_COLON_WINDOW = 80  # characters before a quotation its signing name may take
MAIN_VERB_AFTER_COMMA = re.compile(rf",\s+(?:{AUXILIARIES})\b")  # ", will do": the main clause goes on
AND_BEFORE = re.compile(r"\s+and\s+$")
CLAUSE_JOIN = re.compile(r"(?:,\s+(?:but|and|while|whereas|so)|;)\s+")  # a clause with a subject of its own follows
ROLE_AND_NAME_WORDS = 8  # "Benue state police spokesperson Anene Sewuese Catherine": a trailing source's words
PARTICIPLE_AFTER_QUOTE = re.compile(r"[,.]?[\"”]?\s*,\s*[a-z]+ing\b")  # `"...", adding that`
THAT_OR_QUOTE = re.compile(r"\bthat\b|[\"“:]")
QUOTE_OPENS_CLAUSE = re.compile(r"(?:\s*[,:]?\s*|[^\"“”.;]{0,40}?[,:]\s*)[\"“]")  # `said in a statement, "..."`
COMMA_BEFORE_SOURCE = re.compile(r"\s*,\s*")  # `He stated, according to a message on Telegram, "..."`: his words
THAT_BEFORE_SOURCE = re.compile(r"(?:\s+[\w’'-]+){0,4}?\s+that\s*,?\s*")  # said Tuesday that, according to
THAT_BEFORE = re.compile(r"\bthat\s*,?\s*$")
NESTED_SUBJECT = 80  # characters of the name that opens a reported clause and speaks in it ("said Tom Day told")
# the words before the "that" of the clause, a name with a full stop inside at most ("told the news site Kun.uz that")
THAT_CLAUSE = re.compile(r"(?:[^\"“”.;]|(?<=\w)\.(?=[a-z])){0,60}?\bthat\b\s*")
# "called on the United States to attack the oil that funds ...": a verb of its own before "that", whose object it
# qualifies
INFINITIVE = re.compile(r"\bto\s+(?!(?:the|a|an|his|her|its|their|our|my|your|this|that|these|those)\b)[a-z]+\s+"
                        r"(?:the|a|an|his|her|its|their)\b")
# "said on Tuesday it would", "said last week he", "said in a statement it", "told CNN in an interview she":
# a time or a medium between the verb and the clause it reports, which opens with a subject pronoun or "there"
SAYING_OCCASIONS = alternation(word_set("document_nouns.txt") | word_set("saying_occasions.txt"))
# "in its annual report", "at a news conference", "during an interview": a document or occasion of saying
OCCASION = rf"\s+(?:a|an|the|his|her|their|its)\s+(?:[\w’'-]+\s+){{0,2}}?(?:{SAYING_OCCASIONS})"
SAYING_ADVERBIAL = (
    rf"\s+(?:(?:late|early|earlier|later)\s+)?(?:(?:on\s+)?(?i:{DAYS})|(?:(?:earlier\s+)?this|last|next)\s+"
    rf"(?:{alternation(word_set('time_words.txt'))})|(?:in|on|during){OCCASION}"
    rf"(?:\s+(?:with|to|on)\s+[A-Z][\w’'-]*(?:\s+[A-Z][\w’'-]*)?)?"
    r"|on\s+[A-Z][\w’'-]*(?:\s+[A-Z][\w’'-]*)?)")
# "asked at a news conference at the party's headquarters.": where it was said, and no clause said there
OCCASION_ONLY = re.compile(rf"\s*(?:at|in|on|during){OCCASION}\b")
ADVERBIAL_BEFORE_PRONOUN = re.compile(SAYING_ADVERBIAL + r"(?=\s+(?:he|she|they|it|we|I|there)\s)")
# "said in its annual report that", "said in a post on Facebook that", "wrote in a letter to the court that": the
# document or occasion, whatever follows its noun, before the "that" of the clause (its noun is no verb of saying)
OCCASION_THAT = re.compile(rf"\s*(?:in|on|during){OCCASION}\b[^\"“”.;]{{0,40}}?\bthat\b\s*")
# "The goal, he said on Monday, is ...", "..., as the Post reported last week, ...": the comma that ends an
# attribution set off inside a clause, after a time or an occasion at most
COMMA_AFTER_CUE = re.compile(rf"(?:{SAYING_ADVERBIAL})?\s*,\s*")
WORDS_BEFORE_PRONOUN = re.compile(r"(?:\s+[\w’'-]+){1,5}?(?=\s+(?:he|she|they|it|we|I|there)\b)")  # told reporters he
# "told reporters the senator had won", "told the crowd a deal was near": one or two words of an addressee
# ("the" at most before them, no preposition among them), then a clause that opens with an article
ADDRESSEE_BEFORE_ARTICLE = re.compile(r"(?:\s+the)?(?:\s+(?!(?:the|a|an|his|her|its|their|of|in|at|on|from|for|with|by|to|"
                                      r"about|since|after|before|during)\b)[\w’'-]+){1,2}?"
                                      r"(?=\s+(?:the|a|an|his|her|its|their)\s)")
LEADING_PUNCTUATION = re.compile(r"\s*[,:]?\s*")
# "something that Trump", "which he", "in response to what it": a relative clause whose subject stands before its
# verb, the verb of saying
RELATIVE_SUBJECT_START = r"\s+(?:[A-Z]|(?:he|she|they|we|I|it|the|his|her|their|its)\b)"
OBJECT_RELATIVE = re.compile(r"\s*(?:\w+\s+){0,3}(?:that|which|what)" + RELATIVE_SUBJECT_START)
# "..., a charge Roe rejected.": the same without "that", after a noun for what was said; it ends the clause
CLAIM_NOUNS = word_set("claim_nouns.txt")
CLAIM_RELATIVE = re.compile(r"\s*(?:a|an|the)\s+(?:\w+\s+)?(?:" + alternation(CLAIM_NOUNS) + r")s?"
                            + RELATIVE_SUBJECT_START)
# "..., a condition Erbil rejects.", "..., a move Moscow condemned": the same after any noun with "a", but one
# for a source ("..., a spokesman Ann Roe said"); with "the" a noun is mostly the source's ("the news site RTL Info")
NOUN_RELATIVE = re.compile(r"\s*(?:a|an)\s+(?:[\w’'-]+\s+)?(?P<noun>[a-z][\w’'-]*)" + RELATIVE_SUBJECT_START)
AS_REPORTED = re.compile(r"\s*[\"“]?(?:(?:but|and|yet|so)\s+)?as\s", re.I)
SUBORDINATORS = lines("subordinators.txt")
ADVERBIAL_CLAUSE = re.compile(rf"\s*[\"“]?(?:(?:but|and|yet|so)\s+)?(?:(?:{alternation(lines('subordinator_modifiers.txt'))})\s+)?"
                              rf"(?:{alternation(SUBORDINATORS)})\s", re.I)  # "Shortly after Roe announced ..., Lee ..."
# "because, according to Trump, the media would ...": a word that opens the clause the source then reports
# ("so" does, but not in "declined to do so" or "an hour or so")
# after a source set off inside a sentence, words that carry on the clause before it: "Rates fell, according
# to X, as ships returned", "..., according to the charity, and is a leading cause"
GOING_ON_RULES = ("quotes.continuation", "quotes.cue_between")  # a quotation's speaker is the one before's
CLAUSE_GOES_ON = re.compile(rf"{ADVERBIAL_CLAUSE.pattern}|\s*(?:and|but|despite|amid)\s", re.I)
RELATIVE_GOES_ON = re.compile(r"\s*(?:where|which)\s")  # "..., according to X, where 400 seats are at stake"
CLAUSE_OPENS_BEFORE = re.compile(rf"\b(?:{alternation(SUBORDINATORS)}|that|and|but|(?<!\bdo )(?<!\bdid )(?<!\bor )so)$", re.I)
ADDRESSEE_UNIT = re.compile(r"['’]s\s+")  # "told RFE/RL's Kyrgyz Service"
ADDRESSEE_ASIDE = re.compile(r",\s*(?:(?:also|better|locally)\s+)?(?:known|called)\b[^,;\"“”]{0,60},")  # ", known as X,"
CLAUSE_COMMA = re.compile(r",\s")  # not the comma of "$24,000"
COORDINATION_AFTER_CUE = re.compile(r",\s+(?:and|but|or|yet)\s")  # "agreed, and the mayor said"
# ", after Ann Lee said ...," right after a verb of saying: when or why it was said; what was said follows
ASIDE_AFTER_CUE = re.compile(rf",\s*(?:{alternation(w for w in SUBORDINATORS if w not in word_set('conditional_subordinators.txt'))})\b")
INVERTED_SOURCE = re.compile(r"\s+(?:the|a|an)\s+(?:[\w’'-]+\s+){0,3}?[\w’'-]+\s*(?:[,;]|\.?\s*$)")  # "said the spokesperson,"
CONJUNCTION_AFTER_COMMA = re.compile(r",\s+(?:but|and|while|whereas)\s")
BUT = re.compile(r"\sbut\s+")
# the words after a comma that open a clause of its own (not "as": "..., as the Post reported" cites a source)
CLAUSE_OF_ITS_OWN = re.compile(rf"(?:{alternation(w for w in SUBORDINATORS if not w.startswith('as'))}|but|and|yet)\s", re.I)
# words that open a phrase before a sentence's subject (lower case), and how many such phrases a verb's
# shared subject is looked for after
PHRASE_OPENERS = word_set("clause_openers.txt") | word_set("phrase_openers.txt") \
    | {word.lower() for word in lines("opening_phrase_words.txt")}
OPENING_PHRASES = 3
TRAILING_BRACKETS = re.compile(r"\s*(?:\([^()]{0,30}\))?\s*")  # "Paul Ryan (R-WI)"
INTRODUCTION_WORDS = 5  # words of title and role before a name that opens a sentence
VERB_TO_QUOTE = 4  # words between a verb of saying and the quotation it introduces: "said on Tuesday that"
SPEECH_WORDS = 5  # words of a quotation that make it speech rather than a term or a title (`_looks_like_speech`)
# a person named last before a he or she who speaks beside the name: "..., said Ann Roe", "Roe said",
# "asked Roe how ..." (the verbs of QUESTION_VERBS: the one asked answers)
VERB_BESIDE = 30  # characters between the name and the verb, at most
DESCRIBED_SENTENCES = 6  # quotation sentences a definite description's subject is looked for past, at most
OPENING_QUOTES = "\"“‘'"
QUOTE_CLOSE_LEAD = 4  # characters of a closing mark, comma and space a subject's region may open with
PRONOUN_CHAIN = 3  # sentences whose subject is a pronoun that a pronoun's subject is followed back through
QUESTION_VERBS = word_set("question_verbs.txt")
INVERTED_BEFORE = re.compile(r"[,\"”']\s*$")  # `..., said` / `..." said`: the subject follows the verb ...
CLAUSE_END = re.compile(r"\s*(?:[,.;]|$)")  # ... and ends the clause: not `..., praised Obama's record`
POSSESSIVE_AFTER = re.compile(r"['’]s?(?!\w)")  # "Clinton's position", "Sanders' plan"
POSSESSED_ROLE = re.compile(r"['’]s?(?:\s+[\w-]+){0,3}\s+[a-z][\w-]*")  # "'s top challenger", "'s Indiana chairman"
NAME_SET_OFF_END = re.compile(r"(?:\s+of\s+[A-Z][\w.]*(?:\s+[A-Z][\w.]*)?|\s*\([^()]{1,30}\))?,")  # " of Ohio,", " (R-Ohio),"


class Cue(NamedTuple):
    """A reporting verb at a place in the text (a named tuple: made for most verbs of every sentence, and a
    frozen dataclass costs five times as much to make)."""

    word: str
    lemma: str
    start: int
    end: int
    takes_addressee: bool
    participle: bool = False  # ", accusing Sandu of ...": shares the subject of the sentence


class CueIndex:
    """The reporting verbs of one text, found in a single scan and then looked up by range: the
    attribution rules ask about many overlapping windows of the same sentence."""

    def __init__(self, text: str):
        self.text = text
        verbs = reporting_verbs()
        heads = _phrasal_heads()
        self.words = []
        spaced = " " + text  # a space before the first word, as before any other
        for match in chain.from_iterable(pattern.finditer(spaced) for pattern in _cue_words()):
            word, (start, end) = match.group("word"), (match.start("word") - 1, match.end() - 1)
            if word in heads:  # "pointed out", "talked about"
                particle = PARTICLE.match(text, end)
                if particle and f"{word} {particle.group(1)}" in verbs:
                    self.words.append((start, particle.end(), f"{word} {particle.group(1)}"))
                    continue
            if word in verbs or word.lower() == "according":
                self.words.append((start, end, word))
        self.words.sort()  # the words after a space, then the others: in text order
        self.starts = [start for start, _, _ in self.words]
        # a word's cue by (where it starts, where its context starts): the context is clipped by the start
        # of the window asked about only within REACH of the word, and windows of one sentence share starts
        self.readings: dict[tuple[int, int], Cue | None] = {}

    def between(self, start: int, end: int) -> list[Cue]:
        """Reporting verbs and "according to" in text[start:end], read with no context before start."""
        cues = []
        for position in range(bisect_left(self.starts, start), bisect_left(self.starts, end)):
            word_start, word_end, word = self.words[position]
            if word_end > end:
                break
            key = (word_start, max(start, word_start - REACH))
            if key in self.readings:
                cue = self.readings[key]
            else:
                cue = self.readings[key] = _cue(self.text, start, word_start, word_end, word)
            if cue is not None:
                cues.append(cue)
        return cues


CONTEXT = 24  # how far back a cue's words are read
QUOTED_AS_REACH = 170  # characters before "as saying" that "quoted" and who is quoted may take
WITH_NAME_REACH = 60  # characters before a participle that "with" and a name may take ("with Sen. John McCain calling")
REACH = max(CONTEXT, QUOTED_AS_REACH, WITH_NAME_REACH)  # how far back any of a cue's tests reads: a window that
# starts further back reads the same cue
PARTICLE = re.compile(r"\s+([a-z]+)\b")


@cache
def _cue_words() -> tuple[re.Pattern, re.Pattern]:
    """The words of `WORD.finditer` that may be a cue: a reporting verb, the head of a phrasal one, or
    "according" in any case, as the group `word` after the character before it. The look-arounds and
    that character hold a match to a whole word as WORD reads it, so the scan skips the other words in
    the regex engine instead of looking each up in Python; matching the character before the word
    (rather than looking behind for it) lets the engine skip straight to the next one that is no letter
    or digit, a third fewer instructions.

    Two scans: the words after a space, and those after any other character that is no letter or digit
    (`[\\W_]`: one of the few other ASCII characters, or one outside ASCII that the look-behind then tests).
    The engine skips to a character it is given in a tight loop, and to one of an ASCII class without
    looking up each character's Unicode class: a quarter less time than one scan after `[\\W_]` (in
    about as many instructions: the time saved is the branches the class test mispredicts)."""
    forms = {form for form in reporting_verbs() if " " not in form} | _phrasal_heads()
    word = rf"(?P<word>{alternation(forms)}|[Aa](?i:ccording))(?![^\W_]|['’\-][^\W_])"
    return re.compile(" " + word), re.compile(r"[^ 0-9A-Za-z](?<=[\W_])(?<![^\W_]['’\-])" + word)


@cache
def source_description() -> re.Pattern:
    """ " a senior researcher at the Eurasian Institute," after "According to Ann Roe,": an apposition
    that says who the source is, a role and where it is held, closed by a comma."""
    return re.compile(rf"\s*(?i:a|an|the)\s+(?:[\w\-’']+\s+){{0,4}}?(?:{role_pattern()})"
                      rf"(?:\s+(?:at|of|for|with|in)\s+[^,.;:“”\"]{{1,80}})?,", re.I)


@cache
def _phrasal_heads() -> frozenset[str]:
    """The verbs that open a phrasal reporting verb: "pointed" of "pointed out"."""
    return frozenset(form.split()[0] for form in reporting_verbs() if " " in form)


def _cue(text: str, start: int, word_start: int, word_end: int, word: str) -> Cue | None:
    """The cue this word is, reading the words before it back to `start`, or None."""
    lower = word.lower()
    if lower == "according":
        return Cue("according to", "according to", word_start, word_end + 3, False) \
            if text[word_end:word_end + 3] == " to" else None
    window = text[max(start, word_start - CONTEXT):word_start].lower()
    before = window.split()
    # "She went on to say that", "was quick to add": the words before "to" are part of the verb
    continued = next((phrase for phrase in (" ".join(before[-3:-1]), " ".join(before[-2:-1]))
                      if phrase in REPORTING_BEFORE_TO), None) if before[-1:] == ["to"] else None
    if before and before[-1] in NOT_REPORTING_BEFORE and not continued \
            and not (lower.split()[0].endswith("ing") and before[-1] in PROGRESSIVE):
        return None  # "to say", "is said to", "the said": not someone reporting speech
    if _negated_or_asked(before):
        return None  # "did not immediately respond", "asked whether he would complain": no statement was made
    if lower in CLAUSE_ONLY_CUES and not CLAUSE_START.match(text, word_end):
        return None  # "swing states", "found himself": not a verb of saying here
    lemma, addressee = reporting_verbs()[lower]
    if lemma == "cite" and QUOTED_AFTER.match(text, word_end):
        return None  # "TASS cited police as saying ...": the verb of the one quoted is the cue, not the citing
    if lemma == "deny" and WITHHELD.match(text, word_end):
        return None  # "denied him the right to work", "denied the men access to counsel": a refusal
    if before[-1:] and before[-1] in GERUND_PREPOSITIONS and lower.split()[0].endswith("ing"):
        return Cue(word, lemma, word_start, word_end, addressee, participle=True)  # "by saying": the subject's
    if before and before[-1] in NOUN_MARKERS and not _capitalised_before(text, word_start):
        return None  # "with reports", "the claims": a noun
    if before and before[-1] in ADJECTIVE_MARKERS and lower.endswith("ed"):
        return None  # "over claimed violations": an adjective
    if before and before[-1].replace(",", "").isdigit() and lower.endswith("ed") and COUNTED_NOUN.match(text, word_end):
        return None  # "475 pledged delegates", "12 reported cases": an adjective between a number and its noun
    if before and (before[-1] in PLURAL_COUNTS or before[-1].isdigit()) and lower.endswith("s") and lower != lemma:
        return None  # "two reports of burns", "several claims": a plural noun, as a verb in -s has one subject
    if len(before) > 1 and before[-2] in PHRASE_PREPOSITIONS and before[-1].isalpha() and lemma in CLAIM_NOUNS \
            and lower == lemma + "s" and not _capitalised_before(text, word_start):
        return None  # "on extortion charges that ...", "over fraud claims": a plural noun in a phrase
    if len(before) > 1 and YEAR.fullmatch(before[-1]) and before[-2] in NOUN_MARKERS:
        return None  # "that 2013 report", "the 2016 statements": a noun after a date, not "42% say"
    passive = lower.endswith("ed") and PASSIVE_AGENT.match(text, word_end)
    if passive and passive.group(1).lower() not in MEANS_AFTER_BY:
        return None  # "the divide highlighted by the shootings": a passive participle, not a speaker's verb
    if lower.split()[0].endswith("ing"):
        if before and before[-1] in PROGRESSIVE or before[-1:] == ["as"] and QUOTED_AS.search(
                text, max(start, word_start - QUOTED_AS_REACH), word_start):
            return Cue(word, lemma, word_start, word_end, addressee)  # "is telling reporters that", "quoted him as saying"
        if PARTICIPLE_COMMA.search(text, max(start, word_start - 6), word_start):
            return Cue(word, lemma, word_start, word_end, addressee, participle=True)
        if NAME_AFTER_WITH.search(text, max(start, word_start - WITH_NAME_REACH), word_start):
            return Cue(word, lemma, word_start, word_end, addressee)  # "..., with Sen. John McCain telling reporters"
        return None
    if lower == lemma and lemma not in VERB_ONLY_CUES and not _base_form_subject(before) \
            and not CLAUSE_AFTER.match(text, word_end):
        return None  # "the Central Asian state", "on charges": a noun, not a verb; "Aides to Clinton say she" is one
    at = window.rfind(f"{continued} to") if continued else -1
    return Cue(word, lemma, word_start - len(window) + at if at >= 0 else word_start, word_end, addressee)


def _noun_relative(words: str) -> bool:
    """Whether `words` are a noun and the subject of a relative clause (`NOUN_RELATIVE`), not a source: no
    noun for one, no preposition ("a report by Human Rights Watch said")."""
    relative = NOUN_RELATIVE.match(words)
    noun = relative.group("noun").lower() if relative else None
    return noun is not None and noun not in person_nouns() and noun not in ORGANIZATION_NOUNS \
        and noun not in PHRASE_PREPOSITIONS


def _negated_or_asked(before: list[str]) -> bool:
    """Whether, in the cue's clause, a negation stands among the three words before it ("did not
    immediately respond", "wouldn't say"; not "Roe, who didn't attend, said") or "whether" among the four
    ("asked whether he would comment", "unclear whether the firm will confirm": a question about saying).
    The clause ends at the last punctuation before the cue ("it,''": the quotation's words are another);
    one walk back over the words serves both tests."""
    for distance, word in enumerate(reversed(before[-4:]), 1):
        if word == "whether" or distance <= 3 and (word in NEGATIONS or word.endswith(NEGATED_AUXILIARY)):
            return True
        if word.rstrip(QUOTE_MARKS).endswith(CLAUSE_PUNCTUATION):
            return False
    return False


NEGATED_AUXILIARY = ("n't", "n’t")
CLAUSE_PUNCTUATION = (",", ";", ":", ")")
QUOTE_MARKS = "'\"”’"
# "quoted Lavrov as saying", "cited police as saying", "was quoted (by Interfax) as saying": who is quoted is the
# speaker, an apposition and all ("quoted Ann Roe, a lawyer for the family, as saying")
QUOTED_WHO = r"[^;:.“”\"]{1,150}?"
QUOTED_AS = re.compile(r"(?:\s(?:is|are|was|were|been|being)\s+(?:quoted|cited)(?:\s+by\s+[^,;:.“”\"]{1,60}?)?"
                       rf"|\s(?:quoted|cited)\s+(?P<who>{QUOTED_WHO}))\s+as\s+$")
QUOTED_AFTER = re.compile(rf"\s+{QUOTED_WHO}\s+as\s+saying\b")  # "cited police as saying": who is quoted, and the verb
LETTER = re.compile(r"[^\W\d_]")
NAME_CONNECTORS = word_set("name_connectors.txt")  # "of", "the": lower case inside a title
AS_FOLLOWS = re.compile(r"\s+(?:(?:is|are|was|were)\s+)?as\s+follows$")  # before a colon that opens a quotation
CLAUSE_ONLY_CUES = word_set("clause_only_cues.txt")
WITHHELD = re.compile(rf"(?:\s+(?:him|her|them|us|me|(?:the|those|these)\s+[\w-]+))?\s+"
                      rf"(?:{alternation(lines('withheld_things.txt'))})(?=\s+(?:to|for|in)\b|[.,;]|$)",
                      re.I)  # "denied him the right to work", not "denies any abuses of rights"
CLAUSE_WORDS = alternation(lines("clause_starts.txt") + lines("subject_pronouns.txt"))
CLAUSE_START = re.compile(rf"\s*(?:[:\"“]|(?:{CLAUSE_WORDS})\s)")  # "claims that", "found: ...", "states he"
CLAUSE_AFTER = re.compile(rf"\s+(?:{CLAUSE_WORDS})\s")
NOT_REPORTING_BEFORE = word_set("not_reporting_before.txt")
IRREGULAR_PAST = word_set("irregular_past_verbs.txt")  # "rose" of "said prices rose"
REPORTING_BEFORE_TO = word_set("reporting_before_to.txt")  # "went on" to say, "was quick" to add
NEGATIONS = word_set("negations.txt")
COUNTED_NOUN = re.compile(r" (?!(?:its|his|this|was|has|us)\b)[a-z]+s\b")  # "delegates", not "this"
NOUNS_IN_LY = word_set("nouns_in_ly.txt")  # "family": not an adverb before the verb
PROGRESSIVE = word_set("progressive_auxiliaries.txt")
GERUND_PREPOSITIONS = word_set("gerund_prepositions.txt")
GERUND_PREPOSITION_BEFORE = re.compile(rf"\s+(?:{alternation(lines('gerund_prepositions.txt'))})\s+$", re.I)
VERB_ONLY_CUES = word_set("verb_only_cues.txt")
NOUN_MARKERS = word_set("noun_markers.txt")
ADJECTIVE_MARKERS = word_set("adjective_markers.txt")
BASE_FORM_SUBJECTS = word_set("base_form_subjects.txt")
PLURAL_COUNTS = word_set("plural_counts.txt")
PHRASE_PREPOSITIONS = word_set("phrase_prepositions.txt")
YEAR = re.compile(r"(?:19|20)\d\d")
NAME_AFTER_WITH = re.compile(r"\bwith\s+(?P<name>(?:[A-Z][\w.’'-]*\s+){1,5})$")  # the subject of an -ing verb after it
PASSIVE_AGENT = re.compile(r"\s+by\s+(?!\w+ing\b)([\w-]+)")  # not "responded by saying"
MEANS_AFTER_BY = word_set("means_after_by.txt")


def _capitalised_before(text: str, offset: int) -> bool:
    """Whether the word before offset is capitalised ("the Daily News claims": a name, not "the news")."""
    words = text[max(0, offset - 30):offset].split()
    return bool(words) and words[-1][:1].isupper()


def _base_form_subject(before: list[str]) -> bool:
    """Whether a verb in its base form ("say", "claim") follows a subject that takes it."""
    if not before:
        return False
    previous = before[-1].strip(",;:")
    return (previous in BASE_FORM_SUBJECTS or previous[:1].isdigit()  # "42% say", "six in 10 say"
            or (previous.endswith("s") and not previous.endswith(("ss", "'s", "’s")) and previous.isalpha()))


QUOTE_MARKS = "\"“”"


def _trim(text: str, start: int, end: int) -> tuple[int, int]:
    while start < end and text[start] in TRAILING + QUOTE_MARKS:
        start += 1
    while end > start and text[end - 1] in TRAILING + "." + QUOTE_MARKS:
        end -= 1
    return start, end


def _balanced(text: str, start: int, end: int, trimmed_start: int, trimmed_end: int) -> tuple[int, int]:
    """The trimmed span, but with a quotation mark trimmed off that closes (or opens) one left inside it:
    'the law was "balanced".' is reported as 'the law was "balanced"', not 'the law was "balanced'."""
    if sum(text.count(mark, trimmed_start, trimmed_end) for mark in QUOTE_MARKS) % 2 == 0:
        return trimmed_start, trimmed_end
    closings = [at for at in (text.find(mark, trimmed_end, end) for mark in QUOTE_MARKS) if at >= 0]
    if closings:
        return trimmed_start, min(closings) + 1
    openings = [at for at in (text.rfind(mark, start, trimmed_start) for mark in QUOTE_MARKS) if at >= 0]
    return (max(openings), trimmed_end) if openings else (trimmed_start, trimmed_end)


class StatementFinder:
    def __init__(self, text: str, paragraphs: list[Span], sentences: list[Sentence], index: MentionIndex,
                 speakers: SpeakerFinder, quotes: list[Quotation], printed: str):
        """`text` is the article `as_double_quoted`, what the rules read; `printed` the article as printed,
        what statements quote."""
        self.text = text
        self.printed = printed
        self.quotes = quotes
        self.quoted = QuotedSpans(quotes)
        self.paragraphs = paragraphs
        self.sentences = sentences
        self.sentence_starts = [s.start for s in sentences]
        self.index = index
        self.speakers = speakers
        speakers.subject_before = self.subject_before
        self.cues = CueIndex(text)
        self.subject_bounds: dict[tuple[int, int], tuple[int, int]] = {}  # read by `_subject_bounds`
        self.statements: list[Statement] = []
        # the direct quotations whose "he" or "she" was read as a person named before: where in
        # `statements`, and the pronoun (`unnamed_source_between`)
        self.pronoun_quotes: list[tuple[int, tuple[str, int]]] = []

    def sentence_at(self, offset: int) -> Sentence:
        position = bisect_right(self.sentence_starts, offset) - 1
        if position >= 0 and self.sentences[position].start <= offset < self.sentences[position].end:
            return self.sentences[position]
        return Sentence(offset, offset, -1)

    def run(self) -> list[Statement]:
        self.direct(self.quotes)
        self.reported(self.quotes)
        self.unnamed_source_between()
        self.after_reported(self.quotes)
        self.continue_reported_speaker()
        self.turns(self.quotes)
        self.questions(self.quotes)
        self.statements.sort(key=lambda s: (s.content.start, s.content.end))
        return self.statements

    def unnamed_source_between(self) -> None:
        """A quotation's "he" or "she" read as a person named before it is the unnamed source the reported
        statements read in between, if any: `A spokesman for the union said crews were tired. "We are
        exhausted," he said. "Nobody thanks us."` (quotations are read before reported statements), if a
        statement of the paragraph is that source's. So are the quotations that go on from it."""
        paragraph_starts = [p.start for p in self.paragraphs]
        reported = sorted((s.evidence.start, s.speaker_description) for s in self.statements
                          if s.kind == "indirect" and s.speaker is None)
        reported_starts = [start for start, _ in reported]
        for position, (_, offset) in self.pronoun_quotes:
            unnamed = self.speakers.unnamed_before(offset)
            paragraph_start = paragraph_starts[max(0, bisect_right(paragraph_starts, offset) - 1)]
            in_paragraph = reported[bisect_left(reported_starts, paragraph_start):bisect_left(reported_starts, offset)]
            if unnamed is None or not any(description == unnamed for _, description in in_paragraph):
                continue
            named = self.statements[position].speaker
            for following in range(position, len(self.statements)):
                statement = self.statements[following]
                if statement.speaker != named or following > position and statement.rule not in GOING_ON_RULES:
                    break
                self.statements[following] = statement.model_copy(update={
                    "speaker": None, "speaker_description": unnamed,
                    "rule": statement.rule.replace("+pronoun", "+pronoun_unnamed")})

    def continue_reported_speaker(self) -> None:
        """A quotation paragraph read as going on from the quotation before it goes on from the person
        whose words the paragraph before reported instead: `"A," Ryder wrote.` ⏎ `If anything, Ash argued,
        the rule is wrong.` ⏎ `"B."` is Ash's. The quotations that go on from it follow."""
        reported = sorted((s for s in self.statements if s.kind == "indirect" and s.speaker is not None
                           and s.speaker.kind == "person"), key=lambda s: s.evidence.start)
        starts = [s.evidence.start for s in reported]
        paragraph_starts = [p.start for p in self.paragraphs]
        previous: Statement | None = None
        previous_renamed: EntityRef | None = None  # whom the statement before now goes on from, if renamed
        for position, statement in enumerate(self.statements):
            if statement.kind != "direct" or statement.rule == "quotes.after_reported":
                continue
            renamed = None
            if previous is not None and statement.rule == "quotes.continuation":
                at = bisect_right(starts, statement.content.start) - 1
                between = reported[at] if at >= 0 else None
                paragraph = bisect_right(paragraph_starts, statement.content.start) - 1
                opens_paragraph = OPENING_MARKS.match(self.text, paragraph_starts[paragraph],
                                                      statement.content.start).end() == statement.content.start
                speaker = between.speaker if between is not None and paragraph > 0 and opens_paragraph \
                    and between.evidence.start >= max(previous.evidence.end, paragraph_starts[paragraph - 1]) \
                    and between.evidence.end < statement.content.start else previous_renamed
                if speaker is not None and speaker != statement.speaker:
                    statement = self.statements[position] = statement.model_copy(
                        update={"speaker": speaker, "speaker_description": None,
                                "rule": "quotes.continuation_after_reported"})
                    renamed = speaker
            previous, previous_renamed = statement, renamed

    def after_reported(self, quotes: list[Quotation]) -> None:
        """A quotation left unattributed that is a sentence of its own right after a sentence of reported
        speech, in the same paragraph or opening the next ("Starmer ... said they had been tried before. “I
        voted against his legislation ...”"): the words of that statement's named speaker, going on."""
        direct = {s.content.start for s in self.statements if s.kind == "direct"}
        reported = sorted(((s.evidence.end, s) for s in self.statements if s.kind == "indirect" and s.speaker),
                          key=lambda pair: pair[0])
        ends = [end for end, _ in reported]
        for quote in quotes:
            start, end = _trim(self.text, quote.start, quote.end)
            if end <= start or start in direct or quote.close_mark == quote.end:
                continue
            sentence = self.sentence_at(quote.open_mark)
            if sentence.start != quote.open_mark or sentence.end - quote.close_mark > 3 \
                    or self.text[quote.close_mark:sentence.end].strip(" .,!?”\"") \
                    or quote.paragraph < 0:
                continue  # not a sentence of its own, or words of attribution after it
            at = bisect_right(ends, quote.open_mark) - 1
            if at < 0 or quote.open_mark - ends[at] > 3 or self.text[ends[at]:quote.open_mark].strip():
                continue  # the sentence right before reports no one's words
            statement = reported[at][1]
            if statement.speaker.kind == "person" and any(ref == statement.speaker for _, _, ref in self.index.within(start, end)):
                continue  # `Obama spoke about Muslims.` ⏎ `"Obama said in his speech ..."`: people seldom name themselves
            content = self.printed[start:end]
            words = _leading_words(self.printed, start, end, SPEECH_WORDS)
            if not _looks_like_speech(words, content) or len(words) < SPEECH_WORDS:
                continue
            self.statements.append(Statement(
                kind="direct", text=content, content={"start": start, "end": end},
                evidence={"start": sentence.start, "end": max(sentence.end, quote.close_mark)},
                speaker=statement.speaker, speaker_description=None, cue=statement.cue, addressee=None,
                rule="quotes.after_reported"))

    # direct quotations -----------------------------------------------------------------------
    def direct(self, quotes: list[Quotation]) -> None:
        previous: Statement | None = None
        previous_cue: Cue | None = None
        for position, quote in enumerate(quotes):
            start, end = _trim(self.text, quote.start, quote.end)
            if end <= start:
                continue
            turn = self.quoted_turn(quote)
            if turn is not None:  # `"WALLACE: Let's start with ...`: a transcript quoted turn by turn
                start = max(start, turn[1].end)
            signed = self.attribute_by_signature_line(quote)
            if signed is not None:  # the signature is no part of what was said
                start, end = _trim(self.text, start, self.text.rfind("\n", start, end))
            content = self.printed[start:end]
            words = _leading_words(self.printed, start, end, SPEECH_WORDS)
            attribution = turn or signed or (self.attribute_by_name_colon(quote) or self.attribute_by_verb_right_before(quote)
                           or self.attribute_after(quote) or self.attribute_by_dash_line(quote)
                           or self.attribute_between(quote, quotes[position - 1] if position else None, previous,
                                                     previous_cue)
                           or self.attribute_before(quote)
                           or self.attribute_by_colon(quote) or self.attribute_to_sentence_subject(quote)
                           or self.attribute_runs_on(quote, quotes[position + 1] if position + 1 < len(quotes) else None))
            rule = attribution[2] if attribution else None
            speaker, cue = (attribution[0], attribution[1]) if attribution else (None, None)
            if speaker is None and previous is not None and (previous.speaker or previous.speaker_description) \
                    and _looks_like_speech(words, content):
                same_paragraph = quotes[position - 1].paragraph == quote.paragraph if position else False
                only_quote = self._opens_paragraph(quote)
                continues = quotes[position - 1].close_mark == self.paragraphs[quotes[position - 1].paragraph].end
                if same_paragraph or (only_quote and (continues or quote.paragraph - quotes[position - 1].paragraph <= 1)):
                    speaker = Speaker(previous.speaker, previous.speaker_description, "quotes.continuation")
                    rule = "quotes.continuation"
                    cue = previous_cue
            if speaker is None:
                continue
            title = _title_case(words)
            if title and len(words) <= 4 and not self._one_word_answer(quote, words):
                continue  # a title or a name in quotation marks: "Winter Sale", "Abzas Media", "State of the Union"
            attributed = cue is not None and rule.split("+")[0] in ATTRIBUTING_RULES and (
                speaker.ref is not None or "+" not in rule  # not a title then "said" and a description,
                or not title and _looks_like_speech(words, self.text[start:quote.end]))
            # but `"We expect more cuts," officials said`, not `"Bridge of Spies," which recounts`
            if not attributed and not _looks_like_speech(words, content) and not self._in_reported_sentence(quote):
                continue  # a scare-quoted term
            sentence = self.sentence_at(quote.open_mark)
            named_again = self.speakers.not_named_inside(speaker, start, end)
            if named_again is not speaker:
                speaker, rule = named_again, rule + "+not_named_inside"
            subject = self._subject_meant(speaker, start, end)
            if subject is not speaker:
                speaker, rule = subject, rule + "+sentence_subject"
            statement = Statement(
                kind="direct", text=content, content={"start": start, "end": end},
                evidence={"start": min(sentence.start, quote.open_mark), "end": max(sentence.end, quote.close_mark)},
                speaker=speaker.ref, speaker_description=speaker.description,
                cue=cue.word if cue else None, addressee=self.addressee(cue) if cue else None, rule=rule)
            if speaker.pronoun_at is not None and speaker.ref is not None:
                self.pronoun_quotes.append((len(self.statements), speaker.pronoun_at))
            self.statements.append(statement)
            previous, previous_cue = statement, cue

    def attribute_runs_on(self, quote: Quotation, following: Quotation | None) -> tuple[Speaker, Cue | None, str] | None:
        """A quotation that opens its paragraph and is left open runs on into the next paragraph's, as news
        prints a long quotation: `"A ...` ⏎ `"B ...," he said.` is one speaker's, the one of B's attribution."""
        if following is None or quote.close_mark != quote.end or following.paragraph != quote.paragraph + 1 \
                or not self._opens_paragraph(quote) or not self._opens_paragraph(following):
            return None
        attribution = self.attribute_after(following)
        if attribution is None or attribution[0].ref is None:
            return None
        speaker, cue, rule = attribution
        return Speaker(speaker.ref, None, "quotes.runs_on"), cue, "quotes.runs_on"

    def _opens_paragraph(self, quote: Quotation) -> bool:
        """Whether only spaces stand between the paragraph's start and the quotation's opening mark. Read
        up to the first other character: slicing up to the mark costs the length of a long paragraph
        for each of its quotations."""
        start = self.paragraphs[quote.paragraph].start
        return LEADING_SPACE.match(self.text, start, quote.open_mark).end() == quote.open_mark

    def _one_word_answer(self, quote: Quotation, words: list[str]) -> bool:
        """Whether a quotation is one everyday word that opens its sentence or follows a comma or colon,
        and ends a sentence or a clause inside its marks (`said, "No."`, `"Never," she said`): an answer,
        not a title (`the spot titled "Dangerous,"`)."""
        if len(words) != 1 or not common_word(words[0]) or self.text[quote.start:quote.end].rstrip()[-1:] not in ".,!?":
            return False
        before = self.text[max(0, quote.open_mark - 3):quote.open_mark].rstrip()
        return self.sentence_at(quote.open_mark).start == quote.open_mark or before[-1:] in (",", ":")

    def _in_reported_sentence(self, quote: Quotation) -> bool:
        sentence = self.sentence_at(quote.open_mark)
        window_start = max(sentence.start, quote.open_mark - WINDOW)
        return any(c.start < quote.open_mark for c in self.cues.between(window_start, quote.open_mark))

    def attribute_after(self, quote: Quotation) -> tuple[Speaker, Cue | None, str] | None:
        """`"...," he said.` / `"...," said X.` / `"..." X told IWPR.`"""
        paragraph = self.paragraphs[quote.paragraph]
        next_quote = OPEN_MARK.search(self.text, quote.close_mark, paragraph.end)
        limit = next_quote.start() if next_quote else paragraph.end
        region_end = limit = min(limit, quote.close_mark + WINDOW)
        if self._ends_line_and_sentence(quote, limit):
            return None  # `"... in danger."` ⏎ `Rubio said he ...`: a new line, a new sentence with its own subject
        for stop in SENTENCE_STOP.finditer(self.text, quote.close_mark, limit):
            if not after_abbreviation(self.text, stop.start(), quote.close_mark):
                region_end = stop.start()
                break
        if quote.close_mark == quote.end or not self.text[quote.close_mark:region_end].strip(" ,"):
            return None
        dash = DASH_ATTRIBUTION.match(self.text, quote.close_mark, region_end)
        if dash and not self.cues.between(dash.end(), region_end):  # `"..." ― Martha Aguilar`: a byline after a
            # dash; not `lamented her gaffes - "..." - Democrats in Iowa said they ...`, a clause of its own
            speaker = self.speakers.in_region(dash.end(), region_end, "quotes.dash_attribution")
            if speaker is not None and speaker.ref is not None:
                return speaker, None, speaker.rule
        cues = self.cues.between(quote.close_mark, region_end) or self._introducer_after(quote, region_end)
        if not cues:
            return None
        while len(cues) > 1 and RELATIVE_VERB_BEFORE.search(self.text, max(quote.close_mark, cues[0].start - 30), cues[0].start):
            cues = cues[1:]  # `"..." that would respond to requests, Ann Roe wrote`: the quoted words' clause goes on
        cue = cues[0]
        ends_sentence = self.text[quote.start:quote.close_mark].rstrip(CLOSE_MARKS).endswith((".", "!", "?"))
        if ends_sentence and COLON_ONLY.match(self.text, cue.end, region_end):
            return None  # `''B.'' Mr. Zahed said: ''C.''`: a new sentence whose verb and colon introduce the next quotation
        if ends_sentence and CLAUSE_AFTER.match(self.text, cue.end, region_end):
            return None  # `"... no place in a campaign." Kasich said he would have fired him`: a new sentence
            # that reports a clause of its own
        if GERUND_PREPOSITION_BEFORE.search(self.text, max(quote.close_mark, cue.start - 10), cue.start):
            return None  # `on “Midday with Charlie Sykes,” while discussing ...`: the subject's act, no speaker after it
        if self.text[quote.close_mark:cue.start].strip(" ,—–-").lower() in SHARED_SUBJECT:
            return None  # `condemned "A" and declared "B"`: the verb after "and" is the subject's, not after its speaker
        joined = self._joined_subject(quote.close_mark, cue.start)
        if joined is not None and joined.group("joiner") in ("while", "whereas"):
            return None  # `... to "punish the Kurdish people," while a PUK leader, Ann Roe, said`: set against another's words
        words_before_cue = len(WORD.findall(self.text[quote.close_mark:cue.start]))
        goes_on = self._quote_sentence_goes_on(quote, cue)
        if words_before_cue > 20 or (words_before_cue > 8 and not goes_on
                                     and not self.index.within(quote.close_mark, cue.start)):
            return None
        if goes_on:  # `"..." but to lead, says Evan Tracey, an adviser.`, `"...," since ..., said X`
            speaker = self._speaker_after_cue(cue, region_end)
            if speaker is not None and speaker.ref is not None:
                return speaker, cue, speaker.rule
        speaker = self.speakers.in_region(quote.close_mark, cue.start, "quotes.speaker_then_cue", nearest_last=True)
        if speaker is None and not cue.takes_addressee:  # `"...," said X`; not `"...," a nurse told Reuters`,
            speaker = self._speaker_after_cue(cue, region_end)  # whose Reuters is the one spoken to
        if speaker is None:
            return None
        return speaker, cue, speaker.rule

    def attribute_by_verb_right_before(self, quote: Quotation) -> tuple[Speaker, Cue, str] | None:
        """`X had said, "...," when asked whether ...`, `X claimed that "..." as Y said ...`: a quotation
        inside a sentence, right after a verb of saying (VERB_TO_QUOTE words at most between), is that
        verb's named subject's, whatever verb follows it; read before the verb after the quotation."""
        sentence = self.sentence_at(quote.open_mark)
        start = max(sentence.start, quote.open_mark - WINDOW)
        if sentence.paragraph < 0 or start >= quote.open_mark:
            return None
        cues = self.cues.between(start, quote.open_mark)
        if not cues or len(WORD.findall(self.text, cues[-1].end, quote.open_mark)) > VERB_TO_QUOTE:
            return None
        attribution = self.attribute_before(quote)
        return attribution if attribution is not None and attribution[0].ref is not None else None

    def attribute_by_name_colon(self, quote: Quotation) -> tuple[Speaker, None, str] | None:
        """`... - David Wasserman: “Indiana ...”`: a name and a colon right before a quotation sign it, as
        a roundup of others' words does, when the name opens its sentence or follows a dash (not "a
        commercial on Iowa TV: “...”", "a message to Trump: “...”")."""
        start = max(self.sentence_at(quote.open_mark).start, quote.open_mark - NAME_COLON_WINDOW)
        named = self.index.within(start, quote.open_mark)
        if not named or named[-1][2].kind not in ("person", "organization") \
                or not COLON_ONLY.fullmatch(self.text, named[-1][1], quote.open_mark):
            return None
        start = max(start, *(self.text.rfind(mark, start, named[-1][0]) + 1 for mark in DASHES))
        named = [m for m in named if m[0] >= start]
        if any(NAMES_JOINED.fullmatch(self.text, a[1], b[0]) is None for a, b in zip(named, named[1:])) \
                or not self._introduces(LEADING_THE.sub("", self.text[start:named[0][0]].strip()), named[0][2]):
            return None  # "Frank Newport and Jim Harter: “...”": the first of the names that sign it
        return Speaker(named[0][2], None, "quotes.name_colon"), None, "quotes.name_colon"

    def attribute_by_signature_line(self, quote: Quotation) -> tuple[Speaker, None, str] | None:
        """`"...` ⏎ `Ann Roe, Economic Policy Institute."`: a quotation (a pull quote) whose last line, inside
        its marks, signs it with a name, a comma and a role, no verb; the name's."""
        line = self.text.rfind("\n", quote.start, quote.end) + 1
        comma = self.text.find(",", line, quote.end) if line else -1
        if comma < 0 or len(WORD.findall(self.text, line, comma)) > SIGNATURE_WORDS \
                or len(WORD.findall(self.text, comma, quote.end)) > SIGNATURE_WORDS \
                or FINITE_VERB.search(self.text, line, quote.end):
            return None
        speaker = self.speakers.in_region(line, comma, "quotes.signature_line")
        return (speaker, None, speaker.rule) if speaker is not None and speaker.ref is not None else None

    def attribute_by_dash_line(self, quote: Quotation) -> tuple[Speaker, None, str] | None:
        """`"..."` ⏎ `- Clinton.`, `—Ann Roe, a teacher.`: a quotation that is its whole paragraph, signed on
        the next line by a dash and a name (not a list of items that open with dashes)."""
        paragraph = self.paragraphs[quote.paragraph]
        if quote.paragraph + 1 >= len(self.paragraphs) or not self._opens_paragraph(quote) \
                or self.text[quote.close_mark:paragraph.end].strip(" ."):
            return None
        line = self.paragraphs[quote.paragraph + 1]
        dash = LINE_DASH.match(self.text, line.start, line.end)
        if dash is None:
            return None
        comma = self.text.find(",", dash.end(), line.end)
        end = comma if comma >= 0 else line.end
        if len(WORD.findall(self.text, dash.end(), end)) > SIGNATURE_WORDS:
            return None
        speaker = self.speakers.in_region(dash.end(), end, "quotes.dash_line")
        return (speaker, None, speaker.rule) if speaker is not None and speaker.ref is not None else None

    def _ends_line_and_sentence(self, quote: Quotation, limit: int) -> bool:
        """Whether the quotation closes a sentence and its line, or closes a sentence it stands inside with
        a new one after it: the words on the next line (in a paragraph whose lines are not joined) or of
        the next sentence (`of "extremism." His wife told ...`) attribute something else, never the
        quotation before them."""
        last = self.text[quote.start:quote.close_mark].rstrip(CLOSE_MARKS)[-1:]
        if last not in (".", "!", "?"):
            return False
        return (last == "." and LINE_BREAK.match(self.text, quote.close_mark, limit) is not None) or bool(
            NEXT_SENTENCE.match(self.text, quote.close_mark, limit) and self._inside_sentence(quote))

    def _inside_sentence(self, quote: Quotation) -> bool:
        """Whether words of its sentence stand before the quotation (`accused him of "extremism."`): the
        sentence quotes it, and the next sentence's speaker did not say it."""
        return bool(WORD.search(self.text, self.sentence_at(quote.open_mark).start, quote.open_mark))

    def _speaker_after_cue(self, cue: Cue, region_end: int) -> Speaker | None:
        """The speaker right after a cue that follows a quotation (`"...," said X, a Y.`), up to a comma
        or a word that opens a phrase of time or place; a document's "by" or "from" is read on to its
        author (`"...," according to a lawsuit filed by the Sierra Club on Monday.`)."""
        limit = min(region_end, cue.end + 120)
        after = self.text[cue.end:limit]
        first_word = after.split(None, 1)[:1]
        if first_word and first_word[0] in PHRASE_PREPOSITIONS:
            return None  # `"...?" when questioned about the attack`: what the verb was about, no speaker
        document = DOCUMENT_BY.match(self.text, cue.end + len(after) - len(after.lstrip()), limit)
        # from the space the document's words end on: " on " after the author still ends the speaker
        cut = SPEAKER_AFTER_CUE_END.search(after, document.end() - 1 - cue.end if document else 0)
        speaker = self.speakers.in_region(cue.end, cue.end + (cut.start() if cut else len(after)),
                                          "quotes.cue_then_speaker", nearest_last=True)
        return self._named_after_description(cue, region_end, speaker, "quotes.cue_then_speaker")

    def _named_after_description(self, cue: Cue, end: int, speaker: Speaker | None, rule: str) -> Speaker | None:
        """The person named right after the description that follows a cue (`"...," said another Twitter user,
        Ann Roe.`, "..., said the company's chief executive, Al Roe."), unless the speaker read there is a
        person named there: not Twitter, and not the person last named before, whom "the company's chief
        executive" would otherwise be taken to be."""
        if speaker is not None and speaker.ref is not None and speaker.ref.kind == "person" \
                and not speaker.rule.endswith("+definite_description"):
            return speaker
        after = self.text[cue.end:min(end, cue.end + 120)]
        if DESCRIPTION_START.match(after):
            named = self._name_after_description(cue.end + after.find(","), min(end, cue.end + 120))
            if named is not None:
                return Speaker(named, None, rule + "+appositive_name")
        return speaker

    def _name_after_description(self, comma: int, end: int) -> EntityRef | None:
        """The person named alone right after the comma that ends a description ("his best friend at
        Lehigh, Bruce Turry, who ..."), up to the next comma or the end of the sentence."""
        named = self.index.within(comma, end)
        if comma < 0 or not named or named[0][2].kind != "person" or self.text[comma + 1:named[0][0]].strip():
            return None
        return named[0][2] if APPOSITIVE_END.match(self.text, named[0][1], end) else None

    def _quote_sentence_goes_on(self, quote: Quotation, cue: Cue) -> bool:
        """Whether the writer's own words carry the quoted sentence on up to a comma before the cue
        (`"The numbers don't add up" that she can win, said X`): they open in lower case with no
        pronoun, so they are no subject, and the speaker stands after the verb."""
        between = self.text[quote.close_mark:cue.start].strip()
        first = WORD.match(between)
        return bool(first) and between.endswith(",") and first.group().islower() \
            and not SUBJECT_PRONOUN.fullmatch(first.group()) and first.group() not in DETERMINERS and not cue.takes_addressee

    def _introducer_after(self, quote: Quotation, end: int) -> list[Cue]:
        """ `"...," Ryan continued.`, `"...!" Trump shot back.`: a verb that introduces quotations, right
        after a quotation that ends on a comma, "?" or "!", is its cue (elsewhere "continued" reports nothing)."""
        if self.text[quote.start:quote.close_mark].rstrip(CLOSE_MARKS).rstrip()[-1:] not in (",", "?", "!", "—"):
            return []
        match = INTRODUCER_AFTER.match(self.text, quote.close_mark, end)
        if match is None or not self.text[match.end():end].strip(" ,.\n") and not match.group("before").strip():
            return []  # `"...," continued.`: no speaker beside the verb
        return [Cue(match.group("cue"), match.group("cue"), match.start("cue"), match.end("cue"), False)]

    def attribute_between(self, quote: Quotation, before: Quotation | None, previous: Statement | None,
                          previous_cue: Cue | None) -> tuple[Speaker, Cue, str] | None:
        """`"A," Y, an aide to X, said Sunday. "B."`: the verb between two quotations of a paragraph that
        attributes the first attributes the second too; X, named before the verb, is not B's speaker."""
        if previous is None or previous_cue is None or before is None or before.paragraph != quote.paragraph \
                or previous.rule.split("+")[0] not in CUE_AFTER_RULES or previous.content.start < before.start:
            return None
        if not before.close_mark <= previous_cue.start < quote.open_mark:
            return None
        if any(not cue.participle for cue in self.cues.between(previous_cue.end, quote.open_mark)):
            return None  # `"A," X said. Y replied: "B."`: B has a verb of its own
        sentence = self.sentence_at(quote.open_mark)
        if previous_cue.end < sentence.start < quote.open_mark and COLON_BEFORE.search(
                self.text, max(sentence.start, quote.open_mark - 10), quote.open_mark):
            subject = self._sentence_subject(sentence.start, quote.open_mark)
            if subject is not None and subject.pronoun_at is None \
                    and (subject.ref, subject.description) != (previous.speaker, previous.speaker_description):
                return None  # `"A," X said. Y resisted: "B."`: B is introduced by a sentence of Y's own
        # `"A," he said. "B."`: B opens the sentence after the verb, spoken as A was; later quoted words may be a term
        rule = "quotes.cue_between" if sentence.start == quote.open_mark else "quotes.continuation"
        return Speaker(previous.speaker, previous.speaker_description, rule), previous_cue, rule

    def attribute_to_sentence_subject(self, quote: Quotation) -> tuple[Speaker, None, str] | None:
        """ "He continued, “...”", "Moore thanked him for “stepping up”": quoted words in a sentence
        whose subject is a named person or organisation (or he/she) are that subject's words."""
        sentence = self.sentence_at(quote.open_mark)
        if sentence.paragraph < 0 or quote.open_mark == sentence.start or quote.open_mark - sentence.start > WINDOW:
            return None
        lead = self.text[sentence.start:quote.open_mark]
        asked_by = ASKED_BY_BEFORE_QUOTE.search(lead)
        if asked_by:
            at = sentence.start + asked_by.start("by")
            asker = self.speakers.in_region(at, at + len(asked_by.group("by")), "quotes.question_put", nearest_last=True)
            if asker is not None:
                return asker, None, asker.rule
        introducer = QUOTE_INTRODUCER.search(lead)
        if introducer:  # "..., Hillary shot back, “...”": the name right before the verb
            at = sentence.start + introducer.start()
            named = self.speakers.in_region(self._subject_start(sentence.start, at), at, "quotes.introducer",
                                            nearest_last=True)
            if named is not None:
                return named, None, named.rule
        subject = self._sentence_subject(sentence.start, quote.open_mark)
        if subject is None:
            return None
        rule = "quotes.introducer" if introducer else "quotes.sentence_subject"
        return Speaker(subject.ref, subject.description, rule), None, rule

    def _sentence_subject(self, start: int, end: int, phrases: int = 0) -> Speaker | None:
        """The name or he/she that opens the sentence text[start:end], after an opening adverbial ("On
        Monday, "); else after up to `phrases` phrases that open with a subordinating or linking word
        and end on a comma ("Once he was president, Mr. Obama ...", "On Tuesday, even as shares fell,
        Ann Roe ...", "Speaking in Ohio, which votes next, Roe ..."): the subject of the main clause."""
        end = min(end, start + WINDOW)
        start = self._past_dateline(start, end)
        lead = OPENING_ADVERBIAL.match(self.text[start:end])
        start += lead.end() if lead else 0
        for _ in range(phrases + 1):
            subject = self._subject_at(start, end)
            if subject is not None:
                return subject
            first = self.text[start:end].split()[:1]
            comma = self.text.find(",", start, end)
            if not first or first[0].lower().strip(",\"“‘'") not in PHRASE_OPENERS or comma < 0:
                return None
            start = self._past_place_aside(LEADING_SPACE.match(self.text, comma + 1, end).end(), end)
        return None

    def _past_addressee(self, start: int, end: int) -> int:
        """Past the rest of an addressee that ends at `start`: its unit ("RFE/RL's Kyrgyz Service") and an
        aside on what it is called (", known locally as Radio Azattyk,"), before when and what was said."""
        unit = ADDRESSEE_UNIT.match(self.text, start, end)
        named = self.index.within(unit.end(), min(end, unit.end() + 60)) if unit else []
        if named and named[0][0] == unit.end() and named[0][2].kind == "organization":
            start = named[0][1]
        aside = ADDRESSEE_ASIDE.match(self.text, start, end)
        return aside.end() if aside else start

    def _past_dateline(self, start: int, end: int) -> int:
        """Past the dateline that opens a sentence or a clause ("MYRTLE BEACH, S.C. - Sen. Ted Cruz ...,
        casting him"): where its own words begin."""
        dateline = DATELINE.match(self.text, start, end)
        if dateline:
            return dateline.end()
        dateline = DATELINE_WITHOUT_DASH.match(self.text, start, end)
        if dateline and (news_outlet(dateline.group("agency")) if dateline.group("agency")
                         else prominent(lookup(dateline.group("place")))):
            return dateline.end()
        return start

    def _past_place_aside(self, start: int, end: int) -> int:
        """Past a place that ends the phrase before it, set off by commas ("Speaking in Salem, New
        Hampshire, Trump ..."): where the words after it begin."""
        named = self.index.within(start, end)
        if named and named[0][0] == start and named[0][2].kind == "place" and self.text.startswith(",", named[0][1]):
            return LEADING_SPACE.match(self.text, named[0][1] + 1, end).end()
        return start

    def _subject_at(self, start: int, end: int) -> Speaker | None:
        """The person or organisation named at `start` (after "the" at most), or he/she there."""
        mentions = [m for m in self.index.within(start, end) if m[2].kind in ("person", "organization")]
        if mentions and self.text.startswith(",", mentions[0][1]) and self._role_then_name(start, mentions[0][1]):
            return Speaker(mentions[0][2], None, "subject")  # "Her main rival, Bernie Sanders, has soared ..."
        holder = self._holder_of_possessed_role(start, mentions)
        if holder is not None:
            return Speaker(holder, None, "subject")
        if mentions and self._introduces(LEADING_THE.sub("", self.text[start:mentions[0][0]]), mentions[0][2]):
            if len(mentions) > 1 and mentions[1][2].kind == "person" and self._modifies_a_role(mentions[0][1],
                                                                                            mentions[1][0]):
                return Speaker(mentions[1][2], None, "subject")
            return Speaker(mentions[0][2], None, "subject")
        first = self.text[start:end].split()[:1]
        if first and first[0] in ("He", "She", "he", "she"):
            return self.speakers.pronoun(first[0].lower(), start, "subject")
        return None

    def _holder_of_possessed_role(self, start: int, mentions: list[tuple[int, int, EntityRef]]) -> EntityRef | None:
        """The person named after a comma who holds the role of someone else's that opens text[start:]: "Ann
        Keller's top challenger, Sen. Tom Brandt of Ohio, shut down ...": Brandt, not Keller."""
        if len(mentions) < 2 or not POSSESSIVE_AFTER.match(self.text, mentions[0][1]) or mentions[1][2].kind != "person" \
                or not self._introduces(LEADING_THE.sub("", self.text[start:mentions[0][0]]), mentions[0][2]):
            return None  # the possessor opens the subject ("Front-runner Ann Keller's"), after titles at most
        comma = self.text.rfind(",", mentions[0][1], mentions[1][0])
        if comma < 0 or not POSSESSED_ROLE.fullmatch(self.text, mentions[0][1], comma):
            return None
        titles = self.text[comma + 1:mentions[1][0]].split()  # after the comma only: not the text from its start
        if titles and not _titles_and_roles(titles):
            return None
        return mentions[1][2] if NAME_SET_OFF_END.match(self.text, mentions[1][1]) else None

    @staticmethod
    def _introduces(lead: str, named: EntityRef) -> bool:
        """Whether the words before a name that opens a sentence only introduce it: none, or a person's
        title and role ("Vice President Joe Biden", "Republican presidential candidate Donald Trump")."""
        words = lead.split()
        return not words or (named.kind == "person" and len(words) <= INTRODUCTION_WORDS and _titles_and_roles(words))

    def _modifies_a_role(self, name_end: int, next_name: int) -> bool:
        """Whether the name that ends at name_end opens the description of the person named at next_name:
        "Clinton campaign manager Robby Mook", "Ann Roe's husband, Al Roe": its possessive, or lower-case
        words that end on a role or a tie. Not a verb and its object ("Roe told host Al Ray", "Roe was
        asked by host Al Ray"); the places it names aside ("Trump's Virginia state director, Mike Rubino")."""
        between, at = [], name_end
        for start, end, ref in self.index.within(name_end, next_name):
            if ref.kind == "place":
                between.append(self.text[at:start])
                at = end
        words = " ".join([*between, self.text[at:next_name]]).rstrip(", ").split()
        possessive = bool(words) and words[0] in POSSESSIVE_MARKS
        words = words[1:] if possessive else words
        while words and (words[-1].rstrip(".").lower(),) in titles():
            words = words[:-1]  # "Labour leader Sir Keir Starmer": a title between the role and the name
        if not 0 < len(words) <= 4 or not all(w.islower() and w.isalpha() for w in words):
            return False
        if possessive:  # a noun follows a possessive, never a verb: "Trump's state director"
            return not any(w in NOT_NAMES for w in words)
        if any(w in NOT_NAMES or w in reporting_verbs() or AUXILIARY.fullmatch(w) or w.endswith("ed") for w in words):
            return False
        return words[-1] in person_nouns() or words[-1] in PERSON_TIES

    def attribute_by_colon(self, quote: Quotation) -> tuple[Speaker, Cue | None, str] | None:
        """ "He said:" or "Sanders made the following comment:" closing the paragraph before the quote."""
        if quote.paragraph == 0 or not self._opens_paragraph(quote):
            return None
        previous = self.paragraphs[quote.paragraph - 1]
        if not self.text[previous.start:previous.end].rstrip().endswith(":"):
            return None
        sentence = self.sentence_at(previous.end - 1)
        cues = self.cues.between(max(sentence.start, previous.end - WINDOW), previous.end)
        end = cues[0].start if cues else previous.end - 1
        follows = None if cues else AS_FOLLOWS.search(self.text, max(sentence.start, end - WINDOW), end)
        if follows:  # "His remarks were as follows:": his
            end = follows.start()
        speaker = self.speakers.in_region(self._subject_start(sentence.start, end), end, "quotes.colon_paragraph_before",
                                          nearest_last=True)
        return (speaker, cues[0] if cues else None, speaker.rule) if speaker else None

    def attribute_before(self, quote: Quotation) -> tuple[Speaker, Cue, str] | None:
        """`X said, "..."` / `X said: "..."` / `where he said "..."`."""
        sentence = self.sentence_at(quote.open_mark)
        sentence_start = start = max(sentence.start, self.paragraphs[quote.paragraph].start)
        start = max(start, quote.open_mark - WINDOW)
        previous_close = self.text.rfind("”", start, quote.open_mark)
        start = max(start, previous_close + 1)
        cues = self.cues.between(start, quote.open_mark)
        if not cues:
            return None
        cue = cues[-1]
        if len(cues) > 1 and self._names_source_of(cues[-2], cue):
            cue = cues[-2]
        if QUOTE_INTRODUCER.search(self.text, cue.end, quote.open_mark):
            return None  # "After Brown criticized Clinton, Hillary shot back, "...": the verb nearer is hers
        if cue.lemma == "according to":  # According to him, "..."
            comma = self._comma_after(cue.end, quote.open_mark)
            speaker = self.speakers.in_region(cue.end, comma if comma > 0 else quote.open_mark, "quotes.according_to")
            return (speaker, cue, speaker.rule) if speaker else None
        subject_start, _ = self._subject_bounds(start, cue.start)
        shared = self._shared_subject(sentence_start, subject_start, cue)
        if shared is not None:
            return shared, cue, shared.rule
        speaker = self._verb_subject(start, cue, "quotes.cue_before_quote")
        if speaker is None:
            return None
        return speaker, cue, speaker.rule

    def _with_name(self, start: int, cue: Cue) -> re.Match | None:
        """ "with" and the name that is the subject of an -ing verb after it ("The talk ended with Maddow
        asking ...", "..., with Sen. John McCain calling it ..."): a statement of that name's."""
        return NAME_AFTER_WITH.search(self.text, max(start, cue.start - 60), cue.start) if cue.word.endswith("ing") else None

    def _names_source_of(self, verb: Cue, cue: Cue) -> bool:
        """ "X said Tuesday that, according to its count, ...": an "according to" that opens the clause
        of a verb of saying names that speaker's source; what follows is the speaker's."""
        return cue.lemma == "according to" and not verb.participle and verb.lemma != "according to" \
            and (THAT_BEFORE_SOURCE.fullmatch(self.text, verb.end, cue.start) is not None
                 or COMMA_BEFORE_SOURCE.fullmatch(self.text, verb.end, cue.start) is not None)

    def _shared_subject(self, start: int, subject_start: int, cue: Cue) -> Speaker | None:
        """Who speaks through a verb before a quotation that has no subject of its own: a participle
        ("Roe went after Ames, calling him "a fraud"", "..., Roe said, adding, "..."") or a second verb
        ("Roe met Ames and said, "..."") in the sentence from `start`. The subject of the sentence's
        verb of saying before it, else the sentence's subject; not the name nearest the verb, its object."""
        between = self.text[subject_start:cue.start].strip(" ,").lower()
        if not (cue.participle or between in SHARED_SUBJECT or SHARED_SUBJECT_END.search(between)):
            return None
        rule = "quotes.participle_sentence_subject"
        verb = self._last_verb_of_saying(start, cue.start)
        if verb is not None:
            subject = self._verb_subject(start, verb, rule)
        else:
            subject = self.sentence_subject(Sentence(start, cue.end, -1), cue)
        return Speaker(subject.ref, None, rule) if subject is not None and subject.ref is not None else None

    def _last_verb_of_saying(self, start: int, end: int) -> Cue | None:
        """The last verb of saying in text[start:end] that has a subject of its own: no participle, not
        "according to"."""
        verbs = [c for c in self.cues.between(start, end) if not c.participle and c.lemma != "according to"]
        return verbs[-1] if verbs else None

    def _verb_subject(self, start: int, cue: Cue, rule: str) -> Speaker | None:
        """Who the subject of a verb of saying in text[start:] names: the name after "with" for an -ing verb
        (`..., with Ann Roe saying, "..."`), else the subject read back from the verb."""
        with_name = self._with_name(start, cue)
        if with_name is not None:
            return self.speakers.in_region(with_name.start("name"), with_name.end("name"), rule)
        return self._subject_speaker(start, *self._subject_bounds(start, cue.start), rule)

    def _subject_speaker(self, sentence_start: int, subject_start: int, subject_end: int, rule: str) -> Speaker | None:
        """Who the subject of a cue names, read nearest the verb; when that names no one, the person who
        opens the sentence before asides that hold commas or quotation marks of their own ("Ann Roe,
        author of "Going Viral," a book about news, said")."""
        speaker = self.speakers.in_region(subject_start, subject_end, rule, nearest_last=True)
        if speaker is None or speaker.ref is None:
            opening = OPENING_ADVERBIAL.match(self.text, sentence_start, subject_end).end()
            speaker = self.speakers.named_before_asides(opening, subject_end, rule) or speaker
        return speaker

    def _subject_bounds(self, start: int, cue_start: int) -> tuple[int, int]:
        """Where the subject of a cue begins and ends, text[start:cue_start] read back from the cue; an
        aside set off by commas before the verb stays in it: "Ms. G, who works as a manager, said". Read
        once per window: a fifth of the windows are asked about again (by the rules for a quotation, and
        for the verb of saying a participle shares its subject with)."""
        bounds = self.subject_bounds.get((start, cue_start))
        if bounds is None:
            bounds = self.subject_bounds[(start, cue_start)] = self._read_subject_bounds(start, cue_start)
        return bounds

    def _read_subject_bounds(self, start: int, cue_start: int) -> tuple[int, int]:
        if self.text.endswith(" as ", start, cue_start):
            quoted = QUOTED_AS.search(self.text, max(start, cue_start - QUOTED_AS_REACH), cue_start)
            if quoted and quoted.group("who"):  # "State media quoted Lavrov as saying": Lavrov
                return quoted.start("who"), quoted.end("who")
            if quoted:  # "Lavrov was quoted as saying": the subject before
                cue_start = quoted.start()
        subject_end = self._subject_end(start, cue_start)
        subject_start = self._subject_start(start, subject_end)
        window_start = max(start, subject_end - WINDOW)
        if self.text[window_start:subject_end].rstrip().endswith(","):
            opening = self._comma_before(window_start, self.text.rfind(",", window_start, subject_end))
            if opening > start:
                subject_start = min(subject_start, self._subject_start(start, opening))
        contrast = self._contrast_subject(subject_start, cue_start)
        if contrast is not None and FINITE_VERB.search(self.text, subject_start, contrast.start()):
            return contrast.end(), subject_end  # "The group claimed the attack but officials said": not "Everyone
            # but Hewlett said", one subject
        closing = DASH_BEFORE_VERB.search(self.text, window_start, subject_end)
        if closing:  # "Joyce — who is listed as an attorney — told": the subject stands before the aside
            mark = closing.group(1)
            opening = self.text.rfind(mark if mark != "-" else " - ", window_start, closing.start(1))
            if opening > start and self.text[start:opening].strip():
                return min(subject_start, self._subject_start(start, opening)), opening
        return subject_start, subject_end

    def _contrast_subject(self, start: int, cue_start: int) -> re.Match | None:
        """The "but" in text[start:cue_start] that opens a clause of its own, comma or not, a short subject
        and the verb at cue_start ("The group claimed the attack but officials have said ...")."""
        contrast = last_match(BUT, self.text, max(start, cue_start - JOINED_WINDOW), cue_start)
        if contrast is None or contrast.start() <= start:
            return None
        return contrast if self._new_subject(contrast.end() - 1, self._subject_end(contrast.end(), cue_start)) else None

    def _comma_before(self, start: int, end: int) -> int:
        """The last comma in text[start:end] that sets off words, not one inside a number ("250,000")."""
        comma = self.text.rfind(",", start, end)
        while comma > start and self._in_number(comma):
            comma = self.text.rfind(",", start, comma)
        return comma

    def _comma_after(self, start: int, end: int) -> int:
        """The first comma in text[start:end] that sets off words, not one inside a number ("a study of
        78,000 adults"), or -1."""
        comma = self.text.find(",", start, end)
        while comma >= 0 and self._in_number(comma):
            comma = self.text.find(",", comma + 1, end)
        return comma

    def _in_number(self, comma: int) -> bool:
        return self.text[comma - 1:comma].isdigit() and self.text[comma + 1:comma + 2].isdigit()

    def _subject_end(self, start: int, cue_start: int) -> int:
        """Where the subject before a cue ends, before the auxiliaries and adverbs that stand between
        them: "Mr. Trump also insisted", "many Latinos have long said"."""
        start, end = max(start, cue_start - WINDOW), cue_start
        while True:
            words = self.text[start:end].rstrip().rsplit(None, 2)
            if len(words) < 2:
                return end
            last = words[-1]
            if len(words) == 3 and f"{words[-2]} {last}".lower() in VERB_COMPANIONS:
                end = start + len(self.text[start:end].rstrip()) - len(last)
                end = self.text.rfind(words[-2], start, end)  # "last week", "on Monday": two words
                continue
            if last.lower() not in VERB_COMPANIONS and not (last.islower() and last.endswith("ly") and len(last) > 4
                                                             and last not in NOUNS_IN_LY):  # "His family said"
                return end
            if last[:1].isupper() and self._ends_name(start + len(self.text[start:end].rstrip())):
                return end  # "Theresa May said": the end of a name, not the auxiliary "may"
            end = start + len(self.text[start:end].rstrip()) - len(last)

    def _ends_name(self, offset: int) -> bool:
        """Whether a name the name rules found ends at offset."""
        return any(until == offset for _, until, _ in self.index.within(max(0, offset - 80), offset))

    def _subject_start(self, start: int, cue_start: int) -> int:
        """Where the subject of a cue begins: after the last clause break (", but", "; ", "where")."""
        start = max(start, cue_start - WINDOW)
        region = self.text[start:cue_start]
        best = 0
        for match in SUBJECT_BREAK.finditer(region):
            if not self._joins_places(start + match.start()) and not self._inside_name(start + match.start()):
                best = match.end()
        return max(start + best, self._after_opening_clause(start, cue_start))

    def _after_opening_clause(self, start: int, cue_start: int) -> int:
        """Where the subject begins after an adverbial clause with a verb of its own that opens text[start:
        cue_start] and ends at a comma ("Even if Roe can't win the north, insiders in the south said": the
        insiders); `start` when there is none."""
        opening = ADVERBIAL_CLAUSE.match(self.text, start, cue_start)
        comma = self._comma_after(opening.end(), cue_start) if opening else -1
        if comma < 0 or not FINITE_VERB.search(self.text, opening.end(), comma):
            return start
        return comma + 1

    def _words_naming_one(self, start: int, end: int) -> int:
        """How many words text[start:end] has, an organisation's name counting as one: "the Ministry of
        Agriculture, Water Resources and Regional Development" is a short subject of two."""
        words = len(WORD.findall(self.text, start, end))
        for name_start, name_end, ref in self.index.within(start, end):
            if ref.kind == "organization":
                words -= len(WORD.findall(self.text, name_start, name_end)) - 1
        return words

    def _inside_name(self, at: int) -> bool:
        """Whether text[at] lies inside a name ("the Ministry of Culture, Youth and Sports"): its comma is no
        clause break."""
        return self.text[at] == "," and any(
            start < at < end for start, end, _ in self.index.within(max(0, at - WINDOW // 4), at + WINDOW // 4))

    def _joins_places(self, comma: int) -> bool:
        """ "Ann Roe of Columbia, South Carolina says": the comma between a place and the region it is
        in is no clause break."""
        if self.text[comma:comma + 1] != ",":
            return False
        before = self.index.within(max(0, comma - 60), comma)
        after = self.index.within(comma + 1, comma + 60)
        if not (before and after) or before[-1][1] != comma or self.text[comma + 1:after[0][0]].strip():
            return False
        types = self.speakers.place_types
        return types.get(before[-1][2].key) == "City" and types.get(after[0][2].key) in ("Country", "AdministrativeArea")

    def addressee(self, cue: Cue | None) -> EntityRef | None:
        if cue is None or not cue.takes_addressee:
            return None
        for start, _, ref in self.index.within(cue.end, cue.end + 60):
            gap = self.text[cue.end:start].strip().lower()
            if gap in ("", "the", "to", "to the"):
                return ref
            break
        return None

    def quoted_turn(self, quote: Quotation) -> tuple[Speaker, Cue, str] | None:
        """ `"PENCE: Well, the question really should be ...`: a quotation that opens its paragraph with a
        speaker's name and a colon is a transcript's turn, that speaker's words (after the colon)."""
        if not self._opens_paragraph(quote):
            return None
        turn = TRANSCRIPT_TURN.match(self.text, quote.start, quote.end)
        if turn is None:
            return None
        speaker = self.speakers.turn(quote.start, turn.end(1), "quotes.transcript_turn")
        if speaker is None:
            return None
        return speaker, Cue(":", ":", turn.end(1), turn.end(), False), speaker.rule

    def turns(self, quotes: list[Quotation]) -> None:
        """ "Matthews: Here's the irony of our time ...": a paragraph that opens with a speaker's name
        and a colon, as transcripts and interviews print a turn, is that speaker's words."""
        opened = {quote.open_mark for quote in quotes}
        for number, paragraph in enumerate(self.paragraphs):
            turn = TRANSCRIPT_TURN.match(self.text, paragraph.start, paragraph.end)
            if turn is None or turn.end() in opened or number == 0 \
                    or not LETTER.search(self.text, turn.end(), paragraph.end):
                continue  # "Pledged: 781.": a tally, no one's turn
            speaker = self.speakers.turn(paragraph.start, turn.end(1), "reported.transcript_turn")
            if speaker is None:
                continue
            sentence = Sentence(paragraph.start, paragraph.end, number)
            cue = Cue(":", ":", turn.end(1), turn.end(1) + 1, False)
            statement = self._statement(turn.end(), paragraph.end, sentence, cue, speaker, paragraph.start)
            if statement is not None:
                self.statements.append(statement)

    def questions(self, quotes: list[Quotation]) -> None:
        """ "When asked whether he would run, Smith said ...", "Jones was asked about the budget": the
        question put to someone is reported speech too, the asker's (named after "by", or unnamed)."""
        quoted = QuotedSpans(quotes)
        for match in _questions_put(self.text):
            if quoted.inside(match.start()):
                continue
            sentence = self.sentence_at(match.start())
            if sentence.paragraph < 0:
                continue
            asker = None
            if match.group("by"):
                asker = self.speakers.in_region(match.start("by"), match.end("by"), "reported.question_put")
            if asker is None:
                asker = Speaker(None, match.group("by") or "a questioner", "reported.question_put+unnamed")
            end = self.text.find(",", match.end(), sentence.end)
            end = sentence.end if end < 0 else end
            cue = Cue("asked", "ask", match.start("cue"), match.end("cue"), False)
            statement = self._statement(match.end(), end, sentence, cue, asker, sentence.start)
            if statement is not None:
                self.statements.append(statement)

    # reported speech ---------------------------------------------------------------------------
    def reported(self, quotes: list[Quotation]) -> None:
        quoted = QuotedSpans(quotes)
        direct = {s.evidence.start: s for s in self.statements if s.speaker or s.speaker_description}
        for sentence in self.sentences:
            taken_until, said_before = sentence.start, None  # said_before: the index of the sentence's last statement
            self.sentence_speaker = None
            # a direct quotation, or the end of one that opened in an earlier sentence (`"... We will win
            # big," Day told supporters at a rally`); only `"...," she wrote, arguing that ...` adds to it
            quote_start = sentence.start if self.text[sentence.start] in OPEN_MARKS else quoted.opening(sentence.start)
            opens_quoted = quote_start is not None
            if opens_quoted:
                if quote_start not in direct:
                    continue
                said = direct[quote_start]
                self.sentence_speaker = Speaker(said.speaker, said.speaker_description, "reported.after_quotation")
            cues = self.cues.between(sentence.start, sentence.end)
            for position, cue in enumerate(cues):
                if cue.start < taken_until and not (self._own_statement_inside(cue) or self._nested_report(
                        cue, said_before)) or quoted.inside(cue.start) or (
                        opens_quoted and not cue.participle and self._joined_subject(sentence.start, cue.start) is None):
                    continue  # but `"...," Trump said after Nabisco announced ...`: Nabisco's
                if self._in_relative_clause(cue, cues[position + 1:]):
                    continue
                # a he or she that interrupts the clause of a statement the sentence made already goes on with it:
                # what comes before begins where that statement ends ("Mook acknowledged they had split the
                # contests, which is an outcome, he said, "..."": not from "Mook"); but "Roe said ..., the source
                # recalled, adding" is the source's report of it
                aside = PRONOUN_ASIDE.search(self.text, max(sentence.start, cue.start - 8), cue.start) \
                    if self.text.startswith(",", cue.end) else None  # not "While ..., he clarified that ..."
                untaken = sentence._replace(start=taken_until) if aside else sentence
                if cue.participle:
                    own = self._own_clause_subject(sentence.start, cue)
                    if own is not None:
                        self.sentence_speaker = own[1]
                    elif self.sentence_speaker is None:  # "Clinton attacked Trump, saying ...": the sentence's subject
                        self.sentence_speaker = self.sentence_subject(sentence, cue)
                    statement = self.forward(sentence, cue, quoted) if self.sentence_speaker else None
                elif self._interrupts(cue, sentence):
                    statement = self.backward(untaken, cue, quoted) or self.forward(sentence, cue, quoted)
                elif self._short_tail(cue, sentence):
                    statement = self.backward(sentence, cue, quoted)
                    if statement is None or statement.speaker is None:  # "X, a Y, said the plan would fail."
                        ahead = self.forward(sentence, cue, quoted)
                        if ahead is not None and (statement is None or ahead.speaker is not None):
                            statement = ahead
                else:
                    statement = self.forward(sentence, cue, quoted) or self.backward(untaken, cue, quoted)
                if statement and aside and said_before is not None:
                    merged = self._goes_on(self.statements[said_before], statement, aside)
                    if merged is not None:
                        self.statements[said_before] = merged
                        taken_until = merged.content.end
                        continue
                if statement:
                    index = len(self.statements)
                    self.statements.append(statement)
                    report = self._quoting_report(sentence, cue, statement)
                    if report is not None:
                        self.statements.append(report)
                    if cue.start < taken_until:
                        continue  # a claim inside another's clause: the sentence's subject stays the other's
                    if cue.lemma != "according to":  # "According to X, ... Y said that ...": Y's too
                        taken_until, said_before = statement.content.end, index
                    if RELATIVE_BEFORE.search(self.text, max(sentence.start, cue.start - 30), cue.start) \
                            or self._in_opening_clause(sentence, cue.start):
                        continue  # "Obama rebuked critics who say ..., saying", "When Trump suggested ..., Rubio
                        # fired back: “...”, referencing": a later participle is the main clause's subject's
                    self.sentence_speaker = Speaker(statement.speaker, statement.speaker_description,
                                                    "reported.shared_subject")

    def _own_clause_subject(self, start: int, cue: Cue) -> tuple[int, Speaker] | None:
        """Where a clause joined after `start` begins and its named subject, when the participle completes
        that clause's verb after "by", "in" ...: "Clinton argued that ..., while her main rival, Bernie
        Sanders, has soared in the polls by saying ...": Sanders's, not the sentence subject's."""
        if not GERUND_PREPOSITION_BEFORE.search(self.text, max(start, cue.start - 10), cue.start):
            return None
        joined = last_match(CLAUSE_JOIN, self.text, max(start, cue.start - WINDOW), cue.start)
        subject = self._subject_at(joined.end(), cue.start) if joined is not None else None
        if subject is None or subject.ref is None:
            return None
        return joined.start(), Speaker(subject.ref, None, "reported.participle_clause_subject")

    def _goes_on(self, said_before: Statement, statement: Statement, aside: re.Match) -> Statement | None:
        """The statement made earlier in the sentence, gone on through a he or she said set right after it,
        if the pronoun fits its speaker: "Schlafly replied that she was pleased Ms. Friedan had said that
        because, she said, the comment had made it plain ...": one statement of Schlafly's, not Friedan's
        (whom the reply names) after the aside."""
        person = said_before.speaker
        right_after = not self.text[said_before.content.end:aside.start()].strip(" \"”'")
        if person is None or person.kind != "person" or not right_after \
                or not self.speakers.may_mean(aside.group("pronoun"), person):
            return None
        start, end = said_before.content.start, statement.content.end
        return said_before.model_copy(update={"text": self.printed[start:end], "content": Span(start=start, end=end),
                                              "rule": said_before.rule + "+aside"})

    def _quoting_report(self, sentence: Sentence, cue: Cue, quoted_words: Statement) -> Statement | None:
        """The report of the one who quotes: "CNN quoted a witness as saying he saw a truck" is the
        witness's statement, and CNN's report of it ("a witness as saying he saw a truck"), as "according
        to CNN" would be."""
        if not self.text.endswith(" as ", max(sentence.start, cue.start - 4), cue.start):
            return None
        quoted = QUOTED_AS.search(self.text, max(sentence.start, cue.start - QUOTED_AS_REACH), cue.start)
        if quoted is None or not quoted.group("who"):
            return None  # "Lavrov was quoted as saying": no one who quotes is named
        word = "quoted" if "quoted" in quoted.group() else "cited"
        verb_start = self.text.index(word, quoted.start())
        subject_start, subject_end = self._subject_bounds(sentence.start, verb_start)
        source = self._subject_speaker(sentence.start, subject_start, subject_end, "reported.quoting_source")
        if source is None or source.ref is None:
            return None
        verb = Cue(word, word[:-1], verb_start, verb_start + len(word), False)  # "quoted": "quote"
        return self._statement(quoted.start("who"), quoted_words.content.end, sentence, verb, source, subject_start)

    def _own_statement_inside(self, cue: Cue) -> bool:
        """Whether the cue reports a statement of its own inside another's clause: a noun after a name's
        possessive ("out of Donald Trump's claim that ..."), or the second verb of the clause's subject
        ("Roe criticized the plan and said it would fail": what she said, besides the clause that runs on)."""
        if not cue.participle and AND_BEFORE.search(self.text, max(0, cue.start - 8), cue.start):
            return True
        return cue.word.lower() == cue.lemma and self.speakers.possessor(max(0, cue.start - 60), cue.start) is not None

    def _nested_report(self, cue: Cue, said_before: int | None) -> bool:
        """Whether the cue's subject is the name that opens the clause the sentence's last statement reports
        ("Ann Roe said Tom Day told her the deal was off"): Day's words, inside Roe's report of them."""
        if said_before is None or cue.participle or cue.lemma == "according to":
            return False
        outer = self.statements[said_before].content
        return outer.start < cue.start < min(outer.end, outer.start + NESTED_SUBJECT) \
            and self._named_subject(outer.start, cue.start)

    def _in_relative_clause(self, cue: Cue, later: list[Cue]) -> bool:
        """ "Zeke Emanuel, an oncologist who advised Obama on ..., said ...", "Clinton, who stayed in the race
        despite Democratic calls for her to bow out, has said ...": a verb of a relative clause inside the
        subject of a later reporting verb is no statement of its own (but "who said ..." is)."""
        if cue.lemma in ("say", "tell") or cue.participle:
            return False
        verb_after = ASIDE_END
        if not RELATIVE_BEFORE.search(self.text, max(0, cue.start - 30), cue.start):
            opening = last_match(RELATIVE_OPENS, self.text, max(0, cue.start - WINDOW // 2), cue.start)
            if opening is None or "," in self.text[opening.end():cue.start]:
                return False
            verb_after = ASIDE_END_THEN_AUXILIARIES  # the cue is a noun deep in the clause ("calls for her")
        return any(not c.participle and c.lemma != "according to" and self.text.rfind(",", cue.end, c.start) >= 0
                   and verb_after.search(self.text, cue.end, c.start) for c in later)

    def sentence_subject(self, sentence: Sentence, cue: Cue) -> Speaker | None:
        """The name or pronoun that opens the sentence, or the clause joined to it last ("Trump pivoted, but
        Chris Wallace brought him back, asking"), as the subject of a participle's saying."""
        joined = last_match(CLAUSE_JOIN, self.text, max(sentence.start, cue.start - WINDOW), cue.start)
        subject = self._subject_at(joined.end(), cue.start) if joined is not None else None
        if subject is not None and subject.ref is not None:
            return Speaker(subject.ref, None, "reported.participle_clause_subject")
        subject = self._sentence_subject(sentence.start, cue.start, OPENING_PHRASES)
        if subject is not None:
            return Speaker(subject.ref, None, "reported.participle_sentence_subject")
        named = self._named_before_last_verb(sentence.start, cue.start)
        if named is not None:  # "It was a one-two punch, as Mrs. Clinton echoed the criticism, saying"
            return Speaker(named, None, "reported.participle_clause_subject")
        start = self._past_dateline(sentence.start, cue.start)
        verb = FINITE_VERB.search(self.text, start, cue.start)  # "One employee declined ..., saying"
        if verb is None:
            return None
        # "Democratic nominee Hillary Clinton chimed in, saying": the name the subject ends with
        end = self._subject_end(start, verb.start())
        return self.speakers.in_region(start, end, "reported.participle_sentence_subject", nearest_last=True) \
            or self.speakers.described(start, verb.start(), "reported.participle_sentence_subject")

    def _named_before_last_verb(self, start: int, end: int) -> EntityRef | None:
        """The person or organisation named right before the last past-tense verb or auxiliary of
        text[start:end] ("when Cruz knocked Rubio on trade and called him"): the subject of the clause
        a participle or a second verb after it shares."""
        start = max(start, end - WINDOW)  # the clause's last words: a sentence may be a million characters
        verb = last_match(FINITE_VERB, self.text, start, end)
        if verb is None:
            return None
        named = self.index.within(start, verb.start())
        if not named or named[-1][2].kind not in ("person", "organization") or self.text[named[-1][1]:verb.start()].strip():
            return None
        if self.speakers.after_preposition(start, named[-1][0]) and not self._joins_clauses(named, start):
            return None  # "Attorneys for Clinton", "Trump and Cruz"
        return named[-1][2]

    def _joins_clauses(self, named: list[tuple[int, int, EntityRef]], start: int) -> bool:
        """Whether the "and" before the last name opens a clause of its own ("charged the officer with murder
        and Emanuel fired"), not a second name of one subject ("Trump and Cruz attacked")."""
        before = AND_BEFORE.search(self.text, max(start, named[-1][0] - 8), named[-1][0])
        return before is not None and not (len(named) > 1 and named[-2][1] == before.start())

    def _quote_then_more(self, inside: int, end: int) -> bool:
        """ `said “it gets me mad” every time he thinks ...`: a quotation that the clause goes on after; not
        `said, "...", adding that ...`, where a participle after a comma opens a statement of its own."""
        close = CLOSE_ANY.search(self.text, inside, end)
        return close is not None and len(WORD.findall(self.text[close.end():min(end, close.end() + 200)])) >= 3 \
            and not PARTICIPLE_AFTER_QUOTE.match(self.text, close.end())

    def _short_tail(self, cue: Cue, sentence: Sentence) -> bool:
        """ "..., the rights group said in a statement late on August 3.": nothing reported after the cue."""
        tail = self.text[cue.end:min(sentence.end, cue.end + SHORT_TAIL)]
        if SUBJECT_PRONOUN.match(tail.lstrip(" ,")) or AUXILIARY.search(tail) or (
                cue.takes_addressee and WORDS_BEFORE_PRONOUN.match(tail)):
            return False  # "... say they prefer an outsider", "say stricter laws would help", "told reporters
            # he viewed": a clause follows
        return sentence.end - cue.end <= SHORT_TAIL and len(WORD.findall(tail)) <= 8 and not THAT_OR_QUOTE.search(tail)

    def _interrupts(self, cue: Cue, sentence: Sentence) -> bool:
        """ "The goal, he said, is ...", "..., said Rita Katz, the director of ...": an attribution set
        off by commas inside or after the clause it attributes, the speaker beside the cue."""
        comma = self.text.rfind(",", max(sentence.start, cue.start - 40), cue.start)
        if comma < 0 or len(WORD.findall(self.text[comma:cue.start])) > 4:
            return False
        comma_after = COMMA_AFTER_CUE.match(self.text, cue.end, sentence.end)
        if comma_after is not None:  # but not `..., Adambekov said, "Separate decisions ..."`
            return self.text[comma_after.end():comma_after.end() + 1] not in OPEN_MARKS
        if cue.takes_addressee or self.text[comma + 1:cue.start].strip():
            return False
        named = self.index.within(cue.end, min(sentence.end, cue.end + 60))
        return bool(named) and not WORD.findall(LEADING_LOWER_THE.sub("", self.text[cue.end:named[0][0]])) \
            and (named[0][1] >= sentence.end - 1 or self.text[named[0][1]:named[0][1] + 1] in ",.;")

    def forward(self, sentence: Sentence, cue: Cue, quoted: "QuotedSpans") -> Statement | None:
        """`X said (that) CLAUSE` / `X told Y (that) CLAUSE` / `According to X, CLAUSE`."""
        relative = restrictive = None
        if cue.lemma == "according to":
            comma = self._comma_after(cue.end, min(sentence.end, cue.end + WINDOW))
            if comma < 0:
                return None
            speaker = self._source(cue.end, comma, "reported.according_to")
            clause_start = comma + 1
            opening = LEADING_PHRASE.match(self.text, sentence.start, cue.start)
            set_off = self.text[sentence.start:cue.start].rstrip().endswith(",")
            if set_off and FINITE_VERB.search(self.text, sentence.start, cue.start) \
                    and (APPOSITION_TO_END.fullmatch(self.text, clause_start, sentence.end)
                         or NAME_ASIDE_TO_END.fullmatch(self.text, clause_start, sentence.end)) \
                    and not AUXILIARY.search(self.text, clause_start, sentence.end):
                return None  # "Ten are in jail, according to the CPJ, a New York-based group." or "..., according
                # to Radio Ozodi, as RFE/RL's Tajik Service is known locally.": the source and its description
                # close the sentence, whose clause comes before them
            clause_before = set_off or len(WORD.findall(self.text, sentence.start, cue.start)) >= 3  # not "But"
            if clause_before and (opening is None or opening.end() < cue.start) and (
                    CLAUSE_GOES_ON.match(self.text, clause_start, sentence.end)
                    or RELATIVE_GOES_ON.match(self.text, clause_start, sentence.end)):
                return None  # "Rates fell, according to X, as ships returned", "Roe leads by 20 seats according to
                # a count by X, but Lee has vowed ...", "..., according to X, where 400 seats are at stake": the
                # clause before goes on after the source, which reports that clause
            described = source_description().match(self.text, clause_start, min(sentence.end, clause_start + WINDOW))
            if described and speaker is not None and speaker.ref is not None:
                clause_start = described.end()  # "According to Ann Roe, a researcher at X, prices rose": not the role
            subject_start = cue.end
        else:
            if FRONTED_PARTICIPLE.fullmatch(self.text, sentence.start, cue.start):
                return self._fronted_participle(sentence, cue)
            subject_start, subject_end = self._subject_bounds(sentence.start, cue.start)
            with_name = self._with_name(sentence.start, cue)
            if with_name is not None:
                subject_start = with_name.start("name")  # "The talk ended with Maddow asking ...": Maddow
            joined = self._joined_subject(subject_start, cue.start)
            if joined is not None:
                subject_start = joined.start("subject")  # "X accuses Obama of ... and Donald Trump says": Trump
            last_quote_end = quoted.last_close(sentence.start, cue.start)
            if last_quote_end is not None and not RELATIVE_AFTER_QUOTE.match(self.text, last_quote_end):
                subject_start = max(subject_start, last_quote_end)  # `"...," X said`; but not `A, host of
                # "The Show," who ..., said`: a title inside the subject's aside
            relative = RELATIVE_SUBJECT.search(self.text, max(sentence.start, subject_start - 2), subject_end)
            restrictive = RESTRICTIVE_WHO.search(self.text, max(subject_start, subject_end - 8), subject_end)
            if relative:  # "Barkley, who said he votes ..., said ...": the name before "who" is the speaker
                antecedent = self._subject_start(sentence.start, relative.start())
                speaker = self.speakers.in_region(antecedent, relative.start(), "reported.relative_clause",
                                                  nearest_last=True)
            elif restrictive:  # "Obama rebuked critics who say ...": the words between the verb and "who"
                verb = last_match(FINITE_VERB, self.text, subject_start, restrictive.start())
                antecedent = verb.end() if verb else subject_start
                speaker = self.speakers.in_region(antecedent, restrictive.start(), "reported.relative_clause",
                                                  nearest_last=True) \
                    or self.speakers.described(antecedent, restrictive.start(), "reported.relative_clause")
            else:
                speaker = self._subject_speaker(sentence.start, subject_start, subject_end, "reported.speaker_cue_clause")
            shared = self.text[subject_start:cue.start].strip(" ,").lower()
            if all(word in VERB_COMPANIONS for word in shared.split()) and subject_start > sentence.start:
                # "X admitted ..., but said ...", "..., but has since said": no subject of its own
                shared = self.text[max(sentence.start, subject_start - 5):subject_start].strip(" ,").lower()
            if not cue.participle and self._no_subject_after_comma(subject_start, cue.start):
                # "Roe offered him a job as Secretary of Defense, then says ...": no subject of its own
                speaker = self.sentence_speaker or self.sentence_subject(sentence, cue)
            elif (speaker is None or cue.participle) and (cue.participle or shared in SHARED_SUBJECT):
                # "... and demanded his release", "..., then says ...": the subject of the sentence
                speaker = self.sentence_speaker or self.sentence_subject(sentence, cue)
            elif SHARED_SUBJECT_END.search(shared):
                # "X survived prison and says ...", "X called the Y campaign and said": the sentence's subject,
                # if it is named (or nothing better is): not Y, the name nearest the verb
                subject = self.sentence_speaker or self.sentence_subject(sentence, cue)
                if subject is None or subject.ref is None:
                    subject = self._subject_of_first_verb(sentence, subject_start) or subject
                if subject is not None and (subject.ref is not None or speaker is None or speaker.ref is None):
                    speaker = subject
            elif speaker is None:
                speaker = self.speakers.described(subject_start, subject_end, "reported.speaker_cue_clause")
            clause_start = cue.end
            addressee = self.addressee(cue)
            if addressee is not None:
                for _, end, ref in self.index.within(cue.end, cue.end + 60):
                    if ref == addressee:
                        clause_start = self._past_addressee(end, sentence.end)
                        break
            if ASIDE_AFTER_CUE.match(self.text, clause_start):
                # "The mayor said, after Ann Lee said the plan would fail, that ...": what was said follows the
                # aside; with nothing after it, the aside is all there is, and it is no statement
                aside_end = CLAUSE_COMMA.search(self.text, clause_start + 1, min(sentence.end, clause_start + WINDOW))
                if aside_end is None:
                    return None
                clause_start = aside_end.end()
        if speaker is None:
            return None
        window = self.text[clause_start:min(sentence.end, clause_start + 80)]
        opening = QUOTE_OPENS_CLAUSE.match(window)
        if opening and not self._quote_then_more(clause_start + opening.end(), sentence.end):
            return None  # `said in a statement, "..."`: the words are quoted, a direct quotation
        occasion = OCCASION_THAT.match(window)  # "said in its annual report that": no verb of its own before "that"
        that = occasion or THAT_CLAUSE.match(window)
        if that and not occasion and (SUBJECT_PRONOUN.search(window, 0, that.end() - 5)
                                      or FINITE_VERB.search(window, 0, that.end() - 5)
                                      or INFINITIVE.search(window, 0, that.end() - 5)
                                      or self.cues.between(clause_start, clause_start + that.end() - 5)):
            that = None  # "says he opposes it but that", "said his survey showed that": the clause starts earlier;
            # "the staffer's claims about Clinton, Ware insists that": the "that" of another verb
        if that is None and clause_start == cue.end:
            that = (cue.takes_addressee and (WORDS_BEFORE_PRONOUN.match(window) or ADDRESSEE_BEFORE_ARTICLE.match(window))
                    or ADVERBIAL_BEFORE_PRONOUN.match(window))
        if that is None and clause_start == cue.end and COORDINATION_AFTER_CUE.match(window):
            return None  # "The minister agreed, and the mayor said ...": the verb reports nothing; the sentence
            # goes on to another clause
        that = that or LEADING_PUNCTUATION.match(window)
        clause_start += that.end()
        if SAID_NOTHING.match(self.text, clause_start):
            return None  # "Bush said little during the first hour": nothing reported (but "little has changed")
        if self.text[clause_start:clause_start + 1] in OPEN_MARKS and not self._quote_then_more(
                clause_start + 1, sentence.end):
            return None
        clause_end = self._clause_end(clause_start, sentence.end)
        if cue.takes_addressee and ONLY_A_NAME.fullmatch(self.text, clause_start, clause_end):
            return None  # "Ann Roe told the New Yorker.": to whom, not what
        if OCCASION_ONLY.match(self.text, clause_start, clause_end) and not (
                FINITE_VERB.search(self.text, clause_start, clause_end)
                or SUBJECT_PRONOUN.search(self.text, clause_start, clause_end)
                or self.text[sentence.end:sentence.end + 4].lstrip()[:1] in OPEN_MARKS):
            return None  # `"...?" Roe asked at a news conference in Ankara.`: where, not what; but `Roe said
            # in a statement. "..."` introduces the quotation after it (`after_reported`)
        if self.text.startswith(" of ", cue.end) and cue.word.endswith("ed"):
            # "The lawyer for a man accused of killing a shopkeeper told jurors that ...": the accusation ends
            # where the sentence's own verb of saying begins
            later = next((c for c in self.cues.between(cue.end, min(clause_end, cue.end + WINDOW)) if not c.participle),
                         None)
            clause_end = self.text.rfind(" ", clause_start, later.start) if later is not None else clause_end
        opening = self._in_opening_clause(sentence, cue.start)
        if opening:
            if "," in self.text[cue.end:clause_start]:
                return None  # "After the interview concluded, Maher stated ...": the opening clause ends at the verb
            clause_end = self._opening_clause_end(clause_start, clause_end)
        # the main clause after an opening one attributes none of its words ("After Roe announced that she would
        # go, Lee proposed a vote.")
        kinds = ("person",) if speaker.ref else ("person", "organization")
        if not opening and self._attributed_after(clause_start, sentence, kinds):
            return None  # "Police responded to a call ..., police spokesperson Ann Roe said.": Roe's words; an
            # unnamed source's words before ", the New York Post reported." are the Post's, but a named
            # speaker's ("Clinton told investigators ..., the New York Times reported") stay theirs too
        if relative:  # the relative clause ends before the main verb: ", said"
            for later in self.cues.between(clause_start, clause_end):
                if not later.participle and self.text[clause_start:later.start].rstrip().endswith(","):
                    clause_end = self.text.rfind(",", clause_start, later.start)
                    break
        if relative or restrictive:  # "Cruz, a lawyer who has argued cases before the Court, will do ...": before it
            main_verb = MAIN_VERB_AFTER_COMMA.search(self.text, clause_start, min(clause_end, clause_start + WINDOW))
            clause_end = main_verb.start() if main_verb else clause_end
        return self._statement(clause_start, clause_end, sentence, cue, speaker, subject_start)

    def _subject_of_first_verb(self, sentence: Sentence, verb_start: int) -> Speaker | None:
        """Who is named as the subject of the verb at verb_start, when an aside set off by commas comes
        before it: the subject of both verbs of "Tom Ruiz, a farmer, works in Salina and said ..." and
        of "One of Davis's aides, Tim Cole, lives in Wichita and wrote ...", not the words "works in
        Salina and" after the last comma."""
        if verb_start <= sentence.start or not self.text[sentence.start:verb_start].rstrip().endswith(","):
            return None
        subject_start, subject_end = self._subject_bounds(sentence.start, verb_start)
        if self.text[sentence.start:subject_start].strip() or FINITE_VERB.search(self.text, subject_start, subject_end) \
                or self.cues.between(subject_start, subject_end):
            return None  # "Roe asked if Trump benefits, seeing as attacks on his life, failures and alleged ...":
            # the words before the comma are a clause, not a subject and its aside
        speaker = self._subject_speaker(sentence.start, subject_start, subject_end, "reported.speaker_cue_clause")
        return speaker if speaker is not None and speaker.ref is not None else None

    def _fronted_participle(self, sentence: Sentence, cue: Cue) -> Statement | None:
        """What the subject of the main clause said in a participle's clause that opens the sentence: "Having
        announced that the budget was balanced, Ann Roe cut ...": Roe's, up to the comma that closes the
        clause ("Having said that, Roe insisted ..." says nothing)."""
        that = THAT_CLAUSE.match(self.text, cue.end, min(sentence.end, cue.end + 80))
        clause_start = that.end() if that else cue.end
        clause_end = self._opening_clause_end(clause_start, sentence.end)
        if clause_end == sentence.end:
            return None
        subject = self._subject_at(LEADING_SPACE.match(self.text, clause_end + 1, sentence.end).end(), sentence.end)
        if subject is None or subject.ref is None:
            return None
        speaker = Speaker(subject.ref, None, "reported.fronted_participle", subject.pronoun_at)
        return self._statement(clause_start, clause_end, sentence, cue, speaker, cue.start)

    def _in_opening_clause(self, sentence: Sentence, at: int) -> bool:
        """Whether `at` stands in the adverbial clause that opens the sentence, after an opening phrase at
        most, before the clause's first comma ("When Trump suggested ..., Rubio fired back", "In a debate,
        while his rivals called for ..., Trump hewed"); "As the Post reported, ..." reports the main clause."""
        start = sentence.start
        if at - start > WINDOW:
            return False  # no opening clause runs this long; and a long sentence is not read again per cue
        phrase = OPENING_ADVERBIAL.match(self.text[start:min(at, start + WINDOW // 4)])
        if phrase is not None and phrase.end() and not ADVERBIAL_CLAUSE.match(self.text, start, at):
            start += phrase.end()
        opening = ADVERBIAL_CLAUSE.match(self.text, start, at)
        return opening is not None and self.text.find(",", start, at) < 0 and not AS_REPORTED.fullmatch(opening.group())

    def _opening_clause_end(self, start: int, end: int) -> int:
        """Where a clause reported inside an opening adverbial clause ends: at the comma before the main
        clause's subject, a name (after titles at most), a pronoun or a noun phrase and its verb ("When Trump
        suggested that Cuba would sue, Sen. Rubio fired back", "Although Roe argued taxes must fall, the
        budget was passed": not what was said)."""
        comma = self.text.find(",", start, min(end, start + WINDOW))
        while comma >= 0:
            after = LEADING_SPACE.match(self.text, comma + 1, end).end()
            if SUBJECT_PRONOUN.match(self.text, after, end) or MAIN_CLAUSE_OPENS.match(self.text, after, end) \
                    or self._subject_at(after, min(end, after + WINDOW // 4)) is not None:
                return comma
            comma = self.text.find(",", comma + 1, min(end, start + WINDOW))
        return end

    def _attributed_after(self, start: int, sentence: Sentence, kinds: tuple[str, ...]) -> bool:
        """Whether the sentence after `start` ends with an attribution of its own: a comma, a name of one
        of `kinds` (after a role at most) and a verb of saying that closes the sentence."""
        # only a verb in the sentence's last words closes it (`_short_tail`): the tail is read, not the
        # whole sentence, which keeps a sentence of a million characters linear
        for later in self.cues.between(max(start, sentence.end - SHORT_TAIL - WINDOW // 4), sentence.end):
            if later.participle or later.lemma == "according to" or not self._short_tail(later, sentence):
                continue
            comma = self.text.rfind(",", max(start, later.start - WINDOW), later.start)
            named = self.index.within(comma, later.start) if comma >= 0 else []
            if (named and named[-1][2].kind in kinds and not self.text[named[-1][1]:later.start].strip()
                    and not OBJECT_RELATIVE.match(self.text, comma + 1, later.start)
                    and not CLAIM_RELATIVE.match(self.text, comma + 1, later.start)
                    and len(WORD.findall(self.text[comma:later.start])) <= ROLE_AND_NAME_WORDS):
                return True
        return False

    def _no_subject_after_comma(self, start: int, cue_start: int) -> bool:
        """Whether only a comma and a word of sequence ("then", "later") come between the subject read
        for a cue and the cue: ", then says" shares the sentence's subject."""
        comma = self.text.rfind(",", start, cue_start)
        if comma < 0:
            return False
        words = self.text[comma + 1:cue_start].lower().split()
        return bool(words) and words[0] in SEQUENCE_ADVERBS and all(word in VERB_COMPANIONS for word in words)

    def _source(self, start: int, end: int, rule: str) -> Speaker | None:
        """Who "according to" cites in text[start:end]: the subject the speaker rules read, else the name
        of the one the source is by or from ("a tally by the Associated Press") or a name that is the
        whole source ("Variety"), else the source unnamed ("early results of the exit poll", "his
        campaign finance documents"), up to a comma or the end."""
        speaker = self.speakers.in_region(start, end, rule)
        if speaker is not None and speaker.ref is not None:
            return speaker
        comma = self._comma_after(start, end)
        named = self.speakers.named_source(start, comma if comma > 0 else end, rule)
        if named is not None:
            return named
        if speaker is not None:
            return speaker
        source = self.text[start:comma if comma > 0 else end].strip(" .;:\n")
        return Speaker(None, source, rule + "+unnamed") if 0 < len(WORD.findall(source)) <= 20 else None

    def _clause_end(self, start: int, end: int) -> int:
        """The reported clause ends at the sentence end, or before ", but others say" or ", according to"."""
        for cue in self.cues.between(start, min(end, start + WINDOW)):
            if cue.lemma == "according to":  # "X told her that ..., according to an account she gave"
                opens_clause = not self.text[start:cue.start].strip(" ,")
                if opens_clause and THAT_BEFORE.search(self.text, max(0, start - 8), start):
                    continue  # "X said that according to its count, ...": X's clause names X's source
                boundary = self.text.rfind(",", start, cue.start)
                return boundary if boundary > start else cue.start
            if cue.participle:  # "..., accusing Sandu of ...", "... by pointing out": a statement of its own
                own = self._own_clause_subject(start, cue)
                if own is not None:
                    return own[0]  # "..., while her main rival, Bernie Sanders, has soared by saying": his clause
                boundary = max(self.text.rfind(",", start, cue.start), self.text.rfind(" and ", start, cue.start))
                by = GERUND_PREPOSITION_BEFORE.search(self.text, max(start, cue.start - 10), cue.start)
                return boundary if boundary > start else by.start() if by else cue.start
            with_name = self._with_name(start, cue)
            if with_name is not None:  # "..., with Sen. John McCain calling it ...": his statement
                boundary = self.text.rfind(",", start, with_name.start())
                return boundary if boundary > start else with_name.start()
            joined = self._joined_subject(start, cue.start)
            if joined is not None and joined.start() > start and not self._first_of_two_subjects(start, joined):
                return joined.start()  # "... while Sanders suggests", "... after the Associated Press reported"
            contrast = self._contrast_subject(start, cue.start)
            if contrast is not None:
                return contrast.start()  # "... claimed the attack but officials have said": theirs, no comma
            semicolon = self.text.rfind(";", start, cue.start)
            if semicolon > start:
                return semicolon  # "Some said the ruling was weak; others praised it": a clause of its own
            boundary = self.text.rfind(",", start, cue.start)
            set_off = self._source_set_off(start, boundary) if boundary > start and not self.text[
                boundary + 1:cue.start].strip() else None
            if set_off is not None:
                return set_off  # "... ordered an inquiry, her spokesman, Tom Day, said": his statement
            if boundary > start and (CONJUNCTION_AFTER_COMMA.search(self.text[boundary:cue.start])
                                     or self._new_subject(boundary + 1, cue.start)
                                     or CLAIM_RELATIVE.match(self.text, boundary + 1, cue.start)):
                return boundary  # "..., but others say", "..., they also say", ", authorities said": another statement
            if boundary > start and not cue.participle and self._trailing_source(boundary, cue, end):
                return boundary  # "X warned ..., a UN spokesperson said on Saturday.", "..., said the spokesperson, adding"
        return end

    def _source_set_off(self, start: int, comma: int) -> int | None:
        """Where a source set off by commas before the verb that closes the sentence begins: a person's name,
        after a role at most (", her spokesman, Tom Day, said"; `comma` is the one after the name)."""
        named = self.index.within(max(start, comma - 80), comma)
        if not named or named[-1][2].kind != "person" or self.text[named[-1][1]:comma].strip():
            return None
        name_comma = self.text.rfind(",", start, named[-1][0])
        if name_comma <= start or self.text[name_comma + 1:named[-1][0]].strip():
            return None
        role_comma = self.text.rfind(",", max(start, name_comma - 80), name_comma)
        return role_comma if role_comma > start and self._is_role(role_comma + 1, name_comma) else name_comma

    def _trailing_source(self, comma: int, cue: Cue, end: int) -> bool:
        """Whether a comma and a verb of saying close the clause with a source no name gives: "..., a UN
        spokesperson said on Saturday." (a few words from "a"/"an", nothing reported after the verb) or
        "..., said the spokesperson," (the verb, then "the"/"a" and a few words to a comma or the end)."""
        between = WORD.findall(self.text, comma + 1, cue.start)
        if not between:
            return bool(INVERTED_SOURCE.match(self.text, cue.end, end))
        tail = self.text[cue.end:end]
        return (between[0].lower() in ("a", "an") and len(between) <= 4 and not FINITE_VERB.search(self.text, comma, cue.start)
                and len(tail) <= SHORT_TAIL and len(WORD.findall(tail)) <= 6 and not THAT_OR_QUOTE.search(tail)
                and not SUBJECT_PRONOUN.match(tail.lstrip(" ,")) and not AUXILIARY.search(tail))

    def _joined_subject(self, start: int, cue_start: int) -> re.Match | None:
        """A second subject joined to a clause right before its verb, one name ("... and Donald Trump
        says", "... while Sanders suggests"), with an aside set off by commas after it at most ("..., and
        Brian Roe, the mayor's adviser, said"), or a description its aside names ("..., while a union
        leader, Ann Roe, said"): the start of another statement."""
        window_start = max(start, cue_start - JOINED_WINDOW)
        joined = JOINED_SUBJECT.search(self.text, window_start, cue_start)
        if joined is not None and (joined.group("aside") or joined.start() >= cue_start - 80):
            end = joined.start("aside") if joined.group("aside") else cue_start
            titled = joined.group("joiner") != "and"  # "..., though Mrs. Fiorina said"; but "Congress and
            # President Obama agreed" is one subject of two names
            if self._named_subject(joined.start("subject"), end, titled) and not self._conjunct_after_preposition(joined):
                return joined
        described = JOINED_DESCRIPTION.search(self.text, window_start, cue_start)
        return described if described and self._named_subject(described.start("name") + 1, described.end("name")) else None

    def _conjunct_after_preposition(self, joined: re.Match) -> bool:
        """Whether "and" joins the name after it to a name after a preposition ("Relatives of Ann Roe and Tom
        Day said"): both are the object of the preposition, no subject of their own."""
        if joined.group("joiner") != "and":
            return False
        before = self.index.within(max(0, joined.start() - 80), joined.start())
        return bool(before) and not self.text[before[-1][1]:joined.start()].strip(" ,") \
            and self.speakers.after_preposition(max(0, before[-1][0] - 80), before[-1][0])

    def _first_of_two_subjects(self, start: int, joined: re.Match) -> bool:
        """Whether the clause opens with the first of two subjects joined by "and" to one verb ("Cruz said
        both he and Rubio promised ..."): what the verb says is part of the clause, no statement of its own."""
        lead = self.text[start:joined.start()].split()
        return joined.group("joiner") == "and" and 0 < len(lead) <= 3 and all(
            word in BOTH_WORDS or SUBJECT_PRONOUN.fullmatch(word) or word[:1].isupper() for word in lead)

    def _named_subject(self, start: int, cue_start: int, titled: bool = False) -> bool:
        """Whether text[start:cue_start] is one name, its titles before it if `titled` ("Mrs. Fiorina")
        and the words that may stand before a verb ("Donald Trump also", "the Associated Press"): the
        subject of a statement of its own."""
        end = self._subject_end(start, cue_start)
        named = self.index.within(start, end)
        if len(named) != 1 or named[0][2].kind not in ("person", "organization") \
                or named[0][1] != start + len(self.text[start:end].rstrip()):
            return False
        lead = WORD.findall(LEADING_LOWER_THE.sub("", self.text[start:named[0][0]]))
        return not lead or titled and named[0][2].kind == "person" and all((word.lower(),) in titles() for word in lead)

    def _new_subject(self, start: int, end: int) -> bool:
        """Whether text[start:end] is a short subject of its own (", they also", ", authorities", ", her
        lawyer"), not a relative clause (", who he believed") or the verb of the clause before (", have
        revealed")."""
        words = WORD.findall(self.text, start, end)
        if SUBJECT_PRONOUN.match(self.text, start + 1, end) or self._titled_name(start, end) \
                or self._named_subject(start, end):  # ", the New York Times reported"
            return True
        return 0 < len(words) <= 3 and (words[0].lower() in DETERMINERS - {"a", "an"}
                                        or words[0].lower() not in word_set("not_names.txt")) \
            and not FINITE_VERB.search(self.text, start, end)

    def _titled_name(self, start: int, end: int) -> bool:
        """Whether text[start:end] is a name after its titles and roles, with a bracket after it at most
        (", Speaker of the House Rep. Paul Ryan (R-WI)"): a subject of its own."""
        named = self.index.within(start, end)
        if not named or named[-1][2].kind not in ("person", "organization") \
                or not TRAILING_BRACKETS.fullmatch(self.text, named[-1][1], end):
            return False
        words = self.text[start:named[-1][0]].split()
        return len(words) <= INTRODUCTION_WORDS + 2 and _titles_and_roles(words)

    def backward(self, sentence: Sentence, cue: Cue, quoted: "QuotedSpans") -> Statement | None:
        """`CLAUSE, X said.` / `CLAUSE, said X.` / `CLAUSE, according to X.`"""
        floor = max(sentence.start, cue.start - WINDOW)
        comma = self.text.rfind(",", floor, cue.start)
        while comma > floor and self._inside_name(comma):  # "..., the Ministry of Culture, Youth and Sports said"
            comma = self.text.rfind(",", floor, comma)
        if comma <= sentence.start:
            return None
        sentence = self._clause_bound(sentence, comma)
        after = self.text[cue.end:min(sentence.end, cue.end + WINDOW)].strip(" .\n")
        before_cue = self.text[comma + 1:cue.start].strip()
        if QUESTION_PUT.match(self.text, sentence.start):
            return None  # "When asked whether ..., Smith said no": the question is the asker's (questions())
        if not before_cue and SUBJECT_AND_RELATIVE.match(self.text, sentence.start, comma):
            return None  # "A resident, who asked not to be named, said the gunmen ...": the subject, then its verb
        if not before_cue and self._role_then_name(sentence.start, comma):
            return None  # "The State Commissioner of Police, Abdulahi Chafe, confirmed the incident": the subject
        subject_start = None if before_cue else self._subject_set_off(sentence.start, comma)
        if subject_start is not None:  # "..., his top aide, Tad Devine, told The Post.": the clause ends before it
            comma = subject_start - 1
            before_cue = self.text[subject_start:cue.start].strip()
        if before_cue and all(w.lower() in VERB_COMPANIONS for w in before_cue.split()):
            return None  # "Marco Rubio, speaking in Miami, is criticizing ...": the subject is before the comma
        if OBJECT_RELATIVE.match(before_cue) or CLAIM_RELATIVE.match(before_cue) or _noun_relative(before_cue):
            return None  # "..., something that Trump mocked.", "..., which Clinton denied": a relative clause
        if CLAUSE_OF_ITS_OWN.match(before_cue):
            return None  # "The ceasefire held, though both sides accused ...": a clause of its own, not a source
        if cue.lemma == "according to":
            if CLAUSE_OPENS_BEFORE.search(self.text, max(sentence.start, comma - 20), comma):
                return None  # "..., because, according to Trump, the media would ...": the clause after it
            source_end = min(sentence.end, cue.end + WINDOW)
            comma_after = self._comma_after(cue.end, source_end)
            if comma_after >= 0 and CLAUSE_GOES_ON.match(self.text, comma_after + 1, source_end):
                source_end = comma_after  # "..., according to the charity, and is ...": the source ends there
            speaker = self._source(cue.end, source_end, "reported.clause_according_to")
        elif self._words_naming_one(comma + 1, cue.start) <= 8 and (
                len(WORD.findall(after)) <= 8 or self._interrupts(cue, sentence)):
            speaker = self.speakers.in_region(comma + 1, cue.start, "reported.clause_speaker_cue")
            if speaker is None and not before_cue and cue.lemma in INVERTING_VERBS:
                if after.split(" ", 1)[0].lower() in CUE_OBJECTS:
                    return None  # "Timur Rakhimov, a spokesman for the ministry, said nothing."
                cut = CLAUSE_SPEAKER_END.search(after)
                source_end = cue.end + (cut.start() if cut else len(after)) + 1
                if AUXILIARY.search(self.text, cue.end, source_end) \
                        or _thing_then_past(WORD.findall(self.text, cue.end, source_end)):
                    return None  # "..., speaking on condition of anonymity, said the group had raised it", "said
                    # the plan worked": a clause
                speaker = self.speakers.in_region(cue.end, source_end, "reported.clause_cue_speaker")
                speaker = self._named_after_description(cue, sentence.end, speaker, "reported.clause_cue_speaker")
        else:
            return None
        if speaker is None:
            return None
        speaker = self._spoke_earlier(sentence.start, comma, speaker)
        if quoted.any_between(sentence.start, cue.start) and len(quoted.words_outside(
                self.text, max(sentence.start, comma - WINDOW), comma)) < 3:
            return None  # `"...," he said.` is a direct quotation; `Democrats had “put the biggest crack” yet ...` is not
        opening = LEADING_PHRASE.match(self.text, sentence.start, comma + 2)
        if opening and opening.end() > comma and not FINITE_VERB.search(self.text, sentence.start, comma):
            return None  # "In each of the five states, voters say ...": an opening phrase, not what was said
        rest = self._clause_goes_on(cue, speaker, sentence) if sentence.end - sentence.start <= 2 * WINDOW else None
        if rest and self.text[rest.end():rest.end() + 1] not in OPEN_MARKS and not any(
                c.start == rest.end() for c in self.cues.between(cue.end, min(sentence.end, rest.end() + 40))):
            # "The goal, he said, is to forge ...": one clause around the attribution
            return self._statement(sentence.start, sentence.end, sentence, cue, speaker, comma)
        if ADVERBIAL_CLAUSE.match(self.text, sentence.start, comma) and "," not in self.text[sentence.start:comma] \
                or self._in_opening_clause(sentence, comma) and self.cues.between(sentence.start, comma):
            return None  # "But as the day dragged, Elon Musk lashed out", "And, while Roe boasts that ..., PACs
            # have reported spending ...": when, not what was said; the verb in the clause reports it (but "Still,
            # though trade helps ..., Autor argued.")
        return self._statement(sentence.start, comma, sentence, cue, speaker, comma)

    def _clause_goes_on(self, cue: Cue, speaker: Speaker, sentence: Sentence) -> re.Match | None:
        """The comma after an attribution inside a clause, where the clause goes on: "The goal, he said, is
        ...", "And Trump, said Sunshine, who remains friendly with him, doesn't forgive": after the cue, or
        after the speaker named after it and an aside."""
        rest = COMMA_AFTER_CUE.match(self.text, cue.end, sentence.end)
        if rest is not None or speaker.ref is None:
            return rest
        named = self.index.within(cue.end, min(sentence.end, cue.end + WINDOW // 4))
        if not named or named[0][2] != speaker.ref or self.text[cue.end:named[0][0]].strip():
            return None
        return ASIDE_THEN_CLAUSE.match(self.text, named[0][1], sentence.end)

    def _role_then_name(self, start: int, comma: int) -> bool:
        """Whether text[start:comma] is a role and then the person who holds it set off by commas ("The
        State Commissioner of Police, Abdulahi Chafe"): a subject, not a clause its verb reports."""
        name_start = self._person_ending_at(start, comma)
        return name_start is not None and self.text[start:name_start].rstrip().endswith(",") \
            and self._is_role(start, name_start)

    def _subject_set_off(self, start: int, comma: int) -> int | None:
        """Where a subject begins that ends the clause before `comma`, set off by commas: a role and the
        person who holds it ("..., his top aide, Tad Devine, told The Post") or a name and an aside about
        it ("..., Ed Day, a spokesman for the mayor, said"). What the verb after `comma` reports ends
        before the subject."""
        inner = self.text.rfind(",", start, comma)
        outer = self.text.rfind(",", start, inner) if inner > start else -1
        if outer <= start:
            return None
        name_start = self._person_ending_at(start, comma)
        if name_start is not None and not self.text[inner + 1:name_start].strip():
            return outer + 1 if self._is_role(outer + 1, inner) else None
        named = self.index.within(outer + 1, inner)
        whole_name = len(named) == 1 and not self.text[outer + 1:named[0][0]].strip() \
            and self.text[named[0][1]:inner] in ("", ".")  # "Acme Corp., a maker of widgets,"
        if not whole_name or named[0][2].kind not in ("person", "organization"):
            return None
        aside = APPOSITIVE_START.match(self.text, inner + 1, comma) or self._is_role(inner + 1, comma)
        return outer + 1 if aside else None

    def _person_ending_at(self, start: int, end: int) -> int | None:
        """Where the name of a person begins that ends at `end`, if one does (after `start`)."""
        named = self.index.within(max(start, end - WINDOW), end)
        return named[-1][0] if named and named[-1][2].kind == "person" and named[-1][1] == end else None

    def _is_role(self, start: int, end: int) -> bool:
        """Whether text[start:end] reads as a role: a few words, one of them a person noun, no verb."""
        lead = self.text[start:end]
        words = WORD.findall(lead)
        return 0 < len(words) <= 8 and not FINITE_VERB.search(lead) and not self.cues.between(start, end) \
            and any(w.lower() in person_nouns() for w in words)

    def _subject_meant(self, speaker: Speaker, start: int, end: int, chain: int = PRONOUN_CHAIN) -> Speaker:
        """A he or she read as the person named last before it means the subject of an earlier sentence
        that names them, when that subject is someone else the pronoun fits and the statement's own
        words text[start:end] do not name: news goes on about whom its sentence is about, not a name the
        sentence met on the way ("McConnell said it was wrong for Ginsburg to attack Trump. He said
        ...": McConnell). Not when the person named last speaks there themselves ("Cruz won the crowd
        over, Stovall said", "Hannity asked Trump how high the wall would be"). A subject that is a
        pronoun itself is read the same way, up to `chain` sentences back."""
        if speaker.pronoun_at is None or speaker.ref is None or speaker.ref.kind != "person":
            return speaker
        word, offset = speaker.pronoun_at
        named = next(((at, to) for at, to, ref in self.index.before(offset, "person") if ref == speaker.ref), None)
        if named is None or self._speaks_beside(*named):
            return speaker
        sentence = self.sentence_at(named[0])
        subject = self._person_subject(sentence.start, named[1], chain)
        if subject is None or subject == speaker.ref or not self.speakers.may_mean(word, subject) \
                or any(ref == subject for _, _, ref in self.index.within(start, end)):
            return speaker
        return Speaker(subject, None, speaker.rule + "+sentence_subject", speaker.pronoun_at)

    def _person_subject(self, start: int, end: int, chain: int) -> EntityRef | None:
        """The person named as the subject of the sentence that starts at `start`, if named before `end`:
        not a possessor ("Clinton's position was backed by ...") nor a name that modifies a noun after
        "the" ("The Romney attack hit Trump hard"); or the one a he or she there means ("He nodded to his
        finish behind Cruz.")."""
        subject = self._sentence_subject(start, end, OPENING_PHRASES)
        if subject is None or subject.ref is None or subject.ref.kind != "person":
            return None
        if subject.pronoun_at is not None:
            at = subject.pronoun_at[1]
            return self._subject_meant(subject, at, at, chain - 1).ref if chain > 1 else None
        # the subject stands in the sentence's first WINDOW characters, where `_sentence_subject` read it
        named = next(((at, to) for at, to, ref in self.index.within(start, min(end, start + WINDOW))
                      if ref == subject.ref), None)
        if named is None or POSSESSIVE_AFTER.match(self.text, named[1]) or self.speakers.modifies_a_noun(*named):
            return None
        return subject.ref

    def subject_before(self, offset: int, kind: str) -> EntityRef | None:
        """The person (or organisation) named as the subject of the sentence before the one at `offset`,
        in the same paragraph or the one before: whom a definite description most likely means ("Marco
        Rubio says ... ⏎ The Florida senator is predicting", though Cruz was named since). A description
        that attributes a quotation means the subject of the sentence the quotation opens in ("Cruz defends
        his record on TV: "...," the senator says"), or of the sentence before the quotation it ends ("Bush
        went after Trump. "So Donald ... He would not be ...," the former Florida governor said"); a
        sentence that opens with a quotation is passed over (`"...," he said.`: its subject follows)."""
        lead = self.text[offset:offset + QUOTE_CLOSE_LEAD]
        offset += len(lead) - len(lead.lstrip(" ,\"”’'"))  # past the closing mark a region may open with
        position = bisect_right(self.sentence_starts, offset) - 1
        if position < 0:
            return None
        sentence = self.sentences[position]
        closed = self.quoted.last_close(sentence.start, offset)
        opened = self.quoted.opening(closed - 1) if closed is not None else None
        if opened is not None and sentence.start < opened:
            return self._subject_of(sentence.start, opened, kind)
        paragraph, quoted = sentence.paragraph, self.quoted.inside(sentence.start)
        for sentence in reversed(self.sentences[max(0, position - DESCRIBED_SENTENCES):position]):
            if sentence.paragraph < paragraph - 1:
                return None
            if not (quoted and self.quoted.inside(sentence.start)) \
                    and self.text[sentence.start:sentence.end].lstrip()[:1] not in OPENING_QUOTES:
                return self._subject_of(sentence.start, sentence.end, kind)
        return None

    def _subject_of(self, start: int, end: int, kind: str) -> EntityRef | None:
        """The person (or organisation) named as the subject of the sentence text[start:end]."""
        if kind == "person":
            return self._person_subject(start, end, PRONOUN_CHAIN)
        subject = self._sentence_subject(start, end, OPENING_PHRASES)
        return subject.ref if subject is not None and subject.ref is not None and subject.ref.kind == kind else None

    def _speaks_beside(self, start: int, end: int) -> bool:
        """Whether the person named at text[start:end] is the subject of a reporting verb beside the name
        ("..., Stovall said", "..., said Katie Harbath") or the one a question is put to, who answers
        ("Hannity asked Trump how ...")."""
        after = self.cues.between(end, end + VERB_BESIDE)
        if after and not self.text[end:after[0].start].strip(" ,"):
            return after[0].lemma not in QUESTION_VERBS  # "Tapper asked whether ...": the other one answers
        before = self.cues.between(max(0, start - VERB_BESIDE), start)
        if not before or self.text[before[-1].end:start].strip():
            return False
        return before[-1].lemma in QUESTION_VERBS or (
            INVERTED_BEFORE.search(self.text, max(0, before[-1].start - 3), before[-1].start) is not None
            and CLAUSE_END.match(self.text, end) is not None)

    def _spoke_earlier(self, start: int, end: int, speaker: Speaker) -> Speaker:
        """A pronoun's speaker kept though the clause before it names them, when they are the subject of
        the last verb of saying in text[start:end] ("Roe lamented the old days when, she said, ...",
        "Roe asserted that ...: "...," she said"): the pronoun points back to that subject."""
        if speaker.pronoun_at is None or speaker.ref is None:
            return speaker
        verb = self._last_verb_of_saying(start, end)
        if verb is None:
            return speaker
        subject = self._subject_speaker(start, *self._subject_bounds(start, verb.start), speaker.rule)
        if subject is None or subject.ref is None or (subject.ref.kind, subject.ref.key) != (speaker.ref.kind, speaker.ref.key):
            return speaker
        return Speaker(speaker.ref, None, speaker.rule + "+spoke_earlier")

    def _clause_bound(self, sentence: Sentence, comma: int) -> Sentence:
        """The sentence, or its last LONGEST_CLAUSE characters before `comma` from a word's start when it
        is longer: text without full stops (a whole paragraph as one "sentence") would otherwise give
        every "..., according to X" the paragraph so far, output growing with the square of the input."""
        if comma - sentence.start <= LONGEST_CLAUSE:
            return sentence
        start = self.text.find(" ", comma - LONGEST_CLAUSE, comma) + 1
        return Sentence(start or comma - LONGEST_CLAUSE, sentence.end, sentence.paragraph)

    def _statement(self, start: int, end: int, sentence: Sentence, cue: Cue, speaker: Speaker,
                   subject_start: int) -> Statement | None:
        start, end = _balanced(self.text, start, end, *_trim(self.text, start, end))
        start = self._past_dateline(start, end)  # "KANO, Nigeria, Jan 5 (Reuters) - Gunmen killed ...": not said
        words = _leading_words(self.text, start, end, 3)
        if len(words) < 3 and not (len(words) == 2 and (SUBJECT_PRONOUN.fullmatch(words[0]) or THAT_BEFORE.search(
                self.text, max(0, start - 8), start) or words[0].lower() in DETERMINERS or _noun_then_past(words))):
            return None  # "said Monday", "told reporters": no clause; "said he disagreed", "said that sales rose",
            # "said prices rose" are
        speaker = self._subject_meant(self.speakers.not_named_inside(speaker, start, end), start, end)
        return Statement(  # spans given as data: one validation, not three
            kind="indirect", text=self.printed[start:end], content={"start": start, "end": end},
            evidence={"start": sentence.start, "end": sentence.end}, speaker=speaker.ref,
            speaker_description=speaker.description, cue=cue.word, addressee=self.addressee(cue),
            rule=speaker.rule)


class QuotedSpans:
    """The quotations of an article, looked up by offset in logarithmic time."""

    def __init__(self, quotes: list[Quotation]):
        self.opens = [q.open_mark for q in quotes]
        self.closes = [q.close_mark for q in quotes]

    def inside(self, offset: int) -> bool:
        return self.opening(offset) is not None

    def opening(self, offset: int) -> int | None:
        """The opening mark of the quotation that `offset` lies in, if any."""
        position = bisect_right(self.opens, offset) - 1
        return self.opens[position] if position >= 0 and offset < self.closes[position] else None

    def last_close(self, start: int, end: int) -> int | None:
        """The last closing mark in [start, end], if any."""
        position = bisect_right(self.closes, end) - 1
        return self.closes[position] if position >= 0 and self.closes[position] >= start else None

    def words_outside(self, text: str, start: int, end: int) -> list[str]:
        """The words of text[start:end] outside quotation marks."""
        words, position = [], start
        for index in range(bisect_right(self.closes, start), bisect_right(self.opens, end - 1)):
            words += WORD.findall(text, position, max(position, self.opens[index]))
            position = max(position, self.closes[index])
        return words + WORD.findall(text, position, max(position, end))

    def any_between(self, start: int, end: int) -> bool:
        """Whether a quotation opens before `end` and closes after `start`."""
        position = bisect_right(self.opens, end - 1) - 1
        return position >= 0 and self.closes[position] > start


def _titles_and_roles(words: list[str]) -> bool:
    """Whether the words before a name only give its titles and roles ("Vice President", "Republican
    presidential candidate", "Speaker of the House Rep."), not a phrase of their own ("When", "Critics of")."""
    return all(word.rstrip(".").lower() in person_nouns() or word.lower() in role_modifiers()
               or (word[:1].isupper() and word.lower() not in NOT_NAMES and word.lower() not in PHRASE_OPENERS)
               or (word in ("of", "the") and (following[:1].isupper() or following == "the"))  # "Speaker of the House"
               for word, following in zip(words, words[1:] + [""]))


def _noun_then_past(words: list[str]) -> bool:
    """Whether two words are a clause of a noun and a verb in the past: "prices rose", "talks failed"
    (not "last week", "reporters Monday")."""
    noun = words[0]
    return noun.islower() and noun.isalpha() and noun not in NOT_NAMES and noun not in SUBORDINATORS \
        and _past_verb(words[-1])


def _thing_then_past(words: list[str]) -> bool:
    """Whether words after a verb of saying are a clause of a thing and a verb in the past, not who said
    it: "said the plan worked" (but "said the retired general", "said those surveyed", "said the people
    polled")."""
    return len(words) > 2 and words[0].lower() in DETERMINERS and _past_verb(words[-1]) \
        and not any(word.lower() in person_nouns() or word.lower().removesuffix("s") in person_nouns()
                    or word.lower() in ("people", "persons") for word in words[1:-1])


def _past_verb(word: str) -> bool:
    return word.islower() and (word in IRREGULAR_PAST or word.endswith("ed"))


def _leading_words(text: str, start: int, end: int, count: int) -> list[str]:
    """The first `count` words of text[start:end]: what the tests of a quotation or a clause read, without
    taking a long one apart."""
    return [match.group() for match in islice(WORD.finditer(text, start, end), count)]


def _title_case(words: list[str]) -> bool:
    """Whether the words are capitalised as a title is, but for the words that join a name's ("Meet the
    Press", "Guardians of the Galaxy", "Winter Sale")."""
    capitalised = sum(word[:1].isupper() for word in words)
    return capitalised == len(words) or capitalised >= 2 and all(
        word[:1].isupper() or word in NAME_CONNECTORS for word in words)


def _looks_like_speech(words: list[str], content: str) -> bool:
    """Not a scare-quoted term or a title: a few words, or a sentence of speech (`"We expect more cuts,"`:
    the mark before the closing one ends a sentence or a clause). `words`: the first SPEECH_WORDS of the
    content at least."""
    if len(words) >= SPEECH_WORDS:
        return True
    if len(words) >= 3 and content.rstrip()[-1:] in ".,!?…":
        return True
    return False


def _questions_put(text: str) -> list[re.Match]:
    """The matches of `QUESTION_PUT.finditer(text)`, tried only where one can start: before an "asked",
    at it or at the word before the spaces before it. The pattern opens with a look-around, so the
    regex engine cannot skip ahead to a letter and would try it at every character of the text."""
    matches: list[re.Match] = []
    end, at = 0, text.find("sked", 1)  # each match holds "[Aa]sked"
    while at > 0:
        cue = at - 1
        space = cue
        while space > end and text[space - 1].isspace():  # linear: each run of spaces is passed once
            space -= 1
        starts = [*range(max(end, space - len("being")), space), cue] if space < cue else [cue]
        match = next(filter(None, (QUESTION_PUT.match(text, start) for start in starts if start >= end)), None)
        if match is not None:
            matches.append(match)
            end = match.end()
        at = text.find("sked", max(at + 1, end + 1))
    return matches

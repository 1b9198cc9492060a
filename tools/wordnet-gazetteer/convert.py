#!/usr/bin/env python3
"""Regenerates StudyDecks' gazetteer resources from WordNet 3.0.

Reads the WordNet database files (data.noun, data.adj, index.noun, index.verb, verb.exc) of Debian's `wordnet-base` package and writes its
files into src/StudyDecks.Core/Resources/: wordnet-people.tsv, wordnet-places.tsv, wordnet-bodies.tsv,
wordnet-person-nouns.txt, wordnet-pertainyms.tsv, wordnet-happening-nouns.txt, wordnet-verbs.tsv, wordnet-acronyms.tsv,
wordnet-gloss-links.tsv and wordnet-event-spans.tsv (formats in each file's header and in Resources/README.md). Needed neither to build nor to test.

    cd /tmp && apt-get download wordnet-base && dpkg-deb -x wordnet-base_*.deb wordnet
    python3 tools/wordnet-gazetteer/convert.py /tmp/wordnet/usr/share/wordnet src/StudyDecks.Core/Resources

The output is deterministic: the same database always gives byte-identical files.
"""
import os
import re
import sys

# Lexicographer files (see lexnames(5WN)): where WordNet files groups, places, natural objects and people.
GROUPS, LOCATIONS, OBJECTS, PEOPLE = 14, 15, 17, 18
# … and acts, events, phenomena and processes: what happens, rather than what is.
HAPPENINGS = {4, 11, 19, 22}

# Class synsets a place's class must descend from, in the order a kind is chosen (a capital is a city before it is
# a region). Offsets are WordNet 3.0's.
PLACE_KINDS = [
    ("continent", {"09254614"}),
    ("country", {"08544813"}),                       # country, state, land
    ("state", {"08654360"}),                         # state, province (American state, Canadian province …)
    ("city", {"08524735", "08665504", "08518505"}),  # city; town; capital
    ("island", {"09316454"}),
    ("water", {"09225146"}),                         # body of water: river, sea, lake, ocean, bay …
    ("mountain", {"09359803", "09403734"}),          # mountain; range of mountains
    ("region", {"08630985", "08630039", "08574314"}),
]

# Kinds of body, in the order one is chosen; every body descends from "organization".
ORGANIZATION = "08008335"
BODY_KINDS = [
    ("armed-force", {"08198398", "08199025", "08198137"}),  # military unit; armed forces; armed service
    ("party", {"08256968"}),                         # political party
    ("international", {"08294696"}),                 # international organization
    ("agency", {"08337324", "08057206"}),            # government agency; agency
    ("organization", {ORGANIZATION}),
]

# "person, individual, someone …": every noun for a kind of person descends from it.
PERSON = "00007846"

# A person's class descending from one of these is not a real person (gods, fictional and biblical-legendary figures).
NOT_REAL = {"09483738", "09504135", "09587565", "09484664"}  # imaginary being; spiritual being; fictional character; mythical being

# When a state began and ended, as the glosses of countries say it ("achieved independence from France in 1960",
# "established in 1922", "officially dissolved 31 December 1991"). Only these phrasings are read: others name a year
# of something else ("the invasion of Poland by Germany in 1939", "known as Persia until 1935"). A year BC never
# matches (the ancient kingdom of Israel is no state of any card's time, but neither is it a candidate).
YEAR = r"(\d{3,4})(?! BC)\b"
STATE_FROM = [re.compile(pattern) for pattern in (
    r"\b(?:achieved|gained|won|declared) independence(?: (?:from|of|within) [^;]*?)?? in " + YEAR,
    r"\bbecame (?:an )?independent(?: (?:state|nation))?(?: (?:from|of|within) [^;]*?)?? in " + YEAR,
    r"\bin (?:[A-Z][a-z]+ )?" + YEAR + r",? (?:it )?became an independent (?:state|nation)",
    r"\b(?:established|formed|founded)(?: [^;]*?)?? in " + YEAR,
    r"\bseparated from [^;]*? in " + YEAR,
    r"\bsince " + YEAR + r",? (?:form )?an independent state",
    r"\bindependent since " + YEAR,
    r"\bexisted from " + YEAR,
    r"\bunder [A-Z][a-z]+(?: and [A-Z][a-z]+)? (?:control|rule) until " + YEAR,
    r"\bsoviet from \d{4} to " + YEAR,
)]
STATE_UNTIL = [re.compile(pattern) for pattern in (
    r"\bdissolved (?:\d{1,2} [A-Z][a-z]+ )?(?:in )?" + YEAR,
    r"\bdivided into [^;]*? in " + YEAR,
    r"\b(?:reunified|united) with [^;]*? in " + YEAR,
    r"\bexisted from \d{4}[^;]*? until " + YEAR,
)]
# "a former communist country", "a former kingdom": gone by WordNet 3.0 (2006), when the gloss gives no year.
FORMER_STATE = re.compile(r"^an? former (?:[a-z]+ ){0,2}(?:country|republic|state|kingdom|empire|nation|monarchy|federation|sultanate)\b")


def state_years(kind, gloss):
    """The years a state began and ceased ("" when the gloss does not say; "former" for a state gone by 2006)."""
    former = FORMER_STATE.search(gloss) is not None
    if kind != "country" and not former:
        return "", ""
    began = next((match.group(1) for pattern in STATE_FROM if (match := pattern.search(gloss))), "")
    ended = next((match.group(1) for pattern in STATE_UNTIL if (match := pattern.search(gloss))), "")
    return began, ended or ("former" if former else "")


LIFE_YEARS = re.compile(r"\((?:born in |born )?(?:c\.\s*)?(\d{1,4})(?: BC)?(?:\s*-\s*(?:c\.\s*)?(\d{1,4})(?: BC)?)?\)")


class Synset:
    __slots__ = ("offset", "lexfile", "lemmas", "pointers", "gloss")

    def __init__(self, line):
        head, _, gloss = line.partition(" | ")
        fields = head.split()
        self.offset = fields[0]
        self.lexfile = int(fields[1])
        count = int(fields[3], 16)
        self.lemmas = [fields[4 + 2 * i] for i in range(count)]
        at = 4 + 2 * count
        pointer_count = int(fields[at])
        self.pointers = []
        for i in range(pointer_count):
            symbol, target, pos, source_target = fields[at + 1 + 4 * i: at + 5 + 4 * i]
            self.pointers.append((symbol, target, pos, source_target))
        self.gloss = gloss.strip()

    def targets(self, *symbols):
        return [target for symbol, target, pos, _ in self.pointers if symbol in symbols and pos == "n"]


def read(path):
    synsets = {}
    with open(path, encoding="utf-8") as file:
        for line in file:
            if not line.startswith("  "):
                synset = Synset(line)
                synsets[synset.offset] = synset
    return synsets


def words(lemma):
    # Adjective lemmas may carry a marker: "French(a)".
    return re.sub(r"\([a-z]+\)$", "", lemma).replace("_", " ")


def ancestors(nouns, offset, cache):
    """Every class above a synset, through hypernym and instance-hypernym pointers."""
    if offset in cache:
        return cache[offset]
    cache[offset] = set()  # guards against cycles
    found = set()
    for parent in nouns[offset].targets("@", "@i"):
        found.add(parent)
        found |= ancestors(nouns, parent, cache)
    cache[offset] = found
    return found


def country_of(nouns, places, countries, offset, seen=None):
    """The country a place is (by its kind or by one of its names) or the first country up its part-of chain."""
    seen = seen or set()
    if offset in seen or offset not in places:
        return ""
    seen.add(offset)
    if places[offset] == "country":
        return words(nouns[offset].lemmas[0])
    for lemma in nouns[offset].lemmas:
        if words(lemma) in countries:
            return countries[words(lemma)]
    for whole in nouns[offset].targets("#p"):
        found = country_of(nouns, places, countries, whole, seen)
        if found:
            return found
    return ""


def kind_of(classes, kinds):
    for kind, roots in kinds:
        if classes & roots:
            return kind
    return None


def is_proper(lemma):
    return lemma[0].isupper()


def primary_and_others(lemmas, titles):
    """
    A full name first ("Abraham Lincoln" before "Lincoln"), one that does not open with a title ("Charles de Gaulle",
    not "General de Gaulle"), the others in WordNet's order.
    """
    unique = list(dict.fromkeys(words(lemma) for lemma in lemmas))
    full = [name for name in unique if " " in name and is_proper(name)]
    primary = next((name for name in full if name.split()[0].lower() not in titles), full[0] if full else unique[0])
    return primary, [name for name in unique if name != primary]


def first_and_others(lemmas):
    """WordNet's first name first ("France" before "French Republic"), the others in its order."""
    unique = list(dict.fromkeys(words(lemma) for lemma in lemmas))
    return unique[0], unique[1:]


def field(values):
    return "|".join(values)


def main(wordnet, output):
    nouns = read(os.path.join(wordnet, "data.noun"))
    adjectives = read(os.path.join(wordnet, "data.adj"))
    cache = {}

    # Places: instances among locations and natural objects, with a kind.
    places = {}
    for synset in nouns.values():
        classes = synset.targets("@i")
        if synset.lexfile not in (LOCATIONS, OBJECTS) or not classes or not is_proper(synset.lemmas[0]):
            continue
        kind = kind_of(ancestors(nouns, synset.offset, cache), PLACE_KINDS)
        if kind:
            places[synset.offset] = kind

    # Demonyms: capitalised adjectives whose pertainym pointer ("\") names a place ("French" → France).
    demonyms = {}
    for adjective in adjectives.values():
        for symbol, target, pos, source_target in adjective.pointers:
            if symbol != "\\" or pos != "n" or target not in places:
                continue
            source = int(source_target[:2], 16)
            lemmas = adjective.lemmas if source == 0 else [adjective.lemmas[source - 1]]
            for lemma in lemmas:
                if is_proper(lemma):
                    demonyms.setdefault(target, []).append(words(lemma))

    # Nationality: a country named by, or whose demonym opens, a person's gloss or category.
    # A demonym of a place that is not a country names the country that place is, or is a part of ("British": the
    # island Great Britain, which the United Kingdom is also called).
    countries = {}
    for offset, kind in places.items():
        if kind == "country":
            for lemma in nouns[offset].lemmas:
                countries.setdefault(words(lemma), words(nouns[offset].lemmas[0]))
    for offset in sorted(demonyms):
        country = country_of(nouns, places, countries, offset)
        for demonym in demonyms[offset]:
            if country:
                countries.setdefault(demonym, country)

    def nationality(gloss, categories):
        # The first capitalised words of the gloss, within its first four words: "United States lithographer",
        # "prolific English writer", "16th President of the United States".
        text = re.sub(r"^\([^)]*\)\s*", "", gloss)
        tokens = re.split(r"[,;:(]", text, maxsplit=1)[0].split()[:4]
        for start, token in enumerate(tokens):
            if token[0].isupper():
                for length in (3, 2, 1):
                    lead = " ".join(tokens[start:start + length])
                    if lead in countries:
                        return countries[lead]
                break
        for category in categories:
            match = re.search(r"\bof (?:the )?(.+)$", category)
            if match and match.group(1) in countries:
                return countries[match.group(1)]
        return ""

    # Words that name a kind of person ("general", "president"): a name that opens with one opens with a title.
    titles = {lemma.lower() for synset in nouns.values() if synset.lexfile == PEOPLE for lemma in synset.lemmas if not is_proper(lemma) and "_" not in lemma}
    people = []
    for synset in nouns.values():
        classes = synset.targets("@i")
        # Any capitalised name: "de Gaulle" opens Charles de Gaulle's synset.
        if synset.lexfile != PEOPLE or not classes or not any(is_proper(lemma) for lemma in synset.lemmas):
            continue
        if ancestors(nouns, synset.offset, cache) & NOT_REAL or "mythology)" in synset.gloss.split(")")[0] + ")":
            continue
        primary, others = primary_and_others(synset.lemmas, titles)
        categories = list(dict.fromkeys(words(nouns[c].lemmas[0]) for c in classes))
        years = LIFE_YEARS.findall(synset.gloss)
        born, died = years[-1] if years else ("", "")
        if born and died and int(died) < int(born) and int(born) >= 1000:
            # A slip of the gloss ("Warren Harding (1865-1823)"): neither year can be trusted, and an unknown death
            # would make him alive long after it. Below 1000 a death before the birth is a life BC ("Aristotle
            # (384-322)"), kept as the gloss gives it.
            born, died = "", ""
        people.append((primary, field(others), field(categories), nationality(synset.gloss, categories), born, died))

    place_rows = []
    for offset, kind in places.items():
        synset = nouns[offset]
        primary, others = first_and_others(synset.lemmas)
        wholes = [whole for whole in synset.targets("#p") if whole in places]
        category = words(nouns[synset.targets("@i")[0]].lemmas[0])
        began, ended = state_years(kind, synset.gloss)
        place_rows.append((offset, primary, field(others), kind, category, field(wholes), field(dict.fromkeys(demonyms.get(offset, []))), began, ended))

    bodies = []
    for synset in nouns.values():
        if synset.lexfile != GROUPS or not is_proper(synset.lemmas[0]):
            continue
        above = ancestors(nouns, synset.offset, cache)
        if ORGANIZATION not in above:
            continue
        primary, others = first_and_others(synset.lemmas)
        category = words(nouns[(synset.targets("@i") or synset.targets("@"))[0]].lemmas[0])
        bodies.append((primary, field(others), kind_of(above, BODY_KINDS), category))

    # Nouns for a kind of person ("guitarist", "skipper", "campaigner"): one-word common nouns, not instances, whose most
    # frequent sense (the first in index.noun) is that person: "star" and "head" name other things first.
    first_sense = {}
    with open(os.path.join(wordnet, "index.noun"), encoding="utf-8") as file:
        for line in file:
            if not line.startswith(" "):
                fields = line.split()
                first_sense[fields[0]] = fields[-int(fields[2])]
    person_nouns = []
    for synset in nouns.values():
        if synset.lexfile != PEOPLE or synset.targets("@i") or PERSON not in ancestors(nouns, synset.offset, cache) | {synset.offset}:
            continue
        person_nouns.extend((words(lemma),) for lemma in synset.lemmas
                            if re.fullmatch(r"[a-z]+(?:-[a-z]+)*", words(lemma)) and first_sense.get(lemma) == synset.offset)

    # Nouns for a happening ("outbreak", "journey", "fatality"): one-word common nouns whose most frequent sense is an
    # act, event, phenomenon or process. After "the", with nothing saying which, one points back to a happening told before.
    happening_nouns = [(words(lemma),) for synset in nouns.values() if synset.lexfile in HAPPENINGS for lemma in synset.lemmas
                       if re.fullmatch(r"[a-z]+", words(lemma)) and first_sense.get(lemma) == synset.offset]

    # Derived adjectives ("naval" → navy, "lunar" → moon): lower-case adjectives whose pertainym pointer ("\\") names a
    # one-word common noun, so a stem cannot name an answer by a word made from it.
    derived = {}
    for adjective in adjectives.values():
        for symbol, target, pos, source_target in adjective.pointers:
            if symbol != "\\" or pos != "n":
                continue
            source, goal = int(source_target[:2], 16), int(source_target[2:], 16)
            lemmas = adjective.lemmas if source == 0 else [adjective.lemmas[source - 1]]
            targets = nouns[target].lemmas if goal == 0 else [nouns[target].lemmas[goal - 1]]
            for lemma in lemmas:
                adjective_word = words(lemma)
                if not re.fullmatch(r"[a-z]+", adjective_word):
                    continue
                for noun in targets:
                    noun_word = words(noun)
                    if re.fullmatch(r"[a-z]+", noun_word) and noun_word != adjective_word:
                        derived.setdefault(adjective_word, set()).add(noun_word)
    pertainyms = [(adjective_word, field(sorted(targets))) for adjective_word, targets in derived.items()]

    write(os.path.join(output, "wordnet-people.tsv"), PEOPLE_HEADER, people)
    write(os.path.join(output, "wordnet-places.tsv"), PLACES_HEADER, place_rows, key=lambda row: (row[1], row[0]))
    write(os.path.join(output, "wordnet-bodies.tsv"), BODIES_HEADER, bodies)
    write(os.path.join(output, "wordnet-person-nouns.txt"), PERSON_NOUNS_HEADER, person_nouns)
    write(os.path.join(output, "wordnet-pertainyms.tsv"), PERTAINYMS_HEADER, pertainyms)
    write(os.path.join(output, "wordnet-happening-nouns.txt"), HAPPENING_NOUNS_HEADER, happening_nouns)
    write(os.path.join(output, "wordnet-verbs.tsv"), VERBS_HEADER, verb_forms(wordnet, set(first_sense)))

    # Acronyms WordNet gives as a lemma beside what they stand for ("ICU" beside "intensive care unit").
    acronyms = {}
    for synset in nouns.values():
        for lemma in synset.lemmas:
            if re.fullmatch(r"[A-Z]{2,6}", lemma):
                acronyms.setdefault(lemma, set()).update(words(other) for other in synset.lemmas if other != lemma and "_" in other)
    write(os.path.join(output, "wordnet-acronyms.tsv"), ACRONYMS_HEADER, [(acronym, field(sorted(expansions))) for acronym, expansions in acronyms.items() if expansions])
    write(os.path.join(output, "wordnet-gloss-links.tsv"), GLOSS_LINKS_HEADER, gloss_links(nouns, places))
    write(os.path.join(output, "wordnet-event-spans.tsv"), EVENT_SPANS_HEADER, event_spans(nouns))


# "a war between North and South Korea; …; 1950-1953", "a prolonged war (1954-1975)", "the final campaign of the American
# Civil War (1864-65)": a span of years closing a clause or in brackets.
EVENT_SPAN = re.compile(r"(?:\(|;\s*)(\d{4})-(\d{2}|\d{4})\s*(?:\)|;|$)|\bfrom (\d{4}) to (\d{4})\s*$")


def event_spans(nouns):
    """Named happenings (instances in the act, event, phenomenon and process files: wars, battles, revolutions) with the
    span of years their gloss gives, each written with every name of its synset."""
    # "Vietnam" and "Petersburg" also name the places: a name WordNet gives anything but a happening is left out.
    other_things = {words(lemma) for synset in nouns.values() if synset.lexfile not in HAPPENINGS for lemma in synset.lemmas}
    rows = []
    for synset in nouns.values():
        # "either of two wars: … (1880-1881); … (1899-1902)": the first span is not the name's.
        if synset.lexfile not in HAPPENINGS or not synset.targets("@i") or synset.gloss.startswith("either of"):
            continue
        match = EVENT_SPAN.search(synset.gloss.split('; "')[0])
        if not match:
            continue
        began, ended = match.group(1) or match.group(3), match.group(2) or match.group(4)
        if len(ended) == 2:
            ended = began[:2] + ended
        if int(ended) <= int(began):
            continue
        for lemma in synset.lemmas:
            name = words(lemma)
            if is_proper(name) and name not in other_things:
                rows.append((name, began, ended))
    return rows


# Words before a name in a gloss that place something in or near it ("a port in western California", "an island off the
# coast of Asia"): a place lying in another is no clue to it. "formerly part of India" is no such word: it ties the two.
LOCATED = re.compile(r"\b(?:in|on|off|near|at|across|of the coast of|coast of)(?: the)?(?: (?:north|south|east|west|central|northern|southern|"
                     r"eastern|western|northeastern|northwestern|southeastern|southwestern|north-central|south-central|east-central|west-central))?\s*$")
CALENDAR = re.compile(r"^(?:January|February|March|April|May|June|July|August|September|October|November|December|Monday|Tuesday|"
                      r"Wednesday|Thursday|Friday|Saturday|Sunday)$")
# A name that many glosses give ("United States", "Europe") says nothing of any one of them.
MAX_GLOSSES_NAMING = 100


def gloss_links(nouns, places):
    """
    Each proper name with the proper names its gloss gives ("Pakistan" → India; "French Indochina" → Cambodia, Laos,
    Vietnam; "Continental Congress" → American Revolution), each written with every name of its synsets ("South" →
    Confederacy, Dixie …).
    """
    synsets_of = {}
    for synset in nouns.values():
        for lemma in synset.lemmas:
            name = words(lemma)
            # Instances, and bodies ("Continental Congress", a kind of legislature, is one): "President" or "Secretary of the
            # Treasury" is an office many held, no clue to one of them.
            if is_proper(name) and len(name) > 2 and not CALENDAR.match(name) and (synset.targets("@i") or synset.lexfile == GROUPS):
                synsets_of.setdefault(name, set()).add(synset.offset)

    def named_in(gloss):
        text = gloss.split('; "')[0]
        tokens = list(re.finditer(r"[A-Za-z][A-Za-z'.-]*[A-Za-z]|[A-Za-z]", text))
        found = []
        i = 0
        while i < len(tokens):
            for j in range(min(len(tokens), i + 5), i, -1):
                name = text[tokens[i].start():tokens[j - 1].end()]
                if name[0].isupper() and name in synsets_of and " ".join(t.group(0) for t in tokens[i:j]) == name:
                    if not LOCATED.search(text[:tokens[i].start()]):
                        found.append(name)
                    i = j - 1
                    break
            i += 1
        return found

    links = {}
    naming = {}
    for synset in nouns.values():
        own = {words(lemma) for lemma in synset.lemmas}
        names = [name for name in own if name in synsets_of]
        if not names:
            continue
        named = {name for name in named_in(synset.gloss) if name not in own}
        for name in named:
            naming[name] = naming.get(name, 0) + 1
        for name in names:
            links.setdefault(name, set()).update(named)

    def person(name):
        return any(nouns[offset].lexfile == PEOPLE for offset in synsets_of[name])

    def country(name):
        return any(places.get(offset) == "country" for offset in synsets_of[name])

    rows = []
    for name, named in links.items():
        kept = set()
        for other in named:
            # "English navigator …" for James Cook, "negotiated a treaty with Great Britain" for John Jay: a person's country
            # is a clue to thousands of people.
            if naming[other] > MAX_GLOSSES_NAMING or (person(name) and country(other)) or (country(name) and person(other)):
                continue
            for offset in synsets_of[other]:
                kept.update(n for n in (words(lemma) for lemma in nouns[offset].lemmas) if n in synsets_of)
        kept -= {name}
        kept = {other for other in kept if other not in name and name not in other}
        if kept:
            rows.append((name, field(sorted(kept))))
    return rows


def verb_forms(wordnet, nouns):
    """Regular verbs' forms: one-word verbs with a sense tagged in WordNet's semantic concordance (the verbs that occur
    in running text), whose past ends in "-ed". verb.exc gives the pasts that double a consonant ("occurred"); a verb
    it gives any other form for ("went", "has") is irregular and left to the hand-made verb-forms.txt."""
    exceptions = {}
    with open(os.path.join(wordnet, "verb.exc"), encoding="utf-8") as file:
        for line in file:
            form, base = line.split()[:2]
            exceptions.setdefault(base, []).append(form)
    rows = []
    with open(os.path.join(wordnet, "index.verb"), encoding="utf-8") as file:
        for line in file:
            if line.startswith(" "):
                continue
            fields = line.split()
            base, pointers = fields[0], int(fields[3])
            if not re.fullmatch(r"[a-z]{2,}", base) or int(fields[5 + pointers]) == 0:
                continue
            forms = exceptions.get(base, [])
            pasts = [form for form in forms if form.endswith("ed")]
            if any(not form.endswith(("ed", "ing")) for form in forms) or len(pasts) > 1 and not base.endswith("l"):
                continue
            past = pasts[0] if pasts else regular_past(base)
            # A third person that is also a plural noun ("records", "votes") is never taken for a verb: "-".
            third = "-" if base in nouns else third_person(base)
            rows.append((base, third, past, past))
            if base.endswith("l") and past.endswith("lled"):
                rows.append((base, third, base + "ed", base + "ed"))  # American "traveled" beside British "travelled"
    return rows


def regular_past(base):
    if base.endswith("e"):
        return base + "d"
    if re.search(r"[^aeiou]y$", base):
        return base[:-1] + "ied"
    return base + "ed"


def third_person(base):
    if re.search(r"(?:s|x|z|ch|sh|o)$", base):
        return base + "es"
    if re.search(r"[^aeiou]y$", base):
        return base[:-1] + "ies"
    return base + "s"


PEOPLE_HEADER = """\
# Real people WordNet 3.0 knows as instances (instance hypernyms, "@i"), generated by tools/wordnet-gazetteer/convert.py:
# do not edit by hand. WordNet 3.0 Copyright 2006 by Princeton University; licence in wordnet-license.txt.
# name, other names (|), categories (|: the classes the person is an instance of), nationality (a country; empty when
# neither the gloss's first words nor a category name one), born, died (years as the gloss gives them; may be empty).
# Sorted by name; tab-separated."""

PLACES_HEADER = """\
# Places WordNet 3.0 knows as instances (instance hypernyms, "@i"), generated by tools/wordnet-gazetteer/convert.py:
# do not edit by hand. WordNet 3.0 Copyright 2006 by Princeton University; licence in wordnet-license.txt.
# id (WordNet synset offset), name, other names (|), kind (continent, country, state, city, island, water, mountain,
# region), class (what it is an instance of), part of (| ids of the places it is a part of: part holonyms "#p"),
# demonyms (| capitalised adjectives whose pertainym is the place: "French" for France), state from, state until (for a
# country, or a place the gloss calls a former state: the year it became a state and the year it ceased, as the gloss
# says them — "achieved independence ... in 1960", "officially dissolved ... 1991" —, "former" when it ceased before
# WordNet 3.0 (2006) at a year the gloss does not give; empty when the gloss does not say).
# Sorted by name, then id; tab-separated."""

BODIES_HEADER = """\
# Organisations WordNet 3.0 names (proper nouns under "organization"), generated by tools/wordnet-gazetteer/convert.py:
# do not edit by hand. WordNet 3.0 Copyright 2006 by Princeton University; licence in wordnet-license.txt.
# name, other names (|), kind (armed-force, party, international, agency, organization), class (its WordNet class).
# Sorted by name; tab-separated."""


PERSON_NOUNS_HEADER = """\
# Common nouns for a kind of person (hyponyms of "person" in WordNet's noun.person file, not instances, whose most
# frequent sense is that person), generated by tools/wordnet-gazetteer/convert.py: do not edit by hand. WordNet 3.0
# Copyright 2006 by Princeton University; licence in wordnet-license.txt. One lower-case word a line, sorted."""

HAPPENING_NOUNS_HEADER = """\
# Common nouns for a happening (WordNet 3.0's noun.act, noun.event, noun.phenomenon and noun.process files: "outbreak",
# "journey", "fatality"), whose most frequent sense is that happening, generated by tools/wordnet-gazetteer/convert.py:
# do not edit by hand. WordNet 3.0 Copyright 2006 by Princeton University; licence in wordnet-license.txt. One
# lower-case word a line, sorted."""

PERTAINYMS_HEADER = """\
# Adjectives made from nouns (WordNet 3.0's pertainym pointers "\\" from adjectives to nouns: "naval" → navy, "lunar" →
# moon), generated by tools/wordnet-gazetteer/convert.py: do not edit by hand. WordNet 3.0 Copyright 2006 by Princeton
# University; licence in wordnet-license.txt. adjective, nouns (|); lower-case single words only. Sorted; tab-separated."""

ACRONYMS_HEADER = """\
# Acronyms WordNet 3.0 gives as a noun lemma beside the words they stand for (the synset's other lemmas of two or more
# words: "ICU" → intensive care unit), generated by tools/wordnet-gazetteer/convert.py: do not edit by hand. WordNet 3.0
# Copyright 2006 by Princeton University; licence in wordnet-license.txt. acronym, expansions (|). Sorted; tab-separated."""

GLOSS_LINKS_HEADER = """\
# Proper names and the proper names their WordNet 3.0 gloss gives ("Pakistan" → India, "Continental Congress" → American
# Revolution), each given with every name of its synsets ("South" → Confederacy), generated by
# tools/wordnet-gazetteer/convert.py: do not edit by hand. WordNet 3.0 Copyright 2006 by Princeton University; licence in
# wordnet-license.txt. Left out: a name placed in or near another ("a port in western California"), months and weekdays,
# names that are neither an instance nor a body ("President", an office many held), a person's country, and names more than 100 glosses give ("United States", "Europe"). name, names its gloss gives (|). Sorted; tab-separated."""

EVENT_SPANS_HEADER = """\
# Named happenings (instances in WordNet 3.0's noun.act, noun.event, noun.phenomenon and noun.process files: wars, battles,
# revolutions) with the span of years their definition gives ("Korean War": 1950-1953), generated by
# tools/wordnet-gazetteer/convert.py: do not edit by hand. WordNet 3.0 Copyright 2006 by Princeton University; licence in
# wordnet-license.txt. Left out: a name WordNet also gives a place or anything else ("Vietnam"), and a definition of two
# events ("either of two wars"). name, first year, last year. Sorted; tab-separated."""

VERBS_HEADER = """\
# Regular verbs (one-word verbs with a sense tagged in WordNet 3.0's semantic concordance whose past ends in "-ed";
# pasts that double a consonant from verb.exc), generated by tools/wordnet-gazetteer/convert.py: do not edit by hand.
# WordNet 3.0 Copyright 2006 by Princeton University; licence in wordnet-license.txt. base, third person ("-" when it
# is also a plural noun: "records"), past, past participle. Read after verb-forms.txt, which wins. Sorted; tab-separated."""


def write(path, header, rows, key=None):
    rows = sorted(set(rows), key=key)
    with open(path, "w", encoding="utf-8", newline="\n") as file:
        file.write(header + "\n")
        for row in rows:
            file.write("\t".join(row) + "\n")
    print(f"{path}: {len(rows)} entries, {os.path.getsize(path)} bytes")


if __name__ == "__main__":
    if len(sys.argv) != 3:
        sys.exit(__doc__)
    main(sys.argv[1], sys.argv[2])

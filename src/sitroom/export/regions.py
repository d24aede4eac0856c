"""Country codes and regions for the exports: ISO 3166-1 alpha-3 and numeric codes, ACLED's region.

Covers the countries conflict coding meets most often, not the world; anything else exports as ISO3
"XXX" with an empty region. Names are ACLED's spelling; ALIASES maps other spellings (GeoNames,
ISO, UN) to them. Codes are ISO 3166-1 facts; regions follow ACLED's regional grouping. Kosovo has
no ISO code: ACLED's "XKX" is used, with no numeric code.
"""
from __future__ import annotations

from typing import NamedTuple


class Country(NamedTuple):
    name: str  # ACLED's spelling
    iso3: str
    iso: int | None  # ISO 3166-1 numeric
    region: str  # ACLED region


UNKNOWN_ISO3 = "XXX"

_TABLE: dict[str, tuple[str, int | None]] = {}
_REGION: dict[str, str] = {}


def _add(region: str, rows: str) -> None:
    for row in rows.strip().splitlines():
        name, iso3, iso = (part.strip() for part in row.split("|"))
        _TABLE[name] = (iso3, int(iso) if iso else None)
        _REGION[name] = region


_add("Middle East", """
Syria | SYR | 760
Iraq | IRQ | 368
Yemen | YEM | 887
Lebanon | LBN | 422
Israel | ISR | 376
Palestine | PSE | 275
Jordan | JOR | 400
Saudi Arabia | SAU | 682
Iran | IRN | 364
Turkey | TUR | 792
Bahrain | BHR | 48
Kuwait | KWT | 414
Oman | OMN | 512
Qatar | QAT | 634
United Arab Emirates | ARE | 784
""")
_add("Northern Africa", """
Egypt | EGY | 818
Libya | LBY | 434
Tunisia | TUN | 788
Algeria | DZA | 12
Morocco | MAR | 504
Sudan | SDN | 729
""")
_add("Western Africa", """
Nigeria | NGA | 566
Mali | MLI | 466
Burkina Faso | BFA | 854
Niger | NER | 562
Ghana | GHA | 288
Ivory Coast | CIV | 384
Senegal | SEN | 686
Guinea | GIN | 324
Sierra Leone | SLE | 694
Liberia | LBR | 430
Mauritania | MRT | 478
Togo | TGO | 768
Benin | BEN | 204
Gambia | GMB | 270
Guinea-Bissau | GNB | 624
""")
_add("Middle Africa", """
Cameroon | CMR | 120
Central African Republic | CAF | 140
Chad | TCD | 148
Democratic Republic of Congo | COD | 180
Republic of Congo | COG | 178
Gabon | GAB | 266
Equatorial Guinea | GNQ | 226
""")
_add("Eastern Africa", """
Ethiopia | ETH | 231
Somalia | SOM | 706
Kenya | KEN | 404
South Sudan | SSD | 728
Uganda | UGA | 800
Rwanda | RWA | 646
Burundi | BDI | 108
Tanzania | TZA | 834
Eritrea | ERI | 232
Djibouti | DJI | 262
""")
_add("Southern Africa", """
Mozambique | MOZ | 508
South Africa | ZAF | 710
Zimbabwe | ZWE | 716
Zambia | ZMB | 894
Malawi | MWI | 454
""")
_add("South Asia", """
Afghanistan | AFG | 4
Pakistan | PAK | 586
India | IND | 356
Bangladesh | BGD | 50
Nepal | NPL | 524
Sri Lanka | LKA | 144
""")
_add("Southeast Asia", """
Myanmar | MMR | 104
Philippines | PHL | 608
Thailand | THA | 764
Indonesia | IDN | 360
Cambodia | KHM | 116
Malaysia | MYS | 458
""")
_add("East Asia", """
China | CHN | 156
North Korea | PRK | 408
South Korea | KOR | 410
Japan | JPN | 392
""")
_add("Caucasus and Central Asia", """
Armenia | ARM | 51
Azerbaijan | AZE | 31
Georgia | GEO | 268
Kazakhstan | KAZ | 398
Kyrgyzstan | KGZ | 417
Tajikistan | TJK | 762
Uzbekistan | UZB | 860
Turkmenistan | TKM | 795
""")
_add("Europe", """
Ukraine | UKR | 804
Russia | RUS | 643
Belarus | BLR | 112
Moldova | MDA | 498
Serbia | SRB | 688
Kosovo | XKX |
Bosnia and Herzegovina | BIH | 70
France | FRA | 250
Germany | DEU | 276
United Kingdom | GBR | 826
""")
_add("South America", """
Colombia | COL | 170
Venezuela | VEN | 862
Brazil | BRA | 76
Peru | PER | 604
Ecuador | ECU | 218
Bolivia | BOL | 68
Chile | CHL | 152
Argentina | ARG | 32
Paraguay | PRY | 600
""")
_add("Central America", """
Mexico | MEX | 484
Guatemala | GTM | 320
Honduras | HND | 340
El Salvador | SLV | 222
Nicaragua | NIC | 558
Costa Rica | CRI | 188
Panama | PAN | 591
""")
_add("Caribbean", """
Haiti | HTI | 332
Cuba | CUB | 192
Dominican Republic | DOM | 214
Jamaica | JAM | 388
""")
_add("North America", """
United States | USA | 840
Canada | CAN | 124
""")
_add("Oceania", """
Papua New Guinea | PNG | 598
Australia | AUS | 36
""")

ALIASES: dict[str, str] = {
    "syrian arab republic": "Syria",
    "türkiye": "Turkey",
    "turkiye": "Turkey",
    "iran, islamic republic of": "Iran",
    "islamic republic of iran": "Iran",
    "palestinian territory": "Palestine",
    "palestinian territories": "Palestine",
    "state of palestine": "Palestine",
    "palestine, state of": "Palestine",
    "uae": "United Arab Emirates",
    "côte d'ivoire": "Ivory Coast",
    "cote d'ivoire": "Ivory Coast",
    "the gambia": "Gambia",
    "democratic republic of the congo": "Democratic Republic of Congo",
    "congo, the democratic republic of the": "Democratic Republic of Congo",
    "dr congo": "Democratic Republic of Congo",
    "drc": "Democratic Republic of Congo",
    "republic of the congo": "Republic of Congo",
    "congo": "Republic of Congo",
    "congo-brazzaville": "Republic of Congo",
    "tanzania, united republic of": "Tanzania",
    "burma": "Myanmar",
    "korea, democratic people's republic of": "North Korea",
    "democratic people's republic of korea": "North Korea",
    "korea, republic of": "South Korea",
    "republic of korea": "South Korea",
    "russian federation": "Russia",
    "moldova, republic of": "Moldova",
    "bosnia": "Bosnia and Herzegovina",
    "uk": "United Kingdom",
    "great britain": "United Kingdom",
    "united states of america": "United States",
    "usa": "United States",
    "us": "United States",
    "venezuela, bolivarian republic of": "Venezuela",
    "bolivia, plurinational state of": "Bolivia",
}

_BY_KEY: dict[str, str] = {name.lower(): name for name in _TABLE} | ALIASES

# UCDP groups countries in five regions; Egypt and the Gulf sit in its "Middle East", the Caucasus in
# "Europe". Derived from the ACLED region with these exceptions.
_UCDP_BY_ACLED = {
    "Middle East": "Middle East",
    "Northern Africa": "Africa",
    "Western Africa": "Africa",
    "Middle Africa": "Africa",
    "Eastern Africa": "Africa",
    "Southern Africa": "Africa",
    "South Asia": "Asia",
    "Southeast Asia": "Asia",
    "East Asia": "Asia",
    "Central Asia": "Asia",
    "Caucasus and Central Asia": "Asia",
    "Europe": "Europe",
    "South America": "Americas",
    "Central America": "Americas",
    "Caribbean": "Americas",
    "North America": "Americas",
    "Oceania": "Asia",
}
_UCDP_EXCEPTIONS = {"Egypt": "Middle East", "Armenia": "Europe", "Azerbaijan": "Europe", "Georgia": "Europe"}


def country(name: str | None) -> Country | None:
    """Return the table's entry for a country name or alias (any case), or None when not covered."""
    if not name:
        return None
    canonical = _BY_KEY.get(name.strip().lower())
    if canonical is None:
        return None
    iso3, iso = _TABLE[canonical]
    return Country(canonical, iso3, iso, _REGION[canonical])


def iso3(name: str | None) -> str:
    """Return the ISO3 code of a country name, or "XXX" when unknown."""
    found = country(name)
    return found.iso3 if found else UNKNOWN_ISO3


def acled_region(name: str | None) -> str:
    """Return ACLED's region for a country name, or "" when unknown."""
    found = country(name)
    return found.region if found else ""


def ucdp_region(name: str | None) -> str:
    """Return UCDP's region (Africa, Americas, Asia, Europe, Middle East), or "" when unknown."""
    found = country(name)
    if found is None:
        return ""
    return _UCDP_EXCEPTIONS.get(found.name, _UCDP_BY_ACLED[found.region])


def countries() -> list[Country]:
    """Return every covered country, in table order."""
    return [c for c in (country(name) for name in _TABLE) if c is not None]

"""Build `src/sitroom/data/countries.tsv` from pycountry plus hand-curated names, adjectives and aliases.

Run at build time only (pycountry is a dev dependency): `python scripts/build_countries.py`.
The runtime reads the TSV through `sitroom.knowledge.countries`; a test rebuilds the table in memory
and compares it with the shipped file, so edit this script, not the TSV.

Columns: name, iso2, iso3, numeric, adjectives (|-separated), aliases (|-separated).
`name` is the short English name as ACLED spells it ("Syria", "Democratic Republic of Congo").
"""
from __future__ import annotations

import sys
from pathlib import Path

OUT = Path(__file__).resolve().parents[1] / "src" / "sitroom" / "data" / "countries.tsv"

HEADER = """\
# Countries: ISO 3166-1 codes with the names, adjectives and aliases that conflict reporting uses.
#
# Provenance: codes and official names from pycountry (ISO 3166-1); the short names follow ACLED's
# country spelling; adjectives (demonyms) and aliases are hand-curated facts in scripts/build_countries.py.
# Generated file: edit the script and re-run it, do not edit this table by hand.
#
# Known problems: an adjective belongs to one country only, so "Congolese" means the Democratic Republic
# of Congo, "Dominican" the Dominican Republic and "Guinean" Guinea. All-capital aliases (US, UK, DRC)
# match case-sensitively at runtime so the pronoun "us" is not the United States.
"""

# ISO name -> the short name ACLED uses, where they differ.
NAMES: dict[str, str] = {
    "BO": "Bolivia",
    "BN": "Brunei",
    "BQ": "Caribbean Netherlands",
    "CD": "Democratic Republic of Congo",
    "CG": "Republic of Congo",
    "CI": "Ivory Coast",
    "CV": "Cape Verde",
    "CZ": "Czech Republic",
    "FK": "Falkland Islands",
    "FM": "Micronesia",
    "GB": "United Kingdom",
    "HK": "Hong Kong",
    "IR": "Iran",
    "KP": "North Korea",
    "KR": "South Korea",
    "LA": "Laos",
    "MD": "Moldova",
    "MF": "Saint-Martin",
    "BL": "Saint-Barthelemy",
    "MO": "Macau",
    "PS": "Palestine",
    "RU": "Russia",
    "SH": "Saint Helena, Ascension and Tristan da Cunha",
    "SX": "Sint Maarten",
    "SY": "Syria",
    "SZ": "eSwatini",
    "TL": "East Timor",
    "TR": "Turkey",
    "TW": "Taiwan",
    "TZ": "Tanzania",
    "VA": "Vatican City",
    "VE": "Venezuela",
    "VG": "British Virgin Islands",
    "VI": "United States Virgin Islands",
    "VN": "Vietnam",
    "AX": "Aland Islands",
    "CW": "Curacao",
    "RE": "Reunion",
}

# iso2 -> adjectives (demonyms) used in reporting, most common first.
ADJECTIVES: dict[str, str] = {
    "AW": "Aruban", "AF": "Afghan", "AO": "Angolan", "AI": "Anguillan", "AX": "Aland Island",
    "AL": "Albanian", "AD": "Andorran", "AE": "Emirati|UAE", "AR": "Argentine|Argentinian",
    "AM": "Armenian", "AS": "American Samoan", "AQ": "Antarctic", "TF": "French Southern",
    "AG": "Antiguan", "AU": "Australian", "AT": "Austrian", "AZ": "Azerbaijani|Azeri",
    "BI": "Burundian", "BE": "Belgian", "BJ": "Beninese", "BQ": "Bonairean",
    "BF": "Burkinabe|Burkinabé", "BD": "Bangladeshi", "BG": "Bulgarian", "BH": "Bahraini",
    "BS": "Bahamian", "BA": "Bosnian", "BL": "Barthelemois", "BY": "Belarusian",
    "BZ": "Belizean", "BM": "Bermudian", "BO": "Bolivian", "BR": "Brazilian", "BB": "Barbadian",
    "BN": "Bruneian", "BT": "Bhutanese", "BV": "Bouvet Island", "BW": "Botswanan|Motswana",
    "CF": "Central African", "CA": "Canadian", "CC": "Cocos Island", "CH": "Swiss",
    "CL": "Chilean", "CN": "Chinese", "CI": "Ivorian", "CM": "Cameroonian",
    "CD": "Congolese", "CG": "Congo-Brazzaville", "CK": "Cook Island", "CO": "Colombian",
    "KM": "Comoran|Comorian", "CV": "Cape Verdean", "CR": "Costa Rican", "CU": "Cuban",
    "CW": "Curacaoan", "CX": "Christmas Island", "KY": "Caymanian", "CY": "Cypriot",
    "CZ": "Czech", "DE": "German", "DJ": "Djiboutian", "DM": "Dominica", "DK": "Danish",
    "DO": "Dominican", "DZ": "Algerian", "EC": "Ecuadorian", "EG": "Egyptian", "ER": "Eritrean",
    "EH": "Sahrawi|Western Saharan", "ES": "Spanish", "EE": "Estonian", "ET": "Ethiopian",
    "FI": "Finnish", "FJ": "Fijian", "FK": "Falkland Island", "FR": "French", "FO": "Faroese",
    "FM": "Micronesian", "GA": "Gabonese", "GB": "British|UK|U.K.", "GE": "Georgian",
    "GG": "Guernsey", "GH": "Ghanaian", "GI": "Gibraltarian", "GN": "Guinean",
    "GP": "Guadeloupean", "GM": "Gambian", "GW": "Bissau-Guinean", "GQ": "Equatorial Guinean|Equatoguinean",
    "GR": "Greek", "GD": "Grenadian", "GL": "Greenlandic", "GT": "Guatemalan", "GF": "French Guianese",
    "GU": "Guamanian", "GY": "Guyanese", "HK": "Hong Kong", "HM": "Heard Island",
    "HN": "Honduran", "HR": "Croatian", "HT": "Haitian", "HU": "Hungarian", "ID": "Indonesian",
    "IM": "Manx", "IN": "Indian", "IO": "British Indian Ocean", "IE": "Irish", "IR": "Iranian",
    "IQ": "Iraqi", "IS": "Icelandic", "IL": "Israeli", "IT": "Italian", "JM": "Jamaican",
    "JE": "Jersey", "JO": "Jordanian", "JP": "Japanese", "KZ": "Kazakh|Kazakhstani",
    "KE": "Kenyan", "KG": "Kyrgyz|Kyrgyzstani", "KH": "Cambodian", "KI": "I-Kiribati",
    "KN": "Kittitian", "KR": "South Korean", "KW": "Kuwaiti", "LA": "Lao|Laotian",
    "LB": "Lebanese", "LR": "Liberian", "LY": "Libyan", "LC": "Saint Lucian",
    "LI": "Liechtensteiner", "LK": "Sri Lankan", "LS": "Basotho|Lesothan", "LT": "Lithuanian",
    "LU": "Luxembourgish", "LV": "Latvian", "MO": "Macanese", "MF": "Saint-Martinoise",
    "MA": "Moroccan", "MC": "Monegasque", "MD": "Moldovan", "MG": "Malagasy", "MV": "Maldivian",
    "MX": "Mexican", "MH": "Marshallese", "MK": "Macedonian|North Macedonian", "ML": "Malian",
    "MT": "Maltese", "MM": "Myanmar|Burmese", "ME": "Montenegrin", "MN": "Mongolian",
    "MP": "Northern Marianan", "MZ": "Mozambican", "MR": "Mauritanian", "MS": "Montserratian",
    "MQ": "Martiniquais", "MU": "Mauritian", "MW": "Malawian", "MY": "Malaysian",
    "YT": "Mahoran", "NA": "Namibian", "NC": "New Caledonian", "NE": "Nigerien",
    "NF": "Norfolk Island", "NG": "Nigerian", "NI": "Nicaraguan", "NU": "Niuean",
    "NL": "Dutch", "NO": "Norwegian", "NP": "Nepali|Nepalese", "NR": "Nauruan",
    "NZ": "New Zealand", "OM": "Omani", "PK": "Pakistani", "PA": "Panamanian",
    "PN": "Pitcairn Island", "PE": "Peruvian", "PH": "Philippine|Filipino", "PW": "Palauan",
    "PG": "Papua New Guinean", "PL": "Polish", "PR": "Puerto Rican", "KP": "North Korean",
    "PT": "Portuguese", "PY": "Paraguayan", "PS": "Palestinian", "PF": "French Polynesian",
    "QA": "Qatari", "RE": "Reunionese", "RO": "Romanian", "RU": "Russian", "RW": "Rwandan",
    "SA": "Saudi|Saudi Arabian", "SD": "Sudanese", "SN": "Senegalese", "SG": "Singaporean",
    "GS": "South Georgian", "SH": "Saint Helenian", "SJ": "Svalbard", "SB": "Solomon Island",
    "SL": "Sierra Leonean", "SV": "Salvadoran|Salvadorian", "SM": "Sammarinese",
    "SO": "Somali", "PM": "Saint-Pierrais", "RS": "Serbian", "SS": "South Sudanese",
    "ST": "Sao Tomean", "SR": "Surinamese", "SK": "Slovak", "SI": "Slovenian|Slovene",
    "SE": "Swedish", "SZ": "Swazi|Emaswati", "SX": "Sint Maartener", "SC": "Seychellois",
    "SY": "Syrian", "TC": "Turks and Caicos Island", "TD": "Chadian", "TG": "Togolese",
    "TH": "Thai", "TJ": "Tajik|Tajikistani", "TK": "Tokelauan", "TM": "Turkmen",
    "TL": "Timorese|East Timorese", "TO": "Tongan", "TT": "Trinidadian|Tobagonian",
    "TN": "Tunisian", "TR": "Turkish", "TV": "Tuvaluan", "TW": "Taiwanese",
    "TZ": "Tanzanian", "UG": "Ugandan", "UA": "Ukrainian", "UM": "US Minor Outlying Islands",
    "UY": "Uruguayan", "US": "American|US|U.S.", "UZ": "Uzbek|Uzbekistani", "VA": "Vatican",
    "VC": "Vincentian", "VE": "Venezuelan", "VG": "British Virgin Island", "VI": "US Virgin Island",
    "VN": "Vietnamese", "VU": "Ni-Vanuatu|Vanuatuan", "WF": "Wallisian|Futunan",
    "WS": "Samoan", "YE": "Yemeni", "ZA": "South African", "ZM": "Zambian", "ZW": "Zimbabwean",
}

# iso2 -> extra names reporting uses (pycountry's ISO and official names are added automatically).
ALIASES: dict[str, str] = {
    "US": "US|U.S.|USA|U.S.A.|United States of America|America",
    "GB": "UK|U.K.|Britain|Great Britain",
    "TR": "Turkiye|Türkiye",
    "RU": "Russian Federation",
    "CD": "DRC|DR Congo|D.R. Congo|Democratic Republic of the Congo|Congo-Kinshasa|Congo",
    "CG": "Congo-Brazzaville|Congo Republic",
    "CI": "Côte d'Ivoire|Cote d'Ivoire",
    "MM": "Burma",
    "AE": "UAE|Emirates",
    "CZ": "Czechia",
    "SZ": "Eswatini|Swaziland",
    "MK": "Macedonia",
    "TL": "Timor-Leste",
    "CV": "Cabo Verde",
    "PS": "Palestinian Territories|Palestinian territories|Occupied Palestinian Territory|West Bank and Gaza",
    "VA": "Holy See|Vatican",
    "KP": "DPRK",
    "KR": "Republic of Korea",
    "NL": "Holland",
    "SA": "KSA",
    "CF": "CAR",
    "BA": "Bosnia",
    "VN": "Viet Nam",
    "LA": "Lao PDR",
    "TW": "Republic of China",
}


# ISO names that would mislead as aliases: reporting says "Congo" for the DRC far more often.
DROP_ALIASES: dict[str, set[str]] = {"CG": {"Congo"}}


# Places ACLED codes as countries that ISO 3166-1 does not list (Kosovo's XK/XKX are user-assigned
# codes; ACLED gives it ISO number 0).
EXTRA_ROWS = [("Kosovo", "XK", "XKX", "0", "Kosovan|Kosovar", "Republic of Kosovo")]


def build_rows() -> list[tuple[str, str, str, str, str, str]]:
    """Return the table rows (name, iso2, iso3, numeric, adjectives, aliases), sorted by name.

    Raises SystemExit when pycountry is missing or a country lacks a curated adjective.
    """
    try:
        import pycountry
    except ImportError:  # build-time tool: say how to get it rather than a traceback
        raise SystemExit("build_countries: pycountry is needed (pip install -e '.[dev]')")
    rows = []
    missing = []
    for c in pycountry.countries:
        iso2 = c.alpha_2
        if iso2 not in ADJECTIVES:
            missing.append(iso2)
            continue
        name = NAMES.get(iso2) or getattr(c, "common_name", None) or c.name
        aliases: list[str] = []
        for extra in [c.name, getattr(c, "common_name", None), getattr(c, "official_name", None)]:
            if extra and extra != name and extra not in aliases and extra not in DROP_ALIASES.get(iso2, ()):
                aliases.append(extra)
        for extra in ALIASES.get(iso2, "").split("|"):
            if extra and extra != name and extra not in aliases:
                aliases.append(extra)
        rows.append((name, iso2, c.alpha_3, str(int(c.numeric)), ADJECTIVES[iso2], "|".join(aliases)))
    if missing:
        raise SystemExit(f"build_countries: add adjectives for {', '.join(missing)}")
    return sorted(rows + EXTRA_ROWS)


def render(rows: list[tuple[str, ...]]) -> str:
    """Return the TSV text: provenance comment, header line, one row per country."""
    lines = ["\t".join(("name", "iso2", "iso3", "numeric", "adjectives", "aliases"))]
    lines += ["\t".join(r) for r in rows]
    return HEADER + "\n".join(lines) + "\n"


def main() -> int:
    OUT.write_text(render(build_rows()), encoding="utf-8")
    print(f"wrote {OUT}", file=sys.stderr)
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
